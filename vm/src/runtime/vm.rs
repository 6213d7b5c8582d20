//! The interpreter state: heap, interned names, built-in types, modules, and
//! the frame and value stacks the bytecode loop (`interp.rs`) works on.

use super::error::{Exc, ExcClasses, ExcKind, PyResult};
use super::frame::{Block, Frame};
use super::heap::{Heap, ObjRef};
use super::io::Io;
use super::object::Object;
use super::resource::Limits;
use super::value::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::dict::Dict;
use crate::objects::function::{KwArgs, NativeFn, NativeFunction};
use crate::objects::instance::{BaseData, ExcData, Instance};
use crate::objects::module::Module;
use crate::objects::str::PyStr;
use crate::runtime::clock::Clock;
use std::collections::HashMap;

/// The built-in types, as class objects.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    /// `collections.OrderedDict`: a dict whose table keeps insertion order.
    pub ordereddict: ObjRef,
    /// The lazy iterators the built-ins of these names make.
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub memoryview: ObjRef,
    pub array: ObjRef,
    pub function: ObjRef,
    /// A function with free variables (MicroPython's `closure` type).
    pub closure: ObjRef,
    /// A generator (or `async def`) function: MicroPython's `generator`
    /// wrapper type, which has none of a generator's methods.
    pub gen_function: ObjRef,
    pub builtin_function: ObjRef,
    pub bound_method: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub module: ObjRef,
    pub cell: ObjRef,
    pub iterator: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub ellipsis: ObjRef,
    pub not_implemented: ObjRef,
}

