//! `getpass.getpass(prompt)`: a line typed without echo. MicroPython ports
//! have no such module; upy offers it so notebooks can ask for a WiFi
//! password without showing it (the front end hides the typing).

use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("getpass");
    vm.module_add_fn(d, "getpass", getpass);
    Ok(m)
}

fn getpass(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let prompt = match vm.arg_or(args, kw, 0, "prompt", Value::Undef) {
        Value::Undef => "Password: ".to_string(),
        p => vm.str(p)?,
    };
    match vm.io.read_line(&prompt, true) {
        Some(line) => Ok(vm.new_str(line)),
        None if vm.io.interrupt.take() => Err(vm.err(ExcKind::KeyboardInterrupt, "")),
        None => Err(vm.err(ExcKind::EOFError, "")),
    }
}
