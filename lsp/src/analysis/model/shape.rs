//! A syntactic summary of a value expression, small enough to keep in a
//! binding and rich enough to infer a type from later.

use upy_syntax::ast::{Constant, Expr, ExprKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Str,
    Int,
    Float,
    Bool,
    Bytes,
    List,
    Dict,
    Set,
    Tuple,
}

impl BuiltinType {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinType::Str => "str",
            BuiltinType::Int => "int",
            BuiltinType::Float => "float",
            BuiltinType::Bool => "bool",
            BuiltinType::Bytes => "bytes",
            BuiltinType::List => "list",
            BuiltinType::Dict => "dict",
            BuiltinType::Set => "set",
            BuiltinType::Tuple => "tuple",
        }
    }
    pub fn from_name(name: &str) -> Option<BuiltinType> {
        Some(match name {
            "str" => BuiltinType::Str,
            "int" => BuiltinType::Int,
            "float" => BuiltinType::Float,
            "bool" => BuiltinType::Bool,
            "bytes" => BuiltinType::Bytes,
            "list" => BuiltinType::List,
            "dict" => BuiltinType::Dict,
            "set" => BuiltinType::Set,
            "tuple" => BuiltinType::Tuple,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Unknown,
    Literal(BuiltinType),
    /// A name or a dotted attribute chain: `machine.Pin.OUT`.
    Path(Vec<String>),
    /// A call of a dotted chain: `machine.Pin(2)` → ["machine", "Pin"].
    Call(Vec<String>),
    /// A call of a method chain on a literal: `", ".join(x)` → str, ["join"].
    LiteralCall(BuiltinType, Vec<String>),
    /// `a - b` (kept so tick arithmetic can be recognised).
    Difference,
}

pub fn shape_of(e: &Expr) -> Shape {
    match &e.kind {
        ExprKind::Const(c) => match c {
            Constant::Str(_) => Shape::Literal(BuiltinType::Str),
            Constant::Int(_) | Constant::BigInt(_) => Shape::Literal(BuiltinType::Int),
            Constant::Float(_) => Shape::Literal(BuiltinType::Float),
            Constant::True | Constant::False => Shape::Literal(BuiltinType::Bool),
            Constant::Bytes(_) => Shape::Literal(BuiltinType::Bytes),
            _ => Shape::Unknown,
        },
        ExprKind::FString(_) => Shape::Literal(BuiltinType::Str),
        ExprKind::List(_) | ExprKind::ListComp { .. } => Shape::Literal(BuiltinType::List),
        ExprKind::Dict(_) | ExprKind::DictComp { .. } => Shape::Literal(BuiltinType::Dict),
        ExprKind::Set(_) | ExprKind::SetComp { .. } => Shape::Literal(BuiltinType::Set),
        ExprKind::Tuple(_) => Shape::Literal(BuiltinType::Tuple),
        ExprKind::Name(_) | ExprKind::Attribute { .. } => path_of(e).map_or(Shape::Unknown, Shape::Path),
        ExprKind::Call { func, .. } => match path_of(func) {
            Some(path) => Shape::Call(path),
            None => literal_path(func).map_or(Shape::Unknown, |(t, path)| Shape::LiteralCall(t, path)),
        },
        ExprKind::BinOp { op: upy_syntax::ast::BinOp::Sub, .. } => Shape::Difference,
        _ => Shape::Unknown,
    }
}

/// `a.b.c` → ["a", "b", "c"]; anything but names and attributes → None.
pub fn path_of(e: &Expr) -> Option<Vec<String>> {
    match &e.kind {
        ExprKind::Name(n) => Some(vec![n.clone()]),
        ExprKind::Attribute { value, attr } => {
            let mut p = path_of(value)?;
            p.push(attr.name.clone());
            Some(p)
        }
        _ => None,
    }
}

/// `"a".b.c` → (str, ["b", "c"]): an attribute chain on a literal.
fn literal_path(e: &Expr) -> Option<(BuiltinType, Vec<String>)> {
    let ExprKind::Attribute { value, attr } = &e.kind else { return None };
    let (t, mut path) = match shape_of(value) {
        Shape::Literal(t) => (t, Vec::new()),
        _ => literal_path(value)?,
    };
    path.push(attr.name.clone());
    Some((t, path))
}

/// Whether `path_of` would give a path, without building it.
pub fn is_path(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name(_) => true,
        ExprKind::Attribute { value, .. } => is_path(value),
        _ => false,
    }
}