pub struct Vm {
    pub heap: Heap,
    interned: HashMap<Box<str>, ObjRef>,
    pub types: Types,
    pub exc: ExcClasses,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`: a dict of name → module.
    pub modules: ObjRef,
    /// Singletons.
    pub ellipsis: Value,
    pub not_implemented: Value,
    pub empty_tuple: Value,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled (innermost last), for bare `raise`.
    pub exc_stack: Vec<Value>,
    /// The root stack: values natives hold across calls back into Python
    /// (see `roots.rs`).
    pub temp_roots: Vec<Value>,
    /// Re-entries into the bytecode loop under which nothing may be
    /// collected (see `roots.rs`).
    pub gc_fence: u32,
    /// Whether every Rust frame since the innermost bytecode loop keeps
    /// what it holds on a root (see `roots.rs`).
    pub rooted_chain: bool,
    pub native_depth: usize,
    pub limits: Limits,
    pub io: Io,
    pub clock: Clock,
    /// Search path for `.py` modules (`sys.path`), a list object.
    pub sys_path: ObjRef,
    /// Built-in module constructors by name.
    pub builtin_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<Value>>,
    /// Set when a program asked for the session to end (`sys.exit`).
    pub last_result: Value,
    /// Interned str values of common names.
    pub names: super::names::Names,
    /// The simulated board's profile name (`esp32`, `rp2`, `generic`).
    pub board_name: String,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Timers and queued callbacks on the VM clock.
    pub scheduler: super::scheduler::Scheduler,
    /// Class attribute lookups already made.
    pub lookups: super::lookup_cache::LookupCache,
    /// Per-module state that Rust modules keep (board, filesystem, …).
    pub extensions: crate::runtime::extensions::Extensions,
    /// What `throw()` sends into a generator suspended in `yield from`:
    /// its `YieldFrom` op passes it on to the delegate (see `interp.rs`).
    pub inject: Option<Value>,
}

fn bare_class(heap: &mut Heap, name: &str) -> ObjRef {
    heap.alloc(Object::Class(Box::new(Class {
        name: name.to_string(),
        bases: vec![],
        mro: vec![],
        dict: Dict::new(),
        layout: Layout::Builtin,
        builtin_base: None,
        is_user: false,
        has_special_accessors: false,
    })))
}

impl Vm {
    pub fn new() -> Vm {
        let mut heap = Heap::default();
        let object = bare_class(&mut heap, "object");
        let mut mk = |name: &str| bare_class(&mut heap, name);
        let types = Types {
            object,
            type_: mk("type"),
            none: mk("NoneType"),
            bool_: mk("bool"),
            int: mk("int"),
            float: mk("float"),
            complex: mk("complex"),
            str_: mk("str"),
            bytes: mk("bytes"),
            bytearray: mk("bytearray"),
            list: mk("list"),
            tuple: mk("tuple"),
            dict: mk("dict"),
            set: mk("set"),
            frozenset: mk("frozenset"),
            range: mk("range"),
            slice: mk("slice"),
            memoryview: mk("memoryview"),
            array: mk("array"),
            function: mk("function"),
            closure: mk("closure"),
            gen_function: mk("generator"),
            builtin_function: mk("function"),
            bound_method: mk("bound_method"),
            generator: mk("generator"),
            coroutine: mk("coroutine"),
            module: mk("module"),
            cell: mk("cell"),
            iterator: mk("iterator"),
            property: mk("property"),
            staticmethod: mk("staticmethod"),
            classmethod: mk("classmethod"),
            super_: mk("super"),
            // A board gives these two types no name at all.
            ellipsis: mk(""),
            not_implemented: mk(""),
            ordereddict: mk("OrderedDict"),
            enumerate: mk("enumerate"),
            zip: mk("zip"),
            map: mk("map"),
            filter: mk("filter"),
            reversed: mk("reversed"),
        };
        // Every built-in type derives from object.
        let all = [
            types.type_,
            types.none,
            types.bool_,
            types.int,
            types.float,
            types.complex,
            types.str_,
            types.bytes,
            types.bytearray,
            types.list,
            types.tuple,
            types.dict,
            types.set,
            types.frozenset,
            types.range,
            types.slice,
            types.memoryview,
            types.array,
            types.function,
            types.closure,
            types.gen_function,
            types.builtin_function,
            types.bound_method,
            types.generator,
            types.coroutine,
            types.module,
            types.cell,
            types.iterator,
            types.property,
            types.staticmethod,
            types.classmethod,
            types.super_,
            types.ellipsis,
            types.not_implemented,
            types.enumerate,
            types.zip,
            types.map,
            types.filter,
            types.reversed,
        ];
        if let Object::Class(c) = heap.get_mut(object) {
            c.mro = vec![object];
            c.layout = Layout::Object;
        }
        // In MicroPython bool is not a subclass of int (`isinstance(True,
        // int)` is False), though bools add and compare as ints.
        for t in all {
            if let Object::Class(c) = heap.get_mut(t) {
                c.bases = vec![object];
                c.mro = vec![t, object];
                c.builtin_base = Some(if t == types.bool_ { types.int } else { t });
            }
        }
        if let Object::Class(c) = heap.get_mut(types.ordereddict) {
            c.bases = vec![types.dict];
            c.mro = vec![types.ordereddict, types.dict, object];
            c.builtin_base = Some(types.ordereddict);
        }
        let ellipsis = Value::Obj(heap.alloc(Object::Instance(Box::new(Instance {
            class: types.ellipsis,
            dict: Dict::new(),
            base: BaseData::Object,
        }))));
        let not_implemented = Value::Obj(heap.alloc(Object::Instance(Box::new(Instance {
            class: types.not_implemented,
            dict: Dict::new(),
            base: BaseData::Object,
        }))));
        let empty_tuple = Value::Obj(heap.alloc(Object::Tuple(Box::new([]))));
        let builtins = heap.alloc(Object::Dict(Dict::new()));
        let modules = heap.alloc(Object::Dict(Dict::new()));
        let sys_path = heap.alloc(Object::List(vec![]));
        let mut vm = Vm {
            heap,
            interned: HashMap::new(),
            types,
            exc: ExcClasses(vec![]),
            builtins,
            modules,
            ellipsis,
            not_implemented,
            empty_tuple,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            blocks: Vec::with_capacity(64),
            exc_stack: vec![],
            temp_roots: vec![],
            gc_fence: 0,
            rooted_chain: true,
            native_depth: 0,
            limits: Limits::default(),
            io: Io::default(),
            clock: Clock::default(),
            sys_path,
            builtin_modules: HashMap::new(),
            last_result: Value::None,
            names: super::names::Names::placeholder(),
            extensions: Default::default(),
            board_name: "generic".into(),
            scheduler: Default::default(),
            lookups: Default::default(),
            argv: vec![],
            inject: None,
        };
        vm.names = super::names::Names::new(&mut vm);
        // Exception classes, bases first.
        let mut classes: Vec<ObjRef> = Vec::new();
        for &k in ExcKind::ALL {
            let base = match k.base() {
                Some(b) => classes[b as usize],
                None => vm.types.object,
            };
            let c = vm.new_class_raw(k.name(), vec![base], Layout::Exception, false);
            classes.push(c);
        }
        vm.exc = ExcClasses(classes);
        crate::objects::register_all(&mut vm);
        crate::builtins::register(&mut vm);
        crate::builtins::refuse_keywords(&mut vm);
        crate::modules::register(&mut vm);
        vm.heap.pin_all();
        vm
    }

