//! `gc`: collection and heap figures from the VM's own heap and limit.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Whether automatic collection is on, and the `threshold` set (-1: none).
struct GcState {
    enabled: bool,
    threshold: i64,
}

impl crate::runtime::extensions::Extension for GcState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("gc");
    if vm.extensions.get::<GcState>().is_none() {
        vm.extensions.insert(GcState { enabled: true, threshold: -1 });
    }
    add_fns(
        vm,
        d,
        &[
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("collect", collect),
            ("mem_alloc", mem_alloc),
            ("mem_free", mem_free),
            ("threshold", threshold),
        ],
    );
    Ok(m)
}

fn set_enabled(vm: &mut Vm, on: bool) {
    if let Some(s) = vm.extensions.get_mut::<GcState>() {
        s.enabled = on;
    }
}

/// The VM collects when it must whatever this says (a simulated heap never
/// fragments); the flag is kept so programs read back what they set.
fn enable(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    set_enabled(vm, true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    set_enabled(vm, false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(vm.extensions.get::<GcState>().is_none_or(|s| s.enabled)))
}

fn collect(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // Collects unless Rust code below holds values it cannot see
    // (`runtime/roots.rs`).
    vm.collect_garbage();
    Ok(Value::None)
}

fn mem_alloc(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.bytes_in_use() as i64))
}

fn mem_free(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.limit().saturating_sub(vm.heap.bytes_in_use()) as i64))
}

fn threshold(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("threshold", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(vm.extensions.get::<GcState>().map_or(-1, |s| s.threshold))),
        Some(&v) => {
            let n = vm.int_arg(v)?;
            // Kept in heap blocks of 16 bytes, as a board keeps it.
            let n = if n < 0 { -1 } else { n / 16 * 16 };
            if let Some(s) = vm.extensions.get_mut::<GcState>() {
                s.threshold = n;
            }
            Ok(Value::None)
        }
    }
}
