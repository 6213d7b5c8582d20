//! What MicroPython's compiler does with the `micropython` module before
//! anything runs: `NAME = const(value)` folds `value` and puts it in place
//! of every later `NAME` in the source (a name starting with `_` is not
//! even stored), whether or not `const` was imported; `@micropython.native`,
//! `viper` and `bytecode` choose an emitter and never look the name up; and
//! `micropython.opt_level()` decides `__debug__`, asserts and line numbers.

use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::*;
use std::collections::HashMap;

/// The code emitter a function asked for with a decorator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emitter {
    Bytecode,
    Native,
    Viper,
}

/// `@micropython.X`: Some(Ok(emitter)) for the ones the board has,
/// Some(Err(message)) for any other `micropython.` decorator, None for a
/// decorator that is an ordinary expression.
pub fn emitter_decorator(d: &Expr) -> Option<Result<Emitter, &'static str>> {
    let ExprKind::Attribute { value, attr } = &d.kind else { return None };
    match &value.kind {
        ExprKind::Name(m) if m == "micropython" => Some(match attr.name.as_str() {
            "bytecode" => Ok(Emitter::Bytecode),
            "native" => Ok(Emitter::Native),
            "viper" => Ok(Emitter::Viper),
            _ => Err("invalid micropython decorator"),
        }),
        // `@micropython.a.b`
        ExprKind::Attribute { .. } if root_is_micropython(value) => Some(Err("invalid micropython decorator")),
        _ => None,
    }
}

fn root_is_micropython(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(m) => m == "micropython",
        ExprKind::Attribute { value, .. } => root_is_micropython(value),
        _ => false,
    }
}

/// `NAME = const(value)`: the name and the value expression.
pub fn const_assignment<'e>(targets: &'e [Expr], value: &'e Expr) -> Option<(&'e str, &'e Expr)> {
    let [Expr { kind: ExprKind::Name(name), .. }] = targets else { return None };
    let ExprKind::Call { func, args } = &value.kind else { return None };
    if !matches!(&func.kind, ExprKind::Name(f) if f == "const") {
        return None;
    }
    match args.as_slice() {
        [Arg::Positional(v)] => Some((name, v)),
        _ => None,
    }
}

/// The value of a constant expression, folded as MicroPython's parser
/// folds it: literals, tuples of constants, names already made constant,
/// arithmetic that succeeds on numbers (never giving a complex), and the
/// integer and float attributes of `math` and `errno`. None: not a constant.
pub fn fold(vm: &mut Vm, consts: &HashMap<String, Value>, e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Const(c) => match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => vm.ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => vm.alloc(Object::BigInt(b.clone())),
            Constant::Float(f) => Value::Float(*f),
            Constant::Imag(_) => return None,
            Constant::Str(s) => vm.new_str(s.clone()),
            Constant::Bytes(b) => vm.new_bytes(b.clone()),
        },
        ExprKind::Name(n) => *consts.get(n)?,
        ExprKind::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for i in items {
                vals.push(fold(vm, consts, i)?);
            }
            vm.new_tuple(vals)
        }
        ExprKind::BinOp { left, op, right } => {
            let a = fold(vm, consts, left)?;
            let a = number(vm, a)?;
            let b = fold(vm, consts, right)?;
            let b = number(vm, b)?;
            let r = vm.binary_op(*op, a, b).ok()?;
            number(vm, r)?
        }
        ExprKind::UnaryOp { op, operand } => {
            let a = fold(vm, consts, operand)?;
            let a = number(vm, a)?;
            let op = match op {
                UnaryOp::USub => crate::compile::code::Op::Neg,
                UnaryOp::UAdd => crate::compile::code::Op::Pos,
                UnaryOp::Invert if !matches!(a, Value::Float(_)) => crate::compile::code::Op::Invert,
                _ => return None,
            };
            vm.unary_op(op, a).ok()?
        }
        ExprKind::Attribute { value, attr } => {
            let ExprKind::Name(m) = &value.kind else { return None };
            if m != "math" && m != "errno" {
                return None;
            }
            let module = vm.import_one(m).ok()?;
            let key = vm.intern(&attr.name);
            let v = vm.get_attr_opt(module, key).ok()??;
            matches!(v, Value::Int(_) | Value::Float(_)).then_some(v)?
        }
        _ => return None,
    })
}

/// `v` if it is an int (small or big) or a float.
fn number(vm: &Vm, v: Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::Float(_) => Some(v),
        Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => Some(v),
        _ => None,
    }
}

/// The optimisation level set by `micropython.opt_level(n)`.
pub fn opt_level(vm: &Vm) -> i64 {
    crate::modules::micropython::opt_level_of(vm)
}
