//! `array.array`: a typed, compact sequence of numbers, stored as the
//! little-endian bytes of its items so it is a buffer (`bytes(a)`,
//! `memoryview(a)`, `struct.pack_into`, files, peripherals).
//!
//! Typecodes are MicroPython's: `b B h H i I l L q Q f d`, plus its
//! extensions `P` (pointer-sized ints), `O` (objects) and `S`. Storing an
//! int keeps its low bits, as MicroPython 1.x does; reading gives ints
//! (big when they need to be) or floats. This file also holds what
//! `array`, `bytearray` and `memoryview` share in MicroPython's
//! `objarray.c`: item access by typecode, subscripts with step-1 slices,
//! slice assignment, and `+`, `+=`, `in`, `==` and ordering.

use crate::objects::buffer::Buffer;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;

pub struct Array {
    pub typecode: u8,
    /// The items' bytes (empty for `O` arrays).
    pub data: Vec<u8>,
    /// The items of an `O` array.
    pub objects: Vec<Value>,
}

/// The typecode bytearray has as a buffer.
pub const BYTES: u8 = b'B';

/// Bytes per item of `typecode`; `long` is the size of a C long and a
/// pointer on this board (4 on the 32-bit boards, 8 on the generic one).
pub fn itemsize(typecode: u8, long: usize) -> Option<usize> {
    Some(match typecode {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'P' | b'O' | b'S' => long,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// The size of a C long on the current board.
pub fn long_size(vm: &Vm) -> usize {
    crate::modules::struct_::native_long(vm)
}

impl Array {
    pub fn itemsize(&self, long: usize) -> usize {
        itemsize(self.typecode, long).unwrap_or(1)
    }
    pub fn len(&self, long: usize) -> usize {
        if self.typecode == b'O' {
            self.objects.len()
        } else {
            self.data.len() / self.itemsize(long)
        }
    }
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        for v in &self.objects {
            if let Value::Obj(r) = v {
                out.push(*r);
            }
        }
    }
}

/// The value of one item stored as `raw` (little-endian bytes).
pub fn decode(vm: &mut Vm, typecode: u8, raw: &[u8]) -> Value {
    let mut b = [0u8; 8];
    let n = raw.len().min(8);
    b[..n].copy_from_slice(&raw[..n]);
    match typecode {
        b'f' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_le_bytes(b)),
        b'S' => Value::Int(0),
        _ => {
            let bits = n * 8;
            let u = u64::from_le_bytes(b);
            let signed = typecode.is_ascii_lowercase() || typecode == b'P';
            if signed && bits < 64 {
                let shift = 64 - bits;
                Value::Int(((u << shift) as i64) >> shift)
            } else if signed || u <= i64::MAX as u64 {
                Value::Int(u as i64)
            } else {
                vm.int_value(BigInt::from(u))
            }
        }
    }
}

/// The bytes `v` is stored as in an item of `typecode` (`size` bytes):
/// floats for `f`/`d`, otherwise the int's low bits.
pub fn encode(vm: &mut Vm, typecode: u8, size: usize, v: Value) -> PyResult<Vec<u8>> {
    Ok(match typecode {
        b'f' => (vm.float_arg(v)? as f32).to_le_bytes().to_vec(),
        b'd' => vm.float_arg(v)?.to_le_bytes().to_vec(),
        _ => {
            let mut le = match v.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::BigInt(b)) => b.to_signed_bytes_le(),
                _ => vm.int_arg(v)?.to_le_bytes().to_vec(),
            };
            let fill = if le.last().is_some_and(|&x| x & 0x80 != 0) { 0xff } else { 0 };
            le.resize(size.max(le.len()), fill);
            le.truncate(size);
            le
        }
    })
}

/// Item `i` of a buffer of `typecode` over `data`.
pub fn item(vm: &mut Vm, typecode: u8, data: &[u8], i: usize, long: usize) -> Value {
    let size = itemsize(typecode, long).unwrap_or(1);
    let raw = data.get(i * size..(i + 1) * size).map(|s| s.to_vec()).unwrap_or_default();
    decode(vm, typecode, &raw)
}

