//! The `esp32` module of the simulated ESP32: the die temperature sensor,
//! wake-up sources (recorded, for `machine.deepsleep`), heap information
//! from the VM's heap, and NVS storage kept in memory.

use super::state::Board;
use crate::native_object;
use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::downcast;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::BTreeMap;

/// GPIOs the ESP32's RTC domain can watch in deep sleep.
const RTC_GPIOS: &[u8] = &[0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39];
/// Instruction RAM the heap report shows beside the data heap.
const IRAM_BYTES: i64 = 32 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum NvsValue {
    I32(i32),
    Blob(Vec<u8>),
}

/// What the esp32 module holds: the die temperature and wake-up settings
/// the outside world can read or set, and the NVS contents.
pub struct Esp32State {
    pub die_celsius: f64,
    pub wake_on_touch: bool,
    pub wake_ext0: Option<(u8, i64)>,
    pub wake_ext1: Option<(Vec<u8>, bool)>,
    pub deep_sleep_hold: bool,
    pub nvs: BTreeMap<(String, String), NvsValue>,
}

impl Default for Esp32State {
    fn default() -> Self {
        // A running ESP32's die sits well above room temperature.
        Esp32State {
            die_celsius: 48.0,
            wake_on_touch: false,
            wake_ext0: None,
            wake_ext1: None,
            deep_sleep_hold: false,
            nvs: BTreeMap::new(),
        }
    }
}

impl Extension for Esp32State {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn state(vm: &mut Vm) -> &mut Esp32State {
    if vm.extensions.get::<Esp32State>().is_none() {
        vm.extensions.insert(Esp32State::default());
    }
    vm.extensions.get_mut::<Esp32State>().expect("just inserted")
}

/// Set what `esp32.raw_temperature()` reports (as the die temperature in °C).
pub fn set_die_temperature(vm: &mut Vm, celsius: f64) {
    state(vm).die_celsius = celsius;
}

pub struct NvsObj {
    pub class: ObjRef,
    pub namespace: String,
}
native_object!(NvsObj);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("esp32");
    vm.module_add(d, "WAKEUP_ALL_LOW", Value::Bool(false));
    vm.module_add(d, "WAKEUP_ANY_HIGH", Value::Bool(true));
    vm.module_add(d, "HEAP_DATA", Value::Int(4));
    vm.module_add(d, "HEAP_EXEC", Value::Int(1));
    let fns: [(&'static str, NativeFn); 6] = [
        ("raw_temperature", raw_temperature),
        ("wake_on_touch", wake_on_touch),
        ("wake_on_ext0", wake_on_ext0),
        ("wake_on_ext1", wake_on_ext1),
        ("gpio_deep_sleep_hold", gpio_deep_sleep_hold),
        ("idf_heap_info", idf_heap_info),
    ];
    for (n, f) in fns {
        vm.module_add_fn(d, n, f);
    }
    let object = vm.types.object;
    let nvs = vm.new_class_raw("NVS", vec![object], Layout::Object, false);
    vm.add_static(nvs, "__new__", nvs_new);
    let methods: [(&'static str, NativeFn); 6] = [
        ("set_i32", set_i32),
        ("get_i32", get_i32),
        ("set_blob", set_blob),
        ("get_blob", get_blob),
        ("erase_key", erase_key),
        ("commit", commit),
    ];
    for (n, f) in methods {
        vm.add_method(nvs, n, f);
    }
    vm.module_add(d, "NVS", Value::Obj(nvs));
    Ok(m)
}

fn raw_temperature(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("raw_temperature", args, 0, 0)?;
    let c = state(vm).die_celsius;
    Ok(Value::Int((c * 9.0 / 5.0 + 32.0).round() as i64))
}

fn wake_on_touch(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("wake_on_touch", args, 1, 1)?;
    let on = vm.truthy(args[0])?;
    if on && state(vm).wake_ext0.is_some() {
        return Err(vm.value_error("no resources"));
    }
    state(vm).wake_on_touch = on;
    Ok(Value::None)
}

fn rtc_pin(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let pin = super::pin::pin_id(vm, v)?;
    if !RTC_GPIOS.contains(&pin) {
        return Err(vm.value_error("invalid pin for wake"));
    }
    Ok(pin)
}

fn wake_on_ext0(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["pin", "level"])?;
    let pin = vm.arg_or(args, kw, 0, "pin", Value::None);
    let level = vm.arg_or(args, kw, 1, "level", Value::Int(0));
    let level = vm.int_arg(level)?;
    let setting = if pin.is_none() { None } else { Some((rtc_pin(vm, pin)?, level)) };
    if setting.is_some() && state(vm).wake_on_touch {
        return Err(vm.value_error("no resources"));
    }
    state(vm).wake_ext0 = setting;
    Ok(Value::None)
}

fn wake_on_ext1(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["pins", "level"])?;
    let pins = vm.arg_or(args, kw, 0, "pins", Value::None);
    let level = vm.arg_or(args, kw, 1, "level", Value::Bool(false));
    let level = vm.truthy(level)?;
    let setting = if pins.is_none() {
        None
    } else {
        let mut list = Vec::new();
        for p in vm.collect_iter(pins)? {
            list.push(rtc_pin(vm, p)?);
        }
        Some((list, level))
    };
    state(vm).wake_ext1 = setting;
    Ok(Value::None)
}

