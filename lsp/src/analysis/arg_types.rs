//! Does an argument's type fit a stub parameter's annotation? Only what is
//! certain is judged: the argument is a literal (or a name bound once to
//! one, or the declared result of a stub call) and every part of the
//! annotation is a type this file knows (`int`, `float`, `str`, `bytes`,
//! buffers, a stub class such as `Pin`, the module's type aliases).
//! Anything else (`Any`, `Callable`, protocols, type variables) is "can't
//! tell", and nothing is reported.

use super::infer::Ty;
use super::model::{BuiltinType, Lookup};
use super::stubs::{StubKind, StubRef, StubSet};
use super::Analysis;
use upy_syntax::ast::{Constant, Expr, ExprKind, UnaryOp};

/// What an argument is, as far as a check can be sure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgType {
    Int,
    Float,
    Bool,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    None,
    /// An instance of a stub class (`machine.Pin(2)`).
    Instance(StubRef),
}

impl ArgType {
    pub fn name(&self) -> String {
        match self {
            ArgType::Int => "int".into(),
            ArgType::Float => "float".into(),
            ArgType::Bool => "bool".into(),
            ArgType::Str => "str".into(),
            ArgType::Bytes => "bytes".into(),
            ArgType::List => "list".into(),
            ArgType::Tuple => "tuple".into(),
            ArgType::Dict => "dict".into(),
            ArgType::Set => "set".into(),
            ArgType::None => "None".into(),
            ArgType::Instance(r) => r.path.join("."),
        }
    }

    fn of_builtin(t: BuiltinType) -> ArgType {
        match t {
            BuiltinType::Str => ArgType::Str,
            BuiltinType::Int => ArgType::Int,
            BuiltinType::Float => ArgType::Float,
            BuiltinType::Bool => ArgType::Bool,
            BuiltinType::Bytes => ArgType::Bytes,
            BuiltinType::List => ArgType::List,
            BuiltinType::Dict => ArgType::Dict,
            BuiltinType::Set => ArgType::Set,
            BuiltinType::Tuple => ArgType::Tuple,
        }
    }
}

/// The type of an argument expression, when certain.
pub fn of_expr(a: &Analysis, e: &Expr) -> Option<ArgType> {
    Some(match &e.kind {
        ExprKind::Const(c) => match c {
            Constant::Int(_) | Constant::BigInt(_) => ArgType::Int,
            Constant::Float(_) => ArgType::Float,
            Constant::True | Constant::False => ArgType::Bool,
            Constant::Str(_) => ArgType::Str,
            Constant::Bytes(_) => ArgType::Bytes,
            Constant::None => ArgType::None,
            Constant::Imag(_) | Constant::Ellipsis => return None,
        },
        ExprKind::FString(_) => ArgType::Str,
        ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd, operand } => match of_expr(a, operand)? {
            t @ (ArgType::Int | ArgType::Float) => t,
            ArgType::Bool => ArgType::Int,
            _ => return None,
        },
        ExprKind::List(_) | ExprKind::ListComp { .. } => ArgType::List,
        ExprKind::Tuple(_) => ArgType::Tuple,
        ExprKind::Dict(_) | ExprKind::DictComp { .. } => ArgType::Dict,
        ExprKind::Set(_) | ExprKind::SetComp { .. } => ArgType::Set,
        // A name counts only when bound once in its scope: with several
        // bindings the one that runs last is not known.
        ExprKind::Name(n) => {
            let m = a.model();
            let scope = m.scope_at(e.span.start, a.text());
            let Lookup::Binding(id) = m.lookup(scope, n, Some(e.span.start)) else { return None };
            let b = &m.bindings[id];
            if m.scopes[b.scope].names.get(n).is_none_or(|ids| ids.len() != 1) {
                return None;
            }
            from_ty(a.expr_ty(e)?)?
        }
        ExprKind::Call { .. } | ExprKind::Attribute { .. } => from_ty(a.expr_ty(e)?)?,
        _ => return None,
    })
}

