//! `asyncio` (Python, `py/asyncio.py`, compiled on first import) on top of
//! `_asyncio`, the native core that gives it the VM's clock: the scheduler
//! sleeps through `wait_us`, which in virtual time jumps to the deadline.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::clock::ClockMode;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::load_shared(vm, "asyncio", include_str!("py/asyncio.py"))
}

pub fn make_core(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_asyncio");
    add_fns(vm, d, &[("now_us", now_us), ("wait_us", wait_us), ("virtual", virtual_time)]);
    Ok(m)
}

/// Microseconds since the VM started; never wraps (unlike `ticks_us`).
fn now_us(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((vm.clock.now_ns() / 1000) as i64))
}

fn virtual_time(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.clock.mode == ClockMode::Virtual))
}

/// Wait up to `us` microseconds (interruptible), returning early after a
/// timer or scheduled callback has run — it may have woken a task (a
/// `ThreadSafeFlag` set from an IRQ), so the scheduler must look again.
/// `-1` means "until something outside wakes us": with no timer pending
/// only an interrupt can in real time, and nothing can in virtual time, so
/// that returns False at once (a deadlock).
fn wait_us(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("wait_us", args, 1, 1)?;
    let us = vm.int_arg(args[0])?;
    let now = vm.clock.now_ns();
    let next_event = vm.scheduler.next_deadline().map(|d| d.saturating_sub(now));
    let span = if us < 0 {
        match (next_event, vm.clock.mode) {
            (Some(e), _) => e,
            (None, ClockMode::Virtual) => return Ok(Value::Bool(false)),
            // Real time: wake now and then to run host-driven callbacks.
            (None, ClockMode::Real) => 10_000_000,
        }
    } else {
        let want = (us as u64).saturating_mul(1000);
        next_event.map_or(want, |e| e.min(want))
    };
    super::time::sleep_ns(vm, span)?;
    Ok(Value::Bool(true))
}
