//! `select`: `poll` objects and `select()`, as extmod/modselect.c has them.
//! An object written in Python (an `io.IOBase` subclass, asyncio's
//! `ThreadSafeFlag`) is asked through its `ioctl(3, events)`, again and
//! again while the poll waits; the simulator's own streams (files,
//! in-memory streams, stdin/stdout) never block, so they are ready for
//! whatever they were registered for. Waiting runs on the VM's clock and
//! runs timers and scheduled callbacks, which is how an IRQ wakes a poll.

use super::{add_fns, native_mut, new_class};
use crate::objects::function::KwArgs;
use crate::runtime::clock::ClockMode;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const POLLIN: i64 = 1;
const POLLOUT: i64 = 4;
const POLLERR: i64 = 8;
const POLLHUP: i64 = 16;
/// `ioctl` request number of MP_STREAM_POLL.
const STREAM_POLL: i64 = 3;
/// ipoll flag: report an object once, then stop polling it until modified.
const FLAG_ONESHOT: i64 = 1;

pub struct Poll {
    class: ObjRef,
    /// (object, events it waits for), in registration order.
    entries: Vec<(Value, i64)>,
}

crate::native_object!(Poll, |s, out| {
    super::trace_values(s.entries.iter().map(|(v, _)| v), out);
});

struct PollClass(ObjRef);

impl crate::runtime::extensions::Extension for PollClass {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.0);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("select");
    let class = new_class(vm, "poll");
    vm.add_method(class, "register", register);
    vm.add_method(class, "unregister", unregister);
    vm.add_method(class, "modify", modify);
    vm.add_method(class, "poll", poll_method);
    vm.add_method(class, "ipoll", ipoll);
    vm.extensions.insert(PollClass(class));
    for (n, v) in [("POLLIN", POLLIN), ("POLLOUT", POLLOUT), ("POLLERR", POLLERR), ("POLLHUP", POLLHUP)] {
        vm.module_add(d, n, Value::Int(v));
    }
    add_fns(vm, d, &[("poll", poll), ("select", select)]);
    Ok(m)
}

fn poll(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("poll", args, 0, 0)?;
    let class = match vm.extensions.get::<PollClass>() {
        Some(c) => c.0,
        None => return Err(vm.type_error("select not initialised")),
    };
    Ok(vm.alloc(Object::Native(Box::new(Poll { class, entries: vec![] }))))
}

fn with_poll<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut Poll) -> R) -> PyResult<R> {
    match native_mut::<Poll>(vm, v) {
        Some(p) => Ok(f(p)),
        None => Err(super::bad_self(vm, "poll")),
    }
}

/// Objects the poll can ask: anything with a stream protocol. A plain int
/// is a file descriptor, which only the unix port has.
fn check_pollable(vm: &mut Vm, obj: Value) -> PyResult<()> {
    match obj {
        Value::Int(_) | Value::Bool(_) | Value::None => Err(vm.err(ExcKind::OSError, "stream operation not supported")),
        _ => Ok(()),
    }
}

fn register(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("register", args, 2, 3)?;
    let mask = match args.get(2) {
        Some(&v) => vm.int_arg(v)?,
        None => POLLIN | POLLOUT,
    };
    let obj = args[1];
    check_pollable(vm, obj)?;
    with_poll(vm, args[0], |p| match p.entries.iter_mut().find(|(o, _)| o.is(obj)) {
        Some(e) => e.1 = mask,
        None => p.entries.push((obj, mask)),
    })?;
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("unregister", args, 2, 2)?;
    let obj = args[1];
    with_poll(vm, args[0], |p| p.entries.retain(|(o, _)| !o.is(obj)))?;
    Ok(Value::None)
}

fn modify(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("modify", args, 3, 3)?;
    let obj = args[1];
    let found = with_poll(vm, args[0], |p| p.entries.iter().any(|(o, _)| o.is(obj)))?;
    if !found {
        return Err(vm.os_error(2));
    }
    let mask = vm.int_arg(args[2])?;
    with_poll(vm, args[0], |p| {
        if let Some(e) = p.entries.iter_mut().find(|(o, _)| o.is(obj)) {
            e.1 = mask;
        }
    })?;
    Ok(Value::None)
}

