//! `@micropython.viper` functions. MicroPython compiles them to machine
//! code with typed locals: `int` and `uint` are machine words whose
//! arithmetic wraps, `ptr8/16/32` index raw memory, and types are checked
//! as the code is emitted (ViperTypeError). Here the function's syntax tree
//! is rewritten, before it is compiled to bytecode, into one that behaves
//! the same: every native-typed result passes through a wrapping helper
//! (`__viper_int` and friends, see runtime/viper.rs), pointer subscripts
//! become loads and stores through the helpers, and the type errors are
//! found by the same rules, in source order. Words are 32 bits, as on the
//! ESP32 and RP2040.

use crate::syntax::ast::*;
use crate::syntax::Span;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VType {
    Object,
    None,
    Bool,
    Int,
    UInt,
    /// A pointer; the size in bytes of what it points to (`ptr` is a word).
    Ptr(u8),
}

impl VType {
    fn name(self) -> &'static str {
        match self {
            VType::Object => "object",
            VType::None => "None",
            VType::Bool => "bool",
            VType::Int => "int",
            VType::UInt => "uint",
            VType::Ptr(1) => "ptr8",
            VType::Ptr(2) => "ptr16",
            VType::Ptr(4) => "ptr32",
            VType::Ptr(_) => "ptr",
        }
    }

    fn is_native(self) -> bool {
        !matches!(self, VType::Object)
    }

    fn is_int(self) -> bool {
        matches!(self, VType::Int | VType::UInt | VType::Bool)
    }
}

/// A cast name (`int(x)`, `ptr8(x)`) and the type it gives.
fn cast_type(name: &str) -> Option<VType> {
    Some(match name {
        "int" => VType::Int,
        "uint" => VType::UInt,
        "bool" => VType::Bool,
        "ptr" => VType::Ptr(0),
        "ptr8" => VType::Ptr(1),
        "ptr16" => VType::Ptr(2),
        "ptr32" => VType::Ptr(4),
        _ => return None,
    })
}

fn annotation_name(name: &str) -> Option<VType> {
    match name {
        "object" => Some(VType::Object),
        n => cast_type(n),
    }
}

/// Why a viper function cannot be compiled: message, where, and the
/// exception class ("SyntaxError", "ViperTypeError", "NotImplementedError").
#[derive(Debug)]
pub struct ViperError {
    pub message: String,
    pub span: Span,
    pub class: &'static str,
}

type VResult<T> = Result<T, ViperError>;

fn type_err<T>(message: impl Into<String>, span: Span) -> VResult<T> {
    Err(ViperError { message: message.into(), span, class: "ViperTypeError" })
}

fn not_impl<T>(message: &str, span: Span) -> VResult<T> {
    Err(ViperError { message: message.into(), span, class: "NotImplementedError" })
}

fn name(n: &str, span: Span) -> Expr {
    Expr { kind: ExprKind::Name(n.to_string()), span }
}

fn call(f: &str, args: Vec<Expr>, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Call { func: Box::new(name(f, span)), args: args.into_iter().map(Arg::Positional).collect() },
        span,
    }
}

fn int_const(i: i64, span: Span) -> Expr {
    Expr { kind: ExprKind::Const(Constant::Int(i)), span }
}

/// The helper that turns any value into type `t` (wrapping an int).
fn converter(t: VType) -> Option<&'static str> {
    match t {
        VType::Int => Some("__viper_int"),
        VType::UInt => Some("__viper_uint"),
        VType::Bool => Some("__viper_bool"),
        VType::Ptr(_) => Some("__viper_ptr"),
        _ => None,
    }
}

fn ptr_size(t: VType) -> i64 {
    match t {
        VType::Ptr(0) => 4,
        VType::Ptr(n) => n as i64,
        _ => 1,
    }
}

struct Rewriter {
    /// Types of locals known so far, in source order.
    types: HashMap<String, VType>,
    /// Names that are locals of the function (assigned in it, or params).
    locals: HashSet<String>,
    returns: VType,
}

