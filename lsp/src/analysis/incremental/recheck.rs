//! An edit inside one function's body, or inside one module-level statement
//! that defines and imports nothing, checked without the rest of the
//! program: the function is a module-level one or a method of a
//! module-level class with its header unchanged, and what the rest of the
//! program can see of the function or statement is unchanged too (a
//! statement binds the same names to the same kinds of value).
//!
//! Why that is exact: code outside a function sees its body only through
//! the names it binds outside itself (`global`, `nonlocal`), the instance
//! attributes a method assigns (`self.x = …`), and which module-level names
//! it uses (they decide whether an import counts as used); code outside a
//! plain statement sees the names it binds, where and to what kind of
//! value, and the same names it uses. When those are the same before and
//! after the edit, every diagnostic outside the changed stretch is the old
//! one moved by the edit's length. The stretch itself sees only its own
//! names and the module level (a method does not see its class's names),
//! so it is checked against a model of the module level (`Env`) with it
//! added. `tests/incremental.rs` compares the result with a fresh analysis
//! over thousands of random edits.

use super::env::{shift_model, Env, EnvView};
use super::shift::map_stmt;
use super::{ends_in_continuation, moved, LazyBody, Outline, Patch, StmtRef, TextDiff};
use crate::analysis::board::Board;
use crate::analysis::checks;
use crate::analysis::diagnostic::Diagnostic;
use crate::analysis::model::{self, BindingId, BindingKind, Model, Shape};
use crate::analysis::stubs::StubSet;
use crate::analysis::{Analysis, Program, Syntax};
use std::sync::Arc;
use upy_syntax::ast::{self, FunctionDef, Stmt, StmtKind};
use upy_syntax::visit::{walk_stmt, Visitor};
use upy_syntax::{parse, ParseOptions, Span};

/// The analysis of `program`, re-checking only the function body an edit
/// since `prev` lies in; `program` back when the edit is not of that kind.
pub fn recheck(prev: &Arc<Analysis>, program: Program, board: Board, stubs: Arc<StubSet>) -> Result<Analysis, Program> {
    match crate::handlers::guard(|| checked(prev, &program, board, &stubs)) {
        Some((diagnostics, outline, body, env, patch)) => {
            let a = Analysis::with_known(program, board, stubs, diagnostics, outline, body).with_patch(Some(patch));
            a.set_env(env);
            Ok(a)
        }
        None => Err(program),
    }
}

type Checked = (Vec<Diagnostic>, Outline, LazyBody, EnvView, Patch);