/// Ask one object which of `events` it is ready for (MP_STREAM_POLL).
fn poll_one(vm: &mut Vm, obj: Value, events: i64) -> PyResult<i64> {
    if let Some(r) = super::ringio::poll(vm, obj, events) {
        return Ok(r);
    }
    let is_python = matches!(obj.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_)));
    if !is_python {
        return Ok(events & (POLLIN | POLLOUT));
    }
    let name = vm.intern("ioctl");
    let r = vm.call_method(obj, name, &[Value::Int(STREAM_POLL), Value::Int(events)])?;
    let n = vm.int_arg(r)?;
    if n < 0 {
        return Err(vm.os_error(-n));
    }
    Ok(n)
}

/// Poll every object once: (object, revents) for those ready.
fn poll_once(vm: &mut Vm, this: Value) -> PyResult<Vec<(Value, i64)>> {
    let entries = with_poll(vm, this, |p| p.entries.clone())?;
    let mut ready = vec![];
    for (obj, events) in entries {
        let r = poll_one(vm, obj, events)?;
        if r != 0 {
            ready.push((obj, r));
        }
    }
    Ok(ready)
}

/// Poll until something is ready or `timeout_ms` (None: forever) passes.
fn poll_until(vm: &mut Vm, this: Value, timeout_ms: Option<u64>) -> PyResult<Vec<(Value, i64)>> {
    let start = vm.clock.now_ns();
    let end = timeout_ms.map(|ms| start.saturating_add(ms.saturating_mul(1_000_000)));
    vm.run_due()?;
    loop {
        let ready = poll_once(vm, this)?;
        let now = vm.clock.now_ns();
        if !ready.is_empty() || end.is_some_and(|e| now >= e) {
            return Ok(ready);
        }
        // What could make an object ready: a timer, a scheduled callback,
        // or (real time only) the passing of time itself.
        let step = match (vm.clock.mode, vm.scheduler.next_deadline(), end) {
            (ClockMode::Real, _, Some(e)) => (e - now).min(1_000_000),
            (ClockMode::Real, _, None) => 1_000_000,
            (ClockMode::Virtual, Some(d), Some(e)) => d.min(e).saturating_sub(now).max(1),
            (ClockMode::Virtual, Some(d), None) => d.saturating_sub(now).max(1),
            (ClockMode::Virtual, None, Some(e)) => e - now,
            (ClockMode::Virtual, None, None) => {
                vm.run_due()?;
                if !vm.scheduler.is_idle() {
                    continue;
                }
                return Err(vm.err(
                    ExcKind::RuntimeError,
                    "deadlock: poll() waits forever and nothing can wake it (virtual time)",
                ));
            }
        };
        vm.sleep_ns(step)?;
    }
}

/// The timeout argument of poll/ipoll in ms: None or negative waits forever.
fn timeout_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<u64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(&v) => {
            let t = vm.int_arg(v)?;
            Ok((t >= 0).then_some(t as u64))
        }
    }
}

fn poll_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("poll", args, 1, 2)?;
    let timeout = timeout_arg(vm, args.get(1))?;
    let items = poll_until(vm, args[0], timeout)?;
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    for (o, m) in items {
        let t = vm.new_tuple(vec![o, Value::Int(m)]);
        vm.list_append(list, t)?;
    }
    vm.temp_roots.pop();
    Ok(list)
}

fn ipoll(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ipoll", args, 1, 3)?;
    let timeout = timeout_arg(vm, args.get(1))?;
    let flags = match args.get(2) {
        Some(&f) => vm.int_arg(f)?,
        None => 0,
    };
    let items = poll_until(vm, args[0], timeout)?;
    if flags & FLAG_ONESHOT != 0 {
        with_poll(vm, args[0], |p| {
            for (o, _) in &items {
                if let Some(e) = p.entries.iter_mut().find(|(x, _)| x.is(*o)) {
                    e.1 = 0;
                }
            }
        })?;
    }
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    for (o, m) in items {
        let t = vm.new_tuple(vec![o, Value::Int(m)]);
        vm.list_append(list, t)?;
    }
    let it = vm.get_iter(list);
    vm.temp_roots.pop();
    it
}

fn select(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("select", args, 3, 4)?;
    let r = vm.collect_iter(args[0])?;
    let w = vm.collect_iter(args[1])?;
    let rl = vm.new_list(r);
    vm.temp_roots.push(rl);
    let wl = vm.new_list(w);
    vm.temp_roots.push(wl);
    let xl = vm.new_list(vec![]);
    vm.temp_roots.truncate(vm.temp_roots.len() - 2);
    Ok(vm.new_tuple(vec![rl, wl, xl]))
}