/// Rewrite a viper function; `Err` is the error MicroPython's emitter
/// would raise for it.
pub fn rewrite(f: &FunctionDef) -> VResult<FunctionDef> {
    let mut r = Rewriter { types: HashMap::new(), locals: HashSet::new(), returns: VType::Object };
    let mut out = f.clone();
    out.returns = None;
    if let Some(ret) = &f.returns {
        r.returns = r.annotation(ret)?;
    }
    let mut prologue = vec![];
    let params: Vec<&mut Param> = out.params.posonly.iter_mut().chain(out.params.args.iter_mut()).collect();
    for p in params {
        let t = match &p.annotation {
            Some(a) => r.annotation(a)?,
            None => VType::Object,
        };
        p.annotation = None;
        r.locals.insert(p.name.name.clone());
        r.types.insert(p.name.name.clone(), t);
        if let Some(conv) = converter(t) {
            let span = p.name.span;
            let value = call(conv, vec![name(&p.name.name, span)], span);
            prologue.push(Stmt { kind: StmtKind::Assign { targets: vec![name(&p.name.name, span)], value }, span });
        }
    }
    for p in out.params.vararg.iter_mut().chain(out.params.kwonly.iter_mut()).chain(out.params.kwarg.iter_mut()) {
        p.annotation = None;
        r.locals.insert(p.name.name.clone());
        r.types.insert(p.name.name.clone(), VType::Object);
    }
    collect_assigned(&f.body, &mut r.locals);
    let body = r.block(&f.body)?;
    prologue.extend(body);
    out.body = prologue;
    Ok(out)
}

/// Names a block assigns to (not looking into nested functions or classes).
fn collect_assigned(body: &[Stmt], out: &mut HashSet<String>) {
    fn target(e: &Expr, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Name(n) => {
                out.insert(n.clone());
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| target(i, out)),
            ExprKind::Starred(i) => target(i, out),
            _ => {}
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, out)),
            StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => target(t, out),
            StmtKind::For { target: t, body, orelse, .. } => {
                target(t, out);
                collect_assigned(body, out);
                collect_assigned(orelse, out);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                collect_assigned(body, out);
                collect_assigned(orelse, out);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    if let Some(t) = &i.target {
                        target(t, out);
                    }
                }
                collect_assigned(body, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                collect_assigned(body, out);
                for h in handlers {
                    if let Some(n) = &h.name {
                        out.insert(n.name.clone());
                    }
                    collect_assigned(&h.body, out);
                }
                collect_assigned(orelse, out);
                collect_assigned(finalbody, out);
            }
            StmtKind::FunctionDef(f) => {
                out.insert(f.name.name.clone());
            }
            StmtKind::ClassDef(c) => {
                out.insert(c.name.name.clone());
            }
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    let n = a.asname.as_ref().unwrap_or(&a.name).name.split('.').next().unwrap_or("").to_string();
                    out.insert(n);
                }
            }
            _ => {}
        }
    }
}

impl Rewriter {
    fn annotation(&self, a: &Expr) -> VResult<VType> {
        match &a.kind {
            ExprKind::Name(n) => match annotation_name(n) {
                Some(t) => Ok(t),
                None => type_err(format!("unknown type '{n}'"), a.span),
            },
            _ => Err(ViperError {
                message: "annotation must be an identifier".into(),
                span: a.span,
                class: "SyntaxError",
            }),
        }
    }

    fn block(&mut self, body: &[Stmt]) -> VResult<Vec<Stmt>> {
        let mut out = vec![];
        for s in body {
            out.push(self.stmt(s)?);
        }
        Ok(out)
    }

