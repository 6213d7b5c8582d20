//! `open()`: files on the simulated flash (see `crate::fs`).

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm, b: ObjRef) {
    vm.module_add_fn(b, "open", open);
}

pub fn open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if crate::modules::vfs::active(vm).is_some() {
        vm.check_args("open", args, 1, 4)?;
        vm.check_kwargs(kw, &["mode", "buffering", "encoding"])?;
        let mode = match vm.arg_or(args, kw, 1, "mode", Value::None) {
            Value::None => vm.new_str("r"),
            v => v,
        };
        let routed = crate::modules::vfs::route(vm, "_open", &[args[0], mode]);
        return routed.unwrap_or(Ok(Value::None));
    }
    raw_open(vm, args, kw)
}

/// `open()` on the flash itself (what the flash's filesystem object does).
pub fn raw_open(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("open", args, 1, 3)?;
    vm.check_kwargs(kw, &["mode", "buffering", "encoding"])?;
    let name = vm.str_arg(args[0])?;
    let mode = match vm.arg_or(args, kw, 1, "mode", Value::None) {
        Value::None => "r".to_string(),
        v => vm.str_arg(v)?,
    };
    crate::fs::file::open(vm, &name, &mode)
}
