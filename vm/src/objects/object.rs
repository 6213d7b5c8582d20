//! `object` and `type`: the roots of the class hierarchy.

use crate::objects::class::Layout;
use crate::objects::function::KwArgs;
use crate::objects::instance::Special;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let o = vm.types.object;
    vm.add_method_as(o, "__init__", "object.__init__", object_init);
    vm.add_method_as(o, "__repr__", "object.__repr__", object_repr);
    vm.add_method_as(o, "__str__", "object.__str__", object_str);
    vm.add_method_as(o, "__eq__", "object.__eq__", object_eq);
    vm.add_method_as(o, "__ne__", "object.__ne__", object_ne);
    vm.add_method_as(o, "__hash__", "object.__hash__", object_hash);
    vm.add_method_as(o, "__setattr__", "object.__setattr__", object_setattr);
    vm.add_method_as(o, "__delattr__", "object.__delattr__", object_delattr);
    vm.add_static(o, "__new__", object_new);
    let t = vm.types.type_;
    vm.add_static(t, "__new__", type_new);
}

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let class = vm.class_of(v);
    let name = vm.class_name(class).to_string();
    let id = v.as_obj().map(|r| r.0).unwrap_or(0);
    Ok(vm.new_str(format!("<{name} object at {id:x}>")))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = args.first().copied().unwrap_or(Value::None);
    let s = vm.repr(v)?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    Ok(if args[0].is(args[1]) { Value::Bool(true) } else { vm.not_implemented })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    let eq = vm.eq(args[0], args[1])?;
    Ok(Value::Bool(!eq))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(args.first().and_then(|v| v.as_obj()).map(|r| r.0 as i64).unwrap_or(0)))
}

/// `object.__setattr__(obj, name, value)`: straight into the instance's
/// dict, past the class's own `__setattr__`.
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setattr__", args, 3, 3)?;
    let (obj, name) = instance_and_name(vm, args)?;
    vm.instance_dict_set(obj, name, args[2]);
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__delattr__", args, 2, 2)?;
    let (obj, name) = instance_and_name(vm, args)?;
    if !vm.instance_dict_remove(obj, name) {
        return Err(vm.attr_error("no such attribute"));
    }
    Ok(Value::None)
}

fn instance_and_name(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value)> {
    if !matches!(args[0].as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_))) {
        return Err(vm.type_error("arg must be user-type"));
    }
    if vm.as_str(args[1]).is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    Ok((args[0], args[1]))
}

