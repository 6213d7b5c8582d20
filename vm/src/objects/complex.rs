//! `complex`: the constructor (from numbers or a string like `"1+2j"`).
//! Arithmetic; `.real`/`.imag` are in `runtime/attr.rs`.

use crate::format::float_parse::parse_float;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

pub fn register(vm: &mut Vm) {
    let c = vm.types.complex;
    vm.add_static(c, "__new__", complex_new);
}

/// `complex()`, `complex(x)`, `complex(real, imag)`, `complex("1+2j")`.
fn complex_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["real", "imag"])?;
    let real = vm.arg_or(args, kw, 1, "real", Value::Undef);
    let imag = vm.arg_or(args, kw, 2, "imag", Value::Undef);
    if args.len() > 3 {
        return Err(vm.type_error("function expected at most 2 arguments, got 3"));
    }
    let two = !matches!(imag, Value::Undef);
    if two {
        // With two arguments a board takes each as a complex or a float.
        let (a, b) = two_arg_part(vm, real)?;
        let (c, d) = two_arg_part(vm, imag)?;
        return Ok(vm.alloc(Object::Complex(a - d, b + c)));
    }
    if let Some(text) = vm.as_str(real) {
        let text = text.to_string();
        return match parse_complex(&text) {
            Some((re, im)) => Ok(vm.alloc(Object::Complex(re, im))),
            None => Err(vm.value_error("invalid syntax for number")),
        };
    }
    let (a, b) = match real {
        Value::Undef => (0.0, 0.0),
        v => parts(vm, v)?,
    };
    let (c, d) = match imag {
        Value::Undef => (0.0, 0.0),
        v => parts(vm, v)?,
    };
    // real + imag * 1j
    Ok(vm.alloc(Object::Complex(a - d, b + c)))
}

fn two_arg_part(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if matches!(v, Value::Undef) {
        return Ok((0.0, 0.0));
    }
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(&Object::Complex(re, im)) => Ok((re, im)),
        _ => Ok((vm.float_arg(v)?, 0.0)),
    }
}

/// The real and imaginary parts of a number (or of an object with
/// `__float__` or `__complex__`).
fn parts(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    vm.complex_arg(v)
}

/// A binary operator on two complex numbers, MicroPython's way (its
/// division and power formulas, so results match to the last bit).
pub fn binary(vm: &mut Vm, op: BinOp, (a, b): (f64, f64), (c, d): (f64, f64)) -> PyResult<Value> {
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mult => (a * c - b * d, a * d + b * c),
        BinOp::Div => {
            if d == 0.0 {
                if c == 0.0 {
                    return Err(vm.err(ExcKind::ZeroDivisionError, "complex divide by zero"));
                }
                (a / c, b / c)
            } else if c == 0.0 {
                (b / d, -a / d)
            } else {
                let len_sq = c * c + d * d;
                let (c, d) = (c / len_sq, d / -len_sq);
                (a * c - b * d, a * d + b * c)
            }
        }
        BinOp::FloorDiv => return Err(vm.type_error("can't truncate-divide a complex number")),
        BinOp::Pow => {
            let abs1 = libm::sqrt(a * a + b * b);
            if abs1 == 0.0 {
                if d == 0.0 && c >= 0.0 {
                    ((c == 0.0) as i32 as f64, b)
                } else {
                    return Err(vm.err(ExcKind::ZeroDivisionError, "0.0 to a complex power"));
                }
            } else {
                let ln1 = libm::log(abs1);
                let arg1 = libm::atan2(b, a);
                let x3 = c * ln1 - d * arg1;
                let y3 = d * ln1 + c * arg1;
                let exp_x3 = libm::exp(x3);
                (exp_x3 * libm::cos(y3), exp_x3 * libm::sin(y3))
            }
        }
        _ => {
            let name = crate::runtime::ops::op_symbol(op);
            return Err(vm.type_error(format!("unsupported types for {name}: 'complex', 'complex'")));
        }
    };
    Ok(vm.alloc(Object::Complex(re, im)))
}

/// Parse `"1"`, `"2j"`, `"1+2j"`, `"-1.5e3-j"`, with optional surrounding
/// spaces. A board takes no parentheses (`complex("(1+2j)")` is refused).
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let s = text.trim();
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return parse_float(s).ok().map(|re| (re, 0.0));
    };
    // The sign that starts the imaginary part: the last + or - that is not
    // the first character and not an exponent's sign.
    let bytes = body.as_bytes();
    let split =
        (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re_text, im_text) = match split {
        Some(i) => (&body[..i], &body[i..]),
        None => ("", body),
    };
    let re = if re_text.is_empty() { 0.0 } else { parse_float(re_text).ok()? };
    let im = match im_text {
        "" | "+" => 1.0,
        "-" => -1.0,
        t => parse_float(t).ok()?,
    };
    Some((re, im))
}

#[cfg(test)]
mod tests {
    use super::parse_complex;

    #[test]
    fn parses_the_forms_complex_accepts() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" -1.5e3-2.5J "), Some((-1500.0, -2.5)));
        assert_eq!(parse_complex("1e-2+1e+2j"), Some((0.01, 100.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("4j"), Some((0.0, 4.0)));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in ["", "1+", "abc", "1 + 2j", "1+2", "()", "1j2", "++1j", "(3+4j)", "(3)"] {
            assert_eq!(parse_complex(bad), None, "{bad:?}");
        }
    }
}
