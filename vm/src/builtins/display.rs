//! `display(...)` in a notebook cell: rich output through the front end.
//! With no arguments it shows the simulated board; objects show their
//! repr. Outside a notebook the output sink prints the text form.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn display(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        let bundle = crate::board::picture::pins_picture(vm);
        vm.io.display(bundle);
        return Ok(Value::None);
    }
    for &a in args {
        let text = vm.repr(a)?;
        vm.io.display(vec![("text/plain".to_string(), text)]);
    }
    Ok(Value::None)
}
