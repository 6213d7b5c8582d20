//! Calling things: binding arguments to parameters, pushing frames for
//! Python functions, calling natives, instantiating classes, and the
//! re-entrant `call` that native code uses.

use super::error::{Exc, ExcKind, PyResult};
use super::frame::{FrameCode, ReturnAction};
use super::heap::ObjRef;
use super::interp::Exit;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::compile::code::Code;
use crate::objects::class::Layout;
use crate::objects::dict::Dict;
use crate::objects::function::Function;
use crate::objects::generator::{GenState, Generator};
use crate::objects::instance::BaseData;
use smallvec::SmallVec;
use std::sync::Arc;

/// Keyword arguments as (name, value) pairs, inline for the usual few.
type KwPairs = SmallVec<[(Value, Value); 4]>;

type Args = SmallVec<[Value; 8]>;

impl Vm {
    pub fn make_function(
        &mut self,
        code: Arc<Code>,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let defaults: Box<[Value]> = match defaults.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(t)) => t.clone(),
            _ => Box::new([]),
        };
        let closure: Box<[Value]> = match closure.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(t)) => t.clone(),
            _ => Box::new([]),
        };
        self.alloc(Object::Function(Box::new(Function { code, globals, defaults, kwdefaults, closure, dict: None })))
    }

    /// Call the callable at `stack[func_pos]` with the `nargs` values above
    /// it (the last ones keywords named by the `kwnames` tuple). Returns
    /// true if a Python frame was pushed; otherwise the result replaced
    /// everything from `result_pos` up.
    pub(crate) fn call_from_stack(
        &mut self,
        func_pos: usize,
        nargs: usize,
        kwnames: Option<Value>,
        result_pos: usize,
    ) -> PyResult<bool> {
        let func = self.stack[func_pos];
        let Value::Obj(r) = func else {
            return Err(self.not_callable(func));
        };
        match self.heap.get(r) {
            Object::Function(f) => {
                // The common case: a plain function called with exactly its
                // positional parameters. The arguments already sit where its
                // locals go; only the remaining slots need filling.
                if kwnames.is_none() && f.code.fast_call && nargs == f.code.argcount as usize {
                    // SAFETY: the function object sits at `func_pos`, just
                    // below the new frame's base, until the frame is popped
                    // (see `FrameCode::borrowed`).
                    let code = unsafe { FrameCode::borrowed(&f.code) };
                    let globals = f.globals;
                    if self.frames.len() >= self.limits.max_frames {
                        self.stack.truncate(result_pos);
                        return Err(self.err(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
                    }
                    let base = func_pos + 1;
                    // Only functions with locals beyond their parameters
                    // need slots filled (skips a call for the common case).
                    let top = base + code.nlocals as usize;
                    if top > self.stack.len() {
                        self.stack.resize(top, Value::Undef);
                    }
                    self.push_frame(code, 0, base, globals, None, None, ReturnAction::Push, result_pos);
                    return Ok(true);
                }
                let code = f.code.clone();
                let simple = kwnames.is_none()
                    && nargs == code.argcount as usize
                    && !code.has_varargs
                    && !code.has_varkw
                    && code.kwonlycount == 0;
                if simple {
                    let base = func_pos + 1;
                    let extra = code.nlocals as usize - nargs;
                    self.stack.extend(std::iter::repeat_n(Value::Undef, extra));
                    return self.enter_function(r, code, base, result_pos);
                }
                let args: Args = self.stack[func_pos + 1..].iter().copied().collect();
                let slots = self.bind_args(r, &code, &args, kwnames)?;
                self.stack.truncate(func_pos + 1);
                self.stack.extend(slots);
                self.enter_function(r, code, func_pos + 1, result_pos)
            }
            Object::NativeFunction(nf) => {
                let (f, bound) = (nf.func, nf.bound);
                let takes_kw = nf.takes_kw;
                let mut args: Args = SmallVec::new();
                if !matches!(bound, Value::Undef) {
                    args.push(bound);
                }
                let all = &self.stack[func_pos + 1..];
                let (pos, kw) = self.split_kw(all, kwnames);
                if !kw.is_empty() && !takes_kw {
                    return Err(self.type_error("function doesn't take keyword arguments"));
                }
                args.extend_from_slice(pos);
                let kw: SmallVec<[(Value, Value); 4]> = kw;
                let v = self.native_from_loop(|vm| {
                    // Keyword names may come from a `**` dict the loop let go.
                    if let Some(k) = kwnames {
                        vm.temp_roots.push(k);
                    }
                    f(vm, &args, &kw)
                })?;
                self.stack.truncate(result_pos);
                self.stack.push(v);
                Ok(false)
            }
            Object::BoundMethod(m) => {
                let (f, this) = (m.func, m.this);
                self.stack[func_pos] = f;
                self.stack.insert(func_pos + 1, this);
                self.call_from_stack(func_pos, nargs + 1, kwnames, result_pos)
            }
            Object::Class(_) => self.instantiate_from_stack(r, func_pos, kwnames, result_pos),
            _ => {
                // Instances with __call__, and everything else callable.
                let args: Args = self.stack[func_pos + 1..].iter().copied().collect();
                let (pos, kw) = self.split_kw(&args, kwnames);
                let kw: SmallVec<[(Value, Value); 4]> = kw;
                let v = self.call_kw(func, pos, &kw)?;
                self.stack.truncate(result_pos);
                self.stack.push(v);
                Ok(false)
            }
        }
    }

    fn split_kw<'a>(&self, all: &'a [Value], kwnames: Option<Value>) -> (&'a [Value], KwPairs) {
        match kwnames.and_then(|k| k.as_obj()).map(|r| self.heap.get(r)) {
            Some(Object::Tuple(names)) => {
                let npos = all.len() - names.len();
                let kw = names.iter().copied().zip(all[npos..].iter().copied()).collect();
                (&all[..npos], kw)
            }
            _ => (all, SmallVec::new()),
        }
    }

    fn not_callable(&mut self, v: Value) -> Exc {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object isn't callable"))
    }

    /// Push a frame for function `f` whose slots start at `base`.
    fn enter_function(&mut self, f: ObjRef, code: Arc<Code>, base: usize, result_pos: usize) -> PyResult<bool> {
        if self.frames.len() >= self.limits.max_frames {
            self.stack.truncate(result_pos);
            return Err(self.err(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        let (globals, closure_len) = match self.heap.get(f) {
            Object::Function(func) => (func.globals, func.closure.len()),
            _ => unreachable!("enter_function on a non-function"),
        };
        if !code.cell_params.is_empty() || !code.cell_slots.is_empty() || closure_len > 0 {
            self.setup_cells(f, &code, base);
        }
        if code.is_generator_like() {
            let n = code.nlocals as usize;
            let saved: Vec<Value> = self.stack.drain(base..base + n).collect();
            self.stack.truncate(result_pos);
            let g = self.alloc(Object::Generator(Box::new(Generator {
                code,
                globals,
                saved,
                blocks: vec![],
                ip: 0,
                state: GenState::Created,
                pending: Value::None,
            })));
            self.stack.push(g);
            return Ok(false);
        }
        self.push_frame(FrameCode::owned(code), 0, base, globals, None, None, ReturnAction::Push, result_pos);
        Ok(true)
    }

    fn setup_cells(&mut self, f: ObjRef, code: &Code, base: usize) {
        for &s in &code.cell_params {
            let v = self.stack[base + s as usize];
            let c = self.alloc(Object::Cell(v));
            self.stack[base + s as usize] = c;
        }
        for &s in &code.cell_slots {
            let c = self.alloc(Object::Cell(Value::Undef));
            self.stack[base + s as usize] = c;
        }
        let closure: Vec<Value> = match self.heap.get(f) {
            Object::Function(func) => func.closure.to_vec(),
            _ => vec![],
        };
        for (i, &s) in code.free_slots.iter().enumerate() {
            if let Some(&c) = closure.get(i) {
                self.stack[base + s as usize] = c;
            }
        }
    }

    /// Bind positional and keyword arguments to parameter slots.
    pub(crate) fn bind_args(
        &mut self,
        f: ObjRef,
        code: &Code,
        all: &[Value],
        kwnames: Option<Value>,
    ) -> PyResult<Vec<Value>> {
        let (pos, kw) = self.split_kw(all, kwnames);
        let kw: Vec<(Value, Value)> = kw.into_vec();
        self.bind(f, code, pos, &kw)
    }

    /// Arguments to parameter slots, with MicroPython's checks and words.
    fn bind(&mut self, f: ObjRef, code: &Code, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Vec<Value>> {
        let argc = code.argcount as usize;
        let kwc = code.kwonlycount as usize;
        let mut slots = vec![Value::Undef; code.nlocals as usize];
        let fname = code.name.clone();
        let (defaults, kwdefaults) = match self.heap.get(f) {
            Object::Function(func) => (func.defaults.clone(), func.kwdefaults),
            _ => (Box::new([]) as Box<[Value]>, Value::None),
        };
        let ndef = defaults.len().min(argc);
        let mismatch = |vm: &mut Vm, want: usize, given: usize| {
            vm.type_error(format!("{fname}() takes {want} positional arguments but {given} were given"))
        };
        if pos.len() > argc && !code.has_varargs {
            return Err(mismatch(self, argc, pos.len()));
        }
        let n = pos.len().min(argc);
        slots[..n].copy_from_slice(&pos[..n]);
        let mut next = argc + kwc;
        if code.has_varargs {
            let rest = if pos.len() > argc { pos[argc..].to_vec() } else { vec![] };
            slots[next] = self.new_tuple(rest);
            next += 1;
        }
        let varkw_slot = if code.has_varkw { Some(next) } else { None };
        let first_default = argc - ndef;
        if kw.is_empty() && kwdefaults.is_none() {
            // No keywords: only positionals and their defaults to check.
            if n < first_default {
                return Err(mismatch(self, first_default, n));
            }
            for i in n..argc {
                slots[i] = defaults[i - first_default];
            }
            if kwc != 0 {
                return Err(self.type_error("function missing keyword-only argument"));
            }
            if let Some(s) = varkw_slot {
                slots[s] = self.new_dict(Dict::new());
            }
            return Ok(slots);
        }
        let mut extra = Dict::with_capacity(kw.len());
        for &(k, v) in kw {
            let kname = self.str_of(k).to_string();
            match code.varnames[..argc + kwc].iter().position(|p| **p == *kname) {
                Some(i) => {
                    if !matches!(slots[i], Value::Undef) {
                        return Err(self.type_error(format!("function got multiple values for argument '{kname}'")));
                    }
                    slots[i] = v;
                }
                None => {
                    if varkw_slot.is_none() {
                        return Err(self.type_error(format!("unexpected keyword argument '{kname}'")));
                    }
                    let h = self.hash(k)?;
                    if extra.find(&self.heap, h, k).is_some() {
                        return Err(self.type_error(format!("function got multiple values for argument '{kname}'")));
                    }
                    extra.insert(&self.heap, h, k, v);
                }
            }
        }
        if let Some(s) = varkw_slot {
            slots[s] = self.new_dict(extra);
        }
        for i in first_default..argc {
            if let Value::Undef = slots[i] {
                slots[i] = defaults[i - first_default];
            }
        }
        // The last missing positional is the one named (by position).
        if let Some(i) = (0..first_default).rev().find(|&i| matches!(slots[i], Value::Undef)) {
            return Err(self.type_error(format!("function missing required positional argument #{i}")));
        }
        #[allow(clippy::needless_range_loop)] // `i` also names the parameter in code.varnames
        for i in argc..argc + kwc {
            if let Value::Undef = slots[i] {
                let name = self.intern(&code.varnames[i]);
                let d = if kwdefaults.is_none() { None } else { self.dict_get(kwdefaults, name)? };
                match d {
                    Some(v) => slots[i] = v,
                    None => {
                        return Err(self
                            .type_error(format!("function missing required keyword argument '{}'", code.varnames[i])))
                    }
                }
            }
        }
        Ok(slots)
    }

    // ----- classes -----

    fn instantiate_from_stack(
        &mut self,
        class: ObjRef,
        func_pos: usize,
        kwnames: Option<Value>,
        result_pos: usize,
    ) -> PyResult<bool> {
        let all: Args = self.stack[func_pos + 1..].iter().copied().collect();
        let (pos, kw) = self.split_kw(&all, kwnames);
        let kw: SmallVec<[(Value, Value); 4]> = kw;
        let pos: Args = pos.iter().copied().collect();
        let obj = self.new_instance(class, &pos, &kw)?;
        // A Python __init__ runs as a frame; the instance is the result.
        let init = self.names.init;
        let init_fn = self.lookup_class_attr(class, init);
        match init_fn {
            Some(Value::Obj(fr))
                if matches!(self.heap.get(fr), Object::Function(_)) && self.is_instance_of(obj, class) =>
            {
                let code = match self.heap.get(fr) {
                    Object::Function(f) => f.code.clone(),
                    _ => unreachable!(),
                };
                let mut args: Vec<Value> = vec![obj];
                args.extend_from_slice(&pos);
                let slots = self.bind(fr, &code, &args, &kw)?;
                self.stack.truncate(result_pos);
                let base = self.stack.len();
                self.stack.extend(slots);
                if !self.enter_function(fr, code, base, result_pos)? {
                    return Err(self.type_error("__init__() must not be a generator"));
                }
                if let Some(f) = self.frames.last_mut() {
                    f.action = ReturnAction::Init(obj);
                    f.caller_top = result_pos;
                }
                Ok(true)
            }
            Some(init_fn)
                if self.is_instance_of(obj, class) && !self.is_object_init(init_fn) && self.is_user_class(class) =>
            {
                let mut args: Vec<Value> = vec![obj];
                args.extend_from_slice(&pos);
                self.temp_roots.push(obj);
                let r = self.call_kw(init_fn, &args, &kw);
                self.temp_roots.pop();
                let r = r?;
                if !r.is_none() {
                    return Err(self.init_returned(r));
                }
                self.stack.truncate(result_pos);
                self.stack.push(obj);
                Ok(false)
            }
            _ => {
                self.stack.truncate(result_pos);
                self.stack.push(obj);
                Ok(false)
            }
        }
    }

    /// `Class(*args, **kw)` from native code: `__new__` then `__init__`.
    /// Its callers hold values in Rust (`raise C from x`), so nothing is
    /// collected until it returns (`roots.rs`).
    pub fn instantiate(&mut self, class: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let chain = std::mem::replace(&mut self.rooted_chain, false);
        let r = self.instantiate_inner(class, args, kw);
        self.rooted_chain = chain;
        r
    }

    fn instantiate_inner(&mut self, class: ObjRef, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let obj = self.new_instance(class, args, kw)?;
        if !self.is_instance_of(obj, class) {
            return Ok(obj);
        }
        let init = self.names.init;
        if let Some(init_fn) = self.lookup_class_attr(class, init) {
            if !self.is_object_init(init_fn) && self.is_user_class(class) {
                let mut a: Vec<Value> = vec![obj];
                a.extend_from_slice(args);
                self.temp_roots.push(obj);
                let r = self.call_kw(init_fn, &a, kw);
                self.temp_roots.pop();
                let r = r?;
                if !r.is_none() {
                    return Err(self.init_returned(r));
                }
            }
        }
        Ok(obj)
    }

    /// Built-in types are complete after `__new__`; only classes made by
    /// programs (and their built-in bases' `__init__`) run `__init__`.
    pub fn is_user_class(&self, class: ObjRef) -> bool {
        matches!(self.heap.get(class), Object::Class(c) if c.is_user)
    }

    fn is_object_init(&self, f: Value) -> bool {
        matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(nf)) if nf.name == "object.__init__")
    }

    pub fn is_instance_of(&self, v: Value, class: ObjRef) -> bool {
        self.is_subclass(self.class_of(v), class)
    }

    /// Create an instance of `class` (calling `__new__`), without `__init__`.
    pub fn new_instance(&mut self, class: ObjRef, pos: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let new = self.names.new;
        let (layout, builtin_base, is_user) = match self.heap.get(class) {
            Object::Class(c) => (c.layout, c.builtin_base, c.is_user),
            _ => return Err(self.type_error("not a class")),
        };
        if let Some(newf) = self.lookup_class_attr(class, new) {
            let newf = self.unwrap_static(newf);
            // A built-in type with no constructor of its own.
            if !is_user && class != self.types.object && crate::objects::object::is_object_new(self, newf) {
                let name = self.class_name(class).to_string();
                return Err(self.type_error(format!("can't create '{name}' instances")));
            }
            let is_python = matches!(newf.as_obj().map(|r| self.heap.get(r)), Some(Object::Function(_)));
            if is_python || !is_user || layout == Layout::Builtin {
                if !(is_python) && is_user && layout == Layout::Builtin && self.new_is_builtin_types(class, new) {
                    // Subclass of a built-in type: make the built-in value,
                    // then wrap it.
                    let base = builtin_base.expect("builtin layout has a base");
                    let mut args = vec![Value::Obj(base)];
                    // Mutable containers start empty and `__init__` fills
                    // them (so a subclass's own `__init__` signature works);
                    // immutable values are made from the arguments.
                    let t = &self.types;
                    let mutable = base == t.list || base == t.dict || base == t.set;
                    if !mutable {
                        args.extend_from_slice(pos);
                    }
                    let payload = self.call_kw(newf, &args, &[])?;
                    return Ok(self.new_instance_object(class, BaseData::Value(payload)));
                }
                let mut args = vec![Value::Obj(class)];
                args.extend_from_slice(pos);
                // Holds nothing else: `list(generator)` may collect as
                // it drains (when its own caller's chain is rooted).
                return self.dispatch_call(newf, &args, kw, true);
            }
        }
        Ok(match layout {
            Layout::Exception => self.new_exception(class, pos.to_vec()),
            _ => self.new_instance_object(class, BaseData::Object),
        })
    }

    /// Whether `__new__` for `class` comes from the built-in type at its
    /// root (`list.__new__`), not from a class a module made (a namedtuple's).
    fn new_is_builtin_types(&self, class: ObjRef, new: Value) -> bool {
        let mro = match self.heap.get(class) {
            Object::Class(c) => c.mro.clone(),
            _ => return true,
        };
        let h = self.str_hash(new);
        for k in mro {
            if let Object::Class(kc) = self.heap.get(k) {
                if kc.dict.get(&self.heap, h, new).is_some() {
                    return kc.builtin_base == Some(k) || k == self.types.bool_ || k == self.types.object;
                }
            }
        }
        true
    }

    pub(crate) fn unwrap_static(&self, v: Value) -> Value {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::StaticMethod(f)) => *f,
            _ => v,
        }
    }

    // ----- re-entrant calls from native code -----

    pub fn call(&mut self, func: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(func, args, &[])
    }

    /// Call `func` from Rust code, which may hold values the collector
    /// cannot see: nothing is collected until it returns (see `roots.rs`).
    pub fn call_kw(&mut self, func: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let chain = std::mem::replace(&mut self.rooted_chain, false);
        let r = self.dispatch_call(func, args, kw, false);
        self.rooted_chain = chain;
        r
    }

    /// `call_kw` as seen by the caller's chain (`roots.rs`): `rooted` when
    /// the caller keeps every value it holds on a root.
    pub(crate) fn dispatch_call(
        &mut self,
        func: Value,
        args: &[Value],
        kw: &[(Value, Value)],
        rooted: bool,
    ) -> PyResult<Value> {
        let Value::Obj(r) = func else {
            return Err(self.not_callable(func));
        };
        match self.heap.get(r) {
            Object::NativeFunction(nf) => {
                let (f, bound) = (nf.func, nf.bound);
                if !kw.is_empty() && !nf.takes_kw {
                    return Err(self.type_error("function doesn't take keyword arguments"));
                }
                // A native's root-stack pushes end with it.
                let mark = self.temp_roots.len();
                let r = if matches!(bound, Value::Undef) {
                    f(self, args, kw)
                } else {
                    let mut a: Args = SmallVec::new();
                    a.push(bound);
                    a.extend_from_slice(args);
                    f(self, &a, kw)
                };
                self.temp_roots.truncate(mark);
                r
            }
            Object::BoundMethod(m) => {
                let (f, this) = (m.func, m.this);
                let mut a: Args = SmallVec::new();
                a.push(this);
                a.extend_from_slice(args);
                self.dispatch_call(f, &a, kw, rooted)
            }
            Object::Class(_) => self.instantiate(r, args, kw),
            Object::Function(_) => self.call_function(func, args, kw, rooted),
            _ => {
                let call = self.names.call;
                match self.lookup_class_attr(self.class_of(func), call) {
                    Some(f) => {
                        let mut a: Args = SmallVec::new();
                        a.push(func);
                        a.extend_from_slice(args);
                        self.dispatch_call(f, &a, kw, rooted)
                    }
                    None => Err(self.not_callable(func)),
                }
            }
        }
    }

    /// Run Python function `func` to its return; `rooted` as in
    /// `dispatch_call`.
    fn call_function(&mut self, func: Value, args: &[Value], kw: &[(Value, Value)], rooted: bool) -> PyResult<Value> {
        let caller_top = self.stack.len();
        self.stack.push(func);
        self.stack.extend_from_slice(args);
        let mut kwnames = None;
        if !kw.is_empty() {
            for &(_, v) in kw {
                self.stack.push(v);
            }
            let names = kw.iter().map(|&(k, _)| k).collect();
            kwnames = Some(self.new_tuple(names));
        }
        let n = args.len() + kw.len();
        let pushed = match self.call_from_stack(caller_top, n, kwnames, caller_top) {
            Ok(p) => p,
            Err(e) => {
                self.stack.truncate(caller_top);
                return Err(e);
            }
        };
        if !pushed {
            let v = self.stack.pop().unwrap_or(Value::None);
            self.stack.truncate(caller_top);
            return Ok(v);
        }
        if let Some(f) = self.frames.last_mut() {
            f.action = ReturnAction::Native;
        }
        let r = if rooted { self.execute_rooted() } else { self.execute() };
        let r = match r {
            Ok(Exit::Return(v)) | Ok(Exit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        };
        self.stack.truncate(caller_top);
        r
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult<Value> {
        let (a, b) = self.load_method(obj, name)?;
        if let Value::Undef = a {
            self.call(b, args)
        } else {
            let mut all: Args = SmallVec::new();
            all.push(b);
            all.extend_from_slice(args);
            self.call(a, &all)
        }
    }

    /// Resume a generator from native code: the next value, or the return
    /// value (as `Exit::Return`).
    pub fn gen_send(&mut self, g: ObjRef, sent: Value, throw: Option<Exc>) -> PyResult<Exit> {
        if !self.resume_generator(g, sent, throw, ReturnAction::Native)? {
            return Ok(Exit::Return(Value::None));
        }
        self.execute()
    }

    /// `send` on anything that is not a generator object (used by
    /// `yield from` / `await` on native iterators and awaitables).
    pub(crate) fn send_native(&mut self, it: Value, sent: Value) -> PyResult<Exit> {
        if !sent.is_none() {
            let send = self.intern("send");
            if self.has_attr(it, send) {
                return match self.call_method(it, send, &[sent]) {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(e) if self.exc_class_is(e.0, ExcKind::StopIteration) => Ok(Exit::Return(self.stop_value(e.0))),
                    Err(e) => Err(e),
                };
            }
        }
        match self.iter_next_raw(it) {
            Ok(Some(v)) => Ok(Exit::Yield(v)),
            Ok(None) => Ok(Exit::Return(Value::None)),
            Err(e) if self.exc_class_is(e.0, ExcKind::StopIteration) => Ok(Exit::Return(self.stop_value(e.0))),
            Err(e) => Err(e),
        }
    }

    pub fn stop_value(&self, exc: Value) -> Value {
        match exc.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => match i.exc() {
                Some(e) => match e.args.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Tuple(t)) if !t.is_empty() => t[0],
                    _ => Value::None,
                },
                None => Value::None,
            },
            _ => Value::None,
        }
    }
}