    fn stmt(&mut self, s: &Stmt) -> VResult<Stmt> {
        let span = s.span;
        let kind = match &s.kind {
            StmtKind::Expr(e) => StmtKind::Expr(self.expr(e)?.0),
            StmtKind::Assign { targets, value } => {
                let (v, t) = self.expr(value)?;
                if let [one] = targets.as_slice() {
                    if let Some(store) = self.store(one, v.clone(), t)? {
                        return Ok(Stmt { kind: store, span });
                    }
                }
                let mut ts = vec![];
                for tg in targets {
                    ts.push(self.target(tg, VType::Object)?);
                }
                StmtKind::Assign { targets: ts, value: v }
            }
            StmtKind::AugAssign { target, op, value } => {
                // x op= y is x = x op y, typed and wrapped the same way.
                let bin = Expr {
                    kind: ExprKind::BinOp { left: Box::new(target.clone()), op: *op, right: Box::new(value.clone()) },
                    span,
                };
                let (v, t) = self.expr(&bin)?;
                match self.store(target, v.clone(), t)? {
                    Some(store) => store,
                    None => {
                        StmtKind::AugAssign { target: self.target(target, t)?, op: *op, value: self.expr(value)?.0 }
                    }
                }
            }
            StmtKind::AnnAssign { target, value, .. } => match value {
                Some(value) => {
                    let (v, t) = self.expr(value)?;
                    match self.store(target, v.clone(), t)? {
                        Some(store) => store,
                        None => StmtKind::Assign { targets: vec![self.target(target, t)?], value: v },
                    }
                }
                None => StmtKind::Pass,
            },
            StmtKind::If { test, body, orelse } => {
                let test = self.condition(test)?;
                StmtKind::If { test, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::While { test, body, orelse } => {
                let test = self.condition(test)?;
                StmtKind::While { test, body: self.block(body)?, orelse: self.block(orelse)? }
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                let (it, _) = self.expr(iter)?;
                let elem = self.range_type(iter)?;
                let target = self.target(target, elem)?;
                StmtKind::For {
                    is_async: *is_async,
                    target,
                    iter: it,
                    body: self.block(body)?,
                    orelse: self.block(orelse)?,
                }
            }
            StmtKind::Return(v) => {
                let value = match v {
                    None => None,
                    Some(e) => Some(self.return_value(e)?),
                };
                StmtKind::Return(value)
            }
            StmtKind::Raise { exc, cause } => {
                let Some(exc) = exc else { return not_impl("native raise", span) };
                if cause.is_some() {
                    return not_impl("native raise", span);
                }
                let (e, t) = self.expr(exc)?;
                if t.is_native() {
                    return type_err("must raise an object", span);
                }
                StmtKind::Raise { exc: Some(e), cause: None }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let body = self.block(body)?;
                let mut hs = vec![];
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.types.insert(n.name.clone(), VType::Object);
                    }
                    let mut h2 = h.clone();
                    h2.body = self.block(&h.body)?;
                    hs.push(h2);
                }
                StmtKind::Try { body, handlers: hs, orelse: self.block(orelse)?, finalbody: self.block(finalbody)? }
            }
            StmtKind::With { is_async, items, body } => {
                let mut its = vec![];
                for i in items {
                    let context = self.expr(&i.context)?.0;
                    let target = match &i.target {
                        Some(t) => Some(self.target(t, VType::Object)?),
                        None => None,
                    };
                    its.push(WithItem { context, target });
                }
                StmtKind::With { is_async: *is_async, items: its, body: self.block(body)? }
            }
            StmtKind::FunctionDef(f) => {
                self.types.insert(f.name.name.clone(), VType::Object);
                StmtKind::FunctionDef(f.clone())
            }
            StmtKind::ClassDef(c) => {
                self.types.insert(c.name.name.clone(), VType::Object);
                StmtKind::ClassDef(c.clone())
            }
            StmtKind::Import(_) | StmtKind::ImportFrom { .. } => {
                let mut names = HashSet::new();
                collect_assigned(std::slice::from_ref(s), &mut names);
                for n in names {
                    self.types.insert(n, VType::Object);
                }
                s.kind.clone()
            }
            StmtKind::Assert { test, msg } => {
                let test = self.expr(test)?.0;
                let msg = match msg {
                    Some(m) => Some(self.expr(m)?.0),
                    None => None,
                };
                StmtKind::Assert { test, msg }
            }
            StmtKind::Delete(items) => {
                let mut out = vec![];
                for i in items {
                    out.push(self.expr(i)?.0);
                }
                StmtKind::Delete(out)
            }
            other => other.clone(),
        };
        Ok(Stmt { kind, span })
    }

    /// The element type of `for x in range(...)`: an int when the range
    /// starts from an int.
    fn range_type(&mut self, iter: &Expr) -> VResult<VType> {
        if let ExprKind::Call { func, args } = &iter.kind {
            if matches!(&func.kind, ExprKind::Name(n) if n == "range") {
                let first = match args.as_slice() {
                    [Arg::Positional(_)] => return Ok(VType::Int),
                    [Arg::Positional(a), ..] => a,
                    _ => return Ok(VType::Object),
                };
                let t = self.ty(first)?;
                return Ok(if t.is_int() { VType::Int } else { VType::Object });
            }
        }
        Ok(VType::Object)
    }

