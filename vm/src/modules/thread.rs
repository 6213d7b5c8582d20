//! `_thread`, cooperatively: the simulator runs one thread of Python, so
//! `start_new_thread` runs the function to completion before returning
//! (MicroPython code that hands work to a thread still runs, in order).
//! Locks work as locks would with no contention.

use super::{add_fns, native_mut, native_ref, new_class};
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct Lock {
    class: ObjRef,
    locked: bool,
}

crate::native_object!(Lock);

struct LockClass(ObjRef);

impl crate::runtime::extensions::Extension for LockClass {
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
    let (m, d) = vm.new_module("_thread");
    let class = new_class(vm, "lock");
    vm.add_method(class, "acquire", acquire);
    vm.add_method(class, "release", release);
    vm.add_method(class, "locked", locked);
    vm.add_method(class, "__enter__", enter);
    vm.add_method(class, "__exit__", exit_lock);
    vm.extensions.insert(LockClass(class));
    vm.module_add(d, "LockType", Value::Obj(class));
    add_fns(
        vm,
        d,
        &[
            ("start_new_thread", start_new_thread),
            ("allocate_lock", allocate_lock),
            ("get_ident", get_ident),
            ("exit", exit),
        ],
    );
    Ok(m)
}

fn allocate_lock(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let class = match vm.extensions.get::<LockClass>() {
        Some(c) => c.0,
        None => return Err(vm.err(ExcKind::RuntimeError, "_thread not initialised")),
    };
    Ok(vm.alloc(Object::Native(Box::new(Lock { class, locked: false }))))
}

/// With one thread, a held lock can never be released while we wait:
/// blocking on it would hang forever, so a timed wait sleeps its timeout
/// on the VM's clock and an untimed one is reported as a deadlock.
fn acquire(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("acquire", args, 1, 3)?;
    let wait = match args.get(1) {
        Some(&v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match args.get(2) {
        Some(&v) => vm.float_arg(v)?,
        None => -1.0,
    };
    let held = match native_ref::<Lock>(vm, args[0]) {
        Some(l) => l.locked,
        None => return Err(super::bad_self(vm, "lock")),
    };
    if !held {
        if let Some(l) = native_mut::<Lock>(vm, args[0]) {
            l.locked = true;
        }
        return Ok(Value::Bool(true));
    }
    if !wait {
        return Ok(Value::Bool(false));
    }
    if timeout >= 0.0 {
        super::time::sleep_ns(vm, (timeout * 1e9) as u64)?;
        return Ok(Value::Bool(false));
    }
    Err(vm.err(ExcKind::RuntimeError, "deadlock: the lock is held and threads run one at a time"))
}

fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match native_mut::<Lock>(vm, args[0]) {
        Some(l) if l.locked => {
            l.locked = false;
            Ok(Value::None)
        }
        Some(_) => Err(vm.err(ExcKind::RuntimeError, "release unlocked lock")),
        None => Err(super::bad_self(vm, "lock")),
    }
}

fn locked(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match native_ref::<Lock>(vm, args[0]) {
        Some(l) => Ok(Value::Bool(l.locked)),
        None => Err(super::bad_self(vm, "lock")),
    }
}

fn enter(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    acquire(vm, &args[..1], &[])?;
    Ok(args[0])
}

fn exit_lock(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    release(vm, &args[..1], &[])
}

/// Runs `function(*args, **kwargs)` now; an exception in it is printed, as
/// an uncaught exception in a thread is, and does not reach the caller.
fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("start_new_thread", args, 2, 3)?;
    let pos = vm.collect_iter(args[1])?;
    let mut kw = vec![];
    if let Some(&d) = args.get(2) {
        if let Some(Object::Dict(dict)) = d.as_obj().map(|r| vm.heap.get(r)) {
            kw = dict.iter().map(|e| (e.key, e.value)).collect();
        }
    }
    match vm.call_kw(args[0], &pos, &kw) {
        Ok(_) => {}
        Err(e) if vm.exc_class_is(e.0, ExcKind::SystemExit) => {}
        Err(e) if vm.exc_class_is(e.0, ExcKind::KeyboardInterrupt) => return Err(e),
        Err(e) => {
            let text =
                format!("Unhandled exception in thread started by {}\n{}", vm.repr(args[0])?, vm.format_exception(e.0));
            vm.io.write(crate::target::Stream::Stderr, &text);
        }
    }
    Ok(Value::Int(1))
}

fn get_ident(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn exit(vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Err(vm.err(ExcKind::SystemExit, ""))
}
