//! Checks against the board stubs: call arguments, attributes the stubs do
//! not define, literal pins and peripheral ids the board lacks.

use super::closest;
use crate::analysis::arg_types::{self, ArgType};
use crate::analysis::board::Board;
use crate::analysis::callable::{ArgProblem, Signature};
use crate::analysis::compat_data::missing_attribute;
use crate::analysis::diagnostic::{Code, Diagnostic, Fix, Replacement, Severity};
use crate::analysis::infer::Ty;
use crate::analysis::stubs::{StubKind, StubRef, StubSet};
use crate::analysis::Analysis;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;
use upy_syntax::ast::{Arg, Constant, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use upy_syntax::visit::{walk_expr, walk_stmt, Visitor};
use upy_syntax::Span;

pub fn check(a: &Analysis, out: &mut Vec<Diagnostic>) {
    check_body(a, &a.module().body, out);
}

/// The statements of one body only.
pub fn check_body(a: &Analysis, body: &[Stmt], out: &mut Vec<Diagnostic>) {
    let mut v = StubChecks { a, out, unknown_memo: HashMap::default(), signature_memo: HashMap::default() };
    v.visit_body(body);
}

/// An argument a parameter does not take: where, the parameter, its type.
type WrongArg = (Span, String, ArgType);

/// Why an attribute is unknown: the message, and a name it may be a typo of.
type Verdict = (String, Option<String>);

struct StubChecks<'a> {
    a: &'a Analysis,
    out: &'a mut Vec<Diagnostic>,
    /// The verdict on `ty.name` (message and suggestion, or none): the same
    /// receiver type and attribute recur all over a program, and the verdict
    /// depends on nothing else.
    unknown_memo: HashMap<Ty, HashMap<String, Option<Verdict>>>,
    /// Signatures of a callee, by its type and how it is reached.
    signature_memo: HashMap<(Ty, bool), Rc<Vec<Signature>>>,
}

impl<'v> Visitor<'v> for StubChecks<'_> {
    fn visit_stmt(&mut self, s: &'v Stmt) {
        self.on_stmt(s);
        walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'v Expr) {
        self.on_expr(e);
        walk_expr(self, e);
    }
}

impl StubChecks<'_> {
    fn on_stmt(&mut self, s: &Stmt) {
        if let StmtKind::ImportFrom { module: Some(m), names, level: 0 } = &s.kind {
            if self.a.stubs.has_module(&m.name) {
                for alias in names {
                    if alias.name.name != "*" && missing_attribute(&m.name, &alias.name.name).is_none() {
                        self.unknown(&Ty::Module(m.name.clone()), &alias.name.name, alias.name.span);
                    }
                }
            }
        }
    }

    fn on_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Attribute { value, attr } => {
                if let Some(ty) = self.a.expr_ty(value) {
                    self.unknown(&ty, &attr.name, attr.span);
                }
            }
            ExprKind::Call { func, args } => self.call(e, func, args),
            _ => {}
        }
    }
}

