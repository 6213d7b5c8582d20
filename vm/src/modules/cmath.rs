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
    if let Some(Object::Complex(re, im)) = args[0].as_obj().map(|r| vm.heap.get(r)) {
        return Ok((*re, *im));
    }
    match vm.float_value(args[0]) {
        Some(f) => Ok((f, 0.0)),
        None => {
            let t = vm.type_name(args[0]);
            Err(vm.type_error(format!("can't convert {t} to complex")))
        }
    }
}

fn complex(vm: &mut Vm, (re, im): (f64, f64)) -> Value {
    vm.alloc(Object::Complex(re, im))
}

fn cos(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (a.cos() * b.cosh(), -a.sin() * b.sinh())))
}

fn sin(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (a.sin() * b.cosh(), a.cos() * b.sinh())))
}

fn exp(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    let r = a.exp();
    Ok(complex(vm, (r * b.cos(), r * b.sin())))
}

fn log(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (a.hypot(b).ln(), b.atan2(a))))
}

fn log10(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(complex(vm, (a.hypot(b).log10(), b.atan2(a) / std::f64::consts::LN_10)))
}

fn phase(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(Value::Float(b.atan2(a)))
}

fn polar(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    Ok(vm.new_tuple(vec![Value::Float(a.hypot(b)), Value::Float(b.atan2(a))]))
}

fn rect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("rect", args, 2, 2)?;
    let (r, phi) = (vm.float_arg(args[0])?, vm.float_arg(args[1])?);
    Ok(complex(vm, (r * phi.cos(), r * phi.sin())))
}

fn sqrt(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (a, b) = complex_arg(vm, args)?;
    let m = a.hypot(b);
    let re = ((m + a) / 2.0).sqrt();
    let im = ((m - a) / 2.0).sqrt().copysign(if b == 0.0 { 1.0 } else { b });
    Ok(complex(vm, (re, im)))
}