fn checked(prev: &Arc<Analysis>, program: &Program, board: Board, stubs: &Arc<StubSet>) -> Option<Checked> {
    if prev.board != board || prev.program.parts.len() != 1 || program.parts.len() != 1 || !prev.diagnostics_known() {
        return None;
    }
    let view = prev.env_view()?.clone();
    let outline = prev.outline();
    if !outline.clean {
        return None;
    }
    let (old, new) =
        (&prev.text()[..prev.program.parts[0].end as usize], &program.text[..program.parts[0].end as usize]);
    let d = TextDiff::between(old, new)?;
    // The stretch re-parsed, as `reparse` takes it.
    let cuts = outline.cuts(old);
    let before = cuts.partition_point(|&s| (s as usize) < d.start);
    let from = if before >= 2 { cuts[before - 2] } else { 0 };
    let after = cuts.partition_point(|&s| (s as usize) <= d.old_end);
    let old_to = cuts.get(after).map_or(old.len(), |&s| s as usize);
    let new_to = (old_to as i64 + d.delta()) as usize;
    if new_to < new.len() && ends_in_continuation(&new[..new_to]) {
        return None;
    }
    let parsed = parse(&new[from as usize..new_to], ParseOptions { byte_offset: from });
    if !parsed.errors.is_empty() {
        return None;
    }
    // A compile-time error in the stretch, or a module-level declaration
    // (whose clash depends on the rest of the module): a full analysis.
    let declares = parsed.module.body.iter().any(|s| matches!(s.kind, StmtKind::Global(_) | StmtKind::Nonlocal(_)));
    if declares || !upy_syntax::context::check(&parsed.module).is_empty() {
        return None;
    }
    let first = outline.starts.partition_point(|&s| s < from);
    let last = outline.starts.partition_point(|&s| (s as usize) < old_to);
    if parsed.module.body.len() != last - first {
        return None;
    }
    // Exactly one statement of the stretch changed.
    let mut changed = None;
    for (k, new_stmt) in parsed.module.body.iter().enumerate() {
        let old_stmt = prev.top_stmt(first + k)?;
        if !same_moved(&old_stmt, new_stmt, &d) {
            if changed.is_some() {
                return None;
            }
            changed = Some((k, old_stmt.into_owned()));
        }
    }
    let (k, old_stmt) = changed?;
    let new_stmt = &parsed.module.body[k];
    let ctx = Context { program, board, stubs, leading: leading_stmts(prev)? };
    let done = match Target::find(&old_stmt, new_stmt, &d) {
        Some(target) => function(&view, ctx, d, &target)?,
        None => statement(&view, prev.text(), ctx, d, (&old_stmt, new_stmt))?,
    };
    let mut diagnostics = Vec::with_capacity(prev.diagnostics().len() + done.fresh.len());
    for x in prev.diagnostics().iter().filter(|x| !within(x.span, done.old)) {
        diagnostics.push(moved(x, &d)?);
    }
    diagnostics.extend(done.fresh);
    diagnostics.sort_by_key(|x| (x.span.start, x.span.end, x.code.as_str()));
    let env = EnvView::new(Env { model: done.env, units: view.base.units.clone() });

    let old_body_stmts = LazyBody::of(prev);
    let mut stmts = Vec::with_capacity(old_body_stmts.stmts.len());
    stmts.extend(old_body_stmts.stmts[..first].iter().cloned());
    stmts.extend(parsed.module.body.into_iter().map(StmtRef::parsed));
    let patch = Patch {
        before: view,
        diff: d,
        old: Span::new(from, old_to as u32),
        new: Span::new(from, new_to as u32),
        stmts: stmts[first..].to_vec(),
    };
    stmts.extend(old_body_stmts.stmts[last..].iter().map(|r| r.across(&d)));
    let starts = stmts.iter().map(|r| r.span().start).collect();
    Some((diagnostics, Outline { clean: true, starts }, LazyBody { stmts, errors: Vec::new() }, env, patch))
}

/// What checking a stretch needs besides the model: the new program, and
/// its leading docstring and imports (where "add import" fixes go).
struct Context<'a> {
    program: &'a Program,
    board: Board,
    stubs: &'a Arc<StubSet>,
    leading: Vec<Stmt>,
}

/// What re-checking found: the diagnostics of the changed stretch, where
/// it was, and the module level after the edit.
struct Rechecked {
    fresh: Vec<Diagnostic>,
    old: Span,
    env: Model,
}

