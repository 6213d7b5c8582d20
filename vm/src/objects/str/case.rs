//! Case and classification methods shared by str and bytes (lower, upper,
//! isspace, isalpha, isdigit, isupper, islower) and `center`.

use super::shared::{data, is_space, make, text, this, unit_len, Kind};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn convert(vm: &mut Vm, args: &[Value], upper: bool) -> PyResult<Value> {
    vm.check_args(if upper { "upper" } else { "lower" }, args, 1, 1)?;
    let (r, kind) = this(vm, args[0])?;
    let out: Vec<u8> = if kind == Kind::Str && !data(&vm.heap, r).is_ascii() {
        let t = text(&vm.heap, r);
        let s = if upper { t.to_uppercase() } else { t.to_lowercase() };
        s.into_bytes()
    } else {
        let d = data(&vm.heap, r);
        if upper {
            d.to_ascii_uppercase()
        } else {
            d.to_ascii_lowercase()
        }
    };
    Ok(make(vm, kind, out))
}

pub fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, false)
}

pub fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    convert(vm, args, true)
}

/// True when `self` is non-empty and every unit passes `test` (characters
/// for str, bytes for bytes).
fn all_units(vm: &mut Vm, args: &[Value], byte: fn(u8) -> bool, ch: fn(char) -> bool) -> PyResult<Value> {
    vm.check_args("is", args, 1, 1)?;
    let (r, kind) = this(vm, args[0])?;
    let ok = if kind == Kind::Str {
        let t = text(&vm.heap, r);
        !t.is_empty() && t.chars().all(ch)
    } else {
        let d = data(&vm.heap, r);
        !d.is_empty() && d.iter().all(|&b| byte(b))
    };
    Ok(Value::Bool(ok))
}

pub fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, is_space, |c| if c.is_ascii() { is_space(c as u8) } else { c.is_whitespace() })
}

pub fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, |b| b.is_ascii_alphabetic(), char::is_alphabetic)
}

pub fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    all_units(vm, args, |b| b.is_ascii_digit(), |c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()))
}

/// isupper/islower: at least one cased unit, and none of the other case.
fn cased(vm: &mut Vm, args: &[Value], upper: bool) -> PyResult<Value> {
    vm.check_args(if upper { "isupper" } else { "islower" }, args, 1, 1)?;
    let (r, kind) = this(vm, args[0])?;
    let (mut any, mut wrong) = (false, false);
    if kind == Kind::Str {
        for c in text(&vm.heap, r).chars() {
            let (u, l) = (c.is_uppercase(), c.is_lowercase());
            any |= if upper { u } else { l };
            wrong |= if upper { l } else { u };
        }
    } else {
        for &b in data(&vm.heap, r) {
            let (u, l) = (b.is_ascii_uppercase(), b.is_ascii_lowercase());
            any |= if upper { u } else { l };
            wrong |= if upper { l } else { u };
        }
    }
    Ok(Value::Bool(any && !wrong))
}

pub fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cased(vm, args, true)
}

pub fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    cased(vm, args, false)
}

/// `center(width[, fillchar])`, splitting odd padding the way CPython does.
pub fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("center", args, 2, 3)?;
    let (r, kind) = this(vm, args[0])?;
    let width = vm.int_arg(args[1])?;
    let fill: Vec<u8> = match args.get(2) {
        None => vec![b' '],
        Some(&f) => {
            let d = super::shared::arg_data(vm, f, kind)?;
            let n = if kind == Kind::Str {
                std::str::from_utf8(&d).map(|s| s.chars().count()).unwrap_or(0)
            } else {
                d.len()
            };
            if n != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            d
        }
    };
    let len = unit_len(&vm.heap, r) as i64;
    if width <= len {
        let n = data(&vm.heap, r).len();
        return Ok(super::shared::make_slice(vm, r, kind, 0, n));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    vm.reserve((width as usize).saturating_mul(fill.len()))?;
    let mut out = Vec::with_capacity(width as usize * fill.len());
    for _ in 0..left {
        out.extend_from_slice(&fill);
    }
    out.extend_from_slice(data(&vm.heap, r));
    for _ in 0..right {
        out.extend_from_slice(&fill);
    }
    Ok(make(vm, kind, out))
}