/// Whether `f` is `object.__new__` itself.
pub fn is_object_new(vm: &Vm, f: Value) -> bool {
    let new: crate::objects::function::NativeFn = object_new;
    matches!(f.as_obj().map(|r| vm.heap.get(r)), Some(Object::NativeFunction(nf)) if std::ptr::fn_addr_eq(nf.func, new))
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.first().copied() else {
        return Err(vm.type_error("arg must be user-type"));
    };
    let layout = match vm.heap.get(class) {
        Object::Class(c) if c.is_user || class == vm.types.object => c.layout,
        _ => return Err(vm.type_error("arg must be user-type")),
    };
    Ok(match layout {
        Layout::Exception => vm.new_exception(class, args[1..].to_vec()),
        _ => vm.new_instance_object(class, crate::objects::instance::BaseData::Object),
    })
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.len() {
        2 => Ok(Value::Obj(vm.class_of(args[1]))),
        4 => {
            let name = vm.str_arg(args[1])?;
            let bases = vm.collect_iter(args[2])?;
            let ns = args[3];
            vm.create_class(&name, &bases, ns)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

impl Vm {
    pub fn namespace_get_class(&self, class: crate::runtime::heap::ObjRef, name: Value) -> Option<Value> {
        let h = self.str_hash(name);
        match self.heap.get(class) {
            Object::Class(c) => c.dict.get(&self.heap, h, name),
            _ => None,
        }
    }

    /// Make a class from a name, bases and a namespace dict (what a
    /// `class` statement and `type(name, bases, dict)` do).
    pub fn create_class(&mut self, name: &str, bases: &[Value], ns: Value) -> PyResult<Value> {
        let mut base_refs = vec![];
        for &b in bases {
            match b.as_obj().map(|r| (r, self.heap.get(r))) {
                Some((r, Object::Class(_))) => base_refs.push(r),
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.types.object);
        }
        // A built-in type without a constructor cannot be a base, and two
        // built-in bases cannot share one instance.
        let t = &self.types;
        let no_constructor = [
            t.function,
            t.closure,
            t.gen_function,
            t.builtin_function,
            t.bound_method,
            t.generator,
            t.coroutine,
            t.module,
            t.cell,
            t.iterator,
            t.none,
            t.ellipsis,
            t.not_implemented,
            t.slice,
        ];
        let mut natives = vec![];
        for &b in &base_refs {
            if let Object::Class(c) = self.heap.get(b) {
                if no_constructor.contains(&b) {
                    let name = c.name.clone();
                    return Err(self.type_error(format!("type '{name}' is not an acceptable base type")));
                }
                // Counted per base, not per distinct type, as MicroPython
                // does: two bases over the same built-in type conflict too.
                if let Some(n) = c.builtin_base.filter(|&n| n != self.types.object) {
                    natives.push(n);
                } else if c.layout == Layout::Exception {
                    natives.push(self.types.object);
                }
            }
        }
        if natives.len() > 1 {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        let mut layout = Layout::Object;
        for &b in &base_refs {
            if let Object::Class(c) = self.heap.get(b) {
                match c.layout {
                    Layout::Exception => layout = Layout::Exception,
                    Layout::Builtin if b != self.types.object && layout == Layout::Object => layout = Layout::Builtin,
                    _ => {}
                }
            }
        }
        let class = self.new_class_raw(name, base_refs.clone(), layout, true);
        // MicroPython looks attributes up depth first, left to right,
        // `object` last (not C3): its MRO is that order without repeats.
        let mro = self.lookup_order(class, &base_refs);
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.mro = mro;
        }
        // The namespace becomes the class's dict as it is (MicroPython
        // keeps the very table, so `__dict__` iterates in its order).
        let mut table = match ns.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Dict(d)) => d.clone(),
            _ => return Err(self.type_error("")),
        };
        let mut classcell = None;
        let mut set_names = vec![];
        let mut accessors = false;
        for pos in 0..table.raw_len() {
            let Some(e) = table.raw_entry(pos).copied() else { continue };
            let (k, v) = (e.key, e.value);
            match self.str_of(k) {
                "__classcell__" => {
                    classcell = Some(v);
                    table.remove_at(pos);
                    continue;
                }
                // `__new__` is a static method without saying so.
                "__new__" if matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Function(_))) => {
                    let wrapped = self.alloc(Object::StaticMethod(v));
                    table.set_value_at_if_key(pos, k, wrapped);
                }
                _ => {}
            }
            let v = table.entry_at(pos).map(|(_, v)| v).unwrap_or(v);
            accessors |= self.is_special_accessor(k, v);
            let sn = self.names.set_name;
            if let Some(Special::Method(f)) = self.special_lookup(v, sn) {
                set_names.push((v, f, k));
            }
        }
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.dict = table;
            c.has_special_accessors |= accessors;
        }
        self.lookups.invalidate();
        // Subclasses inherit their bases' properties.
        let inherited = mro_has_descriptors(self, class);
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.has_special_accessors |= inherited;
        }
        if let Some(cell) = classcell {
            self.cell_set(cell, Value::Obj(class));
        }
        // Descriptors learn their owner and name once the class is whole.
        // The calls were collected first: one may change the namespace.
        for (v, f, k) in set_names {
            self.call_special(v, f, &[Value::Obj(class), k])?;
        }
        Ok(Value::Obj(class))
    }

    fn lookup_order(
        &self,
        class: crate::runtime::heap::ObjRef,
        bases: &[crate::runtime::heap::ObjRef],
    ) -> Vec<crate::runtime::heap::ObjRef> {
        let object = self.types.object;
        let mut out = vec![class];
        for &b in bases {
            if let Object::Class(c) = self.heap.get(b) {
                for &k in &c.mro {
                    if k != object && !out.contains(&k) {
                        out.push(k);
                    }
                }
            }
        }
        out.push(object);
        out
    }
}

fn mro_has_descriptors(vm: &Vm, class: crate::runtime::heap::ObjRef) -> bool {
    match vm.heap.get(class) {
        Object::Class(c) => c.mro.iter().any(|&k| match vm.heap.get(k) {
            Object::Class(kc) => kc.has_special_accessors,
            _ => false,
        }),
        _ => false,
    }
}
