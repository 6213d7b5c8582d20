//! Generators and coroutines: a suspended frame kept on the heap. Resuming
//! one pushes its frame back on the VM's frame stack (no Rust recursion).

use crate::compile::code::Code;
use crate::runtime::frame::Block;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct Generator {
    pub code: Arc<Code>,
    pub globals: ObjRef,
    /// Locals followed by the value stack, as they were at the last yield.
    pub saved: Vec<Value>,
    /// Block stack with depths relative to the frame's base.
    pub blocks: Vec<Block>,
    pub ip: usize,
    pub state: GenState,
    /// An exception `pend_throw()` left for the next resumption, or None.
    pub pending: Value,
}

impl Generator {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.globals);
        self.code.trace(out);
        for v in self.saved.iter().chain(std::iter::once(&self.pending)) {
            if let Value::Obj(r) = v {
                out.push(*r);
            }
        }
    }
    pub fn payload_bytes(&self) -> usize {
        self.saved.capacity() * std::mem::size_of::<Value>()
    }
}