    fn condition(&mut self, test: &Expr) -> VResult<Expr> {
        let (e, t) = self.expr(test)?;
        if let VType::Ptr(_) = t {
            return type_err(format!("can't implicitly convert '{}' to 'bool'", t.name()), test.span);
        }
        Ok(e)
    }

    fn return_value(&mut self, e: &Expr) -> VResult<Expr> {
        let (v, t) = self.expr(e)?;
        let want = self.returns;
        if !want.is_native() {
            return Ok(v);
        }
        if t == VType::None {
            // None where a native is expected is 0.
            return Ok(int_const(0, e.span));
        }
        if !t.is_native() && want != VType::Bool {
            return type_err(format!("return expected '{}' but got '{}'", want.name(), t.name()), e.span);
        }
        Ok(match converter(want) {
            Some(c) if t != want => call(c, vec![v], e.span),
            _ => v,
        })
    }

    /// An assignment to one target; Some(statement) when rewritten here.
    fn store(&mut self, target: &Expr, value: Expr, t: VType) -> VResult<Option<StmtKind>> {
        match &target.kind {
            ExprKind::Name(n) if self.locals.contains(n) => {
                let t = if t == VType::None { VType::Object } else { t };
                match self.types.get(n) {
                    None => {
                        self.types.insert(n.clone(), t);
                    }
                    Some(&have) if have != t && !(have.is_int() && t.is_int()) => {
                        return type_err(
                            format!("local '{n}' has type '{}' but source is '{}'", have.name(), t.name()),
                            target.span,
                        );
                    }
                    Some(&have) => {
                        if have != t {
                            if let Some(c) = converter(have) {
                                return Ok(Some(StmtKind::Assign {
                                    targets: vec![target.clone()],
                                    value: call(c, vec![value], target.span),
                                }));
                            }
                        }
                    }
                }
                Ok(Some(StmtKind::Assign { targets: vec![target.clone()], value }))
            }
            ExprKind::Subscript { value: base, index } => {
                let bt = self.ty(base)?;
                match bt {
                    VType::Ptr(_) => {
                        if t == VType::None {
                            return type_err("can't store 'None'", target.span);
                        }
                        let (b, _) = self.expr(base)?;
                        let (i, _) = self.expr(index)?;
                        let size = int_const(ptr_size(bt), target.span);
                        let c = call("__viper_store", vec![b, i, value, size], target.span);
                        Ok(Some(StmtKind::Expr(c)))
                    }
                    t2 if t2.is_native() => type_err(format!("can't store to '{}'", t2.name()), target.span),
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// A target in a plain assignment, a for loop or a with: rewritten
    /// subexpressions, and the local typed as `t` if it is new.
    fn target(&mut self, target: &Expr, t: VType) -> VResult<Expr> {
        match &target.kind {
            ExprKind::Name(n) => {
                if self.locals.contains(n) && !self.types.contains_key(n) {
                    self.types.insert(n.clone(), t);
                }
                Ok(target.clone())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let mut out = vec![];
                for i in items {
                    out.push(self.target(i, VType::Object)?);
                }
                let kind = match &target.kind {
                    ExprKind::Tuple(_) => ExprKind::Tuple(out),
                    _ => ExprKind::List(out),
                };
                Ok(Expr { kind, span: target.span })
            }
            ExprKind::Subscript { value, index } => {
                let bt = self.ty(value)?;
                if bt.is_native() {
                    return type_err(format!("can't store to '{}'", bt.name()), target.span);
                }
                let kind =
                    ExprKind::Subscript { value: Box::new(self.expr(value)?.0), index: Box::new(self.expr(index)?.0) };
                Ok(Expr { kind, span: target.span })
            }
            ExprKind::Attribute { value, attr } => {
                let kind = ExprKind::Attribute { value: Box::new(self.expr(value)?.0), attr: attr.clone() };
                Ok(Expr { kind, span: target.span })
            }
            _ => Ok(target.clone()),
        }
    }

    /// The type of an expression, without rewriting it.
    fn ty(&mut self, e: &Expr) -> VResult<VType> {
        Ok(self.expr(e)?.1)
    }

    /// An expression rewritten, and its type.
    fn expr(&mut self, e: &Expr) -> VResult<(Expr, VType)> {
        let span = e.span;
        let wrap = |t: VType, inner: Expr| -> Expr {
            match t {
                VType::Int => call("__viper_int", vec![inner], span),
                VType::UInt => call("__viper_uint", vec![inner], span),
                _ => inner,
            }
        };
        Ok(match &e.kind {
            ExprKind::Const(Constant::Int(i)) => {
                let t = if i32::try_from(*i).is_ok() { VType::Int } else { VType::Object };
                (e.clone(), t)
            }
            ExprKind::Const(Constant::True | Constant::False) => (e.clone(), VType::Bool),
            ExprKind::Const(Constant::None) => (e.clone(), VType::None),
            ExprKind::Name(n) => {
                if self.locals.contains(n) {
                    match self.types.get(n) {
                        Some(&t) => (e.clone(), t),
                        None => return type_err(format!("local '{n}' used before type known"), span),
                    }
                } else {
                    (e.clone(), VType::Object)
                }
            }
            ExprKind::BinOp { left, op, right } => {
                let (l, lt) = self.expr(left)?;
                let (r, rt) = self.expr(right)?;
                let rebuilt = Expr { kind: ExprKind::BinOp { left: Box::new(l), op: *op, right: Box::new(r) }, span };
                if !lt.is_native() && !rt.is_native() {
                    return Ok((rebuilt, VType::Object));
                }
                if !lt.is_native() || !rt.is_native() || lt == VType::None || rt == VType::None {
                    return type_err(format!("can't do binary op between '{}' and '{}'", lt.name(), rt.name()), span);
                }
                if matches!(op, BinOp::FloorDiv | BinOp::Mod) && (lt == VType::UInt || rt == VType::UInt) {
                    return type_err("div/mod not implemented for uint", span);
                }
                let t = match (lt, rt) {
                    (VType::Ptr(_), _) => lt,
                    (_, VType::Ptr(_)) => rt,
                    (VType::UInt, _) | (_, VType::UInt) => VType::UInt,
                    _ => VType::Int,
                };
                if let VType::Ptr(_) = t {
                    (rebuilt, t)
                } else {
                    (wrap(t, rebuilt), t)
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                let (o, t) = self.expr(operand)?;
                let rebuilt = Expr { kind: ExprKind::UnaryOp { op: *op, operand: Box::new(o) }, span };
                if !t.is_native() {
                    return Ok((rebuilt, VType::Object));
                }
                if let VType::Ptr(_) = t {
                    return type_err(format!("can't do unary op of '{}'", t.name()), span);
                }
                if *op == UnaryOp::Not {
                    return type_err("'not' not implemented", span);
                }
                let t = if t == VType::Bool { VType::Int } else { t };
                (wrap(t, rebuilt), t)
            }
            ExprKind::Compare { left, ops, comparators } => {
                let (l, mut prev) = self.expr(left)?;
                let mut cs = vec![];
                let mut native = prev.is_native();
                for (op, c) in ops.iter().zip(comparators) {
                    let (c2, ct) = self.expr(c)?;
                    if prev.is_native() || ct.is_native() {
                        if matches!(op, CmpOp::In | CmpOp::NotIn) {
                            return type_err("binary op  not implemented", span);
                        }
                        let pair = (prev, ct);
                        if matches!(pair, (VType::Int, VType::UInt) | (VType::UInt, VType::Int)) {
                            return type_err(format!("comparison of {} and {}", prev.name(), ct.name()), span);
                        }
                        if !(prev.is_native() && ct.is_native()) {
                            return type_err(
                                format!("can't do binary op between '{}' and '{}'", prev.name(), ct.name()),
                                span,
                            );
                        }
                        native = true;
                    }
                    cs.push(c2);
                    prev = ct;
                }
                let kind = ExprKind::Compare { left: Box::new(l), ops: ops.clone(), comparators: cs };
                (Expr { kind, span }, if native { VType::Bool } else { VType::Object })
            }
            ExprKind::Call { func, args } => {
                if let ExprKind::Name(n) = &func.kind {
                    if let (Some(t), [Arg::Positional(a)]) = (cast_type(n), args.as_slice()) {
                        if matches!(&a.kind, ExprKind::Name(m) if cast_type(m).is_some() && !self.locals.contains(m)) {
                            return not_impl("casting", span);
                        }
                        let (v, _) = self.expr(a)?;
                        let conv = converter(t).expect("casts have converters");
                        return Ok((call(conv, vec![v], span), t));
                    }
                }
                let (f, _) = self.expr(func)?;
                let mut out = vec![];
                for a in args {
                    out.push(match a {
                        Arg::Positional(x) => {
                            let (v, t) = self.expr(x)?;
                            if let VType::Ptr(_) = t {
                                return not_impl("conversion to object", x.span);
                            }
                            Arg::Positional(v)
                        }
                        Arg::Starred(x) => Arg::Starred(self.expr(x)?.0),
                        Arg::Keyword { name, value } => Arg::Keyword { name: name.clone(), value: self.expr(value)?.0 },
                        other => other.clone(),
                    });
                }
                (Expr { kind: ExprKind::Call { func: Box::new(f), args: out }, span }, VType::Object)
            }
            ExprKind::Subscript { value, index } => {
                let (v, vt) = self.expr(value)?;
                let (i, _) = self.expr(index)?;
                match vt {
                    VType::Ptr(_) => {
                        let size = int_const(ptr_size(vt), span);
                        (call("__viper_load", vec![v, i, size], span), VType::Int)
                    }
                    t if t.is_native() => return type_err(format!("can't load from '{}'", t.name()), span),
                    _ => (Expr { kind: ExprKind::Subscript { value: Box::new(v), index: Box::new(i) }, span }, vt),
                }
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => return not_impl("native yield", span),
            ExprKind::Attribute { value, attr } => {
                let (v, _) = self.expr(value)?;
                (Expr { kind: ExprKind::Attribute { value: Box::new(v), attr: attr.clone() }, span }, VType::Object)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                let mut out = vec![];
                for i in items {
                    out.push(self.expr(i)?.0);
                }
                let kind = match &e.kind {
                    ExprKind::Tuple(_) => ExprKind::Tuple(out),
                    ExprKind::List(_) => ExprKind::List(out),
                    _ => ExprKind::Set(out),
                };
                (Expr { kind, span }, VType::Object)
            }
            ExprKind::BoolOp { op, values } => {
                let mut out = vec![];
                let mut types = vec![];
                for v in values {
                    let (x, t) = self.expr(v)?;
                    out.push(x);
                    types.push(t);
                }
                let t = if types.windows(2).all(|w| w[0] == w[1]) { types[0] } else { VType::Object };
                (Expr { kind: ExprKind::BoolOp { op: *op, values: out }, span }, t)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t0 = self.condition(test)?;
                let (b, bt) = self.expr(body)?;
                let (o, ot) = self.expr(orelse)?;
                let t = if bt == ot { bt } else { VType::Object };
                let kind = ExprKind::IfExp { test: Box::new(t0), body: Box::new(b), orelse: Box::new(o) };
                (Expr { kind, span }, t)
            }
            ExprKind::Starred(x) => (Expr { kind: ExprKind::Starred(Box::new(self.expr(x)?.0)), span }, VType::Object),
            _ => (e.clone(), VType::Object),
        })
    }
}

/// Whether any function in the module is a viper function.
pub fn any_viper(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::FunctionDef(f) => is_viper(f) || any_viper(&f.body),
        StmtKind::ClassDef(c) => any_viper(&c.body),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => any_viper(body) || any_viper(orelse),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            any_viper(body) || handlers.iter().any(|h| any_viper(&h.body)) || any_viper(orelse) || any_viper(finalbody)
        }
        StmtKind::With { body, .. } => any_viper(body),
        _ => false,
    })
}

pub fn is_viper(f: &FunctionDef) -> bool {
    f.decorators
        .iter()
        .any(|d| matches!(super::micropython::emitter_decorator(d), Some(Ok(super::micropython::Emitter::Viper))))
}

/// Rewrite every viper function in `body`, in place.
pub fn rewrite_all(body: &mut [Stmt]) -> VResult<()> {
    for s in body {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => {
                if is_viper(f) {
                    **f = rewrite(f)?;
                } else {
                    rewrite_all(&mut f.body)?;
                }
            }
            StmtKind::ClassDef(c) => rewrite_all(&mut c.body)?,
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                rewrite_all(body)?;
                rewrite_all(orelse)?;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                rewrite_all(body)?;
                for h in handlers {
                    rewrite_all(&mut h.body)?;
                }
                rewrite_all(orelse)?;
                rewrite_all(finalbody)?;
            }
            StmtKind::With { body, .. } => rewrite_all(body)?,
            _ => {}
        }
    }
    Ok(())
}
