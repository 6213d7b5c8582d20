//! `slice`: what `a[i:j:k]` passes to `__getitem__`.

use crate::runtime::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn register(vm: &mut crate::runtime::vm::Vm) {
    let c = vm.types.slice;
    vm.add_method(c, "indices", slice_indices);
}

/// `slice.indices(length)`: the start, stop and step a sequence of that
/// length would use.
fn slice_indices(
    vm: &mut crate::runtime::vm::Vm,
    args: &[Value],
    _kw: crate::objects::function::KwArgs,
) -> crate::runtime::error::PyResult<Value> {
    vm.check_args("indices", args, 2, 2)?;
    let len = vm.to_index(args[1])?;
    let s = vm.resolve_slice(args[0], len.max(0) as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(s.start), Value::Int(s.stop), Value::Int(s.step)]))
}