fn from_ty(t: Ty) -> Option<ArgType> {
    match t {
        Ty::Builtin(b) => Some(ArgType::of_builtin(b)),
        Ty::Ticks => Some(ArgType::Int),
        Ty::Instance(r) => Some(ArgType::Instance(r)),
        _ => None,
    }
}

/// Whether `arg` fits `annotation` as written in stub module `module`:
/// `Some(true)`, `Some(false)`, or `None` when it can't be told.
pub fn accepts(stubs: &StubSet, module: &str, annotation: &str, arg: &ArgType) -> Option<bool> {
    accepts_depth(stubs, module, annotation, arg, 0)
}

fn accepts_depth(stubs: &StubSet, module: &str, annotation: &str, arg: &ArgType, depth: u32) -> Option<bool> {
    if depth > 6 {
        return None;
    }
    let mut unknown = false;
    for alt in split_union(annotation) {
        match accepts_one(stubs, module, alt.trim(), arg, depth) {
            Some(true) => return Some(true),
            Some(false) => {}
            None => unknown = true,
        }
    }
    if unknown {
        None
    } else {
        Some(false)
    }
}

fn accepts_one(stubs: &StubSet, module: &str, alt: &str, arg: &ArgType, depth: u32) -> Option<bool> {
    // Strip any generic arguments: `list[int]` is a list, `array[Any]` an array.
    let head = alt.split('[').next().unwrap_or(alt).trim();
    if head.starts_with('(') || head.starts_with('"') || head.starts_with('\'') || head.is_empty() {
        return None;
    }
    if head == "Optional" {
        let inner = alt.strip_prefix("Optional[")?.strip_suffix(']')?;
        return if *arg == ArgType::None { Some(true) } else { accepts_depth(stubs, module, inner, arg, depth + 1) };
    }
    use ArgType as A;
    // A stub class may derive from a built-in type (`OrderedDict` from
    // `dict`): against a built-in name, an instance can't be told.
    let builtin = |ok: &[ArgType]| if matches!(arg, A::Instance(_)) { None } else { Some(ok.contains(arg)) };
    match head {
        "Any" | "object" => Some(true),
        "None" => builtin(&[A::None]),
        "int" => builtin(&[A::Int, A::Bool]),
        "float" => builtin(&[A::Float, A::Int, A::Bool]),
        "complex" => builtin(&[A::Float, A::Int, A::Bool]),
        // MicroPython takes any truth value where a bool is asked for.
        "bool" => builtin(&[A::Bool, A::Int]),
        "str" => builtin(&[A::Str]),
        // MicroPython's str has the buffer protocol: it reads as its UTF-8
        // bytes wherever a readable buffer is asked for.
        "bytes" => builtin(&[A::Bytes, A::Str]),
        "bytearray" => builtin(&[]),
        // memoryview(b"..") and memoryview("..") are read-only views.
        "memoryview" => builtin(&[]),
        "list" => builtin(&[A::List]),
        "tuple" => builtin(&[A::Tuple]),
        "dict" => builtin(&[A::Dict]),
        "set" | "frozenset" => builtin(&[A::Set]),
        _ => class_or_alias(stubs, module, head, arg, depth),
    }
}

