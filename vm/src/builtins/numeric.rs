//! Numeric builtins: abs, round, divmod, pow (with a modulus), hex, oct,
//! bin, chr, ord. (MicroPython has no `format` builtin.)

use crate::format::bigint::{to_prefixed_string, IntRef};
use crate::format::float_round::{round_bigint, round_float, round_to_integral};
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub fn register(vm: &mut Vm, b: ObjRef) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", abs),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("chr", chr),
        ("ord", ord),
    ];
    for &(name, f) in fns {
        vm.module_add_fn(b, name, f);
    }
}

/// Call `__name__` on a user object if its class defines it.
fn dunder(vm: &mut Vm, v: Value, name: &str, extra: &[Value]) -> PyResult<Option<Value>> {
    if !matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_) | Object::Native(_))) {
        return Ok(None);
    }
    let class = vm.class_of(v);
    let n = vm.intern(name);
    match vm.lookup_class_attr(class, n) {
        Some(f) if !matches!(f.as_obj().map(|r| vm.heap.get(r)), Some(Object::NativeFunction(_))) => {
            let mut args = vec![v];
            args.extend_from_slice(extra);
            vm.call(f, &args).map(Some)
        }
        _ => Ok(None),
    }
}

fn abs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("abs", args, 1, 1)?;
    let v = args[0];
    if let Some(r) = dunder(vm, v, "__abs__", &[])? {
        return Ok(r);
    }
    let v = vm.unwrap_builtin(v);
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.int_value(BigInt::from(i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(b) => {
                let a = b.abs();
                Ok(vm.int_value(a))
            }
            Object::Complex(re, im) => Ok(Value::Float(re.hypot(*im))),
            _ => Err(unsupported(vm, "abs", v)),
        },
        _ => Err(unsupported(vm, "abs", v)),
    }
}

fn unsupported(vm: &mut Vm, op: &str, v: Value) -> crate::runtime::error::Exc {
    let t = vm.type_name(v);
    vm.type_error(format!("unsupported type for __{op}__: '{t}'"))
}

/// MicroPython's `round`: an int (not a bool) rounds exactly, to even at a
/// tie; anything else is read as a float and rounded as the firmware does,
/// `nearbyint(x * 10**n) / 10**n`, which is not always the closest decimal.
fn round(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("round", args, 1, 2)?;
    let x = args[0];
    // MicroPython takes no None for the digits: `round(x, None)` is a TypeError.
    let nd = vm.arg_or(args, kw, 1, "ndigits", Value::Undef);
    let given = !matches!(nd, Value::Undef);
    if let Some(r) = dunder(vm, x, "__round__", if given { std::slice::from_ref(&nd) } else { &[] })? {
        return Ok(r);
    }
    let x = vm.unwrap_builtin(x);
    let is_int = match x {
        Value::Int(_) => true,
        Value::Obj(r) => matches!(vm.heap.get(r), Object::BigInt(_)),
        _ => false,
    };
    if is_int {
        let ndigits = if given { Some(vm.int_arg(nd)?) } else { None };
        return round_int(vm, x, ndigits);
    }
    let f = vm.float_arg(x)?;
    if given {
        let n = vm.int_arg(nd)?;
        return match round_float(f, n) {
            Ok(r) => Ok(Value::Float(r)),
            Err(e) => Err(vm.format_error(e)),
        };
    }
    match round_to_integral(f) {
        Ok(r) => crate::objects::int::float_to_int(vm, r),
        Err(e) => Err(vm.format_error(e)),
    }
}

fn round_int(vm: &mut Vm, x: Value, ndigits: Option<i64>) -> PyResult<Value> {
    let x = if let Value::Bool(b) = x { Value::Int(b as i64) } else { x };
    match ndigits {
        Some(n) if n < 0 => {
            let b = big_of(vm, x).unwrap_or_default();
            let r = round_bigint(&b, n);
            Ok(vm.int_value(r))
        }
        _ => Ok(x),
    }
}

/// The value of an int (small or big) as a BigInt.
fn big_of(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let Some(r) = dunder(vm, a, "__divmod__", &[b])? {
        return Ok(r);
    }
    let complex =
        |vm: &Vm, v: Value| matches!(vm.to_num(vm.unwrap_builtin(v)), Some(crate::runtime::ops::Num::Complex(..)));
    if complex(vm, a) || complex(vm, b) {
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!("unsupported types for __divmod__: '{ta}', '{tb}'")));
    }
    let q = match vm.binary_op(BinOp::FloorDiv, a, b) {
        Ok(q) => q,
        Err(e) => return Err(divmod_refusal(vm, e, a, b)),
    };
    vm.temp_roots.push(q);
    let m = vm.binary_op(BinOp::Mod, a, b);
    vm.temp_roots.pop();
    let m = m?;
    Ok(vm.new_tuple(vec![q, m]))
}

