//! `range`: start, stop and step; its length and items are computed.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n.min(usize::MAX as i128) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let r = vm.types.range;
    vm.add_static(r, "__new__", range_new);
}

fn range_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = &args[1.min(args.len())..];
    let (start, stop, step) = match a.len() {
        1 => (0, vm.int_arg(a[0])?, 1),
        2 => (vm.int_arg(a[0])?, vm.int_arg(a[1])?, 1),
        3 => (vm.int_arg(a[0])?, vm.int_arg(a[1])?, vm.int_arg(a[2])?),
        0 => return Err(vm.type_error("function missing 1 required positional arguments")),
        n => return Err(vm.type_error(format!("function expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("zero step"));
    }
    Ok(vm.alloc(Object::Range(Range { start, stop, step })))
}
