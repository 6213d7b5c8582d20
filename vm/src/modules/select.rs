//! `select`: `poll` objects and `select()` over the streams the simulator
//! has (files, in-memory streams, `sys.stdin`/`stdout`). Every registered
//! object is reported ready for what it was registered for: in-memory data
//! never blocks. Peripheral streams (UART) can refine this later.

use super::{add_fns, native_mut, new_class};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const POLLIN: i64 = 1;
const POLLOUT: i64 = 4;
const POLLERR: i64 = 8;
const POLLHUP: i64 = 16;

pub struct Poll {
    class: ObjRef,
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

fn poll(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
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

fn register(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("register", args, 2, 3)?;
    let mask = match args.get(2) {
        Some(&v) => vm.int_arg(v)?,
        None => POLLIN | POLLOUT,
    };
    let obj = args[1];
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
    let mask = vm.int_arg(args[2])?;
    let obj = args[1];
    let found = with_poll(vm, args[0], |p| match p.entries.iter_mut().find(|(o, _)| o.is(obj)) {
        Some(e) => {
            e.1 = mask;
            true
        }
        None => false,
    })?;
    if !found {
        return Err(vm.os_error(2));
    }
    Ok(Value::None)
}

fn ready(vm: &mut Vm, v: Value) -> PyResult<Vec<(Value, i64)>> {
    with_poll(vm, v, |p| {
        p.entries
            .iter()
            .filter(|(_, m)| m & (POLLIN | POLLOUT) != 0)
            .map(|&(o, m)| (o, m & (POLLIN | POLLOUT)))
            .collect()
    })
}

fn poll_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("poll", args, 1, 2)?;
    let items = ready(vm, args[0])?;
    if items.is_empty() {
        // Nothing can become ready: wait out the timeout on the clock.
        if let Some(&t) = args.get(1) {
            let ms = vm.int_arg(t)?;
            if ms > 0 {
                super::time::sleep_ns(vm, ms as u64 * 1_000_000)?;
            }
        }
    }
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
    let list = poll_method(vm, &args[..args.len().min(2)], &[])?;
    vm.get_iter(list)
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
