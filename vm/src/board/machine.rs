//! The `machine` module of the simulated board: its classes (made per
//! board, with the board's constants) and its functions.

use super::pin::{pin_id, PinObj};
use super::state::Board;
use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::downcast;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn class(vm: &mut Vm, name: &str) -> ObjRef {
    let object = vm.types.object;
    vm.new_class_raw(name, vec![object], Layout::Object, false)
}

/// Put the board's constants (`machine.Pin.OUT`, `machine.PWRON_RESET`)
/// into the module and its classes.
fn constants(vm: &mut Vm, module: ObjRef, classes: &[(&str, ObjRef)]) {
    let Some(profile) = vm.extensions.get::<Board>().map(|b| b.profile) else { return };
    for c in profile.consts {
        if c.owner == "machine" {
            vm.module_add(module, c.name, Value::Int(c.value));
        } else if let Some(cls) = c.owner.strip_prefix("machine.") {
            if let Some(&(_, r)) = classes.iter().find(|(n, _)| *n == cls) {
                vm.class_set(r, c.name, Value::Int(c.value));
            }
        }
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    if vm.extensions.get::<Board>().is_none() {
        return Err(vm.err(ExcKind::ImportError, "no module named 'machine'"));
    }
    let (m, d) = vm.new_module("machine");
    let board = vm.board_name.clone();
    let pin = class(vm, "Pin");
    let signal = class(vm, "Signal");
    let pwm = class(vm, "PWM");
    let adc = class(vm, "ADC");
    let timer = class(vm, "Timer");
    let pin_irq = class(vm, "irq");
    super::pin::register(vm, pin, signal, pin_irq);
    super::pwm::register(vm, pwm, board == "esp32");
    super::adc::register(vm, adc, &board);
    super::timer::register(vm, timer);
    let named = [("Pin", pin), ("Signal", signal), ("PWM", pwm), ("ADC", adc), ("Timer", timer)];
    for (n, c) in named {
        vm.module_add(d, n, Value::Obj(c));
    }
    constants(vm, d, &named);
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.classes.pin = Some(pin);
        b.classes.signal = Some(signal);
        b.classes.pwm = Some(pwm);
        b.classes.adc = Some(adc);
        b.classes.timer = Some(timer);
        b.classes.pin_irq = Some(pin_irq);
    }
    super::buses::register(vm, d);
    let fns: &[(&'static str, NativeFn)] = &[
        ("freq", freq),
        ("reset", reset),
        ("soft_reset", soft_reset),
        ("reset_cause", reset_cause),
        ("unique_id", unique_id),
        ("idle", idle),
        ("lightsleep", lightsleep),
        ("deepsleep", deepsleep),
        ("disable_irq", disable_irq),
        ("enable_irq", enable_irq),
        ("time_pulse_us", time_pulse_us),
        ("bitstream", bitstream),
    ];
    for &(n, f) in fns {
        vm.module_add_fn(d, n, f);
    }
    Ok(m)
}

fn freq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match args.first() {
        None => Ok(Value::Int(vm.extensions.get::<Board>().map(|b| b.cpu_hz as i64).unwrap_or(0))),
        Some(&hz) => {
            let hz = vm.int_arg(hz)?;
            let ok = vm
                .extensions
                .get::<Board>()
                .map(|b| hz > 0 && hz <= u32::MAX as i64 && b.profile.cpu.allowed.allows(hz as u32))
                .unwrap_or(false);
            if !ok {
                return Err(vm.value_error("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz").adjust(vm));
            }
            if let Some(b) = vm.extensions.get_mut::<Board>() {
                b.cpu_hz = hz as u32;
            }
            Ok(Value::None)
        }
    }
}

trait Adjust {
    fn adjust(self, vm: &mut Vm) -> Self;
}

impl Adjust for crate::runtime::error::Exc {
    /// The frequency message names the esp32's values; other boards say
    /// what they accept.
    fn adjust(self, vm: &mut Vm) -> Self {
        if vm.board_name == "esp32" {
            return self;
        }
        vm.value_error("invalid frequency for this board")
    }
}

/// End the program as a reset would; the front end restarts the board.
fn request_reset(vm: &mut Vm, how: &'static str) -> PyResult<Value> {
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.reset_requested = Some(how);
    }
    Err(vm.err(ExcKind::SystemExit, ""))
}

fn reset(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    request_reset(vm, "hard")
}

fn soft_reset(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    request_reset(vm, "soft")
}

fn deepsleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(&ms) = args.first() {
        let ms = vm.int_arg(ms)?.max(0) as u64;
        vm.sleep_ns(ms * 1_000_000)?;
    }
    request_reset(vm, "deepsleep")
}

fn lightsleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let ms = match args.first() {
        Some(&ms) => vm.int_arg(ms)?.max(0) as u64,
        None => 1000,
    };
    vm.sleep_ns(ms * 1_000_000)?;
    Ok(Value::None)
}

fn idle(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    // Wait for "the next interrupt": the next timer, or a millisecond.
    let now = vm.clock.now_ns();
    let until = vm.scheduler.next_deadline().map(|d| d.saturating_sub(now)).unwrap_or(1_000_000).min(1_000_000);
    vm.sleep_ns(until)?;
    Ok(Value::None)
}

fn reset_cause(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let cause = vm.extensions.get::<Board>().map(|b| b.reset_cause).unwrap_or("PWRON_RESET");
    let value =
        super::pin::board_const(vm, "machine", cause).or_else(|| super::pin::board_const(vm, "machine", "PWRON_RESET"));
    Ok(Value::Int(value.unwrap_or(1)))
}

fn unique_id(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let n = vm.extensions.get::<Board>().map(|b| b.profile.unique_id_len).unwrap_or(6);
    let id: Vec<u8> = [0x24u8, 0x0a, 0xc4, 0x5e, 0x1a, 0x7c, 0x31, 0x90].iter().copied().cycle().take(n).collect();
    Ok(vm.new_bytes(id))
}

fn disable_irq(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(1))
}

fn enable_irq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("enable_irq", args, 1, 1)?;
    Ok(Value::None)
}

/// The simulated lines carry no pulses the program did not make itself: a
/// pin already at `level` times out during the pulse (-1), otherwise the
/// pulse never starts (-2).
fn time_pulse_us(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("time_pulse_us", args, 2, 3)?;
    let pin = match args.first().and_then(|&v| downcast::<PinObj>(vm, v)).map(|p| p.id) {
        Some(p) => p,
        None => pin_id(vm, args[0])?,
    };
    let level = vm.truthy(args[1])? as u8;
    let timeout = match args.get(2) {
        Some(&t) => vm.int_arg(t)?.max(0) as u64,
        None => 1_000_000,
    };
    vm.sleep_ns(timeout.saturating_mul(1000))?;
    let now = vm.extensions.get::<Board>().and_then(|b| b.level(pin)).unwrap_or(0);
    Ok(Value::Int(if now == level { -1 } else { -2 }))
}

fn bitstream(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("bitstream", args, 4, 4)?;
    let pin = pin_id(vm, args[0])?;
    let encoding = vm.int_arg(args[1])?;
    if encoding != 0 {
        return Err(vm.value_error("invalid encoding"));
    }
    let timing = vm.collect_iter(args[2])?;
    if timing.len() != 4 {
        return Err(vm.value_error("timing must have 4 values"));
    }
    let data = vm.bytes_like(args[3])?;
    super::neopixel::show_bytes(vm, pin, &data, 3);
    Ok(Value::None)
}
