//! What a name or expression holds, as far as imports, stub signatures and
//! simple assignments tell: enough to list `led.` members after
//! `led = machine.Pin(2)` and to check calls against stub signatures.

use super::callable::Signature;
use super::model::{BindingId, BindingKind, BuiltinType, Lookup, Model, Origin, ScopeId, Shape};
use super::stubs::{StubKind, StubRef, StubSet};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Module(String),
    /// A stub item itself: a class, function or constant.
    Stub(StubRef),
    /// An instance of a stub class.
    Instance(StubRef),
    UserClass(BindingId),
    UserInstance(BindingId),
    UserFunction(BindingId),
    /// An instance of a built-in type.
    Builtin(BuiltinType),
    /// A tick count from `time.ticks_ms()` and friends: wraps around.
    Ticks,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberKind {
    Module,
    Class,
    Function,
    Method,
    Constant,
    Variable,
    Property,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberInfo {
    pub name: String,
    pub kind: MemberKind,
    /// A signature or a type, one line.
    pub detail: Option<String>,
    pub doc: Option<String>,
}

const MAX_DEPTH: u32 = 12;

/// Binding types already worked out, shared by every `Infer` over one
/// analysis (a binding's type does not depend on where it is used).
pub type BindingMemo = std::sync::Mutex<rustc_hash::FxHashMap<BindingId, Option<Ty>>>;

pub struct Infer<'a> {
    pub model: &'a Model,
    pub stubs: &'a StubSet,
    memo: Option<&'a BindingMemo>,
}

