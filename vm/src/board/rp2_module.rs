//! The `rp2` module of the simulated Pico. The simulator does not run PIO
//! programs: `PIO(...)`, `StateMachine(...)` and every operation on them
//! raise `NotImplementedError` saying so. `@asm_pio(...)` still decorates
//! (so a program that defines PIO programs at import time loads), and
//! `bootsel_button()` reads the simulated button, which is never pressed.

use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const NO_PIO: &str = "PIO is not simulated: PIO programs and state machines need a real RP2040";

const ASM_PIO_OPTIONS: &[&str] = &[
    "out_init",
    "set_init",
    "sideset_init",
    "side_pindir",
    "in_shiftdir",
    "out_shiftdir",
    "autopush",
    "autopull",
    "push_thresh",
    "pull_thresh",
    "fifo_join",
];

fn no_pio(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.err(ExcKind::NotImplementedError, NO_PIO))
}

fn class(vm: &mut Vm, name: &str, methods: &[&'static str]) -> ObjRef {
    let object = vm.types.object;
    let c = vm.new_class_raw(name, vec![object], Layout::Object, false);
    vm.add_static(c, "__new__", no_pio);
    for &m in methods {
        vm.add_method(c, m, no_pio);
    }
    c
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("rp2");
    let pio = class(vm, "PIO", &["add_program", "remove_program", "state_machine", "irq"]);
    let sm =
        class(vm, "StateMachine", &["init", "active", "restart", "exec", "get", "put", "rx_fifo", "tx_fifo", "irq"]);
    let consts = vm.extensions.get::<super::state::Board>().map(|b| b.profile.consts).unwrap_or(&[]);
    for k in consts.iter().filter(|k| k.owner == "rp2.PIO") {
        vm.class_set(pio, k.name, Value::Int(k.value));
    }
    vm.module_add(d, "PIO", Value::Obj(pio));
    vm.module_add(d, "StateMachine", Value::Obj(sm));
    let fns: [(&'static str, NativeFn); 3] =
        [("asm_pio", asm_pio), ("asm_pio_encode", no_pio), ("bootsel_button", bootsel_button)];
    for (n, f) in fns {
        vm.module_add_fn(d, n, f);
    }
    Ok(m)
}

/// `asm_pio(**options)` returns a decorator that keeps the function as the
/// "program": it is never assembled, since nothing can run it.
fn asm_pio(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("asm_pio", args, 0, 0)?;
    vm.check_kwargs(kw, ASM_PIO_OPTIONS)?;
    Ok(vm.new_native("asm_pio_decorator", keep_program))
}

fn keep_program(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("asm_pio", args, 1, 1)?;
    Ok(args[0])
}

fn bootsel_button(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("bootsel_button", args, 0, 0)?;
    Ok(Value::Int(0))
}
