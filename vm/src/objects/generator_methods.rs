//! `send`, `throw`, `close`, `__next__` and `__iter__` on generators and
//! coroutines, so Python code (asyncio's scheduler) can drive them.

use crate::compile::code::Op;
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
    match vm.gen_send(g, sent, throw)? {
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

/// `throw(exc)` or `throw(type, value)` (the old three-argument form's
/// value is used when given, as MicroPython does).
fn gen_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("throw", args, 2, 4)?;
    let g = generator_ref(vm, args[0])?;
    let exc = match args.get(2) {
        Some(&v) if !v.is_none() && is_exception_instance(vm, v) => Exc(v),
        Some(&v) if !v.is_none() => {
            let inst = vm.call(args[1], &[v])?;
            vm.make_exception(inst)?
        }
        _ => vm.make_exception(args[1])?,
    };
    match throw_deep(vm, g, exc)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The generator `g` is delegating to, if it is suspended in a
/// `yield from` / `await` of another generator (the delegate is the top of
/// its saved stack while its ip rests on the `YieldFrom` op).
fn suspended_delegate(vm: &Vm, g: ObjRef) -> Option<ObjRef> {
    let Object::Generator(gen) = vm.heap.get(g) else { return None };
    if gen.state != GenState::Suspended || !matches!(gen.code.ops.get(gen.ip), Some(Op::YieldFrom)) {
        return None;
    }
    let d = gen.saved.last()?.as_obj()?;
    match vm.heap.get(d) {
        Object::Generator(inner) if inner.state == GenState::Suspended => Some(d),
        _ => None,
    }
}

/// Throw into the innermost generator of a `yield from` / `await` chain
/// first, as Python does, so `finally` blocks and `except` clauses of
/// nested coroutines run (asyncio cancellation depends on it).
pub fn throw_deep(vm: &mut Vm, g: ObjRef, exc: Exc) -> PyResult<Exit> {
    let Some(d) = suspended_delegate(vm, g) else {
        return vm.gen_send(g, Value::None, Some(exc));
    };
    match throw_deep(vm, d, exc) {
        // The delegate handled it and yielded: `g` stays suspended on it.
        Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
        // The delegate returned: `g` resumes with that as the result of
        // its `yield from`, read from a stand-in that is already finished.
        Ok(Exit::Return(v)) => {
            let stand_in = returner(vm, v);
            if let Object::Generator(gen) = vm.heap.get_mut(g) {
                if let Some(top) = gen.saved.last_mut() {
                    *top = stand_in;
                }
            }
            vm.gen_send(g, Value::None, None)
        }
        // The delegate raised: the exception continues in `g`.
        Err(e) => vm.gen_send(g, Value::None, Some(e)),
    }
}

/// An iterator whose first `__next__` ends with `StopIteration(value)`.
struct Returner {
    class: ObjRef,
    value: Value,
}

crate::native_object!(Returner, |s, out| {
    if let Value::Obj(r) = s.value {
        out.push(r);
    }
});

struct ReturnerClass(ObjRef);

impl crate::runtime::extensions::Extension for ReturnerClass {
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

fn returner(vm: &mut Vm, value: Value) -> Value {
    let class = match vm.extensions.get::<ReturnerClass>() {
        Some(c) => c.0,
        None => {
            let c = crate::modules::new_class(vm, "generator_result");
            vm.add_method(c, "__next__", returner_next);
            vm.add_method(c, "__iter__", gen_iter);
            vm.extensions.insert(ReturnerClass(c));
            c
        }
    };
    vm.alloc(Object::Native(Box::new(Returner { class, value })))
}

fn returner_next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let v = match crate::modules::native_ref::<Returner>(vm, args[0]) {
        Some(r) => r.value,
        None => Value::None,
    };
    Err(vm.stop_iteration(v))
}

fn is_exception_instance(vm: &Vm, v: Value) -> bool {
    let base = vm.exc.get(ExcKind::BaseException);
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Instance(i)) => vm.is_subclass(i.class, base),
        _ => false,
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
    match throw_deep(vm, g, exit) {
        Ok(Exit::Yield(_)) => Err(vm.err(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e) if vm.exc_class_is(e.0, ExcKind::GeneratorExit) || vm.exc_class_is(e.0, ExcKind::StopIteration) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