impl<'a> Infer<'a> {
    pub fn new(model: &'a Model, stubs: &'a StubSet) -> Infer<'a> {
        Infer { model, stubs, memo: None }
    }

    pub fn with_memo(model: &'a Model, stubs: &'a StubSet, memo: &'a BindingMemo) -> Infer<'a> {
        Infer { model, stubs, memo: Some(memo) }
    }

    pub fn binding(&self, id: BindingId) -> Option<Ty> {
        self.binding_depth(id, 0)
    }

    fn binding_depth(&self, id: BindingId, depth: u32) -> Option<Ty> {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Some(memo) = self.memo {
            if let Some(t) = memo.lock().ok().and_then(|m| m.get(&id).cloned()) {
                return t;
            }
            // Computed without the lock held: resolving may need other bindings.
            let t = self.binding_uncached(id, depth);
            if let Ok(mut m) = memo.lock() {
                m.insert(id, t.clone());
            }
            return t;
        }
        self.binding_uncached(id, depth)
    }

    fn binding_uncached(&self, id: BindingId, depth: u32) -> Option<Ty> {
        let b = self.model.bindings.get(id)?;
        match b.kind {
            BindingKind::Function => return Some(Ty::UserFunction(id)),
            BindingKind::Class => return Some(Ty::UserClass(id)),
            BindingKind::Parameter => return self.self_param(id),
            _ => {}
        }
        match &b.origin {
            Origin::Module(m) => Some(Ty::Module(m.clone())),
            Origin::FromModule { module, name } => {
                self.member_depth(&Ty::Module(module.clone()), name, depth + 1).or_else(|| {
                    let sub = format!("{module}.{name}");
                    self.stubs.has_module(&sub).then_some(Ty::Module(sub))
                })
            }
            Origin::Value(shape) => self.shape_depth(b.scope, shape, b.span.start, depth + 1),
            Origin::Unknown => None,
        }
    }

    /// `self` (the first parameter of a method) is an instance of its class.
    fn self_param(&self, id: BindingId) -> Option<Ty> {
        let b = &self.model.bindings[id];
        let func_id = self.model.scopes[b.scope].owner?;
        let func = self.model.bindings[func_id].function.as_ref()?;
        if !func.is_method || func.is_static || func.signature.params.first()?.name != b.name {
            return None;
        }
        let class_id = self.model.scopes[self.model.bindings[func_id].scope].owner?;
        Some(Ty::UserInstance(class_id))
    }

    pub fn shape(&self, scope: ScopeId, shape: &Shape, at: u32) -> Option<Ty> {
        self.shape_depth(scope, shape, at, 0)
    }

    fn shape_depth(&self, scope: ScopeId, shape: &Shape, at: u32, depth: u32) -> Option<Ty> {
        match shape {
            Shape::Literal(t) => Some(Ty::Builtin(*t)),
            Shape::Path(p) => self.path_depth(scope, p, at, depth),
            Shape::Call(p) => {
                if p.len() == 1 {
                    if let (Lookup::Builtin, Some(t)) =
                        (self.model.lookup(scope, &p[0], Some(at)), BuiltinType::from_name(&p[0]))
                    {
                        return Some(Ty::Builtin(t));
                    }
                }
                let callee = self.path_depth(scope, p, at, depth)?;
                self.call_result(&callee)
            }
            Shape::LiteralCall(t, path) => {
                let mut ty = Ty::Builtin(*t);
                for name in path {
                    ty = self.member_depth(&ty, name, depth + 1)?;
                }
                self.call_result(&ty)
            }
            Shape::Difference | Shape::Unknown => None,
        }
    }

    pub fn path(&self, scope: ScopeId, path: &[String], at: u32) -> Option<Ty> {
        self.path_depth(scope, path, at, 0)
    }

    fn path_depth(&self, scope: ScopeId, path: &[String], at: u32, depth: u32) -> Option<Ty> {
        let (head, rest) = path.split_first()?;
        let mut ty = match self.model.lookup(scope, head, Some(at)) {
            Lookup::Binding(id) => self.binding_depth(id, depth + 1)?,
            Lookup::Builtin | Lookup::Undefined => return None,
        };
        for name in rest {
            ty = self.member_depth(&ty, name, depth + 1)?;
        }
        Some(ty)
    }

    pub fn member(&self, ty: &Ty, name: &str) -> Option<Ty> {
        self.member_depth(ty, name, 0)
    }

    /// One step along a dotted path, as `path` takes it (`path` of `a.b`
    /// is `path_member(path(a), "b")`).
    pub fn path_member(&self, ty: &Ty, name: &str) -> Option<Ty> {
        self.member_depth(ty, name, 1)
    }

    fn member_depth(&self, ty: &Ty, name: &str, depth: u32) -> Option<Ty> {
        if depth > MAX_DEPTH {
            return None;
        }
        match ty {
            Ty::Module(m) => {
                let r = StubRef { module: m.clone(), path: vec![name.to_string()] };
                if let Some((r, ())) = self.stubs.resolve(&r) {
                    return Some(Ty::Stub(r));
                }
                let sub = format!("{m}.{name}");
                self.stubs.has_module(&sub).then_some(Ty::Module(sub))
            }
            Ty::Stub(r) => {
                let item = self.stubs.get(r)?;
                if item.kind != StubKind::Class {
                    return None;
                }
                self.stubs.member(r, name).map(Ty::Stub)
            }
            Ty::Instance(r) => {
                let m = self.stubs.member(r, name)?;
                let item = self.stubs.get(&m)?;
                match item.kind {
                    StubKind::Property | StubKind::Constant => Some(
                        item.annotation.as_deref().and_then(|a| self.annotation(&m.module, a)).unwrap_or(Ty::Stub(m)),
                    ),
                    _ => Some(Ty::Stub(m)),
                }
            }
            Ty::UserClass(id) | Ty::UserInstance(id) => {
                let class = self.model.bindings[*id].class.as_ref()?;
                let scope = &self.model.scopes[class.body_scope];
                if let Some(ids) = scope.names.get(name) {
                    return self.binding_depth(*ids.last()?, depth + 1);
                }
                if matches!(ty, Ty::UserInstance(_)) {
                    if let Some((_, span, shape)) = class.instance_attrs.iter().rev().find(|(n, _, _)| n == name) {
                        return self.shape_depth(class.body_scope, shape, span.start, depth + 1);
                    }
                }
                for base in &class.bases {
                    let base_ty =
                        self.path_depth(class.body_scope, base, self.model.bindings[*id].span.start, depth + 1)?;
                    let base_ty = match (ty, base_ty) {
                        (Ty::UserInstance(_), Ty::UserClass(b)) => Ty::UserInstance(b),
                        (Ty::UserInstance(_), Ty::Stub(r)) => Ty::Instance(r),
                        (_, other) => other,
                    };
                    if let Some(found) = self.member_depth(&base_ty, name, depth + 1) {
                        return Some(found);
                    }
                }
                None
            }
            Ty::Builtin(t) => {
                let r = StubRef { module: "builtins".into(), path: vec![t.name().to_string()] };
                self.member_depth(&Ty::Instance(r), name, depth + 1)
            }
            Ty::UserFunction(_) | Ty::Ticks => None,
        }
    }

    /// What calling a value gives back.
    pub fn call_result(&self, callee: &Ty) -> Option<Ty> {
        match callee {
            Ty::Stub(r) => {
                let item = self.stubs.get(r)?;
                match item.kind {
                    StubKind::Class => Some(Ty::Instance(r.clone())),
                    StubKind::Function => {
                        if is_ticks_source(r) {
                            return Some(Ty::Ticks);
                        }
                        let ret = item.signatures.first()?.returns.as_deref()?;
                        self.annotation(&r.module, ret)
                    }
                    _ => None,
                }
            }
            Ty::UserClass(id) => Some(Ty::UserInstance(*id)),
            _ => None,
        }
    }

    /// A type written in a stub (`Pin`, `int`, `Optional[Pin]`).
    pub fn annotation(&self, module: &str, text: &str) -> Option<Ty> {
        let mut t = text.trim().trim_matches(|c| c == '"' || c == '\'');
        if let Some(inner) = t.strip_prefix("Optional[").and_then(|s| s.strip_suffix(']')) {
            t = inner;
        }
        if let Some((first, _)) = t.split_once('|') {
            t = first.trim();
        }
        if let Some(b) = BuiltinType::from_name(t) {
            return Some(Ty::Builtin(b));
        }
        self.stubs.class_ref(module, t).map(Ty::Instance)
    }

    /// The callable behind a value, seen as the caller sees it (bound
    /// methods without `self`, classes through their constructor).
    pub fn signatures(&self, callee: &Ty, via_instance: bool) -> Vec<Signature> {
        match callee {
            Ty::Stub(r) => {
                let Some(item) = self.stubs.get(r) else { return Vec::new() };
                match item.kind {
                    StubKind::Function => {
                        let method = r.path.len() > 1 && !item.is_static;
                        item.signatures
                            .iter()
                            .map(|s| if method && via_instance { s.bound() } else { s.clone() })
                            .collect()
                    }
                    StubKind::Class => {
                        for ctor in ["__init__", "__new__"] {
                            if let Some(c) = self.stubs.member(r, ctor) {
                                if let Some(ci) = self.stubs.get(&c) {
                                    // A constructor call gives the instance, whatever `__init__` returns.
                                    return ci
                                        .signatures
                                        .iter()
                                        .map(|s| Signature { returns: None, ..s.bound() })
                                        .collect();
                                }
                            }
                        }
                        Vec::new()
                    }
                    _ => Vec::new(),
                }
            }
            Ty::UserFunction(id) => {
                let Some(f) = self.model.bindings[*id].function.as_ref() else { return Vec::new() };
                if f.is_method && !f.is_static && via_instance {
                    vec![f.signature.bound()]
                } else {
                    vec![f.signature.clone()]
                }
            }
            Ty::UserClass(id) => match self.member(&Ty::UserClass(*id), "__init__") {
                Some(Ty::UserFunction(init)) => self.model.bindings[init]
                    .function
                    .iter()
                    .map(|f| Signature { returns: None, ..f.signature.bound() })
                    .collect(),
                Some(Ty::Stub(r)) => self.signatures(&Ty::Stub(r), true),
                _ => vec![Signature::default()],
            },
            _ => Vec::new(),
        }
    }

    /// Members for completion after `value.`.
    pub fn members(&self, ty: &Ty) -> Vec<MemberInfo> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        self.collect_members(ty, &mut out, &mut seen, 0);
        out
    }

    fn collect_members(
        &self,
        ty: &Ty,
        out: &mut Vec<MemberInfo>,
        seen: &mut std::collections::HashSet<String>,
        depth: u32,
    ) {
        if depth > 6 {
            return;
        }
        let mut push = |info: MemberInfo, out: &mut Vec<MemberInfo>| {
            if seen.insert(info.name.clone()) {
                out.push(info);
            }
        };
        match ty {
            Ty::Module(m) => {
                for (name, r) in self.stubs.module_members(m) {
                    if let Some(info) = self.stub_info(&name, &r, false) {
                        push(info, out);
                    }
                }
                let prefix = format!("{m}.");
                for sub in self.stubs.module_names() {
                    if let Some(rest) = sub.strip_prefix(&prefix) {
                        if !rest.contains('.') {
                            push(
                                MemberInfo {
                                    name: rest.to_string(),
                                    kind: MemberKind::Module,
                                    detail: None,
                                    doc: None,
                                },
                                out,
                            );
                        }
                    }
                }
            }
            Ty::Stub(r) | Ty::Instance(r) => {
                let instance = matches!(ty, Ty::Instance(_));
                let Some(item) = self.stubs.get(r) else { return };
                if item.kind != StubKind::Class {
                    return;
                }
                let (canon, ()) = self.stubs.resolve(r).unwrap_or((r.clone(), ()));
                for name in item.members.keys() {
                    if name.starts_with('_') {
                        continue;
                    }
                    let mut path = canon.path.clone();
                    path.push(name.clone());
                    let mr = StubRef { module: canon.module.clone(), path };
                    if let Some(info) = self.stub_info(name, &mr, instance) {
                        push(info, out);
                    }
                }
                for base in &item.bases {
                    if let Some(b) = self.stubs.class_ref(&canon.module, base) {
                        let bt = if instance { Ty::Instance(b) } else { Ty::Stub(b) };
                        self.collect_members(&bt, out, seen, depth + 1);
                    }
                }
            }
            Ty::UserClass(id) | Ty::UserInstance(id) => {
                let Some(class) = self.model.bindings[*id].class.as_ref() else { return };
                let scope = &self.model.scopes[class.body_scope];
                let mut names: Vec<_> = scope.names.iter().collect();
                names.sort_by_key(|(n, _)| n.as_str());
                for (name, ids) in names {
                    if name.starts_with("__") {
                        continue;
                    }
                    let b = &self.model.bindings[*ids.last().unwrap_or(&ids[0])];
                    let (kind, detail, doc) = match &b.function {
                        Some(f) => {
                            let sig = if matches!(ty, Ty::UserInstance(_)) && !f.is_static {
                                f.signature.bound()
                            } else {
                                f.signature.clone()
                            };
                            let kind = if f.is_property { MemberKind::Property } else { MemberKind::Method };
                            (kind, Some(sig.render(name)), f.doc.clone())
                        }
                        None if b.class.is_some() => {
                            (MemberKind::Class, None, b.class.as_ref().and_then(|c| c.doc.clone()))
                        }
                        None => (MemberKind::Variable, None, None),
                    };
                    push(MemberInfo { name: name.clone(), kind, detail, doc }, out);
                }
                if matches!(ty, Ty::UserInstance(_)) {
                    for (name, _, _) in &class.instance_attrs {
                        push(
                            MemberInfo { name: name.clone(), kind: MemberKind::Variable, detail: None, doc: None },
                            out,
                        );
                    }
                }
                for base in &class.bases {
                    if let Some(bt) = self.path(class.body_scope, base, self.model.bindings[*id].span.start) {
                        let bt = match (ty, bt) {
                            (Ty::UserInstance(_), Ty::UserClass(b)) => Ty::UserInstance(b),
                            (Ty::UserInstance(_), Ty::Stub(r)) => Ty::Instance(r),
                            (_, other) => other,
                        };
                        self.collect_members(&bt, out, seen, depth + 1);
                    }
                }
            }
            Ty::Builtin(t) => {
                let r = StubRef { module: "builtins".into(), path: vec![t.name().to_string()] };
                if self.stubs.get(&r).is_some() {
                    self.collect_members(&Ty::Instance(r), out, seen, depth + 1);
                } else {
                    for m in super::builtin_methods::methods(*t) {
                        push(
                            MemberInfo { name: m.to_string(), kind: MemberKind::Method, detail: None, doc: None },
                            out,
                        );
                    }
                }
            }
            Ty::UserFunction(_) | Ty::Ticks => {}
        }
    }

    /// Completion/hover facts of one stub item.
    pub fn stub_info(&self, name: &str, r: &StubRef, bound: bool) -> Option<MemberInfo> {
        let item = self.stubs.get(r)?;
        let (kind, detail) = match item.kind {
            StubKind::Class => {
                (MemberKind::Class, self.signatures(&Ty::Stub(r.clone()), false).first().map(|s| s.render(name)))
            }
            StubKind::Function => {
                let sig = item.signatures.first().map(|s| if bound && !item.is_static { s.bound() } else { s.clone() });
                (if r.path.len() > 1 { MemberKind::Method } else { MemberKind::Function }, sig.map(|s| s.render(name)))
            }
            StubKind::Constant => (MemberKind::Constant, item.annotation.clone()),
            StubKind::Property => (MemberKind::Property, item.annotation.clone()),
            StubKind::Alias => (MemberKind::Variable, None),
        };
        Some(MemberInfo { name: name.to_string(), kind, detail, doc: item.doc.clone() })
    }
}

/// `time.ticks_ms()`, `ticks_us()`, `ticks_cpu()`: counters that wrap.
fn is_ticks_source(r: &StubRef) -> bool {
    matches!(r.module.as_str(), "time" | "utime")
        && r.path.len() == 1
        && matches!(r.path[0].as_str(), "ticks_ms" | "ticks_us" | "ticks_cpu")
}
