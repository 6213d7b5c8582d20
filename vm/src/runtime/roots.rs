//! What native code holds, and when the collector may run under it.
//!
//! The collector traces from the VM's own stacks (values, frames, handled
//! exceptions), the interned names, the modules, and `Vm::temp_roots`: the
//! root stack where native code keeps the values it holds across a call
//! back into Python. A native's pushes are dropped when it returns (the
//! call paths truncate `temp_roots` to where it was, a handle scope per
//! native call), so a native only pushes, or overwrites a slot it pushed.
//!
//! Values in Rust locals and vectors are invisible to the collector, and
//! most of the runtime's Rust code (operators, attribute lookup, `repr`,
//! hashing, the lazy iterators) holds some while it runs Python code. So a
//! collection happens only where nothing on the Rust stack is hidden:
//!
//! - Each re-entry into the bytecode loop is *fenced* (`gc_fence` counts
//!   them), unless it was asked for by code that keeps everything it holds
//!   on a root. Under a fence nothing is collected: garbage made there waits
//!   until the fenced call returns, and only a heap far past its limit stops
//!   the program.
//! - The rooted entries are the `*_rooted` functions here (and module,
//!   class and `exec` bodies, `run_code`). Their contract, for the caller
//!   and every Rust caller above it up to the bytecode loop: **every value
//!   held across the call is on the VM stack or on `temp_roots`**, because
//!   the collector may run before the call returns.
//! - `rooted_chain` says whether the Rust code since the innermost loop is
//!   all such code. The loop holds nothing between ops and calls natives
//!   with their arguments still on its stack, so a native it calls starts
//!   rooted; a native called from other Rust code (`Vm::call`) does not, and
//!   its rooted entries are fenced.
//!
//! So the builtins that drive an iterator or call back into Python for a
//! long time (`sum`, `list`, `sorted`, `min`, `str.join`, a generator's
//! `send`, ...) root what they hold and use the rooted entries: a generator
//! they drive collects its garbage as a `for` loop would. Everything else
//! stays correct without knowing about the collector.

use super::error::{Exc, ExcKind, PyResult};
use super::heap::ObjRef;
use super::interp::Exit;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;

impl Vm {
    /// Whether a collection now would see every live value.
    #[inline]
    pub fn can_collect(&self) -> bool {
        self.gc_fence == 0 && self.rooted_chain
    }

    /// Run `f` fenced: no collection until it returns (for code that holds
    /// values in Rust while it may reach a rooted entry, like the compiler
    /// folding constants through an import).
    pub fn fenced<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        self.gc_fence += 1;
        let r = f(self);
        self.gc_fence -= 1;
        r
    }

    /// Run a native the bytecode loop calls (its arguments are on the VM
    /// stack): it starts rooted, and its root-stack pushes are dropped
    /// when it returns.
    #[inline]
    pub(crate) fn native_from_loop<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        let chain = std::mem::replace(&mut self.rooted_chain, true);
        let mark = self.temp_roots.len();
        let r = f(self);
        self.temp_roots.truncate(mark);
        self.rooted_chain = chain;
        r
    }

    /// Resume generator `g` (see `gen_send`) from code that keeps every
    /// value it holds on a root: its frame may collect garbage.
    pub fn gen_send_rooted(&mut self, g: ObjRef, sent: Value, throw: Option<Exc>) -> PyResult<Exit> {
        if !self.resume_generator(g, sent, throw, super::frame::ReturnAction::Native)? {
            return Ok(Exit::Return(Value::None));
        }
        self.execute_rooted()
    }

    /// `iter_next` for code that keeps every value it holds on a root: a
    /// generator it drives may collect garbage. Other iterators run as
    /// `iter_next` (fenced where they call back into Python).
    pub fn iter_next_rooted(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(r) = it {
            if let Object::Generator(_) = self.heap.get(r) {
                return match self.gen_send_rooted(r, Value::None, None) {
                    Ok(Exit::Yield(v)) => Ok(Some(v)),
                    Ok(Exit::Return(v)) if v.is_none() => Ok(None),
                    // A return value is dropped, as `for` drops it.
                    Ok(Exit::Return(_)) => Ok(None),
                    Err(e) if self.exc_class_is(e.0, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        self.iter_next(it)
    }

    /// `collect_iter` for code that keeps every value it holds on a root.
    /// The items gathered so far wait on the root stack.
    pub fn collect_iter_rooted(&mut self, v: Value) -> PyResult<Vec<Value>> {
        // Sequences are copied, as `collect_iter` does.
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(_) | Object::Tuple(_) | Object::Range(_)) | None => return self.collect_iter(v),
            _ => {}
        }
        let mark = self.temp_roots.len();
        let r = (|| {
            let it = self.get_iter(v)?;
            self.temp_roots.push(it);
            while let Some(x) = self.iter_next_rooted(it)? {
                self.temp_roots.push(x);
                let n = self.temp_roots.len() - mark;
                if n.is_multiple_of(4096) && !self.heap.can_grow(n * std::mem::size_of::<Value>()) {
                    return Err(self.memory_error());
                }
            }
            Ok(self.temp_roots[mark + 1..].to_vec())
        })();
        self.temp_roots.truncate(mark);
        r
    }

    /// `call` for code that keeps every value it holds on a root: what it
    /// calls may collect garbage.
    pub fn call_rooted(&mut self, func: Value, args: &[Value]) -> PyResult<Value> {
        self.dispatch_call(func, args, &[], true)
    }
}
