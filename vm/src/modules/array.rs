//! `array`: a typed, compact sequence of numbers (MicroPython's typecodes
//! b B h H i I l L q Q f d), stored as little-endian bytes so it works as a
//! buffer for `struct.pack_into`, files and peripherals.

use super::{add_fns, native_mut, native_ref};
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct Array {
    class: ObjRef,
    pub typecode: u8,
    pub itemsize: usize,
    pub data: Vec<u8>,
}

crate::native_object!(Array);

impl Array {
    pub fn len(&self) -> usize {
        self.data.len() / self.itemsize
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
    pub fn to_bytes(&self) -> Vec<u8> {
        self.data.clone()
    }
    pub fn write_bytes(&mut self, offset: usize, bytes: &[u8]) -> Result<(), &'static str> {
        match self.data.get_mut(offset..offset + bytes.len()) {
            Some(dst) => {
                dst.copy_from_slice(bytes);
                Ok(())
            }
            None => Err("buffer too small"),
        }
    }
    pub fn get(&self, i: usize) -> Value {
        let raw = &self.data[i * self.itemsize..(i + 1) * self.itemsize];
        let mut b = [0u8; 8];
        b[..raw.len()].copy_from_slice(raw);
        let signed = self.typecode.is_ascii_lowercase();
        match self.typecode {
            b'f' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
            b'd' => Value::Float(f64::from_le_bytes(b)),
            _ => {
                let bits = self.itemsize * 8;
                let u = u64::from_le_bytes(b);
                if signed && bits < 64 {
                    let shift = 64 - bits;
                    Value::Int(((u << shift) as i64) >> shift)
                } else if signed || u <= i64::MAX as u64 {
                    Value::Int(u as i64)
                } else {
                    Value::Int(-1) // replaced by the caller with a big int
                }
            }
        }
    }
}

struct ArrayClass(ObjRef);

impl crate::runtime::extensions::Extension for ArrayClass {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.0);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("array");
    let class = super::new_class(vm, "array");
    vm.add_static(class, "__new__", array_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", noop),
        ("append", append),
        ("extend", extend),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__add__", add),
        ("__iadd__", iadd),
    ];
    for &(n, f) in methods {
        vm.add_method(class, n, f);
    }
    vm.module_add(d, "array", Value::Obj(class));
    vm.extensions.insert(ArrayClass(class));
    let _ = add_fns;
    Ok(m)
}

fn noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn encode(vm: &mut Vm, typecode: u8, size: usize, v: Value) -> PyResult<Vec<u8>> {
    Ok(match typecode {
        b'f' => (vm.float_arg(v)? as f32).to_le_bytes().to_vec(),
        b'd' => vm.float_arg(v)?.to_le_bytes().to_vec(),
        _ => {
            let i: i128 = match v.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::BigInt(b)) => i128::try_from(b.clone()).unwrap_or(0),
                _ => vm.int_arg(v)? as i128,
            };
            // MicroPython stores the low bits, truncating silently.
            i.to_le_bytes()[..size].to_vec()
        }
    })
}

fn array_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("array", args, 2, 3)?;
    let class = vm.extensions.get::<ArrayClass>().map(|c| c.0).ok_or_else(|| vm.type_error("array"))?;
    let tc = vm.str_arg(args[1])?;
    let typecode = match tc.as_bytes() {
        [c] => *c,
        _ => return Err(vm.value_error("bad typecode")),
    };
    if !b"bBhHiIlLqQfd".contains(&typecode) {
        return Err(vm.value_error("bad typecode"));
    }
    let itemsize = super::struct_::code_size(typecode, true, super::struct_::native_long(vm)).unwrap_or(1);
    let mut data = vec![];
    if let Some(&init) = args.get(2) {
        let raw = match init.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Bytes(b) | Object::ByteArray(b)) => Some(b.clone()),
            _ => None,
        };
        match raw {
            Some(b) => data = b,
            None => {
                for v in vm.collect_iter(init)? {
                    data.extend(encode(vm, typecode, itemsize, v)?);
                }
            }
        }
    }
    vm.reserve(data.len())?;
    Ok(vm.alloc(Object::Native(Box::new(Array { class, typecode, itemsize, data }))))
}

