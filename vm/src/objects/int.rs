//! `int` and `bool`: constructors and methods. Values live inline
//! (`Value::Int`) until they outgrow i64, then as `Object::BigInt`.

use crate::format::int_parse::{parse_int, ParsedInt};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn register(vm: &mut Vm) {
    let int = vm.types.int;
    vm.add_static(int, "__new__", int_new);
    vm.add_static(int, "from_bytes", int_from_bytes);
    vm.add_method(int, "to_bytes", int_to_bytes);
    let b = vm.types.bool_;
    vm.add_static(b, "__new__", bool_new);
}

/// `int(x)` / `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let x = vm.arg_or(args, kw, 1, "x", Value::Int(0));
    let base = vm.arg_or(args, kw, 2, "base", Value::Undef);
    if !matches!(base, Value::Undef) {
        let base = vm.int_arg(base)?;
        let text = match vm.as_str(x) {
            Some(s) => s.to_string(),
            None => match x.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::Bytes(b)) | Some(Object::ByteArray(b)) => String::from_utf8_lossy(b).into_owned(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            },
        };
        return parse_to_value(vm, &text, base as u32);
    }
    to_int(vm, x)
}

fn parse_to_value(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(ParsedInt::Big(b)) => Ok(vm.int_value(b)),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => float_to_int(vm, f),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(_) => Ok(x),
            Object::Str(s) => {
                let t = s.as_str().to_string();
                parse_to_value(vm, &t, 10)
            }
            Object::Bytes(b) | Object::ByteArray(b) => {
                let t = String::from_utf8_lossy(b).into_owned();
                parse_to_value(vm, &t, 10)
            }
            _ => {
                let name = vm.names.int;
                let class = vm.class_of(x);
                if let Some(f) = vm.lookup_class_attr(class, name) {
                    // `__int__` must answer with an int.
                    let v = vm.call_special(x, f, &[])?;
                    let is_int = matches!(v, Value::Int(_) | Value::Bool(_))
                        || matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::BigInt(_)));
                    if !is_int {
                        return Err(vm.type_error(""));
                    }
                    return Ok(v);
                }
                let inner = vm.unwrap_builtin(x);
                if !inner.is(x) {
                    return to_int(vm, inner);
                }
                let t = vm.type_name(x);
                Err(vm.type_error(format!("can't convert {t} to int")))
            }
        },
        _ => {
            let t = vm.type_name(x);
            Err(vm.type_error(format!("can't convert {t} to int")))
        }
    }
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("can't convert NaN to int"));
    }
    if f.is_infinite() {
        return Err(vm.err(crate::runtime::error::ExcKind::OverflowError, "can't convert inf to int"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = BigInt::from(t as i128).to_i128().map(BigInt::from).unwrap_or_else(|| {
        // Beyond i128: build from the float's exact binary expansion.
        let bits = t.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        let m = BigInt::from(mant);
        let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
        if t < 0.0 {
            -v
        } else {
            v
        }
    });
    Ok(vm.int_value(b))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.get(1) {
        Some(&v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// `"little"` → true, `"big"` → false.
fn little_endian(vm: &mut Vm, order: Value) -> PyResult<bool> {
    match vm.as_str(order) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.from_bytes(bytes, byteorder='big', signed=False)`; MicroPython also
/// takes `signed` as the third positional argument.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["bytes", "byteorder", "signed"])?;
    let src = vm.arg_or(args, kw, 0, "bytes", Value::Undef);
    if matches!(src, Value::Undef) {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    }
    let data = match vm.bytes_like(src) {
        Ok(b) => b,
        Err(_) => {
            let items = vm.collect_iter(src)?;
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                match vm.int_arg(v)? {
                    b @ 0..=255 => out.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let order = vm.arg_or(args, kw, 1, "byteorder", Value::Undef);
    let little = if matches!(order, Value::Undef) { false } else { little_endian(vm, order)? };
    let signed = vm.arg_or(args, kw, 2, "signed", Value::Bool(false));
    let signed = vm.truthy(signed)?;
    let n = match (signed, little) {
        (false, true) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_signed_bytes_be(&data),
    };
    Ok(vm.int_value(n))
}

/// `n.to_bytes(length=1, byteorder='big', signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["length", "byteorder", "signed"])?;
    let this = args.first().copied().unwrap_or(Value::Int(0));
    let n = match vm.unwrap_builtin(this) {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(b as i64),
        v => match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::BigInt(b)) => b.clone(),
            _ => {
                let t = vm.type_name(this);
                return Err(vm.type_error(format!("descriptor requires an 'int' object but received a '{t}'")));
            }
        },
    };
    let length = vm.arg_or(args, kw, 1, "length", Value::Int(1));
    let length = vm.int_arg(length)?;
    if length < 0 {
        return Err(vm.value_error("negative length"));
    }
    let length = length as usize;
    let order = vm.arg_or(args, kw, 2, "byteorder", Value::Undef);
    let little = if matches!(order, Value::Undef) { false } else { little_endian(vm, order)? };
    let signed = vm.arg_or(args, kw, 3, "signed", Value::Bool(false));
    let signed = vm.truthy(signed)?;
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(vm.err(crate::runtime::error::ExcKind::OverflowError, "can't convert negative int to unsigned"));
    }
    vm.reserve(length)?;
    // Little-endian minimal form first, then pad to `length`.
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.err(crate::runtime::error::ExcKind::OverflowError, "int too big to convert"));
    }
    let pad = if signed && n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}
