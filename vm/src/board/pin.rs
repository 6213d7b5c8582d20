//! `machine.Pin` and `machine.Signal`, and the IRQ object `Pin.irq()`
//! returns.

use super::drive::{update_pin, IRQ_FALLING, IRQ_RISING};
use super::state::{Board, PinMode, Pull};
use crate::native_object;
use crate::objects::function::KwArgs;
use crate::objects::native::downcast;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct PinObj {
    pub class: ObjRef,
    pub id: u8,
}
native_object!(PinObj);

pub struct SignalObj {
    pub class: ObjRef,
    pub pin: Value,
    pub invert: bool,
}
native_object!(SignalObj, |s, out| {
    if let Value::Obj(r) = s.pin {
        out.push(r);
    }
});

pub struct PinIrqObj {
    pub class: ObjRef,
    pub pin: u8,
}
native_object!(PinIrqObj);

/// A board constant by owner and name (`machine.Pin`, `OUT`).
pub fn board_const(vm: &Vm, owner: &str, name: &str) -> Option<i64> {
    let b = vm.extensions.get::<Board>()?;
    b.profile.consts.iter().find(|c| c.owner == owner && c.name == name).map(|c| c.value)
}

fn pin_const(vm: &Vm, name: &str) -> i64 {
    board_const(vm, "machine.Pin", name).unwrap_or(-100)
}

/// Resolve a pin argument: a GPIO number, a board name (`"LED"`), or a Pin.
pub fn pin_id(vm: &mut Vm, v: Value) -> PyResult<u8> {
    if let Some(p) = downcast::<PinObj>(vm, v) {
        return Ok(p.id);
    }
    let (valid, name_hit) = {
        let Some(board) = vm.extensions.get::<Board>() else {
            return Err(vm.err(crate::runtime::error::ExcKind::OSError, "no simulated board"));
        };
        let name_hit =
            vm.as_str(v).and_then(|s| board.profile.gpio.names.iter().find(|(n, _)| *n == s).map(|&(_, g)| g));
        let valid = match v {
            Value::Int(i) if (0..=255).contains(&i) && board.valid_pin(i as u8) => Some(i as u8),
            _ => None,
        };
        (valid, name_hit)
    };
    match valid.or(name_hit) {
        Some(id) => Ok(id),
        None => Err(vm.value_error("invalid pin")),
    }
}

pub fn new_pin(vm: &mut Vm, id: u8) -> Value {
    let class = vm.extensions.get::<Board>().and_then(|b| b.classes.pin).expect("machine made");
    vm.alloc(Object::Native(Box::new(PinObj { class, id })))
}

pub fn register(vm: &mut Vm, pin: ObjRef, signal: ObjRef, irq: ObjRef) {
    vm.add_static(pin, "__new__", pin_new);
    for (name, f) in [
        ("init", pin_init as crate::objects::function::NativeFn),
        ("value", pin_value),
        ("__call__", pin_value),
        ("on", pin_on),
        ("off", pin_off),
        ("toggle", pin_toggle),
        ("irq", pin_irq),
        ("__repr__", pin_repr),
    ] {
        vm.add_method(pin, name, f);
    }
    vm.add_static(signal, "__new__", signal_new);
    for (name, f) in [
        ("value", signal_value as crate::objects::function::NativeFn),
        ("__call__", signal_value),
        ("on", signal_on),
        ("off", signal_off),
    ] {
        vm.add_method(signal, name, f);
    }
    vm.add_method(irq, "__call__", irq_call);
    vm.add_method(irq, "trigger", irq_trigger);
}

fn this_pin(vm: &mut Vm, args: &[Value]) -> PyResult<u8> {
    match args.first().and_then(|&v| downcast::<PinObj>(vm, v)) {
        Some(p) => Ok(p.id),
        None => Err(vm.type_error("expected a Pin")),
    }
}

fn pin_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&id) = args.get(1) else {
        return Err(vm.type_error("Pin() missing required argument: 'id'"));
    };
    let id = pin_id(vm, id)?;
    let class = match args[0].as_obj() {
        Some(c) => c,
        None => return Err(vm.type_error("bad class")),
    };
    let p = vm.alloc(Object::Native(Box::new(PinObj { class, id })));
    let mut init_args = vec![p];
    init_args.extend_from_slice(&args[2..]);
    configure(vm, id, &init_args, kw)?;
    Ok(p)
}