pub fn register(vm: &mut Vm) {
    let a = vm.types.array;
    vm.add_static(a, "__new__", array_new);
    vm.add_method(a, "append", append);
    vm.add_method(a, "extend", extend);
    // The stubs declare these; the operators themselves dispatch natively.
    vm.add_method(a, "__getitem__", dunder_getitem);
    vm.add_method(a, "__setitem__", dunder_setitem);
    vm.add_method(a, "__len__", dunder_len);
    vm.add_method(a, "__iter__", dunder_iter);
    vm.add_method(a, "__add__", dunder_add);
    vm.add_method(a, "__iadd__", dunder_iadd);
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__getitem__", args, 2, 2)?;
    let r = this(vm, args[0])?;
    vm.get_item(Value::Obj(r), args[1])
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setitem__", args, 3, 3)?;
    let r = this(vm, args[0])?;
    vm.set_item(Value::Obj(r), args[1], args[2])?;
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__len__", args, 1, 1)?;
    let r = this(vm, args[0])?;
    Ok(Value::Int(len_of(vm, r) as i64))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__iter__", args, 1, 1)?;
    let r = this(vm, args[0])?;
    vm.get_iter(Value::Obj(r))
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__add__", args, 2, 2)?;
    let r = this(vm, args[0])?;
    vm.binary_op(BinOp::Add, Value::Obj(r), args[1])
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__iadd__", args, 2, 2)?;
    let r = this(vm, args[0])?;
    vm.inplace_op(BinOp::Add, Value::Obj(r), args[1])?;
    Ok(args[0])
}

fn array_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    // `args[0]` is the type; the counts in messages leave it out.
    if args.len() > 3 {
        return Err(vm.type_error(format!("function expected at most 2 arguments, got {}", args.len() - 1)));
    }
    vm.check_args("array", args, 2, 3)?;
    let tc = vm.str_arg(args[1])?;
    let long = long_size(vm);
    let typecode = tc.as_bytes().first().copied().unwrap_or(0);
    if itemsize(typecode, long).is_none() {
        return Err(vm.value_error("bad typecode"));
    }
    let mut arr = Array { typecode, data: vec![], objects: vec![] };
    if let Some(&init) = args.get(2) {
        // Raw bytes only from bytes and bytearray; anything else is items.
        let raw = match init.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) if typecode != b'O' => Some(b.clone()),
            _ => None,
        };
        match raw {
            Some(mut b) => {
                let size = arr.itemsize(long);
                b.truncate(b.len() / size * size);
                arr.data = b;
            }
            None => {
                for v in vm.collect_iter(init)? {
                    push(vm, &mut arr, v, long)?;
                }
            }
        }
    }
    vm.reserve(arr.data.len() + arr.objects.len() * 16)?;
    Ok(vm.alloc(Object::Array(Box::new(arr))))
}

fn push(vm: &mut Vm, arr: &mut Array, v: Value, long: usize) -> PyResult<()> {
    if arr.typecode == b'O' {
        arr.objects.push(v);
    } else {
        let b = encode(vm, arr.typecode, arr.itemsize(long), v)?;
        arr.data.extend(b);
    }
    Ok(())
}

/// `self` as an array (unwrapping an instance of a subclass).
fn this(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Array(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'array' object but received a '{t}'")))
        }
    }
}

fn with_array<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Array) -> T) -> Option<T> {
    match vm.heap.get_mut(r) {
        Object::Array(a) => Some(f(a)),
        _ => None,
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    let r = this(vm, args[0])?;
    let long = long_size(vm);
    let (tc, size) = match vm.heap.get(r) {
        Object::Array(a) => (a.typecode, a.itemsize(long)),
        _ => return Ok(Value::None),
    };
    if tc == b'O' {
        with_array(vm, r, |a| a.objects.push(args[1]));
    } else {
        let b = encode(vm, tc, size, args[1])?;
        with_array(vm, r, |a| a.data.extend(b));
    }
    Ok(Value::None)
}

/// `a.extend(x)`: the raw bytes of a buffer, else the items of an iterable.
fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let r = this(vm, args[0])?;
    extend_ref(vm, r, args[1])?;
    Ok(Value::None)
}

pub fn extend_ref(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let long = long_size(vm);
    let (tc, size) = match vm.heap.get(r) {
        Object::Array(a) => (a.typecode, a.itemsize(long)),
        _ => return Ok(()),
    };
    if tc != b'O' {
        if let Some(mut b) = vm.buffer_bytes(src) {
            b.truncate(b.len() / size * size);
            vm.reserve(b.len())?;
            with_array(vm, r, |a| a.data.extend(b));
            return Ok(());
        }
    }
    let items = vm.collect_iter(src)?;
    let mut add = Array { typecode: tc, data: vec![], objects: vec![] };
    for v in items {
        push(vm, &mut add, v, long)?;
    }
    with_array(vm, r, |a| {
        a.data.extend(add.data);
        a.objects.extend(add.objects);
    });
    Ok(())
}

