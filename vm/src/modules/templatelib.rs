//! `string` and `string.templatelib`: the types a t-string makes. The
//! classes are Python (`py/templatelib.py`); the builtin `__template__`
//! that compiled t-strings call imports them on first use.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::load(vm, "string.templatelib", include_str!("py/templatelib.py"), |_, _| {})
}

/// `string`: holds `templatelib`.
pub fn make_string(vm: &mut Vm) -> PyResult<Value> {
    let lib = vm.import_one("string.templatelib")?;
    let (m, d) = vm.new_module("string");
    vm.module_add(d, "templatelib", lib);
    Ok(m)
}

/// The builtin a t-string compiles to: `__template__(strings, value,
/// expression, conversion, format_spec, ...)`.
pub fn template(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let lib = vm.import_one("string.templatelib")?;
    let name = vm.intern("__template__");
    let f = vm.get_attr(lib, name)?;
    let kw: Vec<(Value, Value)> = kw.to_vec();
    vm.call_kw(f, args, &kw)
}
