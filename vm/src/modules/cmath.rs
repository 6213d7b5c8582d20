//! `cmath`: MicroPython's complex functions (cos, exp, log, log10, phase,
//! polar, rect, sin, sqrt) and the constants e and pi.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("cmath");
    vm.module_add(d, "e", Value::Float(std::f64::consts::E));
    vm.module_add(d, "pi", Value::Float(std::f64::consts::PI));
    add_fns(
        vm,
        d,
        &[
            ("cos", cos),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("sin", sin),
            ("sqrt", sqrt),
        ],
    );
    Ok(m)
}

fn complex_arg(vm: &mut Vm, args: &[Value]) -> PyResult<(f64, f64)> {
    vm.check_args("cmath", args, 1, 1)?;
    vm.complex_arg(args[0])
}

fn complex(vm: &mut Vm, (re, im): (f64, f64)) -> Value {
    vm.alloc(Object::Complex(re, im))
}

// The formulas are MicroPython's (modcmath.c) with musl's libm, so results
// match the board's to the last bit.

fn cos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (libm::cos(a) * libm::cosh(b), -libm::sin(a) * libm::sinh(b))))
}

fn sin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (libm::sin(a) * libm::cosh(b), libm::cos(a) * libm::sinh(b))))
}

fn exp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    let r = libm::exp(a);
    Ok(complex(vm, (r * libm::cos(b), r * libm::sin(b))))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (0.5 * libm::log(a * a + b * b), libm::atan2(b, a))))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (0.5 * libm::log10(a * a + b * b), std::f64::consts::LOG10_E * libm::atan2(b, a))))
}

fn phase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(Value::Float(libm::atan2(b, a)))
}

fn polar(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(vm.new_tuple(vec![Value::Float(libm::sqrt(a * a + b * b)), Value::Float(libm::atan2(b, a))]))
}

fn rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("rect", args, 2, 2)?;
    let (r, phi) = (vm.float_arg(args[0])?, vm.float_arg(args[1])?);
    Ok(complex(vm, (r * libm::cos(phi), r * libm::sin(phi))))
}

fn sqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    let sqrt_abs = libm::pow(a * a + b * b, 0.25);
    let theta = 0.5 * libm::atan2(b, a);
    Ok(complex(vm, (sqrt_abs * libm::cos(theta), sqrt_abs * libm::sin(theta))))
}
