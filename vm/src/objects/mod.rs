//! One file per built-in type: its storage and its methods.

pub mod bytes;
pub mod class;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod generator_methods;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;

use crate::runtime::vm::Vm;

/// Install the methods of every built-in type.
pub fn register_all(vm: &mut Vm) {
    object::register(vm);
    int::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    memoryview::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict_methods::register(vm);
    set::register(vm);
    range::register(vm);
    exception::register(vm);
    descriptors::register(vm);
    generator_methods::register(vm);
    iter::register(vm);
    slice::register(vm);
}
