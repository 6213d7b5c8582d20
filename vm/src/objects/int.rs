//! `int` and `bool`: constructors and methods. Values live inline
//! (`Value::Int`) until they outgrow i64, then as `Object::BigInt`.

use crate::format::int_parse::{parse_int, ParsedInt};
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

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
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let args = &args[1..];
    match args {
        [] => Ok(Value::Int(0)),
        [x] => to_int(vm, *x),
        [x, base] => {
            let text = match x.as_obj().map(|r| vm.heap.get(r)) {
                Some(Object::Str(s)) => s.as_str().to_string(),
                Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                _ => {
                    let t = vm.type_name(*x);
                    return Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")));
                }
            };
            let base = vm.int_arg(*base)?;
            parse_to_value(vm, &text, base as u32)
        }
        _ => Err(vm.type_error(format!("function expected at most 2 arguments, got {}", args.len()))),
    }
}

fn parse_to_value(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    match parse_int(text, base) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(ParsedInt::Big(b)) => Ok(vm.int_value(b)),
        Err(e) => Err(vm.format_error(e)),
    }
}

/// `int(x)` for one argument: an int (or `__int__`), text in any buffer,
/// or a float.
pub fn to_int(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(f) => return float_to_int(vm, f),
        _ => {}
    }
    match x.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::BigInt(_)) => return Ok(x),
        Some(Object::Instance(_)) => {
            let name = vm.names.int;
            if let Some(r) = vm.call_dunder(x, name, &[])? {
                if !vm.is_int(r) {
                    return Err(vm.type_error(""));
                }
                return Ok(r);
            }
            let inner = vm.unwrap_builtin(x);
            if !inner.is(x) {
                return to_int(vm, inner);
            }
        }
        _ => {}
    }
    if let Some(b) = vm.buffer_bytes(x) {
        let t = String::from_utf8_lossy(&b).into_owned();
        return parse_to_value(vm, &t, 10);
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!("can't convert {t} to int")))
}

