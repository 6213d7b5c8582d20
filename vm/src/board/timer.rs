//! `machine.Timer`: one-shot and periodic callbacks on the VM clock.

use super::pin::board_const;
use super::state::Board;
use crate::native_object;
use crate::objects::function::KwArgs;
use crate::objects::native::{downcast, downcast_mut};
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct TimerObj {
    pub class: ObjRef,
    pub id: i64,
    /// The scheduler's id while running.
    pub running: Option<u64>,
}
native_object!(TimerObj);

pub fn register(vm: &mut Vm, class: ObjRef) {
    vm.add_static(class, "__new__", timer_new);
    vm.add_method(class, "init", timer_init);
    vm.add_method(class, "deinit", timer_deinit);
    vm.add_method(class, "__repr__", timer_repr);
}

fn timer_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let id = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let valid = vm
        .extensions
        .get::<Board>()
        .map(|b| b.profile.timer_ids.is_empty() || b.profile.timer_ids.contains(&(id as i32)));
    if valid == Some(false) {
        return Err(vm.value_error(format!("Timer({id}) doesn't exist")));
    }
    let class = args[0].as_obj().expect("class");
    let t = vm.alloc(Object::Native(Box::new(TimerObj { class, id, running: None })));
    if !kw.is_empty() {
        timer_init(vm, &[t], kw)?;
    }
    Ok(t)
}

fn timer_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["mode", "freq", "period", "callback", "tick_hz", "hard"])?;
    let this = args[0];
    let Some(old) = downcast::<TimerObj>(vm, this).map(|t| t.running) else {
        return Err(vm.type_error("expected a Timer"));
    };
    if let Some(id) = old {
        vm.cancel_timer(id);
    }
    let periodic_const = board_const(vm, "machine.Timer", "PERIODIC").unwrap_or(1);
    let mode = match vm.kwarg(kw, "mode") {
        Some(m) => vm.int_arg(m)?,
        None => periodic_const,
    };
    let period_ns: u64 = if let Some(f) = vm.kwarg(kw, "freq").filter(|v| !matches!(v, Value::Int(-1))) {
        let f = vm.float_arg(f)?;
        if f <= 0.0 {
            return Err(vm.value_error("freq must be positive"));
        }
        (1e9 / f) as u64
    } else if let Some(p) = vm.kwarg(kw, "period").filter(|v| !matches!(v, Value::Int(-1))) {
        let p = vm.int_arg(p)?;
        if p < 0 {
            return Err(vm.value_error("period must be positive"));
        }
        let tick_hz = match vm.kwarg(kw, "tick_hz") {
            Some(t) => vm.int_arg(t)?.max(1) as u64,
            None => 1000,
        };
        p as u64 * 1_000_000_000 / tick_hz
    } else {
        return Err(vm.value_error("give period= or freq="));
    };
    let callback = vm.kwarg(kw, "callback").unwrap_or(Value::None);
    if callback.is_none() {
        return Ok(Value::None);
    }
    let at = vm.clock.now_ns() + period_ns.max(1);
    let periodic = (mode == periodic_const).then_some(period_ns.max(1));
    let id = vm.add_timer(at, periodic, callback, this);
    if let Some(t) = downcast_mut::<TimerObj>(vm, this) {
        t.running = Some(id);
    }
    Ok(Value::None)
}

fn timer_deinit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(running) = args.first().and_then(|&v| downcast::<TimerObj>(vm, v)).map(|t| t.running) else {
        return Err(vm.type_error("expected a Timer"));
    };
    if let Some(id) = running {
        vm.cancel_timer(id);
    }
    if let Some(t) = downcast_mut::<TimerObj>(vm, args[0]) {
        t.running = None;
    }
    Ok(Value::None)
}

fn timer_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let id = args.first().and_then(|&v| downcast::<TimerObj>(vm, v)).map(|t| t.id).unwrap_or(0);
    Ok(vm.new_str(format!("Timer({id})")))
}
