//! `machine.PWM`: frequency and duty on a pin, logged so the scope shows it.

use super::pin::pin_id;
use super::state::{Board, PinEvent, Pwm};
use crate::native_object;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::downcast;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct PwmObj {
    pub class: ObjRef,
    pub pin: u8,
    pub invert: bool,
}
native_object!(PwmObj);

pub fn register(vm: &mut Vm, class: ObjRef, with_duty10: bool) {
    vm.add_static(class, "__new__", pwm_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("init", pwm_init),
        ("deinit", pwm_deinit),
        ("freq", pwm_freq),
        ("duty_u16", pwm_duty_u16),
        ("duty_ns", pwm_duty_ns),
        ("__repr__", pwm_repr),
    ];
    for &(n, f) in methods {
        vm.add_method(class, n, f);
    }
    if with_duty10 {
        vm.add_method(class, "duty", pwm_duty);
    }
}

fn current(vm: &Vm, pin: u8) -> Option<Pwm> {
    vm.extensions.get::<Board>().and_then(|b| b.pins.get(&pin)).and_then(|p| p.pwm)
}

fn set(vm: &mut Vm, pin: u8, pwm: Option<Pwm>) {
    let now = vm.clock.now_ns();
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        let p = b.pin(pin);
        if p.pwm == pwm {
            return;
        }
        p.pwm = pwm;
        b.record(
            now,
            pin,
            match pwm {
                Some(x) => PinEvent::Pwm(x),
                None => PinEvent::PwmOff,
            },
        );
    }
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(u8, bool)> {
    match args.first().and_then(|&v| downcast::<PwmObj>(vm, v)) {
        Some(p) => Ok((p.pin, p.invert)),
        None => Err(vm.type_error("expected a PWM")),
    }
}

fn check_freq(vm: &mut Vm, f: i64) -> PyResult<u32> {
    let (lo, hi) = vm
        .extensions
        .get::<Board>()
        .map(|b| (b.profile.pwm.min_freq_hz as i64, b.profile.pwm.max_freq_hz as i64))
        .unwrap_or((1, 40_000_000));
    if f < lo || f > hi {
        return Err(vm.value_error(format!("freq must be from {lo}Hz to {hi}Hz")));
    }
    Ok(f as u32)
}

/// Apply `freq`/`duty`/`duty_u16`/`duty_ns` keywords (or positional freq).
fn apply(vm: &mut Vm, pin: u8, freq: Value, kw: KwArgs) -> PyResult<()> {
    let defaults =
        vm.extensions.get::<Board>().map(|b| (b.profile.pwm.default_freq_hz, b.profile.pwm.default_duty_u16));
    let (def_f, def_d) = defaults.unwrap_or((1000, 32768));
    let mut pwm = current(vm, pin).unwrap_or(Pwm { freq_hz: def_f, duty_u16: def_d });
    let freq = vm.kwarg(kw, "freq").unwrap_or(freq);
    if !matches!(freq, Value::Undef) {
        let f = vm.int_arg(freq)?;
        pwm.freq_hz = check_freq(vm, f)?;
    }
    if let Some(d) = vm.kwarg(kw, "duty_u16") {
        let d = vm.int_arg(d)?;
        pwm.duty_u16 = d.clamp(0, 65535) as u16;
    } else if let Some(d) = vm.kwarg(kw, "duty") {
        let d = vm.int_arg(d)?;
        pwm.duty_u16 = ((d.clamp(0, 1023) * 65535) / 1023) as u16;
    } else if let Some(d) = vm.kwarg(kw, "duty_ns") {
        let ns = vm.int_arg(d)?.max(0) as u128;
        let period_ns = 1_000_000_000u128 / pwm.freq_hz.max(1) as u128;
        pwm.duty_u16 = ((ns * 65535) / period_ns.max(1)).min(65535) as u16;
    }
    set(vm, pin, Some(pwm));
    Ok(())
}

fn pwm_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["freq", "duty", "duty_u16", "duty_ns", "invert"])?;
    let Some(&dest) = args.get(1) else {
        return Err(vm.type_error("PWM() needs a pin"));
    };
    let pin = pin_id(vm, dest)?;
    let invert = match vm.kwarg(kw, "invert") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    apply(vm, pin, args.get(2).copied().unwrap_or(Value::Undef), kw)?;
    let class = args[0].as_obj().expect("class");
    Ok(vm.alloc(Object::Native(Box::new(PwmObj { class, pin, invert }))))
}

fn pwm_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    apply(vm, pin, args.get(1).copied().unwrap_or(Value::Undef), kw)?;
    Ok(Value::None)
}

fn pwm_deinit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    set(vm, pin, None);
    Ok(Value::None)
}

fn pwm_freq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    match args.get(1) {
        None => Ok(Value::Int(current(vm, pin).map(|p| p.freq_hz as i64).unwrap_or(0))),
        Some(&f) => {
            apply(vm, pin, f, &[])?;
            Ok(Value::None)
        }
    }
}

fn with_duty(vm: &mut Vm, pin: u8, duty_u16: u16) {
    if let Some(mut p) = current(vm, pin) {
        p.duty_u16 = duty_u16;
        set(vm, pin, Some(p));
    }
}

fn pwm_duty_u16(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    match args.get(1) {
        None => Ok(Value::Int(current(vm, pin).map(|p| p.duty_u16 as i64).unwrap_or(0))),
        Some(&d) => {
            let d = vm.int_arg(d)?;
            if !(0..=65535).contains(&d) {
                return Err(vm.value_error("duty_u16 must be from 0 to 65535"));
            }
            with_duty(vm, pin, d as u16);
            Ok(Value::None)
        }
    }
}

fn pwm_duty(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    match args.get(1) {
        None => Ok(Value::Int(current(vm, pin).map(|p| (p.duty_u16 as i64 * 1023 + 32767) / 65535).unwrap_or(0))),
        Some(&d) => {
            let d = vm.int_arg(d)?;
            if !(0..=1023).contains(&d) {
                return Err(vm.value_error("duty must be from 0 to 1023"));
            }
            with_duty(vm, pin, ((d * 65535) / 1023) as u16);
            Ok(Value::None)
        }
    }
}

fn pwm_duty_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    let Some(p) = current(vm, pin) else { return Ok(Value::Int(0)) };
    let period_ns = 1_000_000_000u64 / p.freq_hz.max(1) as u64;
    match args.get(1) {
        None => Ok(Value::Int((period_ns * p.duty_u16 as u64 / 65535) as i64)),
        Some(&d) => {
            let ns = vm.int_arg(d)?.max(0) as u64;
            with_duty(vm, pin, (ns.saturating_mul(65535) / period_ns.max(1)).min(65535) as u16);
            Ok(Value::None)
        }
    }
}

fn pwm_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (pin, _) = this(vm, args)?;
    let text = match current(vm, pin) {
        Some(p) => format!("PWM(Pin({pin}), freq={}, duty_u16={})", p.freq_hz, p.duty_u16),
        None => format!("PWM(Pin({pin}))"),
    };
    Ok(vm.new_str(text))
}