/// Item `i` of an array or memoryview, `None` past the end.
pub fn item_of(vm: &mut Vm, r: ObjRef, i: usize) -> PyResult<Option<Value>> {
    match vm.heap.get(r) {
        Object::Array(_) if i < len_of(vm, r) => Ok(Some(get(vm, r, i))),
        Object::MemoryView(m) if i < m.len => crate::objects::memoryview::item(vm, r, i).map(Some),
        _ => Ok(None),
    }
}

/// `len(a)`.
pub fn len_of(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Object::Array(a) => a.len(long_size(vm)),
        _ => 0,
    }
}

/// `repr(array)`.
pub fn repr(vm: &mut Vm, r: ObjRef) -> PyResult<String> {
    let long = long_size(vm);
    let (tc, n) = match vm.heap.get(r) {
        Object::Array(a) => (a.typecode, a.len(long)),
        _ => return Ok(String::new()),
    };
    let mut s = format!("array('{}'", tc as char);
    if n > 0 {
        s.push_str(", [");
        for i in 0..n {
            if i > 0 {
                s.push_str(", ");
            }
            let v = get(vm, r, i);
            s.push_str(&vm.repr(v)?);
        }
        s.push(']');
    }
    s.push(')');
    Ok(s)
}

/// Item `i` of an array object.
pub fn get(vm: &mut Vm, r: ObjRef, i: usize) -> Value {
    let long = long_size(vm);
    let (tc, raw) = match vm.heap.get(r) {
        Object::Array(a) if a.typecode == b'O' => return a.objects.get(i).copied().unwrap_or(Value::None),
        Object::Array(a) => {
            let size = a.itemsize(long);
            (a.typecode, a.data.get(i * size..(i + 1) * size).map(|s| s.to_vec()).unwrap_or_default())
        }
        _ => return Value::None,
    };
    decode(vm, tc, &raw)
}

