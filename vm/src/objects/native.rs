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
}
