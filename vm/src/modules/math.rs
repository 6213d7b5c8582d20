//! `math`: MicroPython's functions and its error rule — a finite argument
//! giving NaN or infinity is `ValueError: math domain error`.

use super::add_fns;
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;

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

// MicroPython's rule (modmath.c): a NaN from non-NaN input, or an infinity
// from finite input, is a domain error. The functions are musl's, as in
// the WebAssembly build, so results match to the last bit.

fn checked1(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && !x.is_infinite()) {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn checked2(vm: &mut Vm, args: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = arg2(vm, args)?;
    let r = f(x, y);
    if (r.is_nan() && !x.is_nan() && !y.is_nan()) || (r.is_infinite() && !x.is_infinite() && !y.is_infinite()) {
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
    acos => libm::acos,
    acosh => libm::acosh,
    asin => libm::asin,
    asinh => libm::asinh,
    atan => libm::atan,
    atanh => libm::atanh,
    cos => libm::cos,
    cosh => libm::cosh,
    erf => libm::erf,
    erfc => libm::erfc,
    exp => libm::exp,
    expm1 => libm::expm1,
    fabs => libm::fabs,
    gamma => libm::tgamma,
    lgamma => libm::lgamma,
    log10 => libm::log10,
    log2 => libm::log2,
    sin => libm::sin,
    sinh => libm::sinh,
    sqrt => libm::sqrt,
    tan => libm::tan,
    tanh => libm::tanh,
}

fn degrees(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg1(vm, args)? * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Float(arg1(vm, args)? * (std::f64::consts::PI / 180.0)))
}

fn atan2(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checked2(vm, args, libm::atan2)
}

fn copysign(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checked2(vm, args, libm::copysign)
}

fn fmod(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checked2(vm, args, libm::fmod)
}

fn pow(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    checked2(vm, args, libm::pow)
}

fn round_with(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    crate::objects::int::float_to_int(vm, f(x))
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, libm::ceil)
}

fn floor(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, libm::floor)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    round_with(vm, args, libm::trunc)
}

fn factorial(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("factorial", args, 1, 1)?;
    let n = vm.int_arg(args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative factorial"));
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
    let (m, e) = libm::frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ldexp", args, 2, 2)?;
    let x = vm.float_arg(args[0])?;
    let e = vm.int_arg(args[1])?;
    // The exponent is a machine word on a 32-bit board, whose conversion
    // takes magnitudes up to 2**31 - 1 only.
    if e.unsigned_abs() > i32::MAX as u64 {
        return Err(vm.word_overflow());
    }
    Ok(Value::Float(libm::ldexp(x, e as i32)))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = arg1(vm, args)?;
    let (frac, int) = libm::modf(x);
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
    // MicroPython's keyword-argument parser words these its own way.
    if args.len() < 2 {
        return Err(vm.type_error(format!("function missing {} required positional arguments", 2 - args.len())));
    }
    if args.len() > 2 {
        return Err(vm.type_error("extra positional arguments given"));
    }
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
        return Err(domain_error(vm));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    let diff = (a - b).abs();
    if diff.is_infinite() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(diff <= abs || diff <= (rel * a).abs() || diff <= (rel * b).abs()))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("log", args, 1, 2)?;
    let x = vm.float_arg(args[0])?;
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    let l = libm::log(x);
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
            Ok(Value::Float(l / libm::log(base)))
        }
    }
}
