//! Limits that keep a program from taking the host down: how deep Python
//! calls may nest on the VM's frame stack, how much of the native (Rust)
//! stack recursion may use, and the interrupt check of native loops.
//!
//! Every path that recurses on the Rust stack over a program's data or
//! code — equality, ordering, hashing, containment, `repr`/`str`, JSON,
//! native code calling back into Python — calls `Vm::check_stack` (or,
//! where only the heap is at hand, `stack_exhausted`) on each level, so
//! nesting a million lists deep, or a list inside itself, ends in
//! `RuntimeError: maximum recursion depth exceeded` rather than a stack
//! overflow that aborts the process.
//!
//! The guard measures the stack rather than counting levels: a level of
//! `repr` and a level of `__eq__` calling back into the bytecode loop use
//! very different amounts, and the thread a session runs on may be the
//! kernel's 256 MB worker or a test's 2 MB one.

use super::error::{ExcKind, PyResult};
use super::vm::Vm;
use std::cell::Cell;

/// How far Python calls may nest on the VM's own frame stack (they do not
/// use the native stack).
#[derive(Clone, Debug)]
pub struct Limits {
    pub max_frames: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_frames: 3000 }
    }
}

/// Native stack one run's recursion may use, from where the run entered
/// the VM. A fixed budget, rather than "whatever the thread has", so a
/// program hits the limit at the same depth on every front end (the unix
/// port's main thread has 8 MB); a thread with less stops earlier, at
/// `STACK_RESERVE` from its end.
pub const STACK_BUDGET: usize = 8 << 20;

/// Stack left untouched below the guard: room for the deepest stretch of
/// code between two checks (one pass through the bytecode loop into a
/// native function and the error path back out), which in an unoptimised
/// build is a few hundred kilobytes.
pub const STACK_RESERVE: usize = 512 << 10;

/// Below this much stack, heap-only recursion (dict key equality, which
/// cannot raise) gives up; it is checked where no Python error can be made.
const STACK_HARD_RESERVE: usize = 64 << 10;

thread_local! {
    /// Lowest stack address this thread's current run may reach (0: no
    /// run has entered the VM on this thread; only the thread's end counts).
    static RUN_FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The stack budget of the outermost entry into the VM on this thread;
/// dropping it restores the previous one.
pub struct StackBudget {
    previous: usize,
}

impl StackBudget {
    pub fn enter() -> StackBudget {
        let floor = stack_pointer().saturating_sub(STACK_BUDGET);
        StackBudget { previous: RUN_FLOOR.with(|f| f.replace(floor)) }
    }
}

impl Drop for StackBudget {
    fn drop(&mut self) {
        RUN_FLOOR.with(|f| f.set(self.previous));
    }
}

#[inline(always)]
fn stack_pointer() -> usize {
    psm::stack_pointer() as usize
}

/// Whether recursion must stop here: the run's budget is spent, or the
/// thread's stack is nearly at its end.
#[inline]
pub fn stack_exhausted() -> bool {
    let sp = stack_pointer();
    sp < RUN_FLOOR.with(Cell::get) || stacker::remaining_stack().is_some_and(|left| left < STACK_RESERVE)
}

/// For recursion that has no way to raise: true only when the thread's
/// stack itself is about to run out.
#[inline]
pub fn stack_nearly_gone() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < STACK_HARD_RESERVE)
}

impl Vm {
    /// Call on every level of a recursion over program data or code.
    #[inline]
    pub fn check_stack(&mut self) -> PyResult<()> {
        if stack_exhausted() {
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// Call in native loops whose length the program chooses (iterating a
    /// `range(2**63)` in `sum`, `any`, `list.extend`, ...): the bytecode loop
    /// checks the interrupt flag only between instructions, and such a
    /// loop is one instruction.
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.io.interrupt.is_set() {
            self.io.interrupt.acknowledge();
            return Err(self.err(ExcKind::KeyboardInterrupt, ""));
        }
        Ok(())
    }

    pub fn recursion_error(&mut self) -> super::error::Exc {
        self.err(ExcKind::RuntimeError, "maximum recursion depth exceeded")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_reached(level: usize) -> usize {
        if stack_exhausted() {
            return level;
        }
        let pad = std::hint::black_box([0u8; 512]);
        depth_reached(level + 1) + pad[0] as usize
    }

    #[test]
    fn a_budget_bounds_recursion_and_is_restored() {
        std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(|| {
                let unbounded = depth_reached(0);
                let bounded = {
                    let _budget = StackBudget::enter();
                    depth_reached(0)
                };
                // About STACK_BUDGET / (512 bytes + a frame) levels.
                assert!(bounded > 1000 && bounded < STACK_BUDGET / 512, "{bounded}");
                assert!(unbounded > 4 * bounded, "{unbounded} vs {bounded}");
                assert_eq!(depth_reached(0), unbounded);
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn a_small_thread_stops_at_its_own_end() {
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(|| {
                let _budget = StackBudget::enter();
                let d = depth_reached(0);
                assert!(d > 100 && d < (2 << 20) / 512, "{d}");
            })
            .unwrap()
            .join()
            .unwrap();
    }
}