/// `init(mode=-1, pull=-1, *, value=None, drive, hold)`: change only what
/// is given.
fn configure(vm: &mut Vm, id: u8, args: &[Value], kw: KwArgs) -> PyResult<()> {
    vm.check_kwargs(kw, &["mode", "pull", "value", "drive", "hold", "alt"])?;
    let mode = vm.arg_or(args, kw, 1, "mode", Value::Int(-1));
    let pull = vm.arg_or(args, kw, 2, "pull", Value::Int(-1));
    let value = vm.kwarg(kw, "value").or(args.get(3).copied()).unwrap_or(Value::None);
    let mode = match mode {
        Value::Int(-1) => None,
        Value::Int(m) if m == pin_const(vm, "IN") => Some(PinMode::In),
        Value::Int(m) if m == pin_const(vm, "OUT") => Some(PinMode::Out),
        Value::Int(m) if m == pin_const(vm, "OPEN_DRAIN") => Some(PinMode::OpenDrain),
        Value::None => None,
        _ => return Err(vm.value_error("invalid pin mode")),
    };
    let pull = match pull {
        Value::Int(-1) => None,
        Value::None => Some(None),
        Value::Int(p) if p == pin_const(vm, "PULL_UP") => Some(Some(Pull::Up)),
        Value::Int(p) if p == pin_const(vm, "PULL_DOWN") => Some(Some(Pull::Down)),
        _ => return Err(vm.value_error("invalid pull")),
    };
    if let Some(PinMode::Out | PinMode::OpenDrain) = mode {
        let input_only = vm.extensions.get::<Board>().map(|b| b.profile.gpio.input_only.contains(&id)).unwrap_or(false);
        if input_only {
            return Err(vm.value_error("pin can only be input"));
        }
    }
    let out = if value.is_none() { None } else { Some(vm.truthy(value)? as u8) };
    update_pin(vm, id, |p| {
        if let Some(v) = out {
            p.out_level = v;
        }
        if let Some(m) = mode {
            p.mode = Some(m);
        }
        if let Some(pl) = pull {
            p.pull = pl;
        }
    });
    Ok(())
}

fn pin_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    configure(vm, id, args, kw)?;
    Ok(Value::None)
}

fn set_level(vm: &mut Vm, id: u8, level: u8) {
    update_pin(vm, id, |p| p.out_level = level);
}

fn pin_value(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    match args.get(1) {
        None => Ok(Value::Int(vm.extensions.get::<Board>().and_then(|b| b.level(id)).unwrap_or(0) as i64)),
        Some(&v) => {
            let level = vm.truthy(v)? as u8;
            set_level(vm, id, level);
            Ok(Value::None)
        }
    }
}

fn pin_on(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    set_level(vm, id, 1);
    Ok(Value::None)
}

fn pin_off(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    set_level(vm, id, 0);
    Ok(Value::None)
}

fn pin_toggle(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    update_pin(vm, id, |p| p.out_level ^= 1);
    Ok(Value::None)
}

fn pin_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    let name =
        vm.extensions.get::<Board>().and_then(|b| b.profile.gpio.names.iter().find(|(_, g)| *g == id).map(|(n, _)| *n));
    let text = match name {
        Some(n) if vm.board_name == "rp2" => format!("Pin({n})"),
        _ => format!("Pin({id})"),
    };
    Ok(vm.new_str(text))
}

/// `irq(handler=None, trigger=IRQ_FALLING|IRQ_RISING, *, priority, wake, hard)`
fn pin_irq(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let id = this_pin(vm, args)?;
    vm.check_kwargs(kw, &["handler", "trigger", "priority", "wake", "hard"])?;
    let handler = vm.arg_or(args, kw, 1, "handler", Value::Undef);
    let trigger = vm.arg_or(args, kw, 2, "trigger", Value::Int((IRQ_FALLING | IRQ_RISING) as i64));
    let trigger = vm.int_arg(trigger)?;
    let (rising, falling) = (pin_const(vm, "IRQ_RISING"), pin_const(vm, "IRQ_FALLING"));
    let mask =
        (if trigger & rising != 0 { IRQ_RISING } else { 0 }) | (if trigger & falling != 0 { IRQ_FALLING } else { 0 });
    if !matches!(handler, Value::Undef) {
        let pin_obj = args[0];
        if handler.is_none() {
            update_pin(vm, id, |p| p.irq = None);
        } else {
            update_pin(vm, id, |p| p.irq = Some((handler, pin_obj, mask)));
        }
    }
    let class = vm.extensions.get::<Board>().and_then(|b| b.classes.pin_irq).expect("machine made");
    Ok(vm.alloc(Object::Native(Box::new(PinIrqObj { class, pin: id }))))
}

