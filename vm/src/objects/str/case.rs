//! Case and classification methods shared by str and bytes (lower, upper,
//! isspace, isalpha, isdigit, isupper, islower) and `center`.

use super::shared::{data, is_space, make, this};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

// MicroPython's case and class tests work byte by byte on ASCII, for str
// as for bytes: `"é".upper()` is `"é"` and `"é".isalpha()` is False.

fn convert(vm: &mut Vm, args: &[Value], upper: bool) -> PyResult<Value> {
    vm.check_args(if upper { "upper" } else { "lower" }, args, 1, 1)?;
    let (r, kind) = this(vm, args[0])?;
    let d = data(&vm.heap, r);
    let out = if upper { d.to_ascii_uppercase() } else { d.to_ascii_lowercase() };
    Ok(make(vm, kind, out))
}

pub fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, false)
}

pub fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, true)
}

/// True when `self` is non-empty and every byte passes `test`.
fn all_units(vm: &mut Vm, args: &[Value], test: fn(u8) -> bool) -> PyResult<Value> {
    vm.check_args("is", args, 1, 1)?;
    let (r, _) = this(vm, args[0])?;
    let d = data(&vm.heap, r);
    Ok(Value::Bool(!d.is_empty() && d.iter().all(|&b| test(b))))
}

pub fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, is_space)
}

pub fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, |b| b.is_ascii_alphabetic())
}

pub fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, |b| b.is_ascii_digit())
}

/// isupper/islower: at least one letter, and every letter of that case.
fn cased(vm: &mut Vm, args: &[Value], upper: bool) -> PyResult<Value> {
    vm.check_args(if upper { "isupper" } else { "islower" }, args, 1, 1)?;
    let (r, _) = this(vm, args[0])?;
    let mut any = false;
    for &b in data(&vm.heap, r) {
        if b.is_ascii_alphabetic() {
            any = true;
            if b.is_ascii_uppercase() != upper {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(any))
}

pub fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cased(vm, args, true)
}

pub fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cased(vm, args, false)
}

/// `center(width)`: spaces around, the extra one on the right.
pub fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("center", args, 2, 2)?;
    let (r, kind) = this(vm, args[0])?;
    let width = vm.int_arg(args[1])?;
    let d = data(&vm.heap, r);
    // Characters, counted as MicroPython counts UTF-8 (bytes too).
    let chars = d.iter().filter(|&&b| b & 0xc0 != 0x80).count() as i64;
    if chars >= width {
        return Ok(args[0]);
    }
    let pad = (width - chars) as usize;
    vm.reserve(pad + data(&vm.heap, r).len())?;
    let d = data(&vm.heap, r);
    let mut out = vec![b' '; pad / 2];
    out.extend_from_slice(d);
    out.resize(pad + d.len(), b' ');
    Ok(make(vm, kind, out))
}