/// The item index `key` selects in a sequence of `len` items, with
/// MicroPython's messages naming the type.
pub fn index(vm: &mut Vm, key: Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match vm.int_arg_maybe(key)? {
        Some(i) => i,
        None => {
            let t = vm.type_name(key);
            return Err(vm.type_error(format!("{what} indices must be integers, not {t}")));
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// A step-1 slice as `start..stop` over `len` items; NotImplementedError
/// for other steps, as MicroPython's buffers have.
pub fn fast_slice(vm: &mut Vm, key: Value, len: usize) -> PyResult<(usize, usize)> {
    let s = vm.resolve_slice(key, len)?;
    if s.step != 1 {
        return Err(vm.err(ExcKind::NotImplementedError, "only slices with step=1 (aka None) are supported"));
    }
    let start = s.start.max(0) as usize;
    Ok((start, (s.stop.max(s.start).max(0) as usize).max(start)))
}

/// `a[key]`.
pub fn get_item(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    let long = long_size(vm);
    let (n, size) = match vm.heap.get(r) {
        Object::Array(a) => (a.len(long), a.itemsize(long)),
        _ => return Ok(Value::None),
    };
    if vm.is_slice(key) {
        let (a, b) = fast_slice(vm, key, n)?;
        let piece = match vm.heap.get(r) {
            Object::Array(arr) if arr.typecode == b'O' => {
                Array { typecode: b'O', data: vec![], objects: arr.objects[a..b].to_vec() }
            }
            Object::Array(arr) => {
                Array { typecode: arr.typecode, data: arr.data[a * size..b * size].to_vec(), objects: vec![] }
            }
            _ => return Ok(Value::None),
        };
        return Ok(vm.alloc(Object::Array(Box::new(piece))));
    }
    let i = index(vm, key, n, "array")?;
    Ok(get(vm, r, i))
}

/// The bytes and itemsize of the right side of a slice assignment to a
/// buffer of `itemsize`: an array, bytearray or memoryview of the same
/// item size, or bytes when items are bytes.
pub fn slice_source(vm: &mut Vm, v: Value, itemsize: usize) -> PyResult<Vec<u8>> {
    let long = long_size(vm);
    let src_size = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Array(a)) => a.itemsize(long),
        Some(Object::ByteArray(_)) => 1,
        Some(Object::MemoryView(m)) => self::itemsize(m.typecode, long).unwrap_or(1),
        Some(Object::Bytes(_)) => {
            if itemsize != 1 {
                return Err(vm.value_error("lhs and rhs should be compatible"));
            }
            1
        }
        _ => return Err(vm.err(ExcKind::NotImplementedError, "array/bytes required on right side")),
    };
    if src_size != itemsize {
        return Err(vm.value_error("lhs and rhs should be compatible"));
    }
    Ok(vm.buffer_bytes(v).unwrap_or_default())
}

/// `a[key] = v`.
pub fn set_item(vm: &mut Vm, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
    let long = long_size(vm);
    let (tc, n, size) = match vm.heap.get(r) {
        Object::Array(a) => (a.typecode, a.len(long), a.itemsize(long)),
        _ => return Ok(()),
    };
    if vm.is_slice(key) {
        let (a, b) = fast_slice(vm, key, n)?;
        if tc == b'O' {
            return Err(vm.err(ExcKind::NotImplementedError, "array/bytes required on right side"));
        }
        let src = slice_source(vm, v, size)?;
        vm.reserve(src.len())?;
        with_array(vm, r, |arr| {
            arr.data.splice(a * size..b * size, src);
        });
        return Ok(());
    }
    let i = index(vm, key, n, "array")?;
    if tc == b'O' {
        with_array(vm, r, |arr| arr.objects[i] = v);
        return Ok(());
    }
    let b = encode(vm, tc, size, v)?;
    with_array(vm, r, |arr| arr.data[i * size..(i + 1) * size].copy_from_slice(&b));
    Ok(())
}

/// The typecode a buffer compares as, lower-cased, and whether it was
/// unsigned (upper case).
fn comparison_code(typecode: u8) -> (u8, bool) {
    if typecode.is_ascii_uppercase() {
        (typecode.to_ascii_lowercase(), true)
    } else {
        (typecode, false)
    }
}

/// MicroPython's `array_binary_op` for an array, bytearray or memoryview
/// on the left: `None` when the operation is not one of theirs.
pub fn binary_op(vm: &mut Vm, op: BinOp, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    let Some(lb) = vm.buffer(lhs) else { return Ok(None) };
    let is_view = matches!(lhs.as_obj().map(|r| vm.heap.get(r)), Some(Object::MemoryView(_)));
    match op {
        BinOp::Add if !is_view => {
            let Some(rb) = vm.buffer(rhs) else {
                return Err(vm.type_error("object with buffer protocol required"));
            };
            let long = long_size(vm);
            let size = itemsize(lb.typecode, long).unwrap_or(1);
            let mut data = vm.buffer_data(&lb).to_vec();
            let more = vm.buffer_data(&rb);
            let keep = more.len() / size * size;
            data.extend_from_slice(&more[..keep]);
            vm.reserve(data.len())?;
            Ok(Some(new_like(vm, lb.typecode, lhs, data)))
        }
        _ => Ok(None),
    }
}

/// A new object of `like`'s kind (bytearray or array) holding `data`.
fn new_like(vm: &mut Vm, typecode: u8, like: Value, data: Vec<u8>) -> Value {
    match like.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::ByteArray(_)) => vm.alloc(Object::ByteArray(data)),
        _ => vm.alloc(Object::Array(Box::new(Array { typecode, data, objects: vec![] }))),
    }
}

/// `a += x` for an array or bytearray: extend in place.
pub fn inplace_add(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    let Some(r) = lhs.as_obj() else { return Ok(None) };
    match vm.heap.get(r) {
        Object::Array(_) => {
            extend_ref(vm, r, rhs)?;
            Ok(Some(lhs))
        }
        Object::ByteArray(_) => {
            crate::objects::bytes::extend_ref(vm, r, rhs)?;
            Ok(Some(lhs))
        }
        _ => Ok(None),
    }
}