fn irq_call(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(id) = args.first().and_then(|&v| downcast::<PinIrqObj>(vm, v)).map(|i| i.pin) else {
        return Err(vm.type_error("expected an irq"));
    };
    let irq = vm.extensions.get::<Board>().and_then(|b| b.pins.get(&id)).and_then(|p| p.irq);
    if let Some((h, obj, _)) = irq {
        vm.call(h, &[obj])?;
    }
    Ok(Value::None)
}

fn irq_trigger(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(id) = args.first().and_then(|&v| downcast::<PinIrqObj>(vm, v)).map(|i| i.pin) else {
        return Err(vm.type_error("expected an irq"));
    };
    let (rising, falling) = (pin_const(vm, "IRQ_RISING"), pin_const(vm, "IRQ_FALLING"));
    if let Some(&t) = args.get(1) {
        let t = vm.int_arg(t)?;
        let mask = (if t & rising != 0 { IRQ_RISING } else { 0 }) | (if t & falling != 0 { IRQ_FALLING } else { 0 });
        update_pin(vm, id, |p| {
            if let Some(irq) = p.irq.as_mut() {
                irq.2 = mask;
            }
        });
    }
    let mask = vm.extensions.get::<Board>().and_then(|b| b.pins.get(&id)).and_then(|p| p.irq).map(|i| i.2).unwrap_or(0);
    let mut out = 0;
    if mask & IRQ_RISING != 0 {
        out |= rising;
    }
    if mask & IRQ_FALLING != 0 {
        out |= falling;
    }
    Ok(Value::Int(out))
}

// ----- Signal -----

fn signal_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(&first) = args.get(1) else {
        return Err(vm.type_error("Signal() needs a pin"));
    };
    let invert = match vm.kwarg(kw, "invert") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let pin = if downcast::<PinObj>(vm, first).is_some() {
        first
    } else {
        // Signal(id, mode, pull, ...) builds the Pin itself.
        let pin_class = vm.extensions.get::<Board>().and_then(|b| b.classes.pin).expect("machine made");
        let mut pin_args = vec![Value::Obj(pin_class)];
        pin_args.extend_from_slice(&args[1..]);
        let kw: Vec<(Value, Value)> = kw.iter().copied().filter(|(k, _)| vm.str_of(*k) != "invert").collect();
        pin_new(vm, &pin_args, &kw)?
    };
    let class = args[0].as_obj().expect("class");
    Ok(vm.alloc(Object::Native(Box::new(SignalObj { class, pin, invert }))))
}

fn this_signal(vm: &mut Vm, args: &[Value]) -> PyResult<(u8, bool)> {
    let s = args.first().and_then(|&v| downcast::<SignalObj>(vm, v)).map(|s| (s.pin, s.invert));
    match s {
        Some((pin, invert)) => Ok((pin_id(vm, pin)?, invert)),
        None => Err(vm.type_error("expected a Signal")),
    }
}

fn signal_value(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (id, invert) = this_signal(vm, args)?;
    match args.get(1) {
        None => {
            let l = vm.extensions.get::<Board>().and_then(|b| b.level(id)).unwrap_or(0);
            Ok(Value::Int((l ^ invert as u8) as i64))
        }
        Some(&v) => {
            let level = vm.truthy(v)? as u8 ^ invert as u8;
            set_level(vm, id, level);
            Ok(Value::None)
        }
    }
}

fn signal_on(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (id, invert) = this_signal(vm, args)?;
    set_level(vm, id, 1 ^ invert as u8);
    Ok(Value::None)
}

fn signal_off(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (id, invert) = this_signal(vm, args)?;
    set_level(vm, id, invert as u8);
    Ok(Value::None)
}