    // ----- names and strings -----

    /// The interned str for `s`: the same object every time.
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(&r) = self.interned.get(s) {
            return Value::Obj(r);
        }
        let r = self.heap.alloc(Object::Str(PyStr::new(s)));
        self.interned.insert(s.into(), r);
        Value::Obj(r)
    }

    pub fn interned_roots(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.interned.values().copied()
    }

    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        let s: Box<str> = s.into();
        if s.len() <= 1 {
            return self.intern(&s);
        }
        Value::Obj(self.heap.alloc(Object::Str(PyStr::new(s))))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Object::List(items)))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        Value::Obj(self.heap.alloc(Object::Tuple(items.into_boxed_slice())))
    }

    pub fn new_property(&mut self, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
        let p = crate::objects::descriptors::Property { fget, fset, fdel, doc };
        self.alloc(Object::Property(Box::new(p)))
    }

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        self.alloc(Object::Slice(Box::new(crate::objects::slice::Slice { start, stop, step })))
    }

    /// A plain instance of `class` (no `__init__` run) carrying `base`.
    pub fn new_instance_object(&mut self, class: ObjRef, base: BaseData) -> Value {
        self.alloc(Object::Instance(Box::new(Instance { class, dict: Dict::new(), base })))
    }

    pub fn new_dict(&mut self, d: Dict) -> Value {
        Value::Obj(self.heap.alloc(Object::Dict(d)))
    }

    pub fn new_bytes(&mut self, b: Vec<u8>) -> Value {
        Value::Obj(self.heap.alloc(Object::Bytes(b)))
    }

    pub fn alloc(&mut self, o: Object) -> Value {
        Value::Obj(self.heap.alloc(o))
    }

    /// The text of a str value (panics never: non-str gives "").
    pub fn str_of(&self, v: Value) -> &str {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => s.as_str(),
                _ => "",
            },
            _ => "",
        }
    }

    pub fn as_str(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    // ----- classes -----

    pub fn new_class_raw(&mut self, name: &str, bases: Vec<ObjRef>, layout: Layout, is_user: bool) -> ObjRef {
        let mro = {
            let mut m = vec![];
            for &b in &bases {
                if let Object::Class(c) = self.heap.get(b) {
                    for &x in &c.mro {
                        if !m.contains(&x) {
                            m.push(x);
                        }
                    }
                }
            }
            m
        };
        let builtin_base = bases.iter().find_map(|&b| match self.heap.get(b) {
            Object::Class(c) => c.builtin_base,
            _ => None,
        });
        let r = self.heap.alloc(Object::Class(Box::new(Class {
            name: name.to_string(),
            bases,
            mro: vec![],
            dict: Dict::new(),
            layout,
            builtin_base,
            is_user,
            has_special_accessors: false,
        })));
        let mut full = vec![r];
        full.extend(mro);
        if let Object::Class(c) = self.heap.get_mut(r) {
            c.mro = full;
        }
        r
    }

    pub fn class_name(&self, class: ObjRef) -> &str {
        match self.heap.get(class) {
            Object::Class(c) => &c.name,
            _ => "?",
        }
    }

    /// Set an attribute in a class's namespace.
    pub fn class_set(&mut self, class: ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        self.dict_set_str_key(class, key, value);
    }

    /// Insert into the dict of a class, instance or dict object by an
    /// interned (or any str) key.
    pub fn dict_set_str_key(&mut self, owner: ObjRef, key: Value, value: Value) {
        let hash = match key {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => s.hash(),
                _ => 0,
            },
            _ => 0,
        };
        let found = {
            let heap = &self.heap;
            match heap.get(owner) {
                Object::Class(c) => c.dict.find(heap, hash, key),
                Object::Instance(i) => i.dict.find(heap, hash, key),
                Object::Dict(d) => d.find(heap, hash, key),
                Object::Module(m) => match heap.get(m.dict) {
                    Object::Dict(d) => d.find(heap, hash, key),
                    _ => None,
                },
                _ => None,
            }
        };
        let owner = match self.heap.get(owner) {
            Object::Module(m) => m.dict,
            _ => owner,
        };
        let accessor = matches!(self.heap.get(owner), Object::Class(_)) && self.is_special_accessor(key, value);
        match self.heap.get_mut(owner) {
            Object::Class(c) => {
                c.has_special_accessors |= accessor;
                c.dict.insert_found(found, hash, key, value);
                self.lookups.invalidate();
            }
            Object::Instance(i) => i.dict.insert_found(found, hash, key, value),
            Object::Dict(d) => d.insert_found(found, hash, key, value),
            _ => {}
        }
    }

    /// Register a native method on a built-in or module class.
    pub fn add_method(&mut self, class: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.alloc(Object::NativeFunction(Box::new(NativeFunction {
            name,
            func,
            bound: Value::Undef,
            is_method: true,
            doc: "",
            takes_kw: true,
        })));
        self.class_set(class, name, f);
    }

    /// Register a native method whose native name differs from its key
    /// (`object.__init__` stored as `__init__`, so it can be recognised).
    pub fn add_method_as(&mut self, class: ObjRef, key: &str, name: &'static str, func: NativeFn) {
        let f = self.alloc(Object::NativeFunction(Box::new(NativeFunction {
            name,
            func,
            bound: Value::Undef,
            is_method: true,
            doc: "",
            takes_kw: true,
        })));
        self.class_set(class, key, f);
    }

    /// Register a static/class-level native (e.g. `dict.fromkeys`, `__new__`).
    pub fn add_static(&mut self, class: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_native(name, func);
        let sm = self.alloc(Object::StaticMethod(f));
        self.class_set(class, name, sm);
    }

    pub fn new_native(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.alloc(Object::NativeFunction(Box::new(NativeFunction {
            name,
            func,
            bound: Value::Undef,
            is_method: false,
            doc: "",
            takes_kw: true,
        })))
    }

    /// A native function carrying a value it was made for.
    pub fn new_native_bound(&mut self, name: &'static str, func: NativeFn, bound: Value) -> Value {
        self.alloc(Object::NativeFunction(Box::new(NativeFunction {
            name,
            func,
            bound,
            is_method: false,
            doc: "",
            takes_kw: true,
        })))
    }

    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> (Value, ObjRef) {
        let dict = self.heap.alloc(Object::Dict(Dict::new()));
        let m = self.alloc(Object::Module(Module { name: name.to_string(), dict }));
        let n = self.new_str(name);
        let key = self.intern("__name__");
        self.dict_set_str_key(dict, key, n);
        (m, dict)
    }

    pub fn module_add(&mut self, module_dict: ObjRef, name: &str, value: Value) {
        let key = self.intern(name);
        self.dict_set_str_key(module_dict, key, value);
    }

    pub fn module_add_fn(&mut self, module_dict: ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_native(name, func);
        self.module_add(module_dict, name, f);
    }

    // ----- exceptions -----

    /// A new exception instance of `class` with the given args.
    pub fn new_exception(&mut self, class: ObjRef, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(Object::Instance(Box::new(Instance {
            class,
            dict: Dict::new(),
            base: BaseData::Exception(Box::new(ExcData {
                args,
                traceback: vec![],
                cause: Value::None,
                context: Value::None,
                value: Value::None,
            })),
        })))
    }

    pub fn err(&mut self, kind: ExcKind, msg: impl AsRef<str>) -> Exc {
        let class = self.exc.get(kind);
        let msg = msg.as_ref();
        let args = if msg.is_empty() { vec![] } else { vec![self.new_str(msg)] };
        Exc(self.new_exception(class, args))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> Exc {
        self.err(ExcKind::TypeError, msg)
    }
    pub fn value_error(&mut self, msg: impl AsRef<str>) -> Exc {
        self.err(ExcKind::ValueError, msg)
    }
    pub fn index_error(&mut self, msg: impl AsRef<str>) -> Exc {
        self.err(ExcKind::IndexError, msg)
    }
    pub fn attr_error(&mut self, msg: impl AsRef<str>) -> Exc {
        self.err(ExcKind::AttributeError, msg)
    }
    pub fn memory_error(&mut self) -> Exc {
        self.err(ExcKind::MemoryError, "memory allocation failed")
    }
    pub fn key_error(&mut self, key: Value) -> Exc {
        let class = self.exc.get(ExcKind::KeyError);
        Exc(self.new_exception(class, vec![key]))
    }
    pub fn os_error(&mut self, errno: i64) -> Exc {
        let class = self.exc.get(ExcKind::OSError);
        Exc(self.new_exception(class, vec![Value::Int(errno)]))
    }

    /// Check an allocation of about `bytes` fits under the heap limit
    /// before making it (MemoryError instead of exhausting the host). It
    /// never collects: natives may hold fresh objects the roots don't see.
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.can_grow(bytes) {
            Ok(())
        } else {
            Err(self.memory_error())
        }
    }

    pub fn exc_class_is(&self, exc: Value, kind: ExcKind) -> bool {
        let target = self.exc.get(kind);
        match exc {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Instance(i) => self.is_subclass(i.class, target),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn is_subclass(&self, class: ObjRef, base: ObjRef) -> bool {
        if class == base {
            return true;
        }
        match self.heap.get(class) {
            Object::Class(c) => c.mro.contains(&base),
            _ => false,
        }
    }

    /// The class of any value.
    pub fn class_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None | Value::Undef => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(_) => t.str_,
                Object::Bytes(_) => t.bytes,
                Object::ByteArray(_) => t.bytearray,
                Object::BigInt(_) => t.int,
                Object::Complex(..) => t.complex,
                Object::List(_) => t.list,
                Object::Tuple(_) => t.tuple,
                Object::Dict(d) if d.is_ordered() => t.ordereddict,
                Object::Dict(_) => t.dict,
                Object::Set(s) => {
                    if s.frozen {
                        t.frozenset
                    } else {
                        t.set
                    }
                }
                Object::Range(_) => t.range,
                Object::Slice { .. } => t.slice,
                Object::Function(f) if !f.closure.is_empty() => t.closure,
                Object::Function(f)
                    if matches!(
                        f.code.kind,
                        crate::compile::code::CodeKind::Generator | crate::compile::code::CodeKind::Coroutine
                    ) =>
                {
                    t.gen_function
                }
                Object::Function(_) => t.function,
                Object::NativeFunction(_) => t.builtin_function,
                Object::BoundMethod(_) => t.bound_method,
                Object::Class(_) => t.type_,
                Object::Instance(i) => i.class,
                Object::Module(_) => t.module,
                Object::Cell(_) => t.cell,
                // MicroPython's coroutines are generators, type and all.
                Object::Generator(_) => t.generator,
                Object::Iter(it) => match it {
                    crate::objects::iter::Iter::Enumerate { .. } => t.enumerate,
                    crate::objects::iter::Iter::Zip { .. } => t.zip,
                    crate::objects::iter::Iter::Map { .. } => t.map,
                    crate::objects::iter::Iter::Filter { .. } => t.filter,
                    crate::objects::iter::Iter::Reversed { .. } => t.reversed,
                    _ => t.iterator,
                },
                Object::Property { .. } => t.property,
                Object::StaticMethod(_) => t.staticmethod,
                Object::ClassMethod(_) => t.classmethod,
                Object::Super { .. } => t.super_,
                Object::MemoryView(_) => t.memoryview,
                Object::Array(_) => t.array,
                Object::Native(n) => n.class(),
                Object::Free => t.none,
            },
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.class_of(v)).to_string()
    }

    /// Collect now if that is safe (`gc.collect()`, between runs): not
    /// under a fence, nor from a native that Rust code called (see
    /// `roots.rs`).
    pub fn collect_garbage(&mut self) {
        if self.can_collect() {
            self.collect_now();
        }
    }

    fn collect_now(&mut self) {
        self.lookups.invalidate();
        let mut roots: Vec<ObjRef> = Vec::with_capacity(self.stack.len() + 64);
        let fixed = [
            self.ellipsis,
            self.not_implemented,
            self.empty_tuple,
            self.last_result,
            self.inject.unwrap_or(Value::None),
        ];
        let vals = self.stack.iter().chain(self.exc_stack.iter()).chain(self.temp_roots.iter()).chain(fixed.iter());
        for v in vals {
            if let Value::Obj(r) = v {
                roots.push(*r);
            }
        }
        for f in &self.frames {
            roots.push(f.globals);
            if let Some(l) = f.locals {
                roots.push(l);
            }
            if let Some(g) = f.generator {
                roots.push(g);
            }
            f.code.trace(&mut roots);
            if let super::frame::ReturnAction::Init(Value::Obj(r)) = f.action {
                roots.push(r);
            }
        }
        roots.extend(self.interned.values().copied());
        roots.push(self.builtins);
        roots.push(self.modules);
        roots.push(self.sys_path);
        self.extensions.trace(&mut roots);
        self.scheduler.trace(&mut roots);
        self.heap.collect(roots);
    }

    /// Collect if the allocation budget since the last collection is spent.
    /// Only called where every live value is reachable from the roots.
    #[inline]
    pub fn maybe_collect(&mut self) -> PyResult<()> {
        if !self.heap.wants_gc() {
            return Ok(());
        }
        // The loop's safepoints: every live value is on the VM's stacks or
        // on the root stack, unless a fenced re-entry is below (`roots.rs`);
        // there nothing is collected and only a heap far past its limit
        // stops the program.
        let full = if self.can_collect() {
            self.collect_now();
            self.heap.over_limit()
        } else {
            self.heap.far_over_limit()
        };
        if full {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Drop whatever a run left on the VM's stacks (after an error or a
    /// panic unwound through them); globals and the heap stay.
    pub fn clear_run_state(&mut self) {
        self.frames.clear();
        self.stack.clear();
        self.blocks.clear();
        self.exc_stack.clear();
        self.temp_roots.clear();
        self.gc_fence = 0;
        self.rooted_chain = true;
        self.native_depth = 0;
    }

    /// Calls from native code use this signature for keyword-less calls.
    pub fn no_kwargs<'a>() -> KwArgs<'a> {
        &[]
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