/// MicroPython refuses `divmod` of operands it cannot divide under the
/// name `__divmod__`, not the floor division it is computed with.
fn divmod_refusal(vm: &mut Vm, e: crate::runtime::error::Exc, a: Value, b: Value) -> crate::runtime::error::Exc {
    let first = vm.exc_args(e.0).and_then(|args| args.first().copied());
    let refused = first.and_then(|m| vm.as_str(m)).is_some_and(|m| m.starts_with("unsupported types for __floordiv__"));
    if !(vm.exc_class_is(e.0, ExcKind::TypeError) && refused) {
        return e;
    }
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    vm.type_error(format!("unsupported types for __divmod__: '{ta}', '{tb}'"))
}

fn pow(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pow", args, 2, 3)?;
    let base = args[0];
    let exp = vm.arg_or(args, kw, 1, "exp", Value::Undef);
    let m = vm.arg_or(args, kw, 2, "mod", Value::None);
    if m.is_none() {
        return vm.binary_op(BinOp::Pow, base, exp);
    }
    let (bu, eu, mu) = (vm.unwrap_builtin(base), vm.unwrap_builtin(exp), vm.unwrap_builtin(m));
    let (Some(b), Some(e), Some(md)) = (big_of(vm, bu), big_of(vm, eu), big_of(vm, mu)) else {
        return Err(vm.type_error("pow() with 3 arguments requires integers"));
    };
    if md.is_zero() {
        return Err(vm.value_error("divide by zero"));
    }
    // MicroPython's modular power answers 0 for a negative exponent (it
    // has no modular inverse) and for a modulus of ±1.
    if e.is_negative() || num_traits::One::is_one(md.magnitude()) {
        return Ok(Value::Int(0));
    }
    let r = b.modpow(&e, &md);
    Ok(vm.int_value(r))
}

/// hex/oct/bin of an int (small, big, bool or an int subclass).
fn prefixed(vm: &mut Vm, args: &[Value], name: &str, radix: u32) -> PyResult<Value> {
    vm.check_args(name, args, 1, 1)?;
    let v = vm.unwrap_builtin(args[0]);
    let s = match v {
        Value::Int(i) => to_prefixed_string(IntRef::Small(i), radix),
        Value::Bool(b) => to_prefixed_string(IntRef::Small(b as i64), radix),
        Value::Obj(r) => match vm.heap.get(r) {
            Object::BigInt(b) => to_prefixed_string(IntRef::Big(b), radix),
            // The firmware reads no __index__ here.
            _ => return Err(not_an_int(vm, v, radix)),
        },
        _ => {
            return Err(not_an_int(vm, v, radix));
        }
    };
    Ok(vm.new_str(s))
}

/// `bin` is `'{:#b}'.format` on a board, so a non-int meets the format
/// error; `hex` and `oct` convert and fail as `int()` would.
fn not_an_int(vm: &mut Vm, v: Value, radix: u32) -> crate::runtime::error::Exc {
    let t = vm.type_name(v);
    if radix == 2 {
        return vm.value_error(format!("unknown format code 'b' for object of type '{t}'"));
    }
    vm.type_error(format!("can't convert {t} to int"))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prefixed(vm, args, "hex", 16)
}

fn oct(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prefixed(vm, args, "oct", 8)
}

fn bin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    prefixed(vm, args, "bin", 2)
}

fn chr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("chr", args, 1, 1)?;
    let i = match vm.int_arg(args[0]) {
        Ok(i) => i,
        Err(e) if vm.exc_class_is(e.0, ExcKind::OverflowError) => -1,
        Err(e) => return Err(e),
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            Ok(if c.is_ascii() { vm.intern(s) } else { vm.new_str(s) })
        }
        None => Err(vm.value_error("char not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ord", args, 1, 1)?;
    let v = vm.unwrap_builtin(args[0]);
    let (code, len) = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => (s.as_str().chars().next().map(|c| c as i64), s.char_len()),
        Some(Object::Bytes(b)) => (b.first().map(|&x| x as i64), b.len()),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")));
        }
    };
    match code {
        Some(c) if len == 1 => Ok(Value::Int(c)),
        _ => Err(vm.type_error(format!("ord() expected a character, but string of length {len} found"))),
    }
}