/// `x in a` for an array, bytearray or memoryview `a`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<Option<bool>> {
    let Some(cb) = vm.buffer(container) else { return Ok(None) };
    if let Some(ib) = vm.buffer(item) {
        // Only a bytearray searches for a sub-sequence.
        if !matches!(container.as_obj().map(|r| vm.heap.get(r)), Some(Object::ByteArray(_))) {
            return Ok(Some(false));
        }
        let hay = vm.buffer_data(&cb).to_vec();
        let needle = vm.buffer_data(&ib);
        return Ok(Some(crate::objects::str::search::find_bytes(&hay, needle).is_some()));
    }
    let big = matches!(item.as_obj().map(|r| vm.heap.get(r)), Some(Object::BigInt(_)));
    if matches!(item, Value::Int(_) | Value::Float(_)) || big {
        return Err(vm.err(ExcKind::NotImplementedError, ""));
    }
    Ok(Some(false))
}

/// `==` and ordering with an array, bytearray or memoryview on the left:
/// byte-wise when the layouts are compatible, NotImplementedError when
/// not, false when the right side is not a buffer.
pub fn compare(vm: &mut Vm, op: CmpOp, lhs: &Buffer, rhs: Value) -> PyResult<bool> {
    let Some(rb) = vm.buffer(rhs) else { return Ok(false) };
    let (lc, lu) = comparison_code(lhs.typecode);
    let (rc, ru) = comparison_code(rb.typecode);
    let unsigned = lu || ru;
    if lc == rc && lc != b'f' && lc != b'd' && (op == CmpOp::Eq || unsigned) {
        let a = vm.buffer_data(lhs).to_vec();
        let b = vm.buffer_data(&rb);
        return Ok(cmp_bytes(op, &a, b));
    }
    Err(vm.err(ExcKind::NotImplementedError, ""))
}

/// MicroPython's `mp_seq_cmp_bytes`.
pub fn cmp_bytes(op: CmpOp, a: &[u8], b: &[u8]) -> bool {
    use std::cmp::Ordering::*;
    let ord = a.cmp(b);
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => false,
    }
}

/// `a == b` where a buffer type decides (MicroPython's rules: bytearray
/// and memoryview compare with any buffer, an array only with an array,
/// bytes only with bytes); `None` when neither side is one.
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<Option<bool>> {
    for (x, y) in [(a, b), (b, a)] {
        let (Some(xr), yo) = (x.as_obj(), y.as_obj().map(|r| vm.heap.get(r))) else { continue };
        let decides = match vm.heap.get(xr) {
            Object::ByteArray(_) | Object::MemoryView(_) => true,
            Object::Array(_) => matches!(yo, Some(Object::Array(_))),
            Object::Bytes(_) => matches!(yo, Some(Object::Bytes(_))),
            _ => false,
        };
        if decides {
            if let Some(same) = object_array_equal(vm, x, y)? {
                return Ok(Some(same));
            }
            let Some(xb) = vm.buffer(x) else { return Ok(Some(false)) };
            return compare(vm, CmpOp::Eq, &xb, y).map(Some);
        }
    }
    Ok(None)
}

/// `==` between two arrays when either holds objects (`'O'`): on a board
/// their items are compared as the pointers they are stored as, so two
/// object arrays are equal when they hold the same objects, and an object
/// array against a numeric one is NotImplementedError. `None` when
/// neither side is an object array.
fn object_array_equal(vm: &mut Vm, x: Value, y: Value) -> PyResult<Option<bool>> {
    let objects = |vm: &Vm, v: Value| match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Array(a)) => Some((a.typecode == b'O').then(|| a.objects.clone())),
        _ => None,
    };
    match (objects(vm, x), objects(vm, y)) {
        (Some(Some(a)), Some(Some(b))) => Ok(Some(a.len() == b.len() && a.iter().zip(&b).all(|(p, q)| p.is(*q)))),
        (Some(Some(_)), Some(None)) | (Some(None), Some(Some(_))) => Err(vm.err(ExcKind::NotImplementedError, "")),
        _ => Ok(None),
    }
}

/// `<`, `<=`, `>`, `>=` with a buffer type on the left; `None` when the
/// left side is not one.
pub fn order(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    let Some(ar) = a.as_obj() else { return Ok(None) };
    match vm.heap.get(ar) {
        Object::Bytes(_) => match (vm.buffer(a), vm.buffer(b)) {
            (Some(x), Some(y)) => {
                let p = vm.buffer_data(&x).to_vec();
                Ok(Some(cmp_bytes(op, &p, vm.buffer_data(&y))))
            }
            _ => Ok(None),
        },
        Object::ByteArray(_) | Object::Array(_) | Object::MemoryView(_) => match vm.buffer(a) {
            Some(x) => compare(vm, op, &x, b).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}