/// `int(f)`: the float's exact value, with MicroPython's errors for
/// infinity and NaN.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("can't convert NaN to int"));
    }
    if f.is_infinite() {
        return Err(vm.err(ExcKind::OverflowError, "can't convert inf to int"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.int_value(float_to_big(t)))
}

/// The exact integer value of a finite, whole float.
pub fn float_to_big(t: f64) -> BigInt {
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
}

/// A big int as a float the way MicroPython's mpz does it: the 16-bit
/// digits of the WebAssembly and 32-bit builds accumulated from the most
/// significant down, rounding at each step (huge values become inf). The
/// result can differ from the correctly rounded value in the last place,
/// and comparisons between ints and floats see this value.
pub fn big_to_float(b: &BigInt) -> f64 {
    let mut val = 0.0f64;
    for d in b.iter_u32_digits().rev() {
        val = val * 65536.0 + (d >> 16) as f64;
        val = val * 65536.0 + (d & 0xffff) as f64;
    }
    if b.is_negative() {
        -val
    } else {
        val
    }
}

/// Arithmetic where at least one side is outside i64 (or the i64 fast
/// path overflowed): MicroPython's mpz rules and errors.
pub fn big_binary(vm: &mut Vm, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => {
            let bits = a.bits() + b.bits();
            vm.reserve((bits / 8) as usize)?;
            a * b
        }
        BinOp::FloorDiv | BinOp::Mod if b.is_zero() => return Err(divide_by_zero(vm)),
        BinOp::FloorDiv => a.div_floor(&b),
        BinOp::Mod => a.mod_floor(&b),
        BinOp::Div => {
            if b.is_zero() {
                return Err(divide_by_zero(vm));
            }
            return Ok(Value::Float(big_to_float(&a) / big_to_float(&b)));
        }
        BinOp::Pow => return big_pow(vm, a, b),
        BinOp::LShift | BinOp::RShift => {
            let s = shift_count(vm, &b)?;
            if op == BinOp::RShift {
                a >> s
            } else {
                if a.is_zero() {
                    return Ok(Value::Int(0));
                }
                let bits = a.bits() as u128 + s as u128;
                if bits > (vm.heap.limit() as u128) * 8 {
                    return Err(vm.memory_error());
                }
                vm.reserve((bits / 8) as usize)?;
                a << s
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMult => return Err(vm.type_error("unsupported types for __matmul__: 'int', 'int'")),
    };
    Ok(vm.int_value(r))
}

fn divide_by_zero(vm: &mut Vm) -> crate::runtime::error::Exc {
    vm.err(ExcKind::ZeroDivisionError, "divide by zero")
}

/// A shift count as MicroPython takes it: a machine word of the 32-bit
/// builds (OverflowError beyond), never negative (ValueError).
fn shift_count(vm: &mut Vm, b: &BigInt) -> PyResult<u64> {
    match b.to_i32() {
        None => Err(vm.word_overflow()),
        Some(s) if s < 0 => Err(vm.value_error("negative shift count")),
        Some(s) => Ok(s as u64),
    }
}

fn big_pow(vm: &mut Vm, a: BigInt, b: BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return crate::objects::float::binary(vm, BinOp::Pow, big_to_float(&a), big_to_float(&b));
    }
    // 0, 1 and -1 to any power are cheap however big the exponent.
    if a.is_zero() {
        return Ok(Value::Int(if b.is_zero() { 1 } else { 0 }));
    }
    if a.is_one() {
        return Ok(Value::Int(1));
    }
    if a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let e = match b.to_u64() {
        Some(e) => e,
        None => return Err(vm.memory_error()),
    };
    let bits = (a.bits() as u128) * (e as u128);
    if bits > (vm.heap.limit() as u128) * 8 {
        return Err(vm.memory_error());
    }
    vm.reserve((bits / 8) as usize)?;
    let r: BigInt = Pow::pow(&a, e);
    Ok(vm.int_value(r))
}

fn bool_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!("function expected at most 1 arguments, got {}", args.len() - 1)));
    }
    match args.get(1) {
        Some(&v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// MicroPython reads any byte order but `"little"` as big-endian.
fn is_little(vm: &Vm, order: Value) -> bool {
    vm.as_str(order) == Some("little")
}

/// `int.from_bytes(bytes, byteorder="big")`: MicroPython reads the bytes
/// unsigned, takes no keywords, and ignores a third (`signed`) argument.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if !(1..=3).contains(&args.len()) {
        return Err(vm.type_error(format!("function expected at most 4 arguments, got {}", args.len() + 1)));
    }
    let data = vm.bytes_like(args[0])?;
    let little = args.get(1).is_some_and(|&o| is_little(vm, o));
    let n = if little {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    Ok(vm.int_value(n))
}

/// `n.to_bytes(length=1, byteorder="big", *, signed=False)`, with
/// MicroPython's overflow errors.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!("function expected at most 3 arguments, got {}", args.len())));
    }
    let this = args.first().copied().unwrap_or(Value::Int(0));
    let n = match vm.unwrap_builtin(this) {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(b as i64),
        v => match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::BigInt(b)) => b.clone(),
            _ => {
                let t = vm.type_name(this);
                return Err(vm.type_error(format!("descriptor requires a 'int' object but received a '{t}'")));
            }
        },
    };
    let length = vm.arg_or(args, kw, 1, "length", Value::Int(1));
    let length = vm.int_arg(length)?;
    if length < 0 {
        return Err(vm.value_error(""));
    }
    let length = length as usize;
    let order = vm.arg_or(args, kw, 2, "byteorder", Value::None);
    let little = is_little(vm, order);
    let signed = match vm.kwarg(kw, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !n.is_zero() {
        if !signed && n.is_negative() {
            return Err(vm.err(ExcKind::OverflowError, "can't convert negative int to unsigned"));
        }
        let bits = if signed { n.bits() + 1 - (n.is_negative() && is_power_of_two(&n)) as u64 } else { n.bits() };
        if bits > (length as u64).saturating_mul(8) {
            return Err(vm.err(ExcKind::OverflowError, format!("value would overflow a {length} byte buffer")));
        }
    }
    vm.reserve(length)?;
    let mut bytes = n.to_signed_bytes_le();
    let pad = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length.max(bytes.len()), pad);
    bytes.truncate(length);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// Whether `|n|` is a power of two (then `-|n|` needs one bit fewer).
fn is_power_of_two(n: &BigInt) -> bool {
    let m = n.magnitude();
    m.count_ones() == 1
}
