//! `object` and `type`: the roots of the class hierarchy.

use crate::objects::class::Layout;
use crate::objects::function::KwArgs;
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

fn object_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.first().copied() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let layout = match vm.heap.get(class) {
        Object::Class(c) => c.layout,
        _ => return Err(vm.type_error("object.__new__(X): X is not a type object")),
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
        // C3-compatible enough for the common cases: keep first-seen order
        // but move shared bases after every class that derives from them.
        let mro = self.c3_mro(class, &base_refs);
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.mro = mro;
        }
        let entries: Vec<(Value, Value)> = match ns.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        let mut classcell = None;
        for (k, v) in entries {
            if self.str_of(k) == "__classcell__" {
                classcell = Some(v);
                continue;
            }
            self.dict_set_str_key(class, k, v);
        }
        // Subclasses inherit their bases' properties.
        let inherited = mro_has_descriptors(self, class);
        if let Object::Class(c) = self.heap.get_mut(class) {
            c.has_data_descriptors |= inherited;
        }
        if let Some(cell) = classcell {
            self.cell_set(cell, Value::Obj(class));
        }
        // __set_name__ and __init_subclass__ are rare on boards; skipped.
        Ok(Value::Obj(class))
    }

    fn c3_mro(
        &self,
        class: crate::runtime::heap::ObjRef,
        bases: &[crate::runtime::heap::ObjRef],
    ) -> Vec<crate::runtime::heap::ObjRef> {
        let mut seqs: Vec<Vec<crate::runtime::heap::ObjRef>> = bases
            .iter()
            .map(|&b| match self.heap.get(b) {
                Object::Class(c) => c.mro.clone(),
                _ => vec![b],
            })
            .collect();
        seqs.push(bases.to_vec());
        let mut out = vec![class];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return out;
            }
            let cand = seqs.iter().map(|s| s[0]).find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
            let Some(c) = cand else {
                // Inconsistent hierarchy: fall back to first-seen order.
                for s in &seqs {
                    for &x in s {
                        if !out.contains(&x) {
                            out.push(x);
                        }
                    }
                }
                return out;
            };
            out.push(c);
            for s in seqs.iter_mut() {
                if s.first() == Some(&c) {
                    s.remove(0);
                }
            }
        }
    }
}

fn mro_has_descriptors(vm: &Vm, class: crate::runtime::heap::ObjRef) -> bool {
    match vm.heap.get(class) {
        Object::Class(c) => c.mro.iter().any(|&k| match vm.heap.get(k) {
            Object::Class(kc) => kc.has_data_descriptors,
            _ => false,
        }),
        _ => false,
    }
}
