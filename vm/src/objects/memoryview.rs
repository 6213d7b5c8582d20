//! `memoryview`: a window on another object's buffer (bytes, bytearray,
//! str, array), in items of that buffer's typecode. Slices with step 1
//! are views on the same bytes; a view of a writable buffer writes
//! through. `itemsize` is an attribute (see `runtime/attr.rs`).

use crate::objects::array::{self, fast_slice, index, itemsize, long_size, slice_source};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct MemoryView {
    /// The object that owns the bytes.
    pub obj: ObjRef,
    pub typecode: u8,
    /// First item and item count, in items of `typecode`.
    pub offset: usize,
    pub len: usize,
    pub readonly: bool,
}

pub fn register(vm: &mut Vm) {
    let m = vm.types.memoryview;
    vm.add_static(m, "__new__", memoryview_new);
    vm.add_method(m, "hex", crate::objects::bytes::hex);
}

fn memoryview_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    vm.check_args("memoryview", args, 2, 2)?;
    let Some(b) = vm.buffer(args[1]) else {
        return Err(vm.type_error("object with buffer protocol required"));
    };
    let size = itemsize(b.typecode, long_size(vm)).unwrap_or(1);
    let view = MemoryView {
        obj: b.obj,
        typecode: b.typecode,
        offset: b.start / size,
        len: b.len / size,
        readonly: !b.writable,
    };
    Ok(vm.alloc(Object::MemoryView(Box::new(view))))
}

fn parts(vm: &Vm, r: ObjRef) -> Option<(ObjRef, u8, usize, usize, bool)> {
    match vm.heap.get(r) {
        Object::MemoryView(m) => Some((m.obj, m.typecode, m.offset, m.len, m.readonly)),
        _ => None,
    }
}

/// `len(m)`: items, not bytes.
pub fn len(vm: &Vm, r: ObjRef) -> usize {
    parts(vm, r).map_or(0, |p| p.3)
}

/// `m.itemsize`.
pub fn item_size(vm: &Vm, r: ObjRef) -> usize {
    parts(vm, r).and_then(|p| itemsize(p.1, long_size(vm))).unwrap_or(1)
}

/// `m[key]`: an item, or a view of a step-1 slice.
pub fn get_item(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let Some((obj, typecode, offset, n, readonly)) = parts(vm, r) else { return Ok(Value::None) };
    if vm.is_slice(key) {
        let (a, b) = fast_slice(vm, key, n)?;
        let view = MemoryView { obj, typecode, offset: offset + a, len: b - a, readonly };
        return Ok(vm.alloc(Object::MemoryView(Box::new(view))));
    }
    let i = index(vm, key, n, "memoryview")?;
    item(vm, r, i)
}

/// Item `i` of the view (for indexing and iteration).
pub fn item(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Value> {
    let Some(b) = vm.buffer(Value::Obj(r)) else { return Ok(Value::None) };
    let data = vm.buffer_data(&b).to_vec();
    let long = long_size(vm);
    Ok(array::item(vm, b.typecode, &data, i, long))
}

/// `m[key] = v`, through to the owner's bytes; the size never changes.
pub fn set_item(vm: &mut Vm, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
    let Some((_, typecode, _, n, readonly)) = parts(vm, r) else { return Ok(()) };
    if readonly {
        return Err(vm.type_error("'memoryview' object doesn't support item assignment"));
    }
    let size = itemsize(typecode, long_size(vm)).unwrap_or(1);
    if vm.is_slice(key) {
        let (a, b) = fast_slice(vm, key, n)?;
        let src = slice_source(vm, v, size)?;
        if src.len() != (b - a) * size {
            return Err(vm.value_error("lhs and rhs should be compatible"));
        }
        return vm.write_buffer(Value::Obj(r), a * size, &src);
    }
    let i = index(vm, key, n, "memoryview")?;
    let bytes = array::encode(vm, typecode, size, v)?;
    vm.write_buffer(Value::Obj(r), i * size, &bytes)
}
