//! `machine.ADC`: reads the voltage the outside world (a test, the kernel)
//! put on the pin, scaled like the board's converter.

use super::pin::{board_const, pin_id};
use super::state::Board;
use crate::native_object;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::{downcast, downcast_mut};
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct AdcObj {
    pub class: ObjRef,
    pub pin: u8,
    /// Index into the profile's full-scale voltages (esp32 attenuation).
    pub atten: usize,
    /// Bits `read()` returns (esp32 `width`).
    pub width: u8,
}
native_object!(AdcObj);

pub fn register(vm: &mut Vm, class: ObjRef, board: &str) {
    vm.add_static(class, "__new__", adc_new);
    let mut methods: Vec<(&'static str, NativeFn)> = vec![("read_u16", adc_read_u16)];
    match board {
        "esp32" => methods.extend([
            ("init", adc_init as NativeFn),
            ("read", adc_read),
            ("read_uv", adc_read_uv),
            ("atten", adc_atten),
            ("width", adc_width),
            ("deinit", adc_deinit),
        ]),
        "rp2" => {}
        _ => methods.push(("read_uv", adc_read_uv)),
    }
    for (n, f) in methods {
        vm.add_method(class, n, f);
    }
}

fn adc_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&p) = args.get(1) else {
        return Err(vm.type_error("ADC() needs a pin"));
    };
    let pin = match p {
        Value::Int(ch) if vm.board_name == "rp2" && (0..=4).contains(&ch) => {
            // rp2: ADC(0..3) are channels on GPIO 26..29; 4 is the sensor.
            (26 + ch) as u8
        }
        _ => pin_id(vm, p)?,
    };
    let ok = vm.extensions.get::<Board>().map(|b| {
        b.profile.adc.channels.iter().any(|c| c.pin == pin)
            || b.profile.adc.internal_channels.contains(&pin)
            || b.profile.name == "generic"
            || (b.profile.name == "rp2" && pin == 30)
    });
    if ok == Some(false) {
        return Err(vm.value_error("invalid pin"));
    }
    let width = vm.extensions.get::<Board>().map(|b| b.profile.adc.bits).unwrap_or(12);
    let class = args[0].as_obj().expect("class");
    let obj = vm.alloc(Object::Native(Box::new(AdcObj { class, pin, atten: 0, width })));
    if let Some(a) = vm.kwarg(kw, "atten") {
        set_atten(vm, obj, a)?;
    }
    Ok(obj)
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(u8, usize, u8)> {
    match args.first().and_then(|&v| downcast::<AdcObj>(vm, v)) {
        Some(a) => Ok((a.pin, a.atten, a.width)),
        None => Err(vm.type_error("expected an ADC")),
    }
}

/// Microvolts on the pin, limited to the converter's full scale.
fn microvolts(vm: &Vm, pin: u8, atten: usize) -> (u64, u64) {
    let b = vm.extensions.get::<Board>();
    let full = b.and_then(|b| b.profile.adc.full_scale_uv.get(atten).copied()).unwrap_or(3_300_000) as u64;
    let uv = b.and_then(|b| b.pins.get(&pin)).and_then(|p| p.analog_uv).unwrap_or(0) as u64;
    (uv.min(full), full)
}

fn adc_read_u16(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, atten, _) = this(vm, args)?;
    let (uv, full) = microvolts(vm, pin, atten);
    let bits = vm.extensions.get::<Board>().map(|b| b.profile.adc.bits).unwrap_or(12) as u32;
    // Quantise at the converter's resolution, then scale to 16 bits as
    // MicroPython does.
    let max = (1u64 << bits) - 1;
    let raw = uv * max / full.max(1);
    Ok(Value::Int(((raw << (16 - bits)) | (raw >> (2 * bits).saturating_sub(16))) as i64 & 0xffff))
}

fn adc_read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, atten, width) = this(vm, args)?;
    let (uv, full) = microvolts(vm, pin, atten);
    let max = (1u64 << width) - 1;
    Ok(Value::Int((uv * max / full.max(1)) as i64))
}

fn adc_read_uv(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, atten, _) = this(vm, args)?;
    Ok(Value::Int(microvolts(vm, pin, atten).0 as i64))
}

fn set_atten(vm: &mut Vm, obj: Value, a: Value) -> PyResult<()> {
    let a = vm.int_arg(a)?;
    let names = ["ATTN_0DB", "ATTN_2_5DB", "ATTN_6DB", "ATTN_11DB"];
    let idx = names.iter().position(|n| board_const(vm, "machine.ADC", n) == Some(a));
    match idx {
        Some(i) => {
            if let Some(o) = downcast_mut::<AdcObj>(vm, obj) {
                o.atten = i;
            }
            Ok(())
        }
        None => Err(vm.value_error("invalid atten")),
    }
}

fn adc_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(vm, args)?;
    if let Some(a) = vm.kwarg(kw, "atten") {
        set_atten(vm, args[0], a)?;
    }
    Ok(Value::None)
}

fn adc_atten(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args)?;
    let Some(&a) = args.get(1) else { return Err(vm.type_error("atten() needs a value")) };
    set_atten(vm, args[0], a)?;
    Ok(Value::None)
}

fn adc_width(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args)?;
    let Some(&w) = args.get(1) else { return Err(vm.type_error("width() needs a value")) };
    let w = vm.int_arg(w)?;
    let ok = vm.extensions.get::<Board>().map(|b| b.profile.adc.widths.contains(&(w as u8))).unwrap_or(false);
    if !ok {
        return Err(vm.value_error("invalid width"));
    }
    if let Some(o) = downcast_mut::<AdcObj>(vm, args[0]) {
        o.width = w as u8;
    }
    Ok(Value::None)
}

fn adc_deinit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    this(vm, args)?;
    Ok(Value::None)
}
