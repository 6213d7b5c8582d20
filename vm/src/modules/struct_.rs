//! `struct`: packing values to bytes and back, with MicroPython's format
//! characters (b B h H i I l L q Q f d s P x, plus `e` half floats) and
//! byte-order prefixes (@ native with alignment, = < > ! standard).

use super::{add_fns, buffer_bytes, write_into_buffer};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::BigInt;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("struct");
    add_fns(
        vm,
        d,
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
        ],
    );
    Ok(m)
}

#[derive(Clone, Copy)]
pub struct Item {
    pub code: u8,
    pub count: usize,
    pub size: usize,
    pub offset: usize,
}

pub struct Layout {
    pub items: Vec<Item>,
    pub size: usize,
    pub little: bool,
}

/// Native `long` is 4 bytes on the boards and 8 on the generic (64-bit
/// host) board, as on MicroPython's unix port.
pub fn native_long(vm: &Vm) -> usize {
    if vm.board_name == "generic" {
        8
    } else {
        4
    }
}

pub fn code_size(code: u8, native: bool, long: usize) -> Option<usize> {
    Some(match code {
        b'b' | b'B' | b'x' | b's' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => long,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'P' | b'O' | b'S' => long,
        _ => return None,
    })
}

pub fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let mut chars = fmt.as_bytes();
    let (native, little) = match chars.first() {
        Some(b'@') => (true, true),
        Some(b'=') | Some(b'<') => (false, true),
        Some(b'>') | Some(b'!') => (false, false),
        _ => (true, true),
    };
    if matches!(chars.first(), Some(b'@' | b'=' | b'<' | b'>' | b'!')) {
        chars = &chars[1..];
    }
    let long = native_long(vm);
    let mut items = vec![];
    let mut offset = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            let d = (chars[i] - b'0') as usize;
            count = Some(count.unwrap_or(0usize).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        let Some(&code) = chars.get(i) else {
            return Err(vm.value_error("bad typecode"));
        };
        i += 1;
        // MicroPython sizes no code under `=`, and has no `?`.
        let Some(size) = code_size(code, native, long).filter(|_| fmt.as_bytes().first() != Some(&b'=')) else {
            return Err(vm.value_error("bad typecode"));
        };
        let count = count.unwrap_or(1);
        if native && size > 1 && code != b's' && count > 0 {
            offset = offset.div_ceil(size) * size;
        }
        items.push(Item { code, count, size, offset });
        offset = offset.saturating_add(size.saturating_mul(count));
    }
    Ok(Layout { items, size: offset, little })
}

fn fmt_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(Object::Bytes(b)) = v.as_obj().map(|r| vm.heap.get(r)) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    vm.str_arg(v)
}

fn calcsize(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("calcsize", args, 1, 1)?;
    let f = fmt_arg(vm, args[0])?;
    Ok(Value::Int(parse(vm, &f)?.size as i64))
}

/// The low `size` bytes of an int (any size, two's complement).
fn int_bytes(vm: &mut Vm, v: Value, size: usize, little: bool) -> PyResult<Vec<u8>> {
    let big = match v {
        Value::Int(i) => BigInt::from(i),
        Value::Bool(b) => BigInt::from(b as i64),
        _ => match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::BigInt(b)) => b.clone(),
            _ => {
                let inner = vm.unwrap_builtin(v);
                if !inner.is(v) {
                    return int_bytes(vm, inner, size, little);
                }
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("can't convert {t} to int")));
            }
        },
    };
    let mut le = big.to_signed_bytes_le();
    let fill = if big.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    le.resize(size.max(le.len()), fill);
    le.truncate(size);
    if !little {
        le.reverse();
    }
    Ok(le)
}

fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    // As MicroPython: packing stops when the values run out, and values
    // beyond the format are ignored.
    let mut out = vec![0u8; layout.size];
    let mut vi = 0;
    let little = layout.little;
    for it in &layout.items {
        if vi >= values.len() {
            break;
        }
        if it.code == b'x' {
            continue;
        }
        if it.code == b's' {
            let v = values[vi];
            vi += 1;
            let b = buffer_bytes(vm, v)?;
            let n = b.len().min(it.count);
            out[it.offset..it.offset + n].copy_from_slice(&b[..n]);
            continue;
        }
        for k in 0..it.count {
            let Some(&v) = values.get(vi) else { break };
            vi += 1;
            let at = it.offset + k * it.size;
            let mut bytes = match it.code {
                b'f' => (vm.float_arg(v)? as f32).to_le_bytes().to_vec(),
                b'd' => vm.float_arg(v)?.to_le_bytes().to_vec(),
                b'e' => f32_to_half(vm.float_arg(v)? as f32).to_le_bytes().to_vec(),
                b'?' => vec![vm.truthy(v)? as u8],
                b'O' => pointer_of(v).to_le_bytes()[..it.size].to_vec(),
                _ => int_bytes(vm, v, it.size, true)?,
            };
            if !little {
                bytes.reverse();
            }
            out[at..at + it.size].copy_from_slice(&bytes);
        }
    }
    Ok(out)
}

/// An object as the "pointer" an `O` field stores, and back: heap
/// objects by handle, small ints tagged as MicroPython tags them.
fn pointer_of(v: Value) -> u64 {
    match v {
        Value::Obj(r) => ((r.0 as u64) + 1) << 3,
        Value::Int(i) => ((i as u64) << 1) | 1,
        Value::None => 2,
        Value::Bool(false) => 4,
        Value::Bool(true) => 6,
        _ => 0,
    }
}