fn gpio_deep_sleep_hold(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("gpio_deep_sleep_hold", args, 1, 1)?;
    let on = vm.truthy(args[0])?;
    state(vm).deep_sleep_hold = on;
    Ok(Value::None)
}

/// The data heap is the VM's heap (its size from the board profile); the
/// executable region is a fixed slice of instruction RAM.
fn idf_heap_info(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("idf_heap_info", args, 1, 1)?;
    let caps = vm.int_arg(args[0])?;
    let total = vm.extensions.get::<Board>().map(|b| b.profile.heap_bytes).unwrap_or(160 * 1024) as i64;
    let used = (vm.heap.bytes_in_use() as i64).min(total);
    let mut regions: Vec<[i64; 4]> = Vec::new();
    if caps & 4 != 0 {
        let free = total - used;
        regions.push([total, free, free, free]);
    }
    if caps & 1 != 0 {
        regions.push([IRAM_BYTES, IRAM_BYTES / 2, IRAM_BYTES / 2, IRAM_BYTES / 2 - 512]);
    }
    let mut items = Vec::new();
    for r in regions {
        let t = vm.new_tuple(r.iter().map(|&n| Value::Int(n)).collect());
        vm.temp_roots.push(t);
        items.push(t);
    }
    let n = items.len();
    let list = vm.new_list(items);
    let keep = vm.temp_roots.len() - n;
    vm.temp_roots.truncate(keep);
    Ok(list)
}

// ----- NVS -----

/// ESP-IDF's NVS error codes, raised as `OSError(-code, name)` as the port does.
fn nvs_error(vm: &mut Vm, code: i64, name: &str) -> crate::runtime::error::Exc {
    let class = vm.exc.get(ExcKind::OSError);
    let msg = vm.new_str(name);
    crate::runtime::error::Exc(vm.new_exception(class, vec![Value::Int(-code), msg]))
}

const NOT_FOUND: (i64, &str) = (0x1102, "ESP_ERR_NVS_NOT_FOUND");
const TYPE_MISMATCH: (i64, &str) = (0x1103, "ESP_ERR_NVS_TYPE_MISMATCH");
const KEY_TOO_LONG: (i64, &str) = (0x1109, "ESP_ERR_NVS_KEY_TOO_LONG");
const INVALID_LENGTH: (i64, &str) = (0x110c, "ESP_ERR_NVS_INVALID_LENGTH");

fn fail<T>(vm: &mut Vm, (code, name): (i64, &str)) -> PyResult<T> {
    Err(nvs_error(vm, code, name))
}

/// Names are at most 15 characters in NVS.
fn name_arg(vm: &mut Vm, v: Value) -> PyResult<String> {
    let s = vm.str_arg(v)?;
    if s.len() > 15 {
        return fail(vm, KEY_TOO_LONG);
    }
    Ok(s)
}

fn nvs_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("NVS", args, 2, 2)?;
    let class = super::buses::class_arg(vm, args)?;
    let namespace = name_arg(vm, args[1])?;
    Ok(vm.alloc(Object::Native(Box::new(NvsObj { class, namespace }))))
}

fn key(vm: &mut Vm, args: &[Value]) -> PyResult<(String, String)> {
    let Some(ns) = args.first().and_then(|&v| downcast::<NvsObj>(vm, v)).map(|n| n.namespace.clone()) else {
        return Err(vm.type_error("expected an NVS"));
    };
    let k = name_arg(vm, args[1])?;
    Ok((ns, k))
}

fn set_i32(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("set_i32", args, 3, 3)?;
    let k = key(vm, args)?;
    let v = vm.int_arg(args[2])? as i32;
    state(vm).nvs.insert(k, NvsValue::I32(v));
    Ok(Value::None)
}

fn get_i32(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("get_i32", args, 2, 2)?;
    let k = key(vm, args)?;
    match state(vm).nvs.get(&k).cloned() {
        Some(NvsValue::I32(v)) => Ok(Value::Int(v.into())),
        Some(_) => fail(vm, TYPE_MISMATCH),
        None => fail(vm, NOT_FOUND),
    }
}

fn set_blob(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("set_blob", args, 3, 3)?;
    let k = key(vm, args)?;
    let data = match vm.as_str(args[2]) {
        Some(s) => s.as_bytes().to_vec(),
        None => crate::modules::buffer_bytes(vm, args[2])?,
    };
    state(vm).nvs.insert(k, NvsValue::Blob(data));
    Ok(Value::None)
}

fn get_blob(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("get_blob", args, 3, 3)?;
    let k = key(vm, args)?;
    let data = match state(vm).nvs.get(&k).cloned() {
        Some(NvsValue::Blob(b)) => b,
        Some(_) => return fail(vm, TYPE_MISMATCH),
        None => return fail(vm, NOT_FOUND),
    };
    let cap = crate::modules::buffer_bytes(vm, args[2])?.len();
    if cap < data.len() {
        return fail(vm, INVALID_LENGTH);
    }
    crate::modules::write_into_buffer(vm, args[2], 0, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn erase_key(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("erase_key", args, 2, 2)?;
    let k = key(vm, args)?;
    match state(vm).nvs.remove(&k) {
        Some(_) => Ok(Value::None),
        None => fail(vm, NOT_FOUND),
    }
}

/// Values are kept as soon as they are set; commit has nothing left to do.
fn commit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("commit", args, 1, 1)?;
    Ok(Value::None)
}
