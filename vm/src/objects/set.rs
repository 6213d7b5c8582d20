//! `set` and `frozenset`: a dict whose values are unused.

use super::dict::Dict;

#[derive(Clone, Default)]
pub struct Set {
    pub items: Dict,
    pub frozen: bool,
}

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let s = vm.types.set;
    vm.add_static(s, "__new__", set_new);
    let f = vm.types.frozenset;
    vm.add_static(f, "__new__", frozenset_new);
}

fn set_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => vec![],
    };
    vm.new_set(&items, false)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter(it)?,
        None => vec![],
    };
    vm.new_set(&items, true)
}