/// A stub class (matched by class or base) or a type alias of the module.
fn class_or_alias(stubs: &StubSet, module: &str, name: &str, arg: &ArgType, depth: u32) -> Option<bool> {
    let r = match name.rsplit_once('.') {
        Some((m, n)) => StubRef { module: m.to_string(), path: vec![n.to_string()] },
        None => StubRef { module: module.to_string(), path: vec![name.to_string()] },
    };
    // A name the stub imported for its annotations (`from array import array`).
    let r = match stubs.module(&r.module).and_then(|m| m.imported.get(name)) {
        Some((m, n)) if stubs.resolve(&r).is_none() => StubRef { module: m.clone(), path: vec![n.clone()] },
        _ => r,
    };
    let (r, ()) = stubs.resolve(&r)?;
    let item = stubs.get(&r)?;
    if let Some(alias) = &item.alias_of {
        return accepts_depth(stubs, &r.module, alias, arg, depth + 1);
    }
    if item.kind != StubKind::Class {
        return None;
    }
    // Protocol-like classes of the stubs' own (private, with no base) may
    // be satisfied by anything with the right methods: can't tell.
    if item.name.starts_with('_') {
        return None;
    }
    match arg {
        ArgType::Instance(have) => Some(is_subclass(stubs, have, &r, 0)),
        // Pins may be named ("LED", board names) wherever a pin is taken.
        ArgType::Str if item.name == "Pin" => None,
        // A literal is never an instance of a board class.
        _ => Some(false),
    }
}

fn is_subclass(stubs: &StubSet, class: &StubRef, of: &StubRef, depth: u32) -> bool {
    if depth > 8 {
        return false;
    }
    let Some((class, ())) = stubs.resolve(class) else { return false };
    if class == *of {
        return true;
    }
    let Some(item) = stubs.get(&class) else { return false };
    item.bases.iter().any(|b| stubs.class_ref(&class.module, b).is_some_and(|b| is_subclass(stubs, &b, of, depth + 1)))
}

/// `int | str | list[int | str]` → `["int ", " str ", " list[int | str]"]`:
/// the alternatives at the top level only.
fn split_union(annotation: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in annotation.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            '|' if depth == 0 => {
                out.push(&annotation[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&annotation[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::board::Board;

    fn stubs() -> std::sync::Arc<StubSet> {
        StubSet::for_board(Board::parse("esp32").unwrap())
    }

    #[test]
    fn builtin_annotations() {
        let s = stubs();
        assert_eq!(accepts(&s, "time", "int", &ArgType::Str), Some(false));
        assert_eq!(accepts(&s, "time", "int", &ArgType::Bool), Some(true));
        assert_eq!(accepts(&s, "time", "int", &ArgType::Float), Some(false));
        assert_eq!(accepts(&s, "time", "float", &ArgType::Int), Some(true));
        assert_eq!(accepts(&s, "time", "int | None", &ArgType::None), Some(true));
        assert_eq!(accepts(&s, "time", "Optional[int]", &ArgType::None), Some(true));
        assert_eq!(accepts(&s, "time", "Any", &ArgType::Str), Some(true));
        assert_eq!(accepts(&s, "time", "Callable[[int], None]", &ArgType::Str), None);
        assert_eq!(accepts(&s, "time", "list[int] | str", &ArgType::Tuple), Some(false));
    }

    #[test]
    fn classes_and_aliases_of_the_stubs() {
        let s = stubs();
        let pin = ArgType::Instance(StubRef { module: "machine".into(), path: vec!["Pin".into()] });
        assert_eq!(accepts(&s, "machine", "Pin | int", &pin), Some(true));
        assert_eq!(accepts(&s, "machine", "Pin | int", &ArgType::Int), Some(true));
        // a pin may be named
        assert_eq!(accepts(&s, "machine", "Pin | int", &ArgType::Str), None);
        assert_eq!(accepts(&s, "machine", "Pin | int", &ArgType::Float), Some(false));
        // _ReadBuf: TypeAlias = bytes | bytearray | memoryview | array[Any]
        assert_eq!(accepts(&s, "machine", "_ReadBuf", &ArgType::Bytes), Some(true));
        // str reads as bytes in MicroPython
        assert_eq!(accepts(&s, "machine", "_ReadBuf", &ArgType::Str), Some(true));
        assert_eq!(accepts(&s, "machine", "_ReadBuf", &ArgType::Int), Some(false));
        assert_eq!(accepts(&s, "machine", "_WriteBuf", &ArgType::Bytes), Some(false));
    }
}
