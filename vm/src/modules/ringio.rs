//! `micropython.RingIO`: a byte ring buffer that is a stream, as
//! py/objringio.c has it. `RingIO(n)` holds n bytes; `RingIO(buffer)`
//! holds one less than the buffer's length. Reads and writes move as much
//! as fits and never block, and `select.poll` sees it readable while it
//! holds data and writable while it has room.

use super::{native_mut, native_ref, new_class};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::VecDeque;

pub struct RingIO {
    class: ObjRef,
    data: VecDeque<u8>,
    capacity: usize,
}

crate::native_object!(RingIO);

impl RingIO {
    /// Which of the poll `events` (POLLIN 1, POLLOUT 4) it is ready for.
    pub fn ready(&self, events: i64) -> i64 {
        let mut r = 0;
        if events & 1 != 0 && !self.data.is_empty() {
            r |= 1;
        }
        if events & 4 != 0 && self.data.len() < self.capacity {
            r |= 4;
        }
        r
    }
}

pub fn class(vm: &mut Vm) -> ObjRef {
    let class = new_class(vm, "RingIO");
    vm.add_static(class, "__new__", new);
    vm.add_method(class, "__init__", |_, _, _| Ok(Value::None));
    vm.add_method(class, "any", any);
    vm.add_method(class, "read", read);
    vm.add_method(class, "readline", readline);
    vm.add_method(class, "readinto", readinto);
    vm.add_method(class, "write", write);
    vm.add_method(class, "close", |_, _, _| Ok(Value::None));
    vm.add_method(class, "__repr__", |vm, _, _| Ok(vm.new_str("<RingIO>")));
    class
}

fn new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("RingIO", args, 2, 2)?;
    let class = args[0].as_obj().ok_or_else(|| vm.type_error("RingIO needs its class"))?;
    let is_buffer = matches!(args[1].as_obj().map(|r| vm.heap.get(r)), Some(Object::ByteArray(_) | Object::Bytes(_)))
        || matches!(args[1].as_obj().map(|r| vm.heap.get(r)), Some(Object::MemoryView { .. }));
    let len =
        if is_buffer { super::buffer_bytes(vm, args[1])?.len() as i64 } else { vm.int_arg(args[1])?.saturating_add(1) };
    if !(2..=u16::MAX as i64).contains(&len) {
        return Err(vm.value_error(""));
    }
    let capacity = len as usize - 1;
    Ok(vm.alloc(Object::Native(Box::new(RingIO { class, data: VecDeque::new(), capacity }))))
}

fn with<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut RingIO) -> R) -> PyResult<R> {
    match native_mut::<RingIO>(vm, v) {
        Some(r) => Ok(f(r)),
        None => Err(super::bad_self(vm, "RingIO")),
    }
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("any", args, 1, 1)?;
    Ok(Value::Int(with(vm, args[0], |r| r.data.len())? as i64))
}

fn take(vm: &mut Vm, v: Value, n: usize) -> PyResult<Vec<u8>> {
    with(vm, v, |r| {
        let n = n.min(r.data.len());
        r.data.drain(..n).collect()
    })
}

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("read", args, 1, 2)?;
    let n = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(&v) => vm.int_arg(v)?,
    };
    let n = if n < 0 { usize::MAX } else { n as usize };
    let out = take(vm, args[0], n)?;
    Ok(vm.new_bytes(out))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readline", args, 1, 2)?;
    let limit = match args.get(1) {
        Some(&v) if !v.is_none() => vm.int_arg(v)?.max(0) as usize,
        _ => usize::MAX,
    };
    let out = with(vm, args[0], |r| {
        let mut out = vec![];
        while out.len() < limit {
            let Some(b) = r.data.pop_front() else { break };
            out.push(b);
            if b == b'\n' {
                break;
            }
        }
        out
    })?;
    Ok(vm.new_bytes(out))
}

fn readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readinto", args, 2, 3)?;
    let room = super::buffer_bytes(vm, args[1])?.len();
    let n = match args.get(2) {
        Some(&v) => (vm.int_arg(v)?.max(0) as usize).min(room),
        None => room,
    };
    let got = take(vm, args[0], n)?;
    super::write_into_buffer(vm, args[1], 0, &got)?;
    Ok(Value::Int(got.len() as i64))
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 2)?;
    let data = super::buffer_bytes(vm, args[1])?;
    let n = with(vm, args[0], |r| {
        let n = data.len().min(r.capacity - r.data.len());
        r.data.extend(&data[..n]);
        n
    })?;
    Ok(Value::Int(n as i64))
}

/// Poll readiness of a RingIO, or None if `v` is not one.
pub fn poll(vm: &Vm, v: Value, events: i64) -> Option<i64> {
    native_ref::<RingIO>(vm, v).map(|r| r.ready(events))
}
