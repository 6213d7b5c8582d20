//! What viper functions call at run time (the compiler's rewrite in
//! compile/viper.rs puts the calls there): `__viper_int`/`__viper_uint`
//! wrap a value to a 32-bit machine word, `__viper_bool` takes its truth,
//! and pointers are addresses in a simulated address space where every
//! buffer a viper function has touched has a place, so `ptr8(buf)`, the
//! address it returns, and that address plus an offset all reach the same
//! bytes through `__viper_load`/`__viper_store`.

use super::{buffer_bytes, write_into_buffer};
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::BinOp;

/// Where buffers are placed: an address in the ESP32's data RAM.
const FIRST_ADDRESS: u64 = 0x3FFB_0000;

#[derive(Default)]
struct Memory {
    /// (base address, buffer object), in order of base.
    regions: Vec<(u64, ObjRef)>,
    next: u64,
}

impl crate::runtime::extensions::Extension for Memory {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.regions.iter().map(|r| r.1));
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn register(vm: &mut Vm) {
    let b = vm.builtins;
    super::add_fns(
        vm,
        b,
        &[
            ("__viper_int", to_int),
            ("__viper_uint", to_uint),
            ("__viper_bool", to_bool),
            ("__viper_ptr", to_ptr),
            ("__viper_load", load),
            ("__viper_store", store),
        ],
    );
}

/// The low 32 bits of an int-like value.
fn low_word(vm: &mut Vm, v: Value) -> PyResult<u32> {
    match v {
        Value::Bool(b) => Ok(b as u32),
        Value::Int(i) => Ok(i as u32),
        Value::None => Ok(0),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => {
            let masked = vm.binary_op(BinOp::BitAnd, v, Value::Int(0xFFFF_FFFF))?;
            Ok(vm.int_arg(masked)? as u32)
        }
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("can't convert {t} to int")))
        }
    }
}

fn to_int(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("int", args, 1, 1)?;
    Ok(Value::Int(low_word(vm, args[0])? as i32 as i64))
}

fn to_uint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("uint", args, 1, 1)?;
    Ok(Value::Int(low_word(vm, args[0])? as i64))
}

fn to_bool(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("bool", args, 1, 1)?;
    Ok(Value::Bool(vm.truthy(args[0])?))
}

fn memory(vm: &mut Vm) -> &mut Memory {
    if vm.extensions.get::<Memory>().is_none() {
        vm.extensions.insert(Memory { regions: vec![], next: FIRST_ADDRESS });
    }
    vm.extensions.get_mut::<Memory>().expect("inserted above")
}

fn buffer_len(vm: &mut Vm, obj: ObjRef) -> usize {
    match vm.heap.get(obj) {
        Object::Bytes(b) | Object::ByteArray(b) => b.len(),
        _ => buffer_bytes(vm, Value::Obj(obj)).map(|b| b.len()).unwrap_or(0),
    }
}

/// The address of a buffer (placing it if new), or an int taken as one.
fn to_ptr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ptr", args, 1, 1)?;
    let v = args[0];
    let Value::Obj(r) = v else { return Ok(Value::Int(low_word(vm, v)? as i64)) };
    let (obj, extra) = match vm.heap.get(r) {
        Object::BigInt(_) => return Ok(Value::Int(low_word(vm, v)? as i64)),
        Object::MemoryView(_) => vm.buffer(v).map_or((r, 0), |b| (b.obj, b.start as u64)),
        _ => (r, 0),
    };
    if buffer_bytes(vm, Value::Obj(obj)).is_err() {
        return Err(vm.type_error("object with buffer protocol required"));
    }
    if let Some(&(base, _)) = memory(vm).regions.iter().find(|(_, o)| *o == obj) {
        return Ok(Value::Int((base + extra) as i64));
    }
    let len = buffer_len(vm, obj) as u64;
    let m = memory(vm);
    let base = m.next;
    m.next = (base + len + 64 + 15) & !15;
    m.regions.push((base, obj));
    Ok(Value::Int((base + extra) as i64))
}

/// The buffer holding `addr` and the offset of `addr` in it.
fn locate(vm: &mut Vm, addr: u64, size: usize) -> PyResult<(ObjRef, usize)> {
    let found = memory(vm).regions.iter().rev().find(|(base, _)| *base <= addr).copied();
    if let Some((base, obj)) = found {
        let off = (addr - base) as usize;
        if off + size <= buffer_len(vm, obj) {
            return Ok((obj, off));
        }
    }
    Err(vm.err(ExcKind::ValueError, format!("viper: no buffer at address 0x{addr:x} in the simulator")))
}

fn address(vm: &mut Vm, p: Value, index: Value, size: usize) -> PyResult<u64> {
    let base = low_word(vm, p)? as u64;
    let i = low_word(vm, index)? as i32 as i64;
    Ok((base as i64 + i * size as i64) as u64 & 0xFFFF_FFFF)
}

fn load(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("load", args, 3, 3)?;
    let size = vm.int_arg(args[2])? as usize;
    let addr = address(vm, args[0], args[1], size)?;
    let (obj, off) = locate(vm, addr, size)?;
    let mut word = [0u8; 4];
    match vm.heap.get(obj) {
        Object::Bytes(b) | Object::ByteArray(b) => word[..size].copy_from_slice(&b[off..off + size]),
        _ => {
            let all = buffer_bytes(vm, Value::Obj(obj))?;
            word[..size].copy_from_slice(&all[off..off + size]);
        }
    }
    let v = u32::from_le_bytes(word);
    // A word load is a machine int; narrower loads are zero-extended.
    Ok(Value::Int(if size == 4 { v as i32 as i64 } else { v as i64 }))
}

fn store(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("store", args, 4, 4)?;
    let size = vm.int_arg(args[3])? as usize;
    let addr = address(vm, args[0], args[1], size)?;
    let v = low_word(vm, args[2])?;
    let (obj, off) = locate(vm, addr, size)?;
    let bytes = v.to_le_bytes();
    if let Object::Bytes(b) = vm.heap.get_mut(obj) {
        // Writing through a pointer ignores bytes' immutability, as on a board.
        b[off..off + size].copy_from_slice(&bytes[..size]);
        return Ok(Value::None);
    }
    write_into_buffer(vm, Value::Obj(obj), off, &bytes[..size])?;
    Ok(Value::None)
}
