//! Activation records. Locals and the value stack of every frame live in one
//! shared `Vm::stack`; a frame knows where its slots start.

use super::heap::ObjRef;
use super::value::Value;
use crate::compile::code::Code;
use std::mem::ManuallyDrop;
use std::ops::Deref;
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

/// The code a frame runs: an `Arc` the frame owns, or — on the fast call
/// path, where a reference count update (an atomic read-modify-write on
/// every call and every return) cost about a sixth of a call-heavy
/// program's time — one borrowed from the function object being called.
/// Either way it reads as an `Arc<Code>`; cloning it makes a real, counted
/// `Arc`.
pub struct FrameCode {
    arc: ManuallyDrop<Arc<Code>>,
    owned: bool,
}

impl FrameCode {
    pub fn owned(code: Arc<Code>) -> FrameCode {
        FrameCode { arc: ManuallyDrop::new(code), owned: true }
    }

    /// Borrow the `Arc` of a function object for the frame that runs it.
    ///
    /// # Safety
    /// `code` must stay alive, unchanged, for as long as this `FrameCode`
    /// exists. The call path guarantees it: `code` belongs to the function
    /// object in the stack slot just below the frame's base; that slot is
    /// a collector root, only the frame's caller writes there, and only
    /// after this frame is gone (return or unwind truncate the stack to at
    /// most that slot after popping the frame); a function's code is never
    /// replaced. The loop checks this with a `debug_assert` whenever it
    /// (re-)enters a borrowing frame; `tests/hostile/frame_code.py` drops
    /// every other reference to running functions to exercise that check.
    pub unsafe fn borrowed(code: &Arc<Code>) -> FrameCode {
        // SAFETY: an uncounted second handle to the same allocation; it is
        // never dropped (see `Drop`), so the count stays balanced, and the
        // caller keeps the counted original alive.
        FrameCode { arc: ManuallyDrop::new(unsafe { Arc::from_raw(Arc::as_ptr(code)) }), owned: false }
    }

    pub fn is_borrowed(&self) -> bool {
        !self.owned
    }
}

impl Deref for FrameCode {
    type Target = Arc<Code>;
    fn deref(&self) -> &Arc<Code> {
        &self.arc
    }
}

impl Drop for FrameCode {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: dropped once, here; the field is not used after.
            unsafe { ManuallyDrop::drop(&mut self.arc) }
        }
    }
}

pub struct Frame {
    pub code: FrameCode,
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
