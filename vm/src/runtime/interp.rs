//! The bytecode loop. Python calls, generator resumption and `yield from`
//! push and pop frames here rather than recursing on the Rust stack; only
//! native code calling back into Python (a sort key, `__eq__`) re-enters.

use super::error::{Exc, ExcKind, PyResult};
use super::frame::{Block, BlockKind, Frame, FrameCode, ReturnAction};
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::compile::code::{Code, Op};
use crate::objects::generator::GenState;
use crate::objects::iter::Iter;
use std::sync::Arc;

/// `items[i]` with Python's negative indices, if in range.
#[inline]
fn index_in(items: &[Value], i: i64) -> Option<Value> {
    let len = items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if (0..len).contains(&j) {
        Some(items[j as usize])
    } else {
        None
    }
}

/// The truth of a value that needs no heap access or call (bools, None,
/// numbers); `None` for objects, which go through `Vm::truthy`.
#[inline(always)]
fn truth_inline(v: Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(b),
        Value::None | Value::Undef => Some(false),
        Value::Int(i) => Some(i != 0),
        Value::Float(f) => Some(f != 0.0),
        Value::Obj(_) => None,
    }
}

/// How the entry frame of a `run` ended.
#[derive(Clone, Copy, Debug)]
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Push a frame whose blocks and handled exceptions start at the
    /// current depths.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        code: FrameCode,
        ip: usize,
        base: usize,
        globals: ObjRef,
        locals: Option<ObjRef>,
        generator: Option<ObjRef>,
        action: ReturnAction,
        caller_top: usize,
    ) {
        self.frames.push(Frame {
            code,
            ip,
            base,
            globals,
            locals,
            block_base: self.blocks.len(),
            exc_depth: self.exc_stack.len(),
            generator,
            action,
            caller_top,
        });
    }

    /// Run module-level code with the given globals dict. A rooted entry
    /// (see `roots.rs`): the caller keeps every value it holds on a root.
    pub fn run_code(&mut self, code: Arc<Code>, globals: ObjRef) -> PyResult<Value> {
        let base = self.stack.len();
        let n = code.nlocals as usize;
        self.stack.extend(std::iter::repeat_n(Value::Undef, n));
        self.push_frame(FrameCode::owned(code), 0, base, globals, None, None, ReturnAction::Native, base);
        match self.execute_rooted()? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Run a class body or `exec` code with a separate namespace dict. A
    /// rooted entry, as `run_code`.
    pub fn run_code_with_locals(
        &mut self,
        code: Arc<Code>,
        globals: ObjRef,
        locals: ObjRef,
        closure: &[Value],
    ) -> PyResult<Value> {
        let base = self.stack.len();
        let n = code.nlocals as usize;
        self.stack.extend(std::iter::repeat_n(Value::Undef, n));
        for &slot in &code.cell_slots {
            let cell = self.alloc(Object::Cell(Value::Undef));
            self.stack[base + slot as usize] = cell;
        }
        for (i, &slot) in code.free_slots.iter().enumerate() {
            self.stack[base + slot as usize] = closure.get(i).copied().unwrap_or(Value::None);
        }
        self.push_frame(FrameCode::owned(code), 0, base, globals, Some(locals), None, ReturnAction::Native, base);
        match self.execute_rooted()? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    /// Run frames until the entry frame (the top one now, whose action is
    /// `Native`) returns or yields. Nothing is collected until it does: the
    /// Rust code that called may hold values the collector cannot see.
    pub(crate) fn execute(&mut self) -> PyResult<Exit> {
        self.enter_loop(false)
    }

    /// `execute` for a caller that keeps every value it holds on a root
    /// (see `roots.rs`): the frames run may collect garbage.
    pub(crate) fn execute_rooted(&mut self) -> PyResult<Exit> {
        self.enter_loop(true)
    }

    fn enter_loop(&mut self, rooted: bool) -> PyResult<Exit> {
        // The outermost entry sets this run's native stack budget; native
        // code calling back into Python spends it.
        let _budget = (self.native_depth == 0).then(super::resource::StackBudget::enter);
        if super::resource::stack_exhausted() {
            self.pop_frame_silently();
            return Err(self.recursion_error());
        }
        let fence = !(rooted && self.rooted_chain);
        self.gc_fence += fence as u32;
        // The loop holds nothing between ops.
        let chain = std::mem::replace(&mut self.rooted_chain, true);
        self.native_depth += 1;
        let r = self.execute_inner();
        self.native_depth -= 1;
        self.rooted_chain = chain;
        self.gc_fence -= fence as u32;
        r
    }

    fn pop_frame_silently(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.blocks.truncate(f.block_base);
            self.exc_stack.truncate(f.exc_depth);
            self.stack.truncate(f.caller_top);
        }
    }

    fn execute_inner(&mut self) -> PyResult<Exit> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            // SAFETY: frame `fi` owns an `Arc` of this code and stays on the
            // frame stack until this loop pops it (return, yield, unwind),
            // after which `code` is not used again: every such path leaves
            // through `continue 'frames` or `return`. Frames pushed above it
            // (calls, nested runs) never drop it. Borrowing instead of
            // cloning saves two atomic operations per frame switch.
            let code: &Code = unsafe { &*Arc::as_ptr(&self.frames[fi].code) };
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            debug_assert!(
                !self.frames[fi].code.is_borrowed() || self.borrowed_code_is_rooted(fi),
                "a frame's borrowed code lost its function object"
            );

            macro_rules! raise {
                ($e:expr) => {{
                    let e: Exc = $e;
                    self.frames[fi].ip = ip;
                    match self.unwind(e) {
                        Ok(()) => continue 'frames,
                        Err(e) => return Err(e),
                    }
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => raise!(e),
                    }
                };
            }
            macro_rules! pop {
                () => {
                    self.stack.pop().unwrap_or(Value::None)
                };
            }
            macro_rules! top {
                () => {
                    *self.stack.last().unwrap_or(&Value::None)
                };
            }
            macro_rules! check_interrupt {
                () => {
                    if self.io.interrupt.is_set() {
                        self.io.interrupt.acknowledge();
                        raise!(self.err(ExcKind::KeyboardInterrupt, ""));
                    }
                    if let Err(e) = self.maybe_collect() {
                        raise!(e);
                    }
                    if !self.scheduler.is_idle() {
                        self.frames[fi].ip = ip;
                        if let Err(e) = self.run_due() {
                            raise!(e);
                        }
                    }
                };
            }

            // Deliver a value an op produced when the op at `$next` comes
            // next: a `StoreFast` there is done at once (the value never
            // touches the value stack) and skipped; otherwise push.
            macro_rules! store_or_push {
                ($v:expr, $next:expr) => {{
                    let next: usize = $next;
                    match code.ops.get(next) {
                        Some(&Op::StoreFast(d)) => {
                            self.stack[base + d as usize] = $v;
                            ip = next + 1;
                        }
                        _ => {
                            self.stack.push($v);
                            ip = next;
                        }
                    }
                }};
            }

            macro_rules! unbound_local {
                ($s:expr) => {{
                    raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"))
                }};
            }

            loop {
                // SAFETY: `compile::compiler::check_bounds` proved every
                // jump target is inside the code and that the last op never
                // falls through, so `ip` is always in range here.
                let op = unsafe { *code.ops.get_unchecked(ip) };
                ip += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => self.stack.push(code.consts[i as usize]),
                    Op::LoadNone => self.stack.push(Value::None),
                    Op::LoadTrue => self.stack.push(Value::Bool(true)),
                    Op::LoadFalse => self.stack.push(Value::Bool(false)),
                    Op::LoadInt(i) => self.stack.push(Value::Int(i as i64)),
                    Op::LoadFast(s) => {
                        let v = self.stack[base + s as usize];
                        if let Value::Undef = v {
                            raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"));
                        }
                        self.stack.push(v);
                    }
                    Op::LoadFast2(s1, s2) => {
                        let (v1, v2) = (self.stack[base + s1 as usize], self.stack[base + s2 as usize]);
                        if matches!(v1, Value::Undef) || matches!(v2, Value::Undef) {
                            raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"));
                        }
                        self.stack.push(v1);
                        self.stack.push(v2);
                        ip += 1;
                    }
                    Op::LoadFastInt(s1, k) => {
                        let v1 = self.stack[base + s1 as usize];
                        if let Value::Undef = v1 {
                            raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"));
                        }
                        self.stack.push(v1);
                        self.stack.push(Value::Int(k as i64));
                        ip += 1;
                    }
                    Op::BinaryFast2(bop, s1, s2) => {
                        let (v1, v2) = (self.stack[base + s1 as usize], self.stack[base + s2 as usize]);
                        if let Some(r) = super::ops::numeric_fast(bop, v1, v2) {
                            store_or_push!(r, ip + 2);
                            continue;
                        }
                        // As `LoadFast2`; the binary op then runs itself.
                        if let Value::Undef = v1 {
                            unbound_local!(s1);
                        }
                        if let Value::Undef = v2 {
                            unbound_local!(s2);
                        }
                        self.stack.push(v1);
                        self.stack.push(v2);
                        ip += 1;
                    }
                    Op::BinaryFastInt(bop, s1, k) => {
                        let v1 = self.stack[base + s1 as usize];
                        let k = Value::Int(k as i64);
                        if let Some(r) = super::ops::numeric_fast(bop, v1, k) {
                            store_or_push!(r, ip + 2);
                            continue;
                        }
                        // As `LoadFastInt`.
                        if let Value::Undef = v1 {
                            unbound_local!(s1);
                        }
                        self.stack.push(v1);
                        self.stack.push(k);
                        ip += 1;
                    }
                    Op::LoadFastIndex(s, k) => {
                        let seq = self.stack[base + s as usize];
                        if let Value::Obj(r) = seq {
                            let item = match self.heap.get(r) {
                                Object::List(l) => index_in(l, k as i64),
                                Object::Tuple(t) => index_in(t, k as i64),
                                _ => None,
                            };
                            if let Some(v) = item {
                                self.stack.push(v);
                                ip += 2;
                                continue;
                            }
                        }
                        // As `LoadFastInt`; `LoadSubscr` then runs itself.
                        if let Value::Undef = seq {
                            unbound_local!(s);
                        }
                        self.stack.push(seq);
                        self.stack.push(Value::Int(k as i64));
                        ip += 1;
                    }
                    Op::LoadFastAttr(s, i) => {
                        let obj = self.stack[base + s as usize];
                        let (name, hint) = (code.names[i as usize], &code.attr_hints[i as usize]);
                        if let Some(v) = self.instance_attr_fast(obj, name, hint) {
                            self.stack.push(v);
                            ip += 1;
                            continue;
                        }
                        // As `LoadFast`; `LoadAttr` then runs itself.
                        if let Value::Undef = obj {
                            unbound_local!(s);
                        }
                        self.stack.push(obj);
                    }
                    Op::CompareJumpIfFalse(cop, t) => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let fast = match (a, b) {
                            (Value::Int(x), Value::Int(y)) => super::ops::int_compare(cop, x, y),
                            (Value::Float(x), Value::Float(y)) => super::ops::float_compare(cop, x, y),
                            _ => None,
                        };
                        if let Some(Value::Bool(holds)) = fast {
                            self.stack.truncate(n - 2);
                            // Past the jump op, as if it had run.
                            ip += 1;
                            if !holds {
                                if (t as usize) < ip {
                                    check_interrupt!();
                                }
                                ip = t as usize;
                            }
                            continue;
                        }
                        // As `Compare`; the jump op then runs itself.
                        let r = tri!(self.compare_op(cop, a, b));
                        self.stack[n - 2] = r;
                        self.stack.truncate(n - 1);
                    }
                    Op::StoreFast(s) => {
                        let v = pop!();
                        self.stack[base + s as usize] = v;
                    }
                    Op::DeleteFast(s) => {
                        if let Value::Undef = self.stack[base + s as usize] {
                            raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"));
                        }
                        self.stack[base + s as usize] = Value::Undef;
                    }
                    Op::LoadDeref(s) => {
                        let cell = self.stack[base + s as usize];
                        let v = self.cell_get(cell);
                        if let Value::Undef = v {
                            raise!(self.err(ExcKind::NameError, "local variable referenced before assignment"));
                        }
                        self.stack.push(v);
                    }
                    Op::StoreDeref(s) => {
                        let v = pop!();
                        let cell = self.stack[base + s as usize];
                        self.cell_set(cell, v);
                    }
                    Op::DeleteDeref(s) => {
                        let cell = self.stack[base + s as usize];
                        if let Value::Undef = self.cell_get(cell) {
                            unbound_local!(s);
                        }
                        self.cell_set(cell, Value::Undef);
                    }
                    Op::LoadClosure(s) => {
                        let cell = self.stack[base + s as usize];
                        self.stack.push(cell);
                    }
                    Op::MakeCell(s) => {
                        let v = self.stack[base + s as usize];
                        let c = self.alloc(Object::Cell(v));
                        self.stack[base + s as usize] = c;
                    }
                    Op::LoadGlobal(i) => {
                        let globals = self.frames[fi].globals;
                        let v = tri!(self.load_global_cached(code, i as usize, globals));
                        self.stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = pop!();
                        let globals = self.frames[fi].globals;
                        self.dict_set_str_key(globals, code.names[i as usize], v);
                    }
                    Op::DeleteGlobal(i) => {
                        let globals = self.frames[fi].globals;
                        tri!(self.namespace_delete(globals, code.names[i as usize]));
                    }
                    Op::LoadName(i) => {
                        let name = code.names[i as usize];
                        let v = match self.frames[fi].locals {
                            Some(l) => self.namespace_get(l, name),
                            None => None,
                        };
                        let v = match v {
                            Some(v) => v,
                            None => {
                                let globals = self.frames[fi].globals;
                                tri!(self.load_global(globals, name))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::StoreName(i) => {
                        let v = pop!();
                        let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        self.dict_set_str_key(ns, code.names[i as usize], v);
                    }
                    Op::DeleteName(i) => {
                        let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        tri!(self.namespace_delete(ns, code.names[i as usize]));
                    }
                    Op::LoadClassDeref(i, s) => {
                        let name = code.names[i as usize];
                        let v = match self.frames[fi].locals {
                            Some(l) => self.namespace_get(l, name),
                            None => None,
                        };
                        let v = match v {
                            Some(v) => v,
                            None => {
                                let cell = self.stack[base + s as usize];
                                self.cell_get(cell)
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::LoadAttr(i) => {
                        let obj = pop!();
                        let name = code.names[i as usize];
                        // Plain instance attribute: straight from its dict.
                        if let Some(v) = self.instance_attr_fast(obj, name, &code.attr_hints[i as usize]) {
                            self.stack.push(v);
                            continue;
                        }
                        let v = tri!(self.get_attr(obj, name));
                        self.stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        let name = code.names[i as usize];
                        if !self.instance_set_fast(obj, name, v, &code.attr_hints[i as usize]) {
                            tri!(self.set_attr(obj, name, v));
                        }
                    }
                    Op::DeleteAttr(i) => {
                        let obj = pop!();
                        tri!(self.del_attr(obj, code.names[i as usize]));
                    }
                    Op::LoadMethod(i) => {
                        let obj = pop!();
                        // `module.function(...)`: straight from the module's dict.
                        if let Value::Obj(r) = obj {
                            if let Object::Module(m) = self.heap.get(r) {
                                let d = m.dict;
                                if let Some(f) = self.namespace_get(d, code.names[i as usize]) {
                                    self.stack.push(Value::Undef);
                                    self.stack.push(f);
                                    continue;
                                }
                            }
                        }
                        let (a, b) = tri!(self.load_method(obj, code.names[i as usize]));
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::CallMethod(n) | Op::CallMethodKw(n, _) => {
                        check_interrupt!();
                        let kwnames = match op {
                            Op::CallMethodKw(_, k) => Some(code.consts[k as usize]),
                            _ => None,
                        };
                        let pos = self.stack.len() - n as usize - 2;
                        let (func_pos, nargs) = if let Value::Undef = self.stack[pos] {
                            (pos + 1, n as usize)
                        } else {
                            (pos, n as usize + 1)
                        };
                        self.frames[fi].ip = ip;
                        if tri!(self.call_from_stack(func_pos, nargs, kwnames, pos)) {
                            continue 'frames;
                        }
                    }
                    Op::Call(n) | Op::CallKw(n, _) => {
                        check_interrupt!();
                        let kwnames = match op {
                            Op::CallKw(_, k) => Some(code.consts[k as usize]),
                            _ => None,
                        };
                        let func_pos = self.stack.len() - n as usize - 1;
                        self.frames[fi].ip = ip;
                        if tri!(self.call_from_stack(func_pos, n as usize, kwnames, func_pos)) {
                            continue 'frames;
                        }
                    }
                    Op::CallEx => {
                        check_interrupt!();
                        let kwargs = pop!();
                        let args = pop!();
                        let func_pos = self.stack.len() - 1;
                        // Spread the tuple and dict back onto the stack.
                        let items: Vec<Value> = match args.as_obj().map(|r| self.heap.get(r)) {
                            Some(Object::Tuple(t)) => t.to_vec(),
                            _ => tri!(self.collect_iter(args)),
                        };
                        let nargs = items.len();
                        self.stack.extend(items);
                        let mut kwnames = None;
                        let mut nkw = 0;
                        if !kwargs.is_none() {
                            let entries: Vec<(Value, Value)> = match kwargs.as_obj().map(|r| self.heap.get(r)) {
                                Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
                                _ => vec![],
                            };
                            let mut names = vec![];
                            for (k, v) in entries {
                                if self.as_str(k).is_none() {
                                    // A board converts each key to a str and says so.
                                    let t = self.type_name(k);
                                    raise!(self.type_error(format!("can't convert '{t}' object to str implicitly")));
                                }
                                names.push(k);
                                self.stack.push(v);
                                nkw += 1;
                            }
                            kwnames = Some(self.new_tuple(names));
                        }
                        self.frames[fi].ip = ip;
                        if tri!(self.call_from_stack(func_pos, nargs + nkw, kwnames, func_pos)) {
                            continue 'frames;
                        }
                    }
                    Op::LoadSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        // list[i] and tuple[i] with an in-range int.
                        if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
                            let item = match self.heap.get(r) {
                                Object::List(l) => index_in(l, i),
                                Object::Tuple(t) => index_in(t, i),
                                _ => None,
                            };
                            if let Some(v) = item {
                                self.stack.push(v);
                                continue;
                            }
                        }
                        let v = tri!(self.get_item(obj, key));
                        self.stack.push(v);
                    }
                    Op::StoreSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        if let (Value::Obj(r), Value::Int(i)) = (obj, key) {
                            if let Object::List(l) = self.heap.get_mut(r) {
                                let len = l.len() as i64;
                                let j = if i < 0 { i + len } else { i };
                                if (0..len).contains(&j) {
                                    l[j as usize] = v;
                                    continue;
                                }
                            }
                        }
                        tri!(self.set_item(obj, key, v));
                    }
                    Op::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        tri!(self.del_item(obj, key));
                    }
                    Op::Binary(bop) | Op::Inplace(bop) => {
                        // Operands stay in place; the result overwrites the
                        // left one (no push or pop bookkeeping).
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let r = match super::ops::numeric_fast(bop, a, b) {
                            Some(v) => v,
                            None if matches!(op, Op::Binary(_)) => tri!(self.binary_op(bop, a, b)),
                            None => tri!(self.inplace_op(bop, a, b)),
                        };
                        self.stack[n - 2] = r;
                        self.stack.truncate(n - 1);
                    }
                    Op::Neg | Op::Pos | Op::Invert => {
                        let a = pop!();
                        let r = tri!(self.unary_op(op, a));
                        self.stack.push(r);
                    }
                    Op::Not => {
                        let a = pop!();
                        let t = match truth_inline(a) {
                            Some(t) => t,
                            None => tri!(self.truthy(a)),
                        };
                        self.stack.push(Value::Bool(!t));
                    }
                    Op::Compare(cop) => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        let r = match (a, b) {
                            (Value::Int(x), Value::Int(y)) => super::ops::int_compare(cop, x, y),
                            _ => None,
                        };
                        let r = match r {
                            Some(v) => v,
                            None => tri!(self.compare_op(cop, a, b)),
                        };
                        self.stack[n - 2] = r;
                        self.stack.truncate(n - 1);
                    }
                    Op::Pop => {
                        self.stack.pop();
                    }
                    Op::Dup => {
                        let v = top!();
                        self.stack.push(v);
                    }
                    Op::Dup2 => {
                        let n = self.stack.len();
                        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Op::Rot2 => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Op::Rot3 => {
                        // [a, b, c] → [c, a, b]
                        let n = self.stack.len();
                        let c = self.stack[n - 1];
                        self.stack[n - 1] = self.stack[n - 2];
                        self.stack[n - 2] = self.stack[n - 3];
                        self.stack[n - 3] = c;
                    }
                    Op::Jump(t) => {
                        if (t as usize) < ip {
                            check_interrupt!();
                        }
                        ip = t as usize;
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let b = match truth_inline(v) {
                            Some(b) => b,
                            None => tri!(self.truthy(v)),
                        };
                        if !b {
                            if (t as usize) < ip {
                                check_interrupt!();
                            }
                            ip = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let b = match truth_inline(v) {
                            Some(b) => b,
                            None => tri!(self.truthy(v)),
                        };
                        if b {
                            if (t as usize) < ip {
                                check_interrupt!();
                            }
                            ip = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let v = top!();
                        let holds = match truth_inline(v) {
                            Some(b) => b,
                            None => tri!(self.truthy(v)),
                        };
                        if !holds {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let v = top!();
                        let holds = match truth_inline(v) {
                            Some(b) => b,
                            None => tri!(self.truthy(v)),
                        };
                        if holds {
                            ip = t as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = pop!();
                        let it = tri!(self.get_iter(v));
                        self.stack.push(it);
                    }
                    Op::ForIter(t) => {
                        let it = top!();
                        // Fast paths: ranges and lists.
                        if let Value::Obj(r) = it {
                            match self.heap.get_mut(r) {
                                Object::Iter(Iter::Range { next, stop, step }) => {
                                    let cur = *next;
                                    if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                        *next = cur.wrapping_add(*step);
                                        store_or_push!(Value::Int(cur), ip);
                                    } else {
                                        self.stack.pop();
                                        ip = t as usize;
                                    }
                                    continue;
                                }
                                Object::Iter(Iter::Seq { seq, index }) => {
                                    // Lists and tuples: index straight in.
                                    let (seq, index) = (*seq, *index);
                                    let item = match self.heap.get(seq) {
                                        Object::List(l) => Some(l.get(index).copied()),
                                        Object::Tuple(tu) => Some(tu.get(index).copied()),
                                        _ => None,
                                    };
                                    if let Some(item) = item {
                                        match item {
                                            Some(v) => {
                                                if let Object::Iter(Iter::Seq { index, .. }) = self.heap.get_mut(r) {
                                                    *index += 1;
                                                }
                                                store_or_push!(v, ip);
                                            }
                                            None => {
                                                if let Object::Iter(it) = self.heap.get_mut(r) {
                                                    *it = Iter::Done;
                                                }
                                                self.stack.pop();
                                                ip = t as usize;
                                            }
                                        }
                                        continue;
                                    }
                                }
                                Object::Generator(_) => {
                                    self.frames[fi].ip = ip;
                                    match self.resume_generator(r, Value::None, None, ReturnAction::ForIter(t)) {
                                        Ok(true) => continue 'frames,
                                        Ok(false) => {
                                            self.stack.pop();
                                            ip = t as usize;
                                            continue;
                                        }
                                        Err(e) => raise!(e),
                                    }
                                }
                                _ => {}
                            }
                        }
                        match tri!(self.iter_next(it)) {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                ip = t as usize;
                            }
                        }
                    }
                    Op::BuildTuple(n) => {
                        let start = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack.drain(start..).collect();
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Op::BuildList(n) => {
                        let start = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack.drain(start..).collect();
                        let l = self.new_list(items);
                        self.stack.push(l);
                    }
                    Op::BuildSet(n) => {
                        let start = self.stack.len() - n as usize;
                        let items: Vec<Value> = self.stack[start..].to_vec();
                        let s = tri!(self.new_set(&items, false));
                        self.stack.truncate(start);
                        self.stack.push(s);
                    }
                    Op::BuildMap(n) => {
                        let start = self.stack.len() - 2 * n as usize;
                        let d = self.new_dict(crate::objects::dict::Dict::with_capacity(n as usize));
                        let items: Vec<Value> = self.stack[start..].to_vec();
                        self.stack.push(d);
                        // Each pair is value, key (the order they were made).
                        for pair in items.chunks(2) {
                            tri!(self.dict_set(d, pair[1], pair[0]));
                        }
                        self.stack.truncate(start);
                        self.stack.push(d);
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        let s = self.new_slice(start, stop, step);
                        self.stack.push(s);
                    }
                    Op::BuildString(n) => {
                        let start = self.stack.len() - n as usize;
                        let mut s = String::new();
                        for &v in &self.stack[start..] {
                            s.push_str(self.str_of(v));
                        }
                        self.stack.truncate(start);
                        let v = self.new_str(s);
                        self.stack.push(v);
                    }
                    Op::ListAppend(n) => {
                        let v = pop!();
                        let l = self.stack[self.stack.len() - n as usize];
                        tri!(self.list_append(l, v));
                    }
                    Op::SetAdd(n) => {
                        let v = pop!();
                        let s = self.stack[self.stack.len() - n as usize];
                        tri!(self.set_add(s, v));
                    }
                    Op::MapAdd(n) => {
                        let k = pop!();
                        let v = pop!();
                        let d = self.stack[self.stack.len() - n as usize];
                        tri!(self.dict_set(d, k, v));
                    }
                    Op::ListExtend(n) => {
                        let v = top!();
                        let items = tri!(self.collect_iter_rooted(v));
                        self.stack.pop();
                        let l = self.stack[self.stack.len() - n as usize];
                        if let Value::Obj(r) = l {
                            if let Object::List(list) = self.heap.get_mut(r) {
                                list.extend(items);
                            }
                        }
                    }
                    Op::SetUpdate(n) => {
                        let v = top!();
                        let items = tri!(self.collect_iter_rooted(v));
                        self.stack.pop();
                        let s = self.stack[self.stack.len() - n as usize];
                        for it in items {
                            tri!(self.set_add(s, it));
                        }
                    }
                    Op::DictUpdate(n) => {
                        let v = top!();
                        let d = self.stack[self.stack.len() - n as usize - 1];
                        tri!(self.dict_update(d, v));
                        self.stack.pop();
                    }
                    Op::KwMerge(n) => {
                        let v = top!();
                        let d = self.stack[self.stack.len() - n as usize - 1];
                        tri!(self.kw_merge(d, v));
                        self.stack.pop();
                    }
                    Op::ListToTuple => {
                        let l = pop!();
                        let items = match l.as_obj().map(|r| self.heap.get(r)) {
                            Some(Object::List(items)) => items.clone(),
                            _ => vec![],
                        };
                        let t = self.new_tuple(items);
                        self.stack.push(t);
                    }
                    Op::UnpackSequence(n) => {
                        let v = top!();
                        // Tuples and lists of the right length: no copy.
                        if let Value::Obj(r) = v {
                            let items: Option<&[Value]> = match self.heap.get(r) {
                                Object::Tuple(t) if t.len() == n as usize => Some(t),
                                Object::List(l) if l.len() == n as usize => Some(l),
                                _ => None,
                            };
                            if let Some(items) = items {
                                let len = self.stack.len();
                                let top = len - 1;
                                self.stack.reserve(n as usize);
                                // Write in reverse over the sequence's slot.
                                let items_ptr: smallvec::SmallVec<[Value; 8]> = items.iter().rev().copied().collect();
                                self.stack.truncate(top);
                                self.stack.extend(items_ptr);
                                continue;
                            }
                        }
                        let items = tri!(self.unpack(v, n as usize));
                        self.stack.pop();
                        self.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx(before, after) => {
                        let v = top!();
                        let items = tri!(self.collect_iter_rooted(v));
                        let (b, a) = (before as usize, after as usize);
                        if items.len() < b + a {
                            raise!(self.value_error(format!("need more than {} values to unpack", items.len())));
                        }
                        self.stack.pop();
                        let mid = items[b..items.len() - a].to_vec();
                        let midl = self.new_list(mid);
                        let mut out: Vec<Value> = items[..b].to_vec();
                        out.push(midl);
                        out.extend_from_slice(&items[items.len() - a..]);
                        self.stack.extend(out.into_iter().rev());
                    }
                    Op::MakeFunction(ci, flags) => {
                        let fcode = Arc::clone(&code.codes[ci as usize]);
                        let closure = if flags & 4 != 0 { pop!() } else { Value::None };
                        let kwdefaults = if flags & 2 != 0 { pop!() } else { Value::None };
                        let defaults = if flags & 1 != 0 { pop!() } else { Value::None };
                        let globals = self.frames[fi].globals;
                        let f = self.make_function(fcode, globals, defaults, kwdefaults, closure);
                        self.stack.push(f);
                    }
                    Op::Return => {
                        let v = pop!();
                        match self.return_from_frame(v) {
                            Ok(Some(exit)) => return Ok(exit),
                            Ok(None) => continue 'frames,
                            // Raised in the caller's frame, which is now on top.
                            Err(e) => match self.unwind(e) {
                                Ok(()) => continue 'frames,
                                Err(e) => return Err(e),
                            },
                        }
                    }
                    Op::SetResult => {
                        let v = pop!();
                        self.last_result = v;
                    }
                    Op::Yield => {
                        let v = pop!();
                        self.frames[fi].ip = ip;
                        match self.yield_from_frame(v) {
                            Some(exit) => return Ok(exit),
                            None => continue 'frames,
                        }
                    }
                    Op::YieldFrom => {
                        let sent = pop!();
                        let delegate = top!();
                        // Re-run this op on resumption: ip stays on it.
                        self.frames[fi].ip = ip - 1;
                        if let Some(thrown) = self.inject.take() {
                            match self.throw_into_delegate(delegate, thrown) {
                                Ok(Exit::Yield(v)) => match self.yield_from_frame(v) {
                                    Some(exit) => return Ok(exit),
                                    None => continue 'frames,
                                },
                                Ok(Exit::Return(v)) => {
                                    self.stack.pop();
                                    self.stack.push(v);
                                    self.frames[fi].ip = ip;
                                    continue;
                                }
                                Err(e) => {
                                    self.stack.pop();
                                    raise!(e)
                                }
                            }
                        }
                        if let Value::Obj(r) = delegate {
                            if let Object::Generator(_) = self.heap.get(r) {
                                match self.resume_generator(r, sent, None, ReturnAction::YieldFrom) {
                                    Ok(true) => continue 'frames,
                                    Ok(false) => {
                                        // Already finished: result None.
                                        self.stack.pop();
                                        self.stack.push(Value::None);
                                        self.frames[fi].ip = ip;
                                        continue 'frames;
                                    }
                                    Err(e) => {
                                        self.frames[fi].ip = ip;
                                        raise!(e)
                                    }
                                }
                            }
                        }
                        // A native iterator or awaitable.
                        match self.send_native(delegate, sent) {
                            Ok(Exit::Yield(v)) => match self.yield_from_frame(v) {
                                Some(exit) => return Ok(exit),
                                None => continue 'frames,
                            },
                            Ok(Exit::Return(v)) => {
                                self.stack.pop();
                                self.stack.push(v);
                                self.frames[fi].ip = ip;
                            }
                            Err(e) => {
                                self.frames[fi].ip = ip;
                                raise!(e)
                            }
                        }
                    }
                    Op::GetAwaitable => {
                        let v = pop!();
                        let a = tri!(self.get_awaitable(v));
                        self.stack.push(a);
                    }
                    Op::SetupExcept(h) | Op::SetupFinally(h) => {
                        let kind =
                            if matches!(op, Op::SetupExcept(_)) { BlockKind::Except } else { BlockKind::Finally };
                        self.blocks.push(Block {
                            kind,
                            handler: h,
                            depth: self.stack.len() as u32,
                            exc_depth: self.exc_stack.len() as u32,
                        });
                    }
                    Op::PopBlock => {
                        self.blocks.pop();
                    }
                    Op::PopExcept => {
                        self.exc_stack.pop();
                    }
                    Op::Reraise => {
                        let e = pop!();
                        raise!(Exc(e));
                    }
                    Op::Raise(n) => {
                        let e = match n {
                            0 => match self.exc_stack.last() {
                                Some(&e) => Exc(e),
                                None => self.err(ExcKind::RuntimeError, "no active exception to reraise"),
                            },
                            1 => {
                                let v = pop!();
                                tri!(self.make_exception(v))
                            }
                            _ => {
                                let cause = pop!();
                                let v = pop!();
                                let e = tri!(self.make_exception(v));
                                // MicroPython does not chain, and says so.
                                if !cause.is_none() {
                                    self.io.write(
                                        crate::target::Stream::Stdout,
                                        "Warning: exception chaining not supported\n",
                                    );
                                }
                                self.set_cause(e.0, cause);
                                e
                            }
                        };
                        raise!(e);
                    }
                    Op::ExceptMatch => {
                        let class = pop!();
                        let exc = top!();
                        let m = tri!(self.exception_matches(exc, class));
                        self.stack.push(Value::Bool(m));
                    }
                    Op::WithEnter => {
                        let ctx = pop!();
                        let exit = tri!(self.get_attr(ctx, self.names.exit));
                        self.stack.push(exit);
                        let enter = self.names.enter;
                        let r = tri!(self.call_method(ctx, enter, &[]));
                        self.stack.push(r);
                    }
                    Op::WithEnterAsync => {
                        let ctx = pop!();
                        let exit = tri!(self.get_attr(ctx, self.names.aexit));
                        self.stack.push(exit);
                        let enter = self.names.aenter;
                        let r = tri!(self.call_method(ctx, enter, &[]));
                        self.stack.push(r);
                    }
                    Op::WithExit => {
                        let exc = pop!();
                        let exit = pop!();
                        let args = if exc.is_none() {
                            [Value::None, Value::None, Value::None]
                        } else {
                            let class = Value::Obj(self.class_of(exc));
                            [class, exc, Value::None]
                        };
                        self.stack.push(exc);
                        let r = tri!(self.call(exit, &args));
                        self.stack.push(r);
                    }
                    Op::GetAIter => {
                        let v = pop!();
                        let aiter = self.names.aiter;
                        let r = tri!(self.call_method(v, aiter, &[]));
                        self.stack.push(r);
                    }
                    Op::GetANext => {
                        let v = top!();
                        let anext = self.names.anext;
                        let r = tri!(self.call_method(v, anext, &[]));
                        self.stack.push(r);
                    }
                    Op::ImportName(i) => {
                        let fromlist = pop!();
                        let level = pop!();
                        let globals = self.frames[fi].globals;
                        let name = code.names[i as usize];
                        let m = tri!(self.import_name(name, fromlist, level, globals));
                        self.stack.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let m = top!();
                        let name = code.names[i as usize];
                        let v = match self.get_attr(m, name) {
                            Ok(v) => v,
                            Err(_) => {
                                let n = self.str_of(name).to_string();
                                raise!(self.err(ExcKind::ImportError, format!("can't import name {n}")))
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::ImportStar => {
                        let m = pop!();
                        let ns = self.frames[fi].locals.unwrap_or(self.frames[fi].globals);
                        tri!(self.import_star(m, ns));
                    }
                    Op::LoadBuildClass => {
                        let bc = self.names_build_class();
                        let f = tri!(self.load_global(self.builtins, bc));
                        self.stack.push(f);
                    }
                    Op::FormatValue(conv, has_spec) => {
                        let spec = if has_spec { Some(pop!()) } else { None };
                        let v = pop!();
                        let s = tri!(self.format_value(v, conv, spec));
                        self.stack.push(s);
                    }
                    Op::LoadAssertionError => {
                        let c = self.exc.get(ExcKind::AssertionError);
                        self.stack.push(Value::Obj(c));
                    }
                }
            }
        }
    }

    /// Pop the finishing frame; deliver `v` to its caller. Returns the exit
    /// when the frame was the entry frame of this `execute`, and the error
    /// the caller must raise when `__init__` returned something other than
    /// None.
    fn return_from_frame(&mut self, v: Value) -> PyResult<Option<Exit>> {
        let Some(frame) = self.frames.pop() else { return Ok(None) };
        self.blocks.truncate(frame.block_base);
        self.exc_stack.truncate(frame.exc_depth);
        self.stack.truncate(frame.caller_top);
        if let Some(g) = frame.generator {
            if let Object::Generator(gen) = self.heap.get_mut(g) {
                gen.state = GenState::Done;
                gen.saved = Vec::new();
            }
        }
        match frame.action {
            ReturnAction::Push => {
                self.stack.push(v);
                Ok(None)
            }
            ReturnAction::Init(inst) => {
                if !v.is_none() {
                    return Err(self.init_returned(v));
                }
                self.stack.push(inst);
                Ok(None)
            }
            ReturnAction::ForIter(t) => {
                self.stack.pop();
                if let Some(f) = self.frames.last_mut() {
                    f.ip = t as usize;
                }
                Ok(None)
            }
            ReturnAction::YieldFrom => {
                self.stack.pop();
                self.stack.push(v);
                if let Some(f) = self.frames.last_mut() {
                    f.ip += 1;
                }
                Ok(None)
            }
            ReturnAction::Native => Ok(Some(Exit::Return(v))),
        }
    }

    /// `TypeError: __init__() should return None, not 'list'`.
    pub(crate) fn init_returned(&mut self, v: Value) -> Exc {
        let t = self.type_name(v);
        self.type_error(format!("__init__() should return None, not '{t}'"))
    }

    /// Suspend the top (generator) frame, handing `v` to whoever resumed it.
    fn yield_from_frame(&mut self, mut v: Value) -> Option<Exit> {
        loop {
            let frame = self.frames.pop()?;
            let saved: Vec<Value> = self.stack.drain(frame.base..).collect();
            let blocks: Vec<Block> = self
                .blocks
                .drain(frame.block_base..)
                .map(|mut b| {
                    b.depth -= frame.base as u32;
                    b.exc_depth = 0;
                    b
                })
                .collect();
            self.exc_stack.truncate(frame.exc_depth);
            self.stack.truncate(frame.caller_top);
            if let Some(g) = frame.generator {
                if let Object::Generator(gen) = self.heap.get_mut(g) {
                    gen.saved = saved;
                    gen.blocks = blocks;
                    gen.ip = frame.ip;
                    gen.state = GenState::Suspended;
                }
            }
            match frame.action {
                ReturnAction::ForIter(_) => {
                    self.stack.push(v);
                    return None;
                }
                ReturnAction::YieldFrom => {
                    // The delegating generator yields the same value.
                    continue;
                }
                ReturnAction::Native => return Some(Exit::Yield(v)),
                ReturnAction::Push | ReturnAction::Init(_) => {
                    v = Value::None;
                    self.stack.push(v);
                    return None;
                }
            }
        }
    }

    /// Push a generator's frame to resume it with `sent` (or by throwing
    /// `throw` into it). Returns false if the generator was already done.
    pub(crate) fn resume_generator(
        &mut self,
        g: ObjRef,
        sent: Value,
        throw: Option<Exc>,
        action: ReturnAction,
    ) -> PyResult<bool> {
        let mut throw = throw;
        let (code, globals, saved, blocks, ip, state) = match self.heap.get_mut(g) {
            Object::Generator(gen) => {
                let state = gen.state;
                if state == GenState::Running {
                    return Err(self.value_error("generator already executing"));
                }
                // MicroPython: a finished generator just stops, whatever is
                // thrown into it.
                if state == GenState::Done {
                    return Ok(false);
                }
                // An exception left by `pend_throw()` is thrown now.
                if !gen.pending.is_none() {
                    throw = Some(Exc(std::mem::replace(&mut gen.pending, Value::None)));
                }
                gen.state = GenState::Running;
                (
                    gen.code.clone(),
                    gen.globals,
                    std::mem::take(&mut gen.saved),
                    std::mem::take(&mut gen.blocks),
                    gen.ip,
                    state,
                )
            }
            _ => return Err(self.type_error("not a generator")),
        };
        if state == GenState::Created && !sent.is_none() && throw.is_none() {
            if let Object::Generator(gen) = self.heap.get_mut(g) {
                gen.state = state;
                gen.saved = saved;
            }
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        if self.frames.len() >= self.limits.max_frames {
            if let Object::Generator(gen) = self.heap.get_mut(g) {
                gen.state = state;
                gen.saved = saved;
                gen.blocks = blocks;
            }
            return Err(self.err(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        let base = self.stack.len();
        self.stack.extend(saved);
        let block_base = self.blocks.len();
        let exc_depth = self.exc_stack.len();
        self.blocks.extend(blocks.into_iter().map(|mut b| {
            b.depth += base as u32;
            b.exc_depth = exc_depth as u32;
            b
        }));
        // Suspended in `yield from`: the delegate gets the exception first
        // (its `YieldFrom` op takes it from `inject`).
        let at_yield_from = matches!(code.ops.get(ip), Some(Op::YieldFrom));
        if state == GenState::Suspended && (throw.is_none() || at_yield_from) {
            self.stack.push(sent);
        }
        self.frames.push(Frame {
            code: FrameCode::owned(code),
            ip,
            base,
            globals,
            locals: None,
            block_base,
            exc_depth,
            generator: Some(g),
            action,
            caller_top: base,
        });
        if let Some(e) = throw {
            if state == GenState::Suspended && at_yield_from {
                self.inject = Some(e.0);
                return Ok(true);
            }
            // Raise inside the generator at its suspension point (a class
            // thrown is instantiated there; a non-exception is a TypeError
            // there).
            let e = self.make_exception(e.0).unwrap_or_else(|e| e);
            self.unwind(e)?;
        }
        Ok(true)
    }

    /// `throw()` reaching a generator suspended in `yield from`: hand the
    /// thrown value (an exception, a class, or anything) to the delegate,
    /// as MicroPython does. `Yield`: the delegating generator
    /// yields that; `Return`: the `yield from` ends with that value; `Err`:
    /// raised in the delegating generator.
    fn throw_into_delegate(&mut self, delegate: Value, thrown: Value) -> PyResult<Exit> {
        let gen_exit = self.exc.get(ExcKind::GeneratorExit);
        let is_gen_exit = match thrown.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) => self.is_subclass(thrown.as_obj().expect("class"), gen_exit),
            _ => self.is_instance_of(thrown, gen_exit),
        };
        let raise = |vm: &mut Vm, v: Value| -> Exc {
            match vm.make_exception(v) {
                Ok(e) | Err(e) => e,
            }
        };
        if let Some(d) = delegate.as_obj().filter(|&d| matches!(self.heap.get(d), Object::Generator(_))) {
            return match self.gen_send(d, Value::None, Some(Exc(thrown)))? {
                // A GeneratorExit the delegate swallowed still closes this one.
                Exit::Return(_) if is_gen_exit => Err(raise(self, thrown)),
                r => Ok(r),
            };
        }
        let method = self.intern(if is_gen_exit { "close" } else { "throw" });
        if self.has_attr(delegate, method) {
            let v = if is_gen_exit {
                self.call_method(delegate, method, &[])?;
                return Err(raise(self, thrown));
            } else {
                self.call_method(delegate, method, &[thrown])?
            };
            return Ok(Exit::Yield(v));
        }
        let e = raise(self, thrown);
        if self.exc_class_is(e.0, ExcKind::StopIteration) {
            return Err(self.err(ExcKind::RuntimeError, "generator raised StopIteration"));
        }
        Err(e)
    }

    /// Remember an exception to raise as soon as the loop resumes the top
    /// frame (used when a frame-level action fails after a return).
    /// Find a handler for `exc`, popping frames as needed. `Ok` means the
    /// loop should continue at the handler; `Err` means the entry frame was
    /// left and the exception goes to the Rust caller.
    pub(crate) fn unwind(&mut self, exc: Exc) -> Result<(), Exc> {
        let mut exc = exc;
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(exc);
            };
            let (code, ip, block_base) = (frame.code.clone(), frame.ip, frame.block_base);
            self.add_traceback(exc.0, code, ip);
            // A stop passes every handler: the frames just go.
            if self.blocks.len() > block_base && !self.io.interrupt.is_stopping() {
                let b = self.blocks.pop().expect("checked non-empty");
                self.stack.truncate(b.depth as usize);
                self.exc_stack.truncate(b.exc_depth as usize);
                self.exc_stack.push(exc.0);
                self.stack.push(exc.0);
                let f = self.frames.last_mut().expect("frame exists");
                f.ip = b.handler as usize;
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame exists");
            self.blocks.truncate(frame.block_base);
            self.exc_stack.truncate(frame.exc_depth);
            self.stack.truncate(frame.caller_top);
            if let Some(g) = frame.generator {
                if let Object::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Done;
                    gen.saved = Vec::new();
                }
                // PEP 479: a StopIteration leaving a generator is an error.
                if self.exc_class_is(exc.0, ExcKind::StopIteration) {
                    exc = self.err(ExcKind::RuntimeError, "generator raised StopIteration");
                }
            }
            if let ReturnAction::Native = frame.action {
                return Err(exc);
            }
            if let ReturnAction::ForIter(_) | ReturnAction::YieldFrom = frame.action {
                // The caller's ip sits after ForIter / on YieldFrom; either
                // way its blocks decide.
            }
        }
    }

    fn add_traceback(&mut self, exc: Value, code: Arc<Code>, ip: usize) {
        let line = code.line_of(ip.saturating_sub(1));
        if let Value::Obj(r) = exc {
            if let Object::Instance(inst) = self.heap.get_mut(r) {
                if let Some(e) = inst.exc_mut() {
                    let entry =
                        crate::objects::instance::TbEntry { file: code.file.clone(), line, name: code.name.clone() };
                    if let Some(last) = e.traceback.last() {
                        if Arc::ptr_eq(&last.name, &entry.name) && last.line == line && last.file == entry.file {
                            return;
                        }
                    }
                    if e.traceback.len() < 1000 {
                        e.traceback.push(entry);
                    }
                }
            }
        }
    }

    /// `FrameCode::borrowed`'s invariant, for the `debug_assert` above: the
    /// slot below frame `fi`'s base still holds a function whose code is the
    /// frame's.
    fn borrowed_code_is_rooted(&self, fi: usize) -> bool {
        let f = &self.frames[fi];
        match f.base.checked_sub(1).and_then(|i| self.stack.get(i)) {
            Some(Value::Obj(r)) => {
                matches!(self.heap.get(*r), Object::Function(func) if Arc::ptr_eq(&func.code, &f.code))
            }
            _ => false,
        }
    }

    fn names_build_class(&mut self) -> Value {
        self.intern("__build_class__")
    }

    pub fn cell_get(&self, cell: Value) -> Value {
        match cell {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Cell(v) => *v,
                _ => Value::Undef,
            },
            _ => Value::Undef,
        }
    }

    pub fn cell_set(&mut self, cell: Value, v: Value) {
        if let Value::Obj(r) = cell {
            if let Object::Cell(c) = self.heap.get_mut(r) {
                *c = v;
            }
        }
    }
}
