//! The module level of a program's model: the module scope, the bodies of
//! module-level classes (and of classes in them), and the bindings made in
//! those scopes. Code inside a function body sees nothing else of the
//! program but its own names, so with this an edit inside one function is
//! checked without building the whole model (`recheck`).

use super::TextDiff;
use crate::analysis::model::{BindingId, BindingKind, Model, ScopeId, ScopeKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;
use upy_syntax::Span;

pub struct Env {
    /// Scopes and bindings of the module level only: no references, no
    /// function scopes (a function binding's `body_scope` is the module).
    pub model: Model,
    /// What the rest of the program depends on in each function that can
    /// be re-checked alone, by the function's binding in `model`.
    pub units: Arc<FxHashMap<BindingId, Unit>>,
}

/// A module-level function or a method of a module-level class, as the
/// rest of the program sees it besides its header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Names bound at module level that its body uses (sorted): whether
    /// an import or a global counts as used depends on these.
    pub free_names: Vec<String>,
    /// A `global` or `nonlocal` statement anywhere inside: its body then
    /// binds names outside itself.
    pub declares: bool,
}

/// An `Env` and the edits since it was made (none changed a token).
#[derive(Clone)]
pub struct EnvView {
    pub base: Arc<Env>,
    pub diffs: Vec<TextDiff>,
}

/// Past this many edits the view is made a new base.
const MAX_VIEW_DIFFS: usize = 32;

impl Env {
    /// The module level of a whole program's model; None when a class of
    /// the module level has its body somewhere the module level cannot
    /// reach (a `global` class statement inside a function).
    pub fn of(full: &Model) -> Option<Env> {
        let n = full.scopes.len();
        let mut scope_map = vec![usize::MAX; n];
        let mut order: Vec<ScopeId> = vec![Model::MODULE];
        scope_map[Model::MODULE] = 0;
        let mut i = 0;
        while i < order.len() {
            for &c in &full.scopes[order[i]].children {
                if full.scopes[c].kind == ScopeKind::Class {
                    scope_map[c] = order.len();
                    order.push(c);
                }
            }
            i += 1;
        }
        let mut binding_map = vec![usize::MAX; full.bindings.len()];
        let mut model = Model::default();
        for (id, b) in full.bindings.iter().enumerate() {
            if scope_map[b.scope] == usize::MAX {
                continue;
            }
            binding_map[id] = model.bindings.len();
            let mut b = b.clone();
            b.scope = scope_map[b.scope];
            if let Some(f) = b.function.as_mut() {
                f.body_scope = Model::MODULE;
            }
            if let Some(c) = b.class.as_mut() {
                c.body_scope = *scope_map.get(c.body_scope).filter(|s| **s != usize::MAX)?;
            }
            model.bindings.push(b);
        }
        for &old in &order {
            let mut s = full.scopes[old].clone();
            s.parent = s.parent.map(|p| scope_map[p]);
            s.owner = match s.owner {
                Some(o) => Some(*binding_map.get(o).filter(|b| **b != usize::MAX)?),
                None => None,
            };
            s.children = s.children.iter().filter(|c| scope_map[**c] != usize::MAX).map(|c| scope_map[*c]).collect();
            for ids in s.names.values_mut() {
                for id in ids.iter_mut() {
                    *id = binding_map[*id];
                }
            }
            model.scopes.push(s);
        }
        Some(Env { units: Arc::new(units(full, &scope_map, &binding_map)), model })
    }
}

/// Each re-checkable function's free names and declarations.
fn units(full: &Model, scope_map: &[usize], binding_map: &[usize]) -> FxHashMap<BindingId, Unit> {
    // The unit each scope lies in (scopes come after their parents).
    let mut unit_of: Vec<Option<BindingId>> = vec![None; full.scopes.len()];
    for (id, s) in full.scopes.iter().enumerate() {
        let Some(parent) = s.parent else { continue };
        unit_of[id] = unit_of[parent];
        let parent_is_top = parent == Model::MODULE
            || (full.scopes[parent].kind == ScopeKind::Class && full.scopes[parent].parent == Some(Model::MODULE));
        if s.kind == ScopeKind::Function && parent_is_top && scope_map[parent] != usize::MAX {
            if let Some(owner) = s.owner.filter(|o| full.bindings[*o].kind == BindingKind::Function) {
                unit_of[id] = Some(owner);
            }
        }
    }
    let mut out: FxHashMap<BindingId, Unit> = FxHashMap::default();
    let empty = || Unit { free_names: Vec::new(), declares: false };
    for (id, s) in full.scopes.iter().enumerate() {
        if let Some(u) = unit_of[id] {
            out.entry(binding_map[u]).or_insert_with(empty).declares |=
                !s.globals.is_empty() || !s.nonlocals.is_empty();
        }
    }
    for r in &full.references {
        let Some(u) = unit_of[r.scope] else { continue };
        let own = r.resolved.is_some_and(|b| unit_of[full.bindings[b].scope] == Some(u));
        if !own && full.scopes[Model::MODULE].names.contains_key(&r.name) {
            out.entry(binding_map[u]).or_insert_with(empty).free_names.push(r.name.clone());
        }
    }
    for unit in out.values_mut() {
        unit.free_names.sort_unstable();
        unit.free_names.dedup();
    }
    out
}

impl EnvView {
    pub fn new(env: Env) -> EnvView {
        EnvView { base: Arc::new(env), diffs: Vec::new() }
    }

    /// The view after one more edit that changed no token.
    pub fn after(&self, d: Option<TextDiff>) -> EnvView {
        let mut view = self.clone();
        view.diffs.extend(d);
        if view.diffs.len() > MAX_VIEW_DIFFS {
            let model = view.materialize();
            return EnvView::new(Env { model, units: view.base.units.clone() });
        }
        view
    }

    /// The module-level model where the program stands now.
    pub fn materialize(&self) -> Model {
        let mut model = self.base.model.clone();
        shift_model(&mut model, &self.diffs);
        model
    }
}

/// Moves every span of a module-level model across `diffs`, in order.
/// A span may hold an edit (a class whose method changed): one that ended
/// inside the replaced text, or at its end, ends where the new text ends.
pub fn shift_model(model: &mut Model, diffs: &[TextDiff]) {
    if diffs.is_empty() {
        return;
    }
    let span = |s: &mut Span| {
        for d in diffs {
            s.start = d.map_start(s.start).unwrap_or(s.start);
            s.end = d.map_end(s.end).unwrap_or(d.new_end as u32);
        }
    };
    for s in &mut model.scopes {
        span(&mut s.span);
    }
    for b in &mut model.bindings {
        span(&mut b.span);
        span(&mut b.stmt_span);
        if let Some(c) = b.class.as_mut() {
            for (_, s, _) in &mut c.instance_attrs {
                span(s);
            }
        }
    }
}