impl StubChecks<'_> {
    fn unknown(&mut self, ty: &Ty, name: &str, span: Span) {
        if !matches!(ty, Ty::Module(_) | Ty::Stub(_) | Ty::Instance(_)) {
            return;
        }
        let verdict = match self.unknown_memo.get(ty).and_then(|names| names.get(name)) {
            Some(v) => v.clone(),
            None => {
                let v = self.unknown_verdict(ty, name);
                self.unknown_memo.entry(ty.clone()).or_default().insert(name.to_string(), v.clone());
                v
            }
        };
        let Some((msg, suggestion)) = verdict else { return };
        let mut d = Diagnostic::new(Code::UnknownStubAttribute, Severity::Warning, span, msg);
        if let Some(s) = suggestion {
            d = d.with_fix(Fix { title: format!("Change to `{s}`"), edits: vec![Replacement { span, text: s }] });
        }
        self.out.push(d);
    }

    /// Whether `ty` lacks `name`: the message and a suggested name if so.
    fn unknown_verdict(&self, ty: &Ty, name: &str) -> Option<Verdict> {
        let infer = self.a.infer();
        if infer.member(ty, name).is_some() {
            return None;
        }
        let (owner, candidates): (String, Vec<String>) = match ty {
            Ty::Module(m) => {
                let module = self.a.stubs.module(m)?;
                if module.items.contains_key("__getattr__") || missing_attribute(m, name).is_some() {
                    return None;
                }
                (format!("module `{m}`"), infer.members(ty).into_iter().map(|i| i.name).collect())
            }
            Ty::Stub(r) | Ty::Instance(r) => {
                let item = self.a.stubs.get(r)?;
                if item.kind != StubKind::Class || self.a.stubs.is_open(r) || name.starts_with("__") {
                    return None;
                }
                let what = if matches!(ty, Ty::Instance(_)) { "object" } else { "class" };
                (format!("{what} `{}`", r.path.join(".")), infer.members(ty).into_iter().map(|i| i.name).collect())
            }
            _ => return None,
        };
        if self.a.board.is_portable() && self.on_some_board(ty, name) {
            return None;
        }
        let mut msg = format!("{owner} has no attribute `{name}`");
        let suggestion = closest(name, candidates.iter().map(String::as_str)).map(str::to_string);
        if let Some(s) = &suggestion {
            msg.push_str(&format!("; did you mean `{s}`?"));
        }
        Some((msg, suggestion))
    }

    /// Whether another board's stubs give `ty` a member `name`: the
    /// portable board stands for every port, so what one port has
    /// (`network.MODE_11B`, `WLAN.csi_enable` on the ESP32) is no warning.
    fn on_some_board(&self, ty: &Ty, name: &str) -> bool {
        let r = match ty {
            Ty::Module(m) => StubRef { module: m.clone(), path: vec![name.to_string()] },
            Ty::Stub(r) | Ty::Instance(r) => {
                let mut path = r.path.clone();
                path.push(name.to_string());
                StubRef { module: r.module.clone(), path }
            }
            _ => return false,
        };
        Board::all().filter(|b| *b != self.a.board).any(|b| StubSet::for_board(b).get(&r).is_some())
    }

    fn call(&mut self, call: &Expr, func: &Expr, args: &[Arg]) {
        let Some(callee) = self.a.expr_ty(func) else { return };
        let Ty::Stub(r) = &callee else { return };
        // Built-in signatures are described for help, not precisely enough
        // to reject calls.
        if r.module == "builtins" {
            return;
        }
        let via_instance = match &func.kind {
            ExprKind::Attribute { value, .. } => {
                matches!(self.a.expr_ty(value), Some(Ty::Instance(_) | Ty::Builtin(_) | Ty::UserInstance(_)))
            }
            _ => false,
        };
        let key = (callee.clone(), via_instance);
        let sigs = match self.signature_memo.get(&key) {
            Some(s) => s.clone(),
            None => {
                let s = Rc::new(self.a.infer().signatures(&callee, via_instance));
                self.signature_memo.insert(key, s.clone());
                s
            }
        };
        if !sigs.is_empty() {
            let results: Vec<Vec<ArgProblem>> = sigs.iter().map(|s| s.check_call(args)).collect();
            if results.iter().all(|p| !p.is_empty()) {
                let name = r.path.join(".");
                for p in &results[0] {
                    self.out.push(argument_diagnostic(&name, p, call.span));
                }
            } else {
                let fitting = sigs.iter().zip(&results).filter(|(_, p)| p.is_empty()).map(|(s, _)| s);
                self.argument_types(r, fitting, args);
            }
        }
        self.pins(r, args);
    }

    /// Flag arguments whose type no signature the counts allow accepts,
    /// with the signature (the first such) quoted from the stub.
    fn argument_types<'s>(&mut self, r: &StubRef, fitting: impl Iterator<Item = &'s Signature>, args: &[Arg]) {
        let mut first: Option<(&Signature, Vec<WrongArg>)> = None;
        for sig in fitting {
            let mut wrong = Vec::new();
            for (i, e) in sig.bind(args) {
                let p = &sig.params[i];
                let Some(annotation) = &p.annotation else { continue };
                let Some(t) = arg_types::of_expr(self.a, e) else { continue };
                if arg_types::accepts(&self.a.stubs, &r.module, annotation, &t) == Some(false) {
                    wrong.push((e.span, p.label(), t));
                }
            }
            if wrong.is_empty() {
                return;
            }
            if first.is_none() {
                first = Some((sig, wrong));
            }
        }
        let Some((sig, wrong)) = first else { return };
        let name = r.path.last().map_or("", String::as_str);
        let shown = r.path.join(".");
        for (span, param, t) in wrong {
            let msg = format!("`{shown}()` expects `{param}`, not {} (stub: `{}`)", t.name(), sig.render(name));
            self.out.push(Diagnostic::new(Code::StubArgumentType, Severity::Warning, span, msg));
        }
    }

    fn pins(&mut self, r: &StubRef, args: &[Arg]) {
        if !matches!(r.module.as_str(), "machine" | "umachine") || r.path.len() != 1 {
            return;
        }
        let class = r.path[0].as_str();
        let first = args.iter().find_map(|a| match a {
            Arg::Positional(e) => Some(e),
            _ => None,
        });
        let id_kw = args.iter().find_map(|a| match a {
            Arg::Keyword { name, value } if name.name == "id" => Some(value),
            _ => None,
        });
        let Some(arg) = first.or(id_kw) else { return };
        let Some(n) = int_literal(arg) else { return };
        let board = self.a.board;
        if class == "Pin" {
            if board.pin_valid(n) == Some(false) {
                let msg = format!("{board} has no GPIO {n}");
                self.out.push(Diagnostic::new(Code::InvalidPin, Severity::Warning, arg.span, msg));
            }
        } else if let Some(ids) = board.peripheral_ids(class) {
            if !ids.contains(&n) {
                let list: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
                let msg = format!("{board} has no {class} {n} (valid ids: {})", list.join(", "));
                self.out.push(Diagnostic::new(Code::InvalidPin, Severity::Warning, arg.span, msg));
            }
        }
    }
}

fn int_literal(e: &Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Const(Constant::Int(n)) => Some(*n),
        ExprKind::UnaryOp { op: UnaryOp::USub, operand } => int_literal(operand).map(|n| -n),
        _ => None,
    }
}

fn argument_diagnostic(name: &str, p: &ArgProblem, call_span: Span) -> Diagnostic {
    let (span, msg) = match p {
        ArgProblem::TooManyPositional { span, max } => {
            (*span, format!("`{name}()` takes at most {max} positional argument{}", if *max == 1 { "" } else { "s" }))
        }
        ArgProblem::UnknownKeyword { span, name: kw } => (*span, format!("`{name}()` has no parameter `{kw}`")),
        ArgProblem::Duplicate { span, name: kw } => (*span, format!("`{name}()` got argument `{kw}` twice")),
        ArgProblem::Missing { names } => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            (
                call_span,
                format!(
                    "`{name}()` is missing required argument{} {}",
                    if names.len() == 1 { "" } else { "s" },
                    list.join(", ")
                ),
            )
        }
    };
    Diagnostic::new(Code::StubCallArguments, Severity::Warning, span, msg)
}