fn this(vm: &mut Vm, v: Value) -> PyResult<(u8, usize)> {
    match native_ref::<Array>(vm, v) {
        Some(a) => Ok((a.typecode, a.itemsize)),
        None => Err(super::bad_self(vm, "array")),
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    let (tc, size) = this(vm, args[0])?;
    let b = encode(vm, tc, size, args[1])?;
    if let Some(a) = native_mut::<Array>(vm, args[0]) {
        a.data.extend(b);
    }
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let (tc, size) = this(vm, args[0])?;
    let items = match native_ref::<Array>(vm, args[1]) {
        Some(other) => (0..other.len()).map(|i| other.get(i)).collect(),
        None => vm.collect_iter(args[1])?,
    };
    let mut b = vec![];
    for v in items {
        b.extend(encode(vm, tc, size, v)?);
    }
    if let Some(a) = native_mut::<Array>(vm, args[0]) {
        a.data.extend(b);
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(Value::Int(native_ref::<Array>(vm, args[0]).map_or(0, |a| a.len()) as i64))
}

fn item(vm: &mut Vm, a: Value, i: usize) -> Value {
    let (v, big) = match native_ref::<Array>(vm, a) {
        Some(arr) => {
            let v = arr.get(i);
            let raw = &arr.data[i * arr.itemsize..(i + 1) * arr.itemsize];
            let big = if matches!(v, Value::Int(-1)) && !arr.typecode.is_ascii_lowercase() {
                let mut b = [0u8; 8];
                b[..raw.len()].copy_from_slice(raw);
                Some(u64::from_le_bytes(b))
            } else {
                None
            };
            (v, big)
        }
        None => (Value::None, None),
    };
    match big {
        Some(u) => vm.int_value(num_bigint::BigInt::from(u)),
        None => v,
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__getitem__", args, 2, 2)?;
    let (tc, size) = this(vm, args[0])?;
    let n = native_ref::<Array>(vm, args[0]).map_or(0, |a| a.len());
    if let Some(Object::Slice { .. }) = args[1].as_obj().map(|r| vm.heap.get(r)) {
        let idx = vm.resolve_slice(args[1], n)?;
        let picked: Vec<usize> = idx.indices().collect();
        let class = vm.class_of(args[0]);
        let data = match native_ref::<Array>(vm, args[0]) {
            Some(a) => picked.iter().flat_map(|&i| a.data[i * size..(i + 1) * size].to_vec()).collect(),
            None => vec![],
        };
        return Ok(vm.alloc(Object::Native(Box::new(Array { class, typecode: tc, itemsize: size, data }))));
    }
    let i = index(vm, args[1], n)?;
    Ok(item(vm, args[0], i))
}

fn index(vm: &mut Vm, v: Value, n: usize) -> PyResult<usize> {
    let i = vm.to_index(v)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("array index out of range"));
    }
    Ok(j as usize)
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setitem__", args, 3, 3)?;
    let (tc, size) = this(vm, args[0])?;
    let n = native_ref::<Array>(vm, args[0]).map_or(0, |a| a.len());
    let i = index(vm, args[1], n)?;
    let b = encode(vm, tc, size, args[2])?;
    if let Some(a) = native_mut::<Array>(vm, args[0]) {
        a.data[i * size..(i + 1) * size].copy_from_slice(&b);
    }
    Ok(Value::None)
}

fn values(vm: &mut Vm, a: Value) -> PyResult<Vec<Value>> {
    this(vm, a)?;
    let n = native_ref::<Array>(vm, a).map_or(0, |a| a.len());
    Ok((0..n).map(|i| item(vm, a, i)).collect())
}

fn iter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let items = values(vm, args[0])?;
    let l = vm.new_list(items);
    vm.get_iter(l)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (tc, _) = this(vm, args[0])?;
    let items = values(vm, args[0])?;
    let mut s = format!("array('{}'", tc as char);
    if !items.is_empty() {
        s.push_str(", [");
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&vm.repr(*v)?);
        }
        s.push(']');
    }
    s.push(')');
    Ok(vm.new_str(s))
}

fn eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__eq__", args, 2, 2)?;
    let a = values(vm, args[0])?;
    let b = match native_ref::<Array>(vm, args[1]) {
        Some(_) => values(vm, args[1])?,
        None => return Ok(Value::Bool(false)),
    };
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for (x, y) in a.into_iter().zip(b) {
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `a + b`: a new array of a's type with b's items (an array or any
/// iterable of numbers).
fn add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__add__", args, 2, 2)?;
    let (tc, size) = this(vm, args[0])?;
    let class = vm.class_of(args[0]);
    let data = native_ref::<Array>(vm, args[0]).map(|a| a.data.clone()).unwrap_or_default();
    let copy = vm.alloc(Object::Native(Box::new(Array { class, typecode: tc, itemsize: size, data })));
    vm.temp_roots.push(copy);
    let r = extend(vm, &[copy, args[1]], &[]);
    vm.temp_roots.pop();
    r.map(|_| copy)
}

fn iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__iadd__", args, 2, 2)?;
    extend(vm, args, &[])?;
    Ok(args[0])
}