fn object_at(vm: &Vm, p: u64) -> Value {
    match p {
        2 => Value::None,
        4 => Value::Bool(false),
        6 => Value::Bool(true),
        p if p & 1 == 1 => Value::Int((p as i64) >> 1),
        p if p & 7 == 0 && p > 0 => {
            let r = crate::runtime::heap::ObjRef(((p >> 3) - 1) as u32);
            if vm.heap.is_live(r) {
                Value::Obj(r)
            } else {
                Value::None
            }
        }
        _ => Value::None,
    }
}

fn pack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pack", args, 1, usize::MAX)?;
    let f = fmt_arg(vm, args[0])?;
    let layout = parse(vm, &f)?;
    vm.reserve(layout.size)?;
    let out = pack_values(vm, &layout, &args[1..])?;
    Ok(vm.new_bytes(out))
}

fn pack_into(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pack_into", args, 3, usize::MAX)?;
    let f = fmt_arg(vm, args[0])?;
    let layout = parse(vm, &f)?;
    let mut offset = vm.int_arg(args[2])?;
    let buf_len = buffer_bytes(vm, args[1])?.len() as i64;
    if offset < 0 {
        offset += buf_len;
    }
    if offset < 0 || offset as usize + layout.size > buf_len as usize {
        return Err(vm.value_error("buffer too small"));
    }
    let out = pack_values(vm, &layout, &args[3..])?;
    write_into_buffer(vm, args[1], offset as usize, &out)?;
    Ok(Value::None)
}

pub fn unpack_bytes(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Vec<Value>> {
    let little = layout.little;
    let mut out = vec![];
    for it in &layout.items {
        match it.code {
            b'x' => continue,
            b's' => {
                let b = data[it.offset..it.offset + it.count].to_vec();
                out.push(vm.new_bytes(b));
                continue;
            }
            _ => {}
        }
        for k in 0..it.count {
            let at = it.offset + k * it.size;
            let mut raw = data[at..at + it.size].to_vec();
            if !little {
                raw.reverse();
            }
            let v = match it.code {
                b'f' => Value::Float(f32::from_le_bytes([raw[0], raw[1], raw[2], raw[3]]) as f64),
                b'd' => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(&raw);
                    Value::Float(f64::from_le_bytes(a))
                }
                b'e' => Value::Float(half_to_f32(u16::from_le_bytes([raw[0], raw[1]])) as f64),
                b'?' => Value::Bool(raw[0] != 0),
                b'O' => {
                    let mut a = [0u8; 8];
                    a[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
                    object_at(vm, u64::from_le_bytes(a))
                }
                b'S' => Value::Int(0),
                c if c.is_ascii_lowercase() => vm.int_value(BigInt::from_signed_bytes_le(&raw)),
                _ => vm.int_value(BigInt::from_bytes_le(num_bigint::Sign::Plus, &raw)),
            };
            out.push(v);
        }
    }
    Ok(out)
}

fn unpack(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("unpack", args, 2, 2)?;
    let f = fmt_arg(vm, args[0])?;
    let layout = parse(vm, &f)?;
    let data = buffer_bytes(vm, args[1])?;
    if data.len() < layout.size {
        return Err(vm.value_error("buffer too small"));
    }
    let items = unpack_bytes(vm, &layout, &data)?;
    Ok(vm.new_tuple(items))
}

fn unpack_from(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("unpack_from", args, 2, 3)?;
    let f = fmt_arg(vm, args[0])?;
    let layout = parse(vm, &f)?;
    let data = buffer_bytes(vm, args[1])?;
    let offset = vm.arg_or(args, kw, 2, "offset", Value::Int(0));
    let mut offset = vm.int_arg(offset)?;
    if offset < 0 {
        offset += data.len() as i64;
    }
    if offset < 0 || offset as usize + layout.size > data.len() {
        return Err(vm.value_error("buffer too small"));
    }
    let items = unpack_bytes(vm, &layout, &data[offset as usize..])?;
    Ok(vm.new_tuple(items))
}

fn f32_to_half(f: f32) -> u16 {
    let bits = f.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32;
    let mant = bits & 0x7f_ffff;
    if exp == 0xff {
        return sign | 0x7c00 | if mant != 0 { 0x200 } else { 0 };
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = (mant | 0x80_0000) >> (1 - e);
        return sign | ((m + 0x1000) >> 13) as u16;
    }
    let h = sign as u32 | ((e as u32) << 10) | (mant >> 13);
    // Round to nearest; a carry into the exponent is still correct.
    (h + ((mant >> 12) & 1)) as u16
}

fn half_to_f32(h: u16) -> f32 {
    let sign = ((h & 0x8000) as u32) << 16;
    let exp = ((h >> 10) & 0x1f) as u32;
    let mant = (h & 0x3ff) as u32;
    let bits = match (exp, mant) {
        (0, 0) => sign,
        (0, m) => {
            let v = m as f32 / 1024.0 * 2f32.powi(-14);
            return if sign != 0 { -v } else { v };
        }
        (0x1f, m) => sign | 0x7f80_0000 | (m << 13),
        (e, m) => sign | ((e + 127 - 15) << 23) | (m << 13),
    };
    f32::from_bits(bits)
}
