//! `machine.WDT`: the watchdog. Once started it cannot be stopped; if
//! `feed()` is not called within the timeout (on the VM clock) the
//! simulated board resets: the program ends with `SystemExit` and the
//! board's `reset_requested` says "watchdog", for the front end to restart it.

use super::state::Board;
use crate::native_object;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The running watchdog: its scheduler timer and timeout.
pub struct Watchdog {
    pub timer: u64,
    pub timeout_ns: u64,
}

impl Extension for Watchdog {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub struct WdtObj {
    pub class: ObjRef,
}
native_object!(WdtObj);

pub fn register(vm: &mut Vm, class: ObjRef) {
    vm.add_static(class, "__new__", wdt_new);
    vm.add_method(class, "feed", feed);
}

/// Whether a watchdog is running, and its timeout in milliseconds.
pub fn running_timeout_ms(vm: &Vm) -> Option<u64> {
    vm.extensions.get::<Watchdog>().map(|w| w.timeout_ns / 1_000_000)
}

fn wdt_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["id", "timeout"])?;
    vm.check_args("WDT", args, 1, 3)?;
    let class = super::buses::class_arg(vm, args)?;
    let id = vm.arg_or(args, kw, 1, "id", Value::Int(0));
    let id = vm.int_arg(id)?;
    if id != 0 {
        return Err(vm.value_error(format!("WDT({id}) doesn't exist")));
    }
    let timeout = vm.arg_or(args, kw, 2, "timeout", Value::Int(5000));
    let timeout = vm.int_arg(timeout)?;
    if timeout <= 0 {
        return Err(vm.value_error("WDT timeout too short"));
    }
    let max = vm.extensions.get::<Board>().and_then(|b| b.profile.wdt_max_timeout_ms);
    if max.is_some_and(|m| timeout > i64::from(m)) {
        return Err(vm.value_error("WDT timeout too long"));
    }
    let timeout_ns = (timeout as u64).saturating_mul(1_000_000);
    // A second WDT() changes the timeout of the one watchdog there is.
    if let Some(old) = vm.extensions.get::<Watchdog>().map(|w| w.timer) {
        vm.cancel_timer(old);
    }
    let timer = arm(vm, timeout_ns);
    vm.extensions.insert(Watchdog { timer, timeout_ns });
    Ok(vm.alloc(Object::Native(Box::new(WdtObj { class }))))
}

fn arm(vm: &mut Vm, timeout_ns: u64) -> u64 {
    let bite = vm.new_native("watchdog", expired);
    let at = vm.clock.now_ns().saturating_add(timeout_ns);
    vm.add_timer(at, None, bite, Value::None)
}

fn feed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("feed", args, 1, 1)?;
    if let Some((timer, timeout_ns)) = vm.extensions.get::<Watchdog>().map(|w| (w.timer, w.timeout_ns)) {
        vm.cancel_timer(timer);
        let timer = arm(vm, timeout_ns);
        vm.extensions.insert(Watchdog { timer, timeout_ns });
    }
    Ok(Value::None)
}

/// The timeout passed without a feed: reset the board.
fn expired(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.extensions.remove::<Watchdog>();
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.reset_requested = Some("watchdog");
    }
    Err(vm.err(ExcKind::SystemExit, ""))
}