/// A function body changed, its header and what the rest of the program
/// sees of it not.
fn function(view: &EnvView, ctx: Context, d: TextDiff, target: &Target) -> Option<Rechecked> {
    // The module level where `prev` stands, the function's binding in it.
    let mut model = view.materialize();
    let scope = match target.class {
        None => Model::MODULE,
        Some(name) => {
            let id = only_binding(&model, Model::MODULE, name)?;
            model.bindings[id].class.as_ref()?.body_scope
        }
    };
    let id = only_binding(&model, scope, &target.old.name.name)?;
    if model.bindings[id].kind != BindingKind::Function || model.bindings[id].span != target.old.name.span {
        return None;
    }
    let unit = view.base.units.get(&id)?;
    if unit.declares {
        return None;
    }
    // Its instance attributes are taken out, to be put back from the new body.
    let class_id = target.class.map(|_| model.scopes[scope].owner).unwrap_or(None);
    let (attrs_at, old_attrs) = match class_id {
        Some(c) => take_attrs(&mut model, c, target.old_span)?,
        None => (0, Vec::new()),
    };
    shift_model(&mut model, &[d]);
    let (env_scopes, env_bindings) = (model.scopes.len(), model.bindings.len());
    let mut model = model::add_function_body(model, &ctx.program.text, ctx.stubs, id, target.new, target.new_span);

    // What the rest of the program sees of it is unchanged.
    if model.scopes[env_scopes..].iter().any(|s| !s.globals.is_empty() || !s.nonlocals.is_empty()) {
        return None;
    }
    if free_names(&model, env_bindings) != unit.free_names {
        return None;
    }
    if let Some(c) = class_id {
        let attrs = &mut model.bindings[c].class.as_mut()?.instance_attrs;
        let added: Vec<_> = attrs.drain(attrs_at..).collect();
        if added.len() != old_attrs.len()
            || added.iter().zip(&old_attrs).any(|((n, _, s), (on, os))| n != on || s != os)
        {
            return None;
        }
        let rest: Vec<_> = attrs.drain(attrs_at..).collect();
        attrs.extend(added);
        attrs.extend(rest);
    }
    let (old, new) = (body_span(target.old, target.old_span)?, body_span(target.new, target.new_span)?);
    let (fresh, mut model) = check(ctx, model, env_bindings, &target.new.body, new)?;
    // The module level after the edit, for the next one.
    strip(&mut model, env_scopes, env_bindings);
    model.scopes[scope].children.retain(|c| *c < env_scopes);
    if let Some(f) = model.bindings[id].function.as_mut() {
        f.body_scope = Model::MODULE;
    }
    Some(Rechecked { fresh, old, env: model })
}

/// A module-level statement that defines, imports and declares nothing,
/// changed so that it binds the same names to the same kinds of value and
/// uses the same module-level names: the rest of the program sees it as it
/// was (`LIMIT = 100` → `LIMIT = 1000`, a line inside `while True:`).
fn statement(
    view: &EnvView,
    old_text: &str,
    ctx: Context,
    d: TextDiff,
    (old, new): (&Stmt, &Stmt),
) -> Option<Rechecked> {
    if !plain(old) || !plain(new) {
        return None;
    }
    let mut model = view.materialize();
    let (env_scopes, env_bindings) = (model.scopes.len(), model.bindings.len());
    let mut old_ids: Vec<BindingId> =
        (0..env_bindings).filter(|&id| within(model.bindings[id].span, old.span)).collect();
    if old_ids.iter().any(|&id| model.bindings[id].scope != Model::MODULE) {
        return None;
    }
    old_ids.sort_by_key(|&id| model.bindings[id].span.start);
    for ids in model.scopes[Model::MODULE].names.values_mut() {
        ids.retain(|id| !old_ids.contains(id));
    }
    model.scopes[Model::MODULE].names.retain(|_, ids| !ids.is_empty());
    // What the old statement bound and used, from the module level with it
    // added back; then the same for the new one.
    let mut model = model::add_statements(model, old_text, ctx.stubs, std::slice::from_ref(old));
    let (old_free, old_bound) = (free_names(&model, env_bindings), bound(&model, env_bindings));
    strip(&mut model, env_scopes, env_bindings);
    shift_model(&mut model, &[d]);
    let model = model::add_statements(model, &ctx.program.text, ctx.stubs, std::slice::from_ref(new));
    let new_bound = bound(&model, env_bindings);
    if free_names(&model, env_bindings) != old_free || new_bound.len() != old_bound.len() {
        return None;
    }
    if new_bound.iter().zip(&old_bound).any(|((_, a), (_, b))| a != b) {
        return None;
    }
    let (fresh, mut model) = check(ctx, model, env_bindings, std::slice::from_ref(new), new.span)?;
    // The module level after the edit: the old bindings, where the new
    // ones are.
    for (&o, (n, _)) in old_ids.iter().zip(&new_bound) {
        let (span, stmt_span) = (model.bindings[*n].span, model.bindings[*n].stmt_span);
        model.bindings[o].span = span;
        model.bindings[o].stmt_span = stmt_span;
    }
    strip(&mut model, env_scopes, env_bindings);
    for &id in &old_ids {
        let name = model.bindings[id].name.clone();
        model.scopes[Model::MODULE].names.entry(name).or_default().push(id);
    }
    let Model { scopes, bindings, .. } = &mut model;
    for ids in scopes[Model::MODULE].names.values_mut() {
        ids.sort_by_key(|id| bindings[*id].span.start);
    }
    Some(Rechecked { fresh, old: old.span, env: model })
}

