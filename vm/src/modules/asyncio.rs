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

/// Wait `us` microseconds (interruptible). `-1` means "until something
/// outside wakes us": only an interrupt can in real time, and nothing can in
/// virtual time, so that returns False at once (a deadlock).
fn wait_us(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("wait_us", args, 1, 1)?;
    let us = vm.int_arg(args[0])?;
    if us < 0 {
        if vm.clock.mode == ClockMode::Virtual {
            return Ok(Value::Bool(false));
        }
        loop {
            super::time::sleep_ns(vm, 10_000_000)?;
        }
    }
    super::time::sleep_ns(vm, us as u64 * 1000)?;
    Ok(Value::Bool(true))
}
