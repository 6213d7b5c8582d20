//! Objects that modules define in Rust (`machine.Pin`, `collections.deque`,
//! `io.StringIO`, …). Each knows its class and the heap references it holds.

use crate::runtime::heap::ObjRef;
use std::any::Any;

pub trait NativeObject: Any + Send {
    /// The Python class of this object (allocated by its module).
    fn class(&self) -> ObjRef;
    fn trace(&self, _out: &mut Vec<ObjRef>) {}
    fn payload_bytes(&self) -> usize {
        0
    }
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
    /// The object whose bytes this one exposes through the buffer
    /// protocol (a FrameBuffer's bytearray), if it has one.
    fn buffer(&self) -> Option<crate::runtime::value::Value> {
        None
    }
}

/// The native object of type `T` inside `v`, if that is what it holds.
pub fn downcast<T: NativeObject>(vm: &crate::runtime::vm::Vm, v: crate::runtime::value::Value) -> Option<&T> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(crate::runtime::object::Object::Native(n)) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

pub fn downcast_mut<T: NativeObject>(
    vm: &mut crate::runtime::vm::Vm,
    v: crate::runtime::value::Value,
) -> Option<&mut T> {
    match v.as_obj() {
        Some(r) => match vm.heap.get_mut(r) {
            crate::runtime::object::Object::Native(n) => n.as_any_mut().downcast_mut::<T>(),
            _ => None,
        },
        None => None,
    }
}

/// Implements `NativeObject` for a struct with a `class: ObjRef` field;
/// the optional closure-like block pushes the heap references it holds.
#[macro_export]
macro_rules! native_object {
    ($t:ty) => {
        $crate::native_object!($t, |_s, _out| {});
    };
    ($t:ty, |$s:ident, $out:ident| $trace:block) => {
        impl $crate::objects::native::NativeObject for $t {
            fn class(&self) -> $crate::runtime::heap::ObjRef {
                self.class
            }
            fn trace(&self, $out: &mut Vec<$crate::runtime::heap::ObjRef>) {
                // The class is often referenced by nothing else (a module's
                // private class), so the object keeps it alive.
                $out.push(self.class);
                let $s = self;
                $trace
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
        }
    };
}
