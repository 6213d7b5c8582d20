//! Builtins every program touches: output, classes, introspection.

use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::target::Stream;

pub fn register(vm: &mut Vm, b: crate::runtime::heap::ObjRef) {
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", print),
        ("__build_class__", build_class),
        ("len", len),
        ("repr", repr),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("iter", iter),
        ("next", next),
        ("super", super_),
        ("globals", globals),
        ("locals", locals),
        ("input", input),
    ];
    for &(name, f) in fns {
        vm.module_add_fn(b, name, f);
    }
}

/// Text to the program's stdout, or to a `file=` object's `write`.
pub fn write_to(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    if file.is_none() || matches!(file, Value::Undef) {
        return vm.write_output(Stream::Stdout, text);
    }
    if let Some(stream) = crate::builtins::stream_of(vm, file) {
        return vm.write_output(stream, text);
    }
    crate::modules::stream::write_text(vm, file, text)
}

fn print(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["sep", "end", "file", "flush"])?;
    // A board takes only a str for sep and end (None included is refused).
    let sep = match vm.kwarg(kw, "sep") {
        Some(v) => vm.str_arg(v)?,
        _ => " ".to_string(),
    };
    let end = match vm.kwarg(kw, "end") {
        Some(v) => vm.str_arg(v)?,
        _ => "\n".to_string(),
    };
    let file = vm.kwarg(kw, "file").unwrap_or(Value::None);
    // To a file object each argument, separator and end is its own write,
    // as MicroPython's print does (a stream sees every piece).
    let to_object = !file.is_none() && crate::builtins::stream_of(vm, file).is_none();
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.as_str(a) {
            Some(s) => out.push_str(s),
            None => {
                let s = vm.str(a)?;
                out.push_str(&s);
            }
        }
        if to_object {
            write_to(vm, file, &out)?;
            out.clear();
        }
    }
    out.push_str(&end);
    write_to(vm, file, &out)?;
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let prompt = match args.first() {
        Some(&p) => vm.str(p)?,
        None => String::new(),
    };
    match vm.io.read_line(&prompt, false) {
        Some(line) => Ok(vm.new_str(line)),
        // No line because the user pressed Ctrl-C (a board's input()).
        None if vm.io.interrupt.take() => Err(vm.err(ExcKind::KeyboardInterrupt, "")),
        None => Err(vm.err(ExcKind::EOFError, "")),
    }
}

fn build_class(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args[0], args[1]);
    let name = vm.str_arg(name)?;
    let bases = &args[2..];
    let (code, globals, closure) = match func.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Function(f)) => (f.code.clone(), f.globals, f.closure.to_vec()),
        _ => return Err(vm.type_error("__build_class__: func must be a function")),
    };
    let ns = vm.new_dict(Dict::new());
    vm.temp_roots.push(ns);
    let r = vm.run_code_with_locals(code, globals, ns.as_obj().expect("dict"), &closure);
    let r = r.and_then(|_| vm.create_class(&name, bases, ns));
    vm.temp_roots.pop();
    r
}

pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        let n = match vm.heap.get(r) {
            Object::Str(s) => Some(s.char_len()),
            Object::Bytes(b) | Object::ByteArray(b) => Some(b.len()),
            Object::List(l) => Some(l.len()),
            Object::Tuple(t) => Some(t.len()),
            Object::Dict(d) => Some(d.len()),
            Object::Set(s) => Some(s.items.len()),
            Object::Range(rg) => Some(rg.len()),
            Object::MemoryView(m) => Some(m.len),
            Object::Array(_) => Some(crate::objects::array::len_of(vm, r)),
            _ => None,
        };
        if let Some(n) = n {
            return Ok(n);
        }
        let ln = vm.names.len;
        if let Some(n) = vm.call_dunder(v, ln, &[])? {
            return match n {
                Value::Int(i) if i >= 0 => Ok(i as usize),
                _ => Err(vm.type_error("__len__ should return a non-negative int")),
            };
        }
        let inner = vm.unwrap_builtin(v);
        if !inner.is(v) {
            return len_of(vm, inner);
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{t}' has no len()")))
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("len", args, 1, 1)?;
    // MicroPython's len() hands back whatever a class's __len__ returns.
    if let Value::Obj(r) = args[0] {
        if matches!(vm.heap.get(r), Object::Instance(_)) {
            let ln = vm.names.len;
            if let Some(n) = vm.call_dunder(args[0], ln, &[])? {
                return Ok(n);
            }
        }
    }
    Ok(Value::Int(len_of(vm, args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

/// Whether `class` is `spec` or derives from it; `spec` is a class or a
/// flat tuple of classes (a board looks one level into the tuple, so a
/// nested tuple or a non-class item there just does not match).
fn class_matches(vm: &mut Vm, class: crate::runtime::heap::ObjRef, spec: Value) -> PyResult<bool> {
    match spec.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(_)) => Ok(derives(vm, class, spec)),
        Some(Object::Tuple(t)) => {
            let t = t.to_vec();
            Ok(t.into_iter().any(|c| derives(vm, class, c)))
        }
        _ => Err(vm.type_error("issubclass() arg 2 must be a class or a tuple of classes")),
    }
}

/// On a board `bool` is not a kind of `int` as far as isinstance and
/// issubclass can tell, though it computes like one.
fn derives(vm: &Vm, class: crate::runtime::heap::ObjRef, spec: Value) -> bool {
    let Some(base) = spec.as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_))) else {
        return false;
    };
    if base == vm.types.int && vm.is_subclass(class, vm.types.bool_) {
        return false;
    }
    vm.is_subclass(class, base)
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("isinstance", args, 2, 2)?;
    let c = vm.class_of(args[0]);
    Ok(Value::Bool(class_matches(vm, c, args[1])?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("issubclass", args, 2, 2)?;
    match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(_)) => {
            let c = args[0].as_obj().expect("class");
            Ok(Value::Bool(class_matches(vm, c, args[1])?))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn id(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("id", args, 1, 1)?;
    Ok(Value::Int(match args[0] {
        Value::Obj(r) => 0x10_0000 + r.0 as i64 * 16,
        Value::Int(i) => i.wrapping_mul(2).wrapping_add(1),
        Value::Float(f) => f.to_bits() as i64,
        Value::Bool(b) => 2 + b as i64 * 2,
        _ => 0,
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hash", args, 1, 1)?;
    let h = vm.hash(args[0])?;
    Ok(Value::Int(h as i64))
}

fn callable(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("callable", args, 1, 1)?;
    let v = args[0];
    let c = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Function(_) | Object::NativeFunction(_) | Object::BoundMethod(_) | Object::Class(_)) => true,
        Some(_) => {
            let class = vm.class_of(v);
            let call = vm.names.call;
            vm.lookup_class_attr(class, call).is_some()
        }
        None => false,
    };
    Ok(Value::Bool(c))
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("getattr", args, 2, 3)?;
    let name = vm.str_arg(args[1])?;
    let n = vm.intern(&name);
    match vm.get_attr_opt(args[0], n) {
        Ok(Some(v)) => Ok(v),
        // An AttributeError, from `__getattr__` too, means the default.
        Err(e) if args.len() == 3 && vm.exc_class_is(e.0, ExcKind::AttributeError) => Ok(args[2]),
        Err(e) => Err(e),
        Ok(None) => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.no_attr(args[0], n)),
        },
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("setattr", args, 3, 3)?;
    let name = vm.str_arg(args[1])?;
    let n = vm.intern(&name);
    vm.set_attr(args[0], n, args[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hasattr", args, 2, 2)?;
    let name = vm.str_arg(args[1])?;
    let n = vm.intern(&name);
    match vm.get_attr_opt(args[0], n) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        // MicroPython has already found a property when its getter raises
        // AttributeError, so hasattr says True.
        Err(e) if vm.exc_class_is(e.0, ExcKind::AttributeError) => {
            let class = vm.class_of(args[0]);
            let found = vm.lookup_class_attr(class, n);
            let property = matches!(found.and_then(|f| f.as_obj()).map(|r| vm.heap.get(r)), Some(Object::Property(_)));
            Ok(Value::Bool(property))
        }
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("delattr", args, 2, 2)?;
    let name = vm.str_arg(args[1])?;
    let n = vm.intern(&name);
    vm.del_attr(args[0], n)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // A board's iter() has no two-argument (callable, sentinel) form.
    vm.check_args("iter", args, 1, 1)?;
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("next", args, 1, 2)?;
    let it = args[0];
    let is_iter = matches!(
        it.as_obj().map(|r| vm.heap.get(r)),
        Some(Object::Iter(_)) | Some(Object::Generator(_)) | Some(Object::Instance(_)) | Some(Object::Native(_))
    );
    if !is_iter {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{t}' object isn't an iterator")));
    }
    match vm.iter_next_raw(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(1) {
            Some(&d) => Ok(d),
            None => Err(vm.err(ExcKind::StopIteration, "")),
        },
        Err(e) if args.len() == 2 && vm.exc_class_is(e.0, ExcKind::StopIteration) => Ok(args[1]),
        Err(e) => Err(e),
    }
}

fn super_(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (class, obj) = match args.len() {
        2 => (args[0], args[1]),
        0 => {
            // Zero-argument form: the method's `__class__` cell and its
            // first argument.
            let Some(frame) = vm.frames.last() else {
                return Err(vm.type_error("function takes 2 positional arguments but 0 were given"));
            };
            let code = frame.code.clone();
            let base = frame.base;
            let slot = code.varnames.iter().position(|n| &**n == "__class__");
            let (Some(slot), true) = (slot, code.argcount > 0 || code.has_varargs) else {
                return Err(vm.type_error("function takes 2 positional arguments but 0 were given"));
            };
            let cell = vm.stack[base + slot];
            let class = vm.cell_get(cell);
            let mut first = vm.stack[base];
            if let Some(Object::Cell(v)) = first.as_obj().map(|r| vm.heap.get(r)) {
                first = *v;
            }
            (class, first)
        }
        n => return Err(vm.type_error(format!("function takes 2 positional arguments but {n} were given"))),
    };
    let Some(class) = class.as_obj().filter(|r| matches!(vm.heap.get(*r), Object::Class(_))) else {
        return Err(vm.type_error("issubclass() arg 2 must be a class"));
    };
    // The object must be an instance of the class, or a subclass of it.
    let obj_class = match obj.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(_)) => obj.as_obj().expect("class"),
        _ => vm.class_of(obj),
    };
    if !vm.is_subclass(obj_class, class) {
        return Err(vm.type_error(""));
    }
    Ok(vm.alloc(Object::Super { class, obj }))
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals)),
        None => Ok(Value::None),
    }
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else { return Ok(Value::None) };
    if let Some(l) = f.locals {
        return Ok(Value::Obj(l));
    }
    let (code, base) = (f.code.clone(), f.base);
    if code.kind == crate::compile::code::CodeKind::Module {
        return Ok(Value::Obj(f.globals));
    }
    let d = vm.new_dict(Dict::new());
    for (i, name) in code.varnames.iter().enumerate() {
        let v = vm.stack[base + i];
        if !matches!(v, Value::Undef) {
            let k = vm.intern(name);
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(d)
}