/// Defines, imports and declares nothing, at any depth.
fn plain(s: &Stmt) -> bool {
    struct Plain(bool);
    impl<'v> Visitor<'v> for Plain {
        fn visit_stmt(&mut self, s: &'v Stmt) {
            self.on_stmt(s);
            walk_stmt(self, s);
        }
    }

    impl Plain {
        fn on_stmt(&mut self, s: &Stmt) {
            if matches!(
                s.kind,
                StmtKind::FunctionDef(_)
                    | StmtKind::ClassDef(_)
                    | StmtKind::Import(_)
                    | StmtKind::ImportFrom { .. }
                    | StmtKind::Global(_)
                    | StmtKind::Nonlocal(_)
            ) {
                self.0 = false;
            }
        }
    }
    let mut v = Plain(true);
    v.visit_stmt(s);
    v.0
}

/// Module-level names the references added after the module level use.
fn free_names(model: &Model, env_bindings: usize) -> Vec<String> {
    let module = &model.scopes[Model::MODULE].names;
    let mut free: Vec<String> = model
        .references
        .iter()
        .filter(|r| r.resolved.is_none_or(|b| b < env_bindings) && module.contains_key(&r.name))
        .map(|r| r.name.clone())
        .collect();
    free.sort_unstable();
    free.dedup();
    free
}

/// The module-level bindings added after the module level, in source
/// order, with what a reader elsewhere sees of each.
fn bound(model: &Model, env_bindings: usize) -> Vec<(BindingId, (String, BindingKind, model::Origin))> {
    let mut out: Vec<_> = (env_bindings..model.bindings.len())
        .filter(|&id| model.bindings[id].scope == Model::MODULE)
        .map(|id| {
            let b = &model.bindings[id];
            (id, (b.name.clone(), b.kind, b.origin.clone()))
        })
        .collect();
    out.sort_by_key(|(id, _)| model.bindings[*id].span.start);
    out
}

/// The diagnostics of `body` (inside `span`) from a model of the module
/// level and it, and the model back.
fn check(
    ctx: Context,
    model: Model,
    env_bindings: usize,
    body: &[Stmt],
    span: Span,
) -> Option<(Vec<Diagnostic>, Model)> {
    let Context { program, board, stubs, leading } = ctx;
    let scratch = Analysis::with_parts(
        program.clone(),
        board,
        stubs.clone(),
        Syntax {
            module: ast::Module { body: leading, span: Span::new(0, program.text.len() as u32) },
            errors: Vec::new(),
        },
        model,
    );
    let mut fresh = Vec::new();
    checks::names::check_from(&scratch, env_bindings, &mut fresh);
    checks::compat::check_body(&scratch, body, &mut fresh);
    checks::stub_calls::check_body(&scratch, body, &mut fresh);
    crate::analysis::guards::drop_caught(body, &program.text, &mut fresh);
    fresh.retain(|x| within(x.span, span));
    Some((fresh, scratch.into_model()?))
}

/// The function an edit changed: its old and new definitions and
/// statement spans, and the name of its class when it is a method.
struct Target<'a> {
    old: &'a FunctionDef,
    new: &'a FunctionDef,
    old_span: Span,
    new_span: Span,
    class: Option<&'a str>,
}

