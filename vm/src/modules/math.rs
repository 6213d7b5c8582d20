//! `math`: MicroPython's functions and its error rule — a finite argument
//! giving NaN or infinity is `ValueError: math domain error`.

use super::add_fns;
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("math");
    vm.module_add(d, "e", Value::Float(std::f64::consts::E));
    vm.module_add(d, "pi", Value::Float(std::f64::consts::PI));
    vm.module_add(d, "tau", Value::Float(std::f64::consts::TAU));
    vm.module_add(d, "inf", Value::Float(f64::INFINITY));
    vm.module_add(d, "nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("ceil", ceil),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("gamma", gamma),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log2", log2),
        ("modf", modf),
        ("pow", pow),
        ("radians", radians),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
    ];
    add_fns(vm, d, fns);
    Ok(m)
}

fn domain_error(vm: &mut Vm) -> crate::runtime::error::Exc {
    vm.value_error("math domain error")
}

fn arg1(vm: &mut Vm, args: &[Value]) -> PyResult<f64> {
    vm.check_args("math", args, 1, 1)?;
    vm.float_arg(args[0])
}

fn arg2(vm: &mut Vm, args: &[Value]) -> PyResult<(f64, f64)> {
    vm.check_args("math", args, 2, 2)?;
    Ok((vm.float_arg(args[0])?, vm.float_arg(args[1])?))
}

/// Apply `f`, turning a NaN or infinity from finite input into the error.
fn checked1(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn checked2(vm: &mut Vm, args: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = arg2(vm, args)?;
    let r = f(x, y);
    if (r.is_nan() && !x.is_nan() && !y.is_nan()) || (r.is_infinite() && x.is_finite() && y.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
            checked1(vm, args, $f)
        })*
    };
}

unary! {
    acos => f64::acos,
    acosh => f64::acosh,
    asin => f64::asin,
    asinh => f64::asinh,
    atan => f64::atan,
    atanh => |x| if x.abs() == 1.0 { f64::NAN } else { x.atanh() },
    cos => f64::cos,
    cosh => f64::cosh,
    erf => libm::erf,
    erfc => libm::erfc,
    exp => f64::exp,
    expm1 => f64::exp_m1,
    fabs => f64::abs,
    gamma => |x| if x <= 0.0 && x == x.floor() { f64::NAN } else { libm::tgamma(x) },
    lgamma => |x| if x <= 0.0 && x == x.floor() { f64::INFINITY } else { libm::lgamma(x) },
    log10 => |x| if x <= 0.0 { f64::NAN } else { x.log10() },
    log2 => |x| if x <= 0.0 { f64::NAN } else { x.log2() },
    sin => f64::sin,
    sinh => f64::sinh,
    sqrt => f64::sqrt,
    tan => f64::tan,
    tanh => f64::tanh,
}

fn degrees(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg1(vm, args)?.to_degrees()))
}

fn radians(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg1(vm, args)?.to_radians()))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checked2(vm, args, f64::atan2)
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = arg2(vm, args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = arg2(vm, args)?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(x % y))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (x, y) = arg2(vm, args)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain_error(vm));
    }
    checked2(vm, args, f64::powf)
}

/// A float to an int, with MicroPython's errors for infinity and NaN.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.err(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    let b = BigInt::from_f64(f).unwrap_or_default();
    Ok(vm.int_value(b))
}

fn round_with(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    vm.check_args("math", args, 1, 1)?;
    if let Value::Int(_) | Value::Bool(_) = args[0] {
        let i = vm.int_arg(args[0])?;
        return Ok(Value::Int(i));
    }
    if let Some(Object::BigInt(_)) = args[0].as_obj().map(|r| vm.heap.get(r)) {
        return Ok(args[0]);
    }
    let x = vm.float_arg(args[0])?;
    float_to_int(vm, f(x))
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, f64::ceil)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, f64::floor)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, f64::trunc)
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("factorial", args, 1, 1)?;
    let n = vm.int_arg(args[0])?;
    if n < 0 {
        return Err(domain_error(vm));
    }
    // Each step is a small multiply; the product's size is what costs.
    vm.reserve((n as usize).saturating_mul(2))?;
    let mut acc = BigInt::from(1u8);
    for i in 2..=n {
        acc *= i;
        if i % 1024 == 0 && vm.io.interrupt.is_set() {
            return Err(vm.err(ExcKind::KeyboardInterrupt, ""));
        }
    }
    Ok(vm.int_value(acc))
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    let (m, e) = if x == 0.0 || !x.is_finite() { (x, 0) } else { libm::frexp(x) };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ldexp", args, 2, 2)?;
    let x = vm.float_arg(args[0])?;
    let e = vm.int_arg(args[1])?;
    Ok(Value::Float(libm::ldexp(x, e.clamp(i32::MIN as i64, i32::MAX as i64) as i32)))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    let int = x.trunc();
    let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { x - int };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, args)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, args)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(arg1(vm, args)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("isclose", args, 2, 2)?;
    vm.check_kwargs(kw, &["rel_tol", "abs_tol"])?;
    let (a, b) = (vm.float_arg(args[0])?, vm.float_arg(args[1])?);
    let rel = match vm.kwarg(kw, "rel_tol") {
        Some(v) => vm.float_arg(v)?,
        None => 1e-9,
    };
    let abs = match vm.kwarg(kw, "abs_tol") {
        Some(v) => vm.float_arg(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("log", args, 1, 2)?;
    let x = vm.float_arg(args[0])?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    let l = x.ln();
    match args.get(1) {
        None => Ok(Value::Float(l)),
        Some(&b) => {
            let base = vm.float_arg(b)?;
            if base <= 0.0 {
                return Err(domain_error(vm));
            }
            if base == 1.0 {
                return Err(vm.err(ExcKind::ZeroDivisionError, "divide by zero"));
            }
            Ok(Value::Float(l / base.ln()))
        }
    }
}
