//! Activation records. Locals and the value stack of every frame live in one
//! shared `Vm::stack`; a frame knows where its slots start.

use super::heap::ObjRef;
use super::value::Value;
use crate::compile::code::Code;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Except,
    Finally,
}

/// An active `try`: where its handler is and how deep the stack was.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    pub depth: u32,
    pub exc_depth: u32,
}

/// What happens to a frame's result when it returns or yields.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ReturnAction {
    /// Push the result on the caller's stack.
    Push,
    /// `__init__` returned: push this instance instead (None was required).
    Init(Value),
    /// A generator resumed by `ForIter` in the caller: a yield pushes the
    /// value; a return ends the loop (jump to the target).
    ForIter(u32),
    /// A generator resumed by the caller's `YieldFrom`.
    YieldFrom,
    /// Return to Rust: the frame was entered from native code.
    Native,
}

pub struct Frame {
    pub code: Arc<Code>,
    pub ip: usize,
    /// Stack index of local slot 0.
    pub base: usize,
    /// The module's globals dict.
    pub globals: ObjRef,
    /// Namespace dict for module and class bodies (LoadName/StoreName).
    pub locals: Option<ObjRef>,
    pub block_base: usize,
    pub exc_depth: usize,
    pub generator: Option<ObjRef>,
    pub action: ReturnAction,
    /// Where the caller's stack ends after this frame is popped (removes
    /// the callee and its arguments).
    pub caller_top: usize,
}
