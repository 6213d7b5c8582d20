//! `memoryview`: a window on a bytes (read-only) or bytearray (writable).
//! Indexing, slicing, assignment and `len` are in the core
//! (`runtime/subscript.rs`); this file has the constructor and methods.

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    let m = vm.types.memoryview;
    vm.add_static(m, "__new__", memoryview_new);
    vm.add_method(m, "tobytes", tobytes);
    vm.add_method(m, "hex", hex);
}

fn memoryview_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("memoryview", args, 2, 2)?;
    let mut src = vm.unwrap_builtin(args[1]);
    // A FrameBuffer (or any native that lends its buffer) views the bytes it draws into.
    if let Some(Object::Native(n)) = src.as_obj().map(|r| vm.heap.get(r)) {
        if let Some(inner) = n.buffer() {
            src = vm.unwrap_builtin(inner);
        }
    }
    let view = match src.as_obj().map(|r| (r, vm.heap.get(r))) {
        Some((r, Object::Bytes(b))) => Object::MemoryView { obj: r, start: 0, len: b.len(), readonly: true },
        Some((r, Object::ByteArray(b))) => Object::MemoryView { obj: r, start: 0, len: b.len(), readonly: false },
        Some((_, Object::MemoryView { obj, start, len, readonly })) => {
            Object::MemoryView { obj: *obj, start: *start, len: *len, readonly: *readonly }
        }
        _ => {
            let t = vm.type_name(args[1]);
            return Err(vm.type_error(format!("object with buffer protocol required, not '{t}'")));
        }
    };
    Ok(vm.alloc(view))
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("tobytes", args, 1, 1)?;
    let b = vm.bytes_like(args[0])?;
    Ok(vm.new_bytes(b))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hex", args, 1, 1)?;
    let b = vm.bytes_like(args[0])?;
    let s: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(vm.new_str(s))
}
