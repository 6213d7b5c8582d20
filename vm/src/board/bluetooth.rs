//! The `bluetooth` module: importable, so programs that set up BLE load,
//! but the simulated board has no radio. `UUID` works (it is only a value);
//! `BLE()` returns the radio, which reports itself inactive, and every
//! other operation raises `OSError("bluetooth is not simulated")`.

use crate::native_object;
use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::downcast;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const NOT_SIMULATED: &str = "bluetooth is not simulated";

pub struct BleObj {
    pub class: ObjRef,
}
native_object!(BleObj);

#[derive(Clone, PartialEq, Eq)]
pub enum Uuid {
    Short(u16),
    Long([u8; 16]),
}

pub struct UuidObj {
    pub class: ObjRef,
    pub uuid: Uuid,
}
native_object!(UuidObj);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("bluetooth");
    for (n, v) in [
        ("FLAG_READ", 0x0002),
        ("FLAG_WRITE_NO_RESPONSE", 0x0004),
        ("FLAG_WRITE", 0x0008),
        ("FLAG_NOTIFY", 0x0010),
        ("FLAG_INDICATE", 0x0020),
    ] {
        vm.module_add(d, n, Value::Int(v));
    }
    let object = vm.types.object;
    let uuid = vm.new_class_raw("UUID", vec![object], Layout::Object, false);
    vm.add_static(uuid, "__new__", uuid_new);
    vm.add_method(uuid, "__repr__", uuid_repr);
    vm.add_method(uuid, "__eq__", uuid_eq);
    let ble = vm.new_class_raw("BLE", vec![object], Layout::Object, false);
    vm.add_static(ble, "__new__", ble_new);
    vm.add_method(ble, "active", active);
    let unsupported: [&'static str; 11] = [
        "config",
        "irq",
        "gap_advertise",
        "gap_scan",
        "gap_connect",
        "gap_disconnect",
        "gatts_register_services",
        "gatts_read",
        "gatts_write",
        "gatts_notify",
        "gatts_indicate",
    ];
    for n in unsupported {
        vm.add_method(ble, n, not_simulated as NativeFn);
    }
    vm.module_add(d, "UUID", Value::Obj(uuid));
    vm.module_add(d, "BLE", Value::Obj(ble));
    Ok(m)
}

fn not_simulated(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.err(ExcKind::OSError, NOT_SIMULATED))
}

fn ble_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("BLE", args, 1, 1)?;
    let class = super::buses::class_arg(vm, args)?;
    Ok(vm.alloc(Object::Native(Box::new(BleObj { class }))))
}

/// `active()` answers False; switching the radio on is not possible.
fn active(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("active", args, 1, 2)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(&v) if !vm.truthy(v)? => Ok(Value::None),
        Some(_) => Err(vm.err(ExcKind::OSError, NOT_SIMULATED)),
    }
}

fn parse_long(text: &str) -> Option<[u8; 16]> {
    let hex: String = text.chars().filter(|&c| c != '-').collect();
    if hex.len() != 32 {
        return None;
    }
    let mut out = [0u8; 16];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn uuid_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("UUID", args, 2, 2)?;
    let class = super::buses::class_arg(vm, args)?;
    let v = args[1];
    let uuid = if let Value::Int(n) = v {
        match u16::try_from(n) {
            Ok(n) => Uuid::Short(n),
            Err(_) => return Err(vm.value_error("invalid UUID")),
        }
    } else if let Some(s) = vm.as_str(v) {
        match parse_long(s) {
            Some(b) => Uuid::Long(b),
            None => return Err(vm.value_error("invalid UUID")),
        }
    } else {
        let b = vm.bytes_like(v)?;
        match b.len() {
            2 => Uuid::Short(u16::from_le_bytes([b[0], b[1]])),
            16 => {
                // Raw UUID bytes are little-endian.
                let mut a = [0u8; 16];
                for (i, x) in b.iter().rev().enumerate() {
                    a[i] = *x;
                }
                Uuid::Long(a)
            }
            _ => return Err(vm.value_error("invalid UUID")),
        }
    };
    Ok(vm.alloc(Object::Native(Box::new(UuidObj { class, uuid }))))
}

fn uuid_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(u) = args.first().and_then(|&v| downcast::<UuidObj>(vm, v)).map(|u| u.uuid.clone()) else {
        return Err(vm.type_error("expected a UUID"));
    };
    let text = match u {
        Uuid::Short(n) => format!("UUID({n:#x})"),
        Uuid::Long(b) => {
            let h: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
            let h = h.concat();
            format!("UUID('{}-{}-{}-{}-{}')", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
        }
    };
    Ok(vm.new_str(text))
}

fn uuid_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = args.first().and_then(|&v| downcast::<UuidObj>(vm, v)).map(|u| u.uuid.clone());
    let b = args.get(1).and_then(|&v| downcast::<UuidObj>(vm, v)).map(|u| u.uuid.clone());
    Ok(Value::Bool(a.is_some() && a == b))
}
