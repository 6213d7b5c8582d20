//! `hashlib`: sha256, sha1 and md5 objects (`update`, `digest`; no
//! `hexdigest`, as in MicroPython).

use super::{buffer_bytes, native_mut, new_class};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use sha2::Digest;

#[derive(Clone)]
enum State {
    Sha256(sha2::Sha256),
    Sha1(sha1::Sha1),
    Md5(md5::Md5),
}

pub struct Hash {
    class: ObjRef,
    state: State,
    /// After digest() the hash is final: update and digest raise.
    done: bool,
}

crate::native_object!(Hash);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("hashlib");
    let news: [(&str, crate::objects::function::NativeFn); 3] =
        [("sha256", new_sha256), ("sha1", new_sha1), ("md5", new_md5)];
    for (name, ctor) in news {
        let class = new_class(vm, name);
        vm.add_static(class, "__new__", ctor);
        vm.add_method(class, "__init__", init_noop);
        vm.add_method(class, "update", update);
        vm.add_method(class, "digest", digest);
        vm.module_add(d, name, Value::Obj(class));
    }
    Ok(m)
}

fn init_noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn construct(vm: &mut Vm, args: &[Value], state: State) -> PyResult<Value> {
    vm.check_args("hash", args, 1, 2)?;
    let class = match args[0].as_obj() {
        Some(c) if matches!(vm.heap.get(c), Object::Class(_)) => c,
        _ => return Err(vm.type_error("hash constructor needs its class")),
    };
    let obj = vm.alloc(Object::Native(Box::new(Hash { class, state, done: false })));
    if let Some(&data) = args.get(1) {
        update(vm, &[obj, data], &[])?;
    }
    Ok(obj)
}

fn new_sha256(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    construct(vm, args, State::Sha256(sha2::Sha256::new()))
}

fn new_sha1(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    construct(vm, args, State::Sha1(sha1::Sha1::new()))
}

fn new_md5(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    construct(vm, args, State::Md5(md5::Md5::new()))
}

fn update(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("update", args, 2, 2)?;
    let data = buffer_bytes(vm, args[1])?;
    match native_mut::<Hash>(vm, args[0]) {
        Some(h) if h.done => return Err(vm.value_error("hash is final")),
        Some(h) => match &mut h.state {
            State::Sha256(s) => s.update(&data),
            State::Sha1(s) => s.update(&data),
            State::Md5(s) => s.update(&data),
        },
        None => return Err(super::bad_self(vm, "hash")),
    }
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("digest", args, 1, 1)?;
    let out = match native_mut::<Hash>(vm, args[0]) {
        Some(h) if h.done => return Err(vm.value_error("hash is final")),
        Some(h) => {
            h.done = true;
            match h.state.clone() {
                State::Sha256(s) => s.finalize().to_vec(),
                State::Sha1(s) => s.finalize().to_vec(),
                State::Md5(s) => s.finalize().to_vec(),
            }
        }
        None => return Err(super::bad_self(vm, "hash")),
    };
    Ok(vm.new_bytes(out))
}
