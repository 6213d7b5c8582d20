//! `dict`'s constructor and methods (its storage is `dict.rs`).

use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let d = vm.types.dict;
    vm.add_static(d, "__new__", dict_new);
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let d = vm.new_dict(Dict::new());
    vm.temp_roots.push(d);
    let r = (|| {
        if let Some(&src) = args.get(1) {
            vm.dict_update(d, src)?;
        }
        for &(k, v) in kw {
            vm.dict_set(d, k, v)?;
        }
        Ok(d)
    })();
    vm.temp_roots.pop();
    r
}