impl<'a> Target<'a> {
    fn find(old: &'a Stmt, new: &'a Stmt, d: &TextDiff) -> Option<Target<'a>> {
        match (&old.kind, &new.kind) {
            (StmtKind::FunctionDef(o), StmtKind::FunctionDef(n)) if same_header(o, n) => {
                Some(Target { old: o, new: n, old_span: old.span, new_span: new.span, class: None })
            }
            (StmtKind::ClassDef(o), StmtKind::ClassDef(n))
                if o.name == n.name
                    && o.bases == n.bases
                    && o.decorators == n.decorators
                    && o.body.len() == n.body.len() =>
            {
                let mut changed = o.body.iter().zip(&n.body).filter(|(a, b)| !same_moved(a, b, d));
                let (a, b) = changed.next()?;
                if changed.next().is_some() {
                    return None;
                }
                match (&a.kind, &b.kind) {
                    (StmtKind::FunctionDef(fo), StmtKind::FunctionDef(fn_)) if same_header(fo, fn_) => Some(Target {
                        old: fo,
                        new: fn_,
                        old_span: a.span,
                        new_span: b.span,
                        class: Some(&o.name.name),
                    }),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

/// Same name, parameters, annotations and decorators, in the same place.
fn same_header(a: &FunctionDef, b: &FunctionDef) -> bool {
    a.is_async == b.is_async
        && a.name == b.name
        && a.params == b.params
        && a.returns == b.returns
        && a.decorators == b.decorators
}

/// Is `new` the statement `old` moved across `d`?
fn same_moved(old: &Stmt, new: &Stmt, d: &TextDiff) -> bool {
    if (old.span.end as usize) < d.start {
        return old == new;
    }
    if (old.span.start as usize) <= d.old_end {
        return false;
    }
    let mut moved = old.clone();
    map_stmt(&mut moved, &[*d]);
    moved == *new
}

/// The one binding of `name` in `scope`, if there is exactly one.
fn only_binding(model: &Model, scope: usize, name: &str) -> Option<BindingId> {
    match model.scopes.get(scope)?.names.get(name)?.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Take out the instance attributes a method at `span` assigns: where
/// they were in the class's list, and their names and values.
fn take_attrs(model: &mut Model, class: BindingId, span: Span) -> Option<(usize, Vec<(String, Shape)>)> {
    let attrs = &mut model.bindings[class].class.as_mut()?.instance_attrs;
    let inside = |s: &Span| s.start >= span.start && s.end <= span.end;
    let at = attrs.iter().position(|(_, s, _)| inside(s)).unwrap_or(attrs.len());
    let count = attrs[at..].iter().take_while(|(_, s, _)| inside(s)).count();
    if attrs[at + count..].iter().any(|(_, s, _)| inside(s)) {
        return None;
    }
    Some((at, attrs.drain(at..at + count).map(|(n, _, s)| (n, s)).collect()))
}

/// The leading docstring and imports of `prev` and the statement after
/// them: where an "add import" fix puts its line.
fn leading_stmts(prev: &Analysis) -> Option<Vec<Stmt>> {
    let mut out = Vec::new();
    for i in 0.. {
        let Some(s) = prev.top_stmt(i) else { break };
        let s = s.into_owned();
        let is_doc = i == 0
            && matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ast::ExprKind::Const(ast::Constant::Str(_))));
        let leading = is_doc || matches!(s.kind, StmtKind::Import(_) | StmtKind::ImportFrom { .. });
        out.push(s);
        if !leading {
            break;
        }
    }
    Some(out)
}

/// From a function's first body statement to the end of its definition.
fn body_span(f: &FunctionDef, stmt: Span) -> Option<Span> {
    Some(Span::new(f.body.first()?.span.start, stmt.end))
}

fn within(s: Span, outer: Span) -> bool {
    s.start >= outer.start && s.end <= outer.end
}

/// Back to the module level alone: what was added after it gone.
fn strip(model: &mut Model, scopes: usize, bindings: usize) {
    model.scopes.truncate(scopes);
    model.bindings.truncate(bindings);
    model.references.clear();
    model.use_counts.clear();
    for ids in model.scopes[Model::MODULE].names.values_mut() {
        ids.retain(|id| *id < bindings);
    }
    model.scopes[Model::MODULE].names.retain(|_, ids| !ids.is_empty());
    model.scopes[Model::MODULE].children.retain(|c| *c < scopes);
}
