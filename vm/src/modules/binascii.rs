//! `binascii`: hex and base64 conversions and CRC-32.

use super::{add_fns, buffer_bytes};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("binascii");
    add_fns(
        vm,
        d,
        &[
            ("hexlify", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_base64", a2b_base64),
            ("b2a_base64", b2a_base64),
            ("crc32", crc32),
        ],
    );
    Ok(m)
}

/// str (ASCII) or any buffer, as bytes.
fn text_or_buffer(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    buffer_bytes(vm, v)
}

fn hexlify(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hexlify", args, 1, 2)?;
    let data = buffer_bytes(vm, args[0])?;
    let sep = match args.get(1) {
        Some(&v) if !v.is_none() => text_or_buffer(vm, v)?,
        _ => vec![],
    };
    let mut out = Vec::with_capacity(data.len() * (2 + sep.len()));
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(format!("{b:02x}").as_bytes());
    }
    Ok(vm.new_bytes(out))
}

fn unhexlify(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("unhexlify", args, 1, 1)?;
    let data = text_or_buffer(vm, args[0])?;
    if data.len() % 2 != 0 {
        return Err(vm.value_error("odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let s = std::str::from_utf8(pair).ok().and_then(|s| u8::from_str_radix(s, 16).ok());
        match s {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("non-hex digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("b2a_base64", args, 1, 1)?;
    vm.check_kwargs(kw, &["newline"])?;
    let newline = match vm.kwarg(kw, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let data = buffer_bytes(vm, args[0])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n =
            (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn a2b_base64(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("a2b_base64", args, 1, 1)?;
    let data = text_or_buffer(vm, args[0])?;
    // As extmod/modbinascii.c: characters outside the alphabet are
    // skipped; '=' ends the data only where padding may stand (after 2 or
    // 4 leftover bits, the latter needing two of them); leftover bits at
    // the end are "incorrect padding".
    let mut acc = 0u32;
    let mut bits = 0;
    let mut out = vec![];
    let mut had_pad = false;
    for &c in &data {
        if c == b'=' {
            if bits == 2 || (bits == 4 && had_pad) {
                bits = 0;
                break;
            }
            had_pad = true;
        }
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => continue,
        };
        had_pad = false;
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    if bits != 0 {
        return Err(vm.value_error("incorrect padding"));
    }
    Ok(vm.new_bytes(out))
}

pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("crc32", args, 1, 2)?;
    let data = buffer_bytes(vm, args[0])?;
    let init = match args.get(1) {
        Some(&v) => match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::BigInt(b)) => u32::try_from(b & num_bigint::BigInt::from(0xffff_ffffu32)).unwrap_or(0),
            _ => vm.int_arg(v)? as u32,
        },
        None => 0,
    };
    Ok(Value::Int(crc32_update(init, &data) as i64))
}
