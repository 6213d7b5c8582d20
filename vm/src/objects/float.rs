//! `float`: the constructor, arithmetic with MicroPython's rules for
//! zero, inf and NaN, and hashing. Floats live inline (`Value::Float`); the
//! interpreter's fast path does `+ - * /` of two floats itself.

use crate::format::float_parse::parse_float;
use crate::objects::function::KwArgs;
use crate::objects::int::big_to_float;
use crate::runtime::error::{Exc, ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

pub fn register(vm: &mut Vm) {
    let f = vm.types.float;
    vm.add_static(f, "__new__", float_new);
}

fn float_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!("function expected at most 1 arguments, got {}", args.len() - 1)));
    }
    let Some(&x) = args.get(1) else { return Ok(Value::Float(0.0)) };
    to_float(vm, x)
}

/// `float(x)`: a number, text (str or a bytes-like object), or an object
/// with `__float__`.
pub fn to_float(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(b) = vm.buffer_bytes(x) {
        let text = String::from_utf8_lossy(&b);
        return match parse_float(&text) {
            Ok(f) => Ok(Value::Float(f)),
            Err(e) => Err(vm.format_error(e)),
        };
    }
    Ok(Value::Float(vm.float_arg(x)?))
}

/// `floor(x / y)` and `x % y` together, as MicroPython computes them so that
/// `x == (x // y) * y + x % y` holds as nearly as floats allow.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0.0f64.copysign(y);
    } else if (m < 0.0) != (y < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        0.0f64.copysign(x / y)
    } else {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floordiv, m)
}

/// `x % y` with the sign of `y`.
fn modulo(x: f64, y: f64) -> f64 {
    let m = libm::fmod(x, y);
    if m == 0.0 {
        0.0f64.copysign(y)
    } else if (m < 0.0) != (y < 0.0) {
        m + y
    } else {
        m
    }
}

fn zero_division(vm: &mut Vm) -> Exc {
    vm.err(ExcKind::ZeroDivisionError, "divide by zero")
}

/// A binary operator on two floats (ints already converted).
pub fn binary(vm: &mut Vm, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div | BinOp::FloorDiv | BinOp::Mod if b == 0.0 => return Err(zero_division(vm)),
        BinOp::Div => a / b,
        BinOp::FloorDiv => divmod(a, b).0,
        BinOp::Mod => modulo(a, b),
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 && !b.is_infinite() {
                return Err(zero_division(vm));
            }
            if a < 0.0 && b != b.floor() && !b.is_nan() {
                // A negative base to a fractional power is complex.
                return crate::objects::complex::binary(vm, op, (a, 0.0), (b, 0.0));
            }
            libm::pow(a, b)
        }
        _ => {
            let name = crate::runtime::ops::op_symbol(op);
            return Err(vm.type_error(format!("unsupported types for {name}: 'float', 'float'")));
        }
    }))
}

/// `hash(f)` as MicroPython's 32-bit builds (the WebAssembly port among
/// them) compute it: a whole float hashes as the int it equals; other
/// values mix the integer and fraction bits, truncated to a small int.
pub fn hash(f: f64) -> i64 {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let val: i32 = if exp < 0 {
        bits as i32
    } else {
        let frc = (bits & ((1 << 52) - 1)) | (1 << 52);
        if exp <= 52 {
            ((frc >> (52 - exp)) ^ (frc & ((1u64 << (52 - exp)) - 1))) as i32
        } else {
            frc as i32
        }
    };
    let val = if f.is_sign_negative() { val.wrapping_neg() } else { val };
    // A small int keeps 31 bits.
    ((val << 1) >> 1) as i64
}

impl Vm {
    /// MicroPython's `mp_obj_get_float`: a bool, int or float, or an
    /// object whose `__float__` returns a float.
    pub fn float_arg(&mut self, v: Value) -> PyResult<f64> {
        match self.float_arg_maybe(v)? {
            Some(f) => Ok(f),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("can't convert {t} to float")))
            }
        }
    }

    /// As [`Vm::float_arg`], `None` where there is no conversion.
    pub fn float_arg_maybe(&mut self, v: Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Float(f) => Some(f),
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(b as i64 as f64),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(big_to_float(b)),
                Object::Instance(_) => {
                    let name = self.names.float;
                    match self.call_dunder(v, name, &[])? {
                        Some(Value::Float(f)) => Some(f),
                        Some(_) => None,
                        None => {
                            let inner = self.unwrap_builtin(v);
                            if inner.is(v) {
                                None
                            } else {
                                self.float_arg_maybe(inner)?
                            }
                        }
                    }
                }
                _ => None,
            },
            _ => None,
        })
    }
}
