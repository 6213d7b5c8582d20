//! `micropython`: `const`, optimisation level, memory reports, `schedule`
//! and the code-emitter decorators (`native`, `viper`), which run the
//! function unchanged here.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::target::Stream;

struct MpState {
    opt_level: i64,
    heap_locks: i64,
}

impl crate::runtime::extensions::Extension for MpState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("micropython");
    if vm.extensions.get::<MpState>().is_none() {
        vm.extensions.insert(MpState { opt_level: 0, heap_locks: 0 });
    }
    add_fns(
        vm,
        d,
        &[
            ("const", identity),
            ("opt_level", opt_level),
            ("alloc_emergency_exception_buf", ignore),
            ("mem_info", mem_info),
            ("qstr_info", qstr_info),
            ("stack_use", stack_use),
            ("heap_lock", heap_lock),
            ("heap_unlock", heap_unlock),
            ("kbd_intr", ignore),
            ("schedule", schedule),
            ("native", identity),
            ("viper", identity),
        ],
    );
    let ringio = super::ringio::class(vm);
    vm.module_add(d, "RingIO", Value::Obj(ringio));
    Ok(m)
}

fn identity(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("const", args, 1, 1)?;
    Ok(args[0])
}

fn ignore(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn state(vm: &mut Vm) -> &mut MpState {
    if vm.extensions.get::<MpState>().is_none() {
        vm.extensions.insert(MpState { opt_level: 0, heap_locks: 0 });
    }
    vm.extensions.get_mut::<MpState>().expect("inserted above")
}

/// The level `opt_level(n)` set, which the compiler reads.
pub fn opt_level_of(vm: &Vm) -> i64 {
    vm.extensions.get::<MpState>().map_or(0, |s| s.opt_level)
}

fn opt_level(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("opt_level", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(state(vm).opt_level)),
        Some(&v) => {
            let n = vm.int_arg(v)?;
            state(vm).opt_level = n;
            Ok(Value::None)
        }
    }
}

fn mem_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let used = vm.heap.bytes_in_use();
    let total = vm.heap.limit();
    let mut text = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: {}, 2-blocks: 0, max blk sz: 0, max free sz: {}\n",
        vm.frames.len() * 64,
        vm.limits.max_frames * 64,
        total,
        used,
        total.saturating_sub(used),
        vm.heap.object_count(),
        total.saturating_sub(used) / 16,
    );
    if !args.is_empty() {
        text.push_str("GC memory layout: not available in the simulator\n");
    }
    vm.io.write(Stream::Stdout, &text);
    Ok(Value::None)
}

fn qstr_info(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = vm.interned_roots().count();
    vm.io.write(Stream::Stdout, &format!("qstr pool: n_pool=1, n_qstr={n}, n_str_data_bytes=0, n_total_bytes=0\n"));
    Ok(Value::None)
}

fn stack_use(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int((vm.frames.len() * 64) as i64))
}

fn heap_lock(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state(vm);
    s.heap_locks += 1;
    Ok(Value::Int(s.heap_locks - 1))
}

fn heap_unlock(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = state(vm);
    s.heap_locks = (s.heap_locks - 1).max(0);
    Ok(Value::Int(s.heap_locks))
}

/// Queue `func(arg)` to run at the next safepoint, as from an interrupt
/// handler on a board.
fn schedule(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("schedule", args, 2, 2)?;
    if !vm.schedule_call(args[0], args[1]) {
        return Err(vm.err(crate::runtime::error::ExcKind::RuntimeError, "schedule queue full"));
    }
    Ok(Value::None)
}
