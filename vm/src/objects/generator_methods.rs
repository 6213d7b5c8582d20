//! `send`, `throw`, `close`, `__next__` and `__iter__` on generators and
//! coroutines, so Python code (asyncio's scheduler) can drive them.

use crate::objects::function::KwArgs;
use crate::objects::generator::GenState;
use crate::runtime::error::{Exc, ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::interp::Exit;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(vm: &mut Vm) {
    for class in [vm.types.generator, vm.types.coroutine] {
        vm.add_method(class, "send", gen_send_method);
        vm.add_method(class, "throw", gen_throw);
        vm.add_method(class, "close", gen_close);
        vm.add_method(class, "pend_throw", gen_pend_throw);
        vm.add_method(class, "__next__", gen_next);
        vm.add_method(class, "__iter__", gen_iter);
    }
}

fn generator_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::Generator(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("expected a generator, got '{t}'")))
        }
    }
}

impl Vm {
    /// A finished generator's return value becomes `StopIteration(value)`.
    pub fn stop_iteration(&mut self, v: Value) -> Exc {
        let class = self.exc.get(ExcKind::StopIteration);
        let args = if v.is_none() { vec![] } else { vec![v] };
        Exc(self.new_exception(class, args))
    }
}

fn resume(vm: &mut Vm, g: ObjRef, sent: Value, throw: Option<Exc>) -> PyResult<Value> {
    // Holds only its arguments: the generator's frame may collect.
    match vm.gen_send_rooted(g, sent, throw)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send_method(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("send", args, 2, 2)?;
    let g = generator_ref(vm, args[0])?;
    resume(vm, g, args[1], None)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__next__", args, 1, 1)?;
    let g = generator_ref(vm, args[0])?;
    resume(vm, g, Value::None, None)
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}

/// `throw(exc)` or `throw(type, value)`: the value when given (and not
/// None), else the first argument, passed on as it is (a class, an
/// instance, or anything: what it becomes is decided where it lands).
fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("throw", args, 2, 4)?;
    let g = generator_ref(vm, args[0])?;
    let thrown = match args.get(2) {
        Some(&v) if !v.is_none() => v,
        _ => args[1],
    };
    resume(vm, g, Value::None, Some(Exc(thrown)))
}

/// `pend_throw(exc)`: throw `exc` at the next resumption; answers the
/// exception pending before (None if none).
fn gen_pend_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pend_throw", args, 2, 2)?;
    let g = generator_ref(vm, args[0])?;
    match vm.heap.get_mut(g) {
        Object::Generator(gen) if gen.state != GenState::Running => Ok(std::mem::replace(&mut gen.pending, args[1])),
        _ => Err(vm.value_error("generator already executing")),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("close", args, 1, 1)?;
    let g = generator_ref(vm, args[0])?;
    let state = match vm.heap.get(g) {
        Object::Generator(gen) => gen.state,
        _ => GenState::Done,
    };
    match state {
        GenState::Done => return Ok(Value::None),
        // Never started: nothing to unwind.
        GenState::Created => {
            if let Object::Generator(gen) = vm.heap.get_mut(g) {
                gen.state = GenState::Done;
                gen.saved.clear();
                gen.blocks.clear();
            }
            return Ok(Value::None);
        }
        _ => {}
    }
    let exit = vm.err(ExcKind::GeneratorExit, "");
    match vm.gen_send(g, Value::None, Some(exit)) {
        Ok(Exit::Yield(_)) => Err(vm.err(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e) if vm.exc_class_is(e.0, ExcKind::GeneratorExit) => Ok(Value::None),
        Err(e) => Err(e),
    }
}
