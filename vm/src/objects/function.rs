//! Functions written in Python, functions written in Rust, and bound methods.

use crate::compile::code::Code;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::sync::Arc;

pub struct Function {
    pub code: Arc<Code>,
    /// The module's globals dict.
    pub globals: ObjRef,
    pub defaults: Box<[Value]>,
    /// A dict of keyword-only defaults, or None.
    pub kwdefaults: Value,
    /// Cells captured from enclosing functions, in `code.free_slots` order.
    pub closure: Box<[Value]>,
    /// `__name__`, `__qualname__` etc. set by the program (rarely used).
    pub dict: Option<ObjRef>,
}

impl Function {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.globals);
        self.code.trace(out);
        for v in self.defaults.iter().chain(self.closure.iter()).chain(std::iter::once(&self.kwdefaults)) {
            if let Value::Obj(r) = v {
                out.push(*r);
            }
        }
        if let Some(d) = self.dict {
            out.push(d);
        }
    }
}

/// Keyword arguments passed to a native function: (name, value) pairs.
pub type KwArgs<'a> = &'a [(Value, Value)];

pub type NativeFn = fn(&mut Vm, &[Value], KwArgs) -> PyResult<Value>;

pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// A value the function was made for (for native methods of a module
    /// object, or a class for `__new__`), else Undef.
    pub bound: Value,
    /// Whether this is a method of a built-in type, so that
    /// `instance.method` binds `self`.
    pub is_method: bool,
    /// The docstring / signature text shown by `help` and the kernel.
    pub doc: &'static str,
    /// Whether it accepts keyword arguments. MicroPython's built-ins mostly
    /// don't: `range(stop=1)` is a TypeError (see `builtins::keywords`).
    pub takes_kw: bool,
}

pub struct BoundMethod {
    pub func: Value,
    pub this: Value,
}
