//! One walk over the tree that creates scopes, bindings and references;
//! then every reference is resolved against the finished scopes (so a
//! function may use a global bound further down the file).

use super::shape::{path_of, shape_of, Shape};
use super::*;
use crate::analysis::callable::Signature;
use crate::analysis::guards::{catches_import_error, only_for_checkers};
use crate::analysis::stubs::{load::docstring, StubSet};
use upy_syntax::ast::{self, Arg, Expr, ExprKind, FStringPart, Stmt, StmtKind};

pub fn build(body: &[Stmt], text: &str, stubs: &StubSet) -> Model {
    let mut b =
        Builder { model: Model::default(), text, stubs, scope: 0, method: None, emitter: Emitter::Python, guarded: 0 };
    // Room for a typical program's names up front (about one binding per
    // 64 bytes of source, one reference per 16): growing these vectors by
    // doubling copied them over and over.
    b.model.bindings.reserve(text.len() / 64);
    b.model.references.reserve(text.len() / 16);
    b.model.scopes.push(Scope {
        kind: ScopeKind::Module,
        parent: None,
        span: Span::new(0, text.len() as u32),
        indent: 0,
        names: HashMap::default(),
        globals: HashSet::default(),
        nonlocals: HashSet::default(),
        unknown_star: false,
        owner: None,
        depth: 0,
        children: Vec::new(),
    });
    b.stmts(body);
    b.resolve();
    b.model
}

/// Add the body of the function bound as `id` to a model of the module
/// level only (`incremental::Env`): its scopes, bindings and references,
/// resolved. Its header (decorators, defaults, annotations) is not walked
/// again: it is the module level's.
pub fn add_function_body(
    model: Model,
    text: &str,
    stubs: &StubSet,
    id: BindingId,
    f: &ast::FunctionDef,
    sspan: Span,
) -> Model {
    let outer = model.bindings[id].scope;
    let mut b = Builder { model, text, stubs, scope: outer, method: None, emitter: Emitter::Python, guarded: 0 };
    b.function_body(id, f, sspan);
    b.resolve();
    b.model
}

/// Add top-level statements to a model of the module level only
/// (`incremental::Patch`), in source order among the bindings there.
pub fn add_statements(model: Model, text: &str, stubs: &StubSet, body: &[Stmt]) -> Model {
    let mut b =
        Builder { model, text, stubs, scope: Model::MODULE, method: None, emitter: Emitter::Python, guarded: 0 };
    b.stmts(body);
    let Model { scopes, bindings, .. } = &mut b.model;
    for ids in scopes[Model::MODULE].names.values_mut() {
        ids.sort_by_key(|id| bindings[*id].span.start);
    }
    b.resolve();
    b.model
}

struct Builder<'a> {
    model: Model,
    text: &'a str,
    stubs: &'a StubSet,
    scope: ScopeId,
    /// Inside a method: the name of its `self` parameter and its class.
    method: Option<(String, BindingId)>,
    /// The code emitter of the function being read.
    emitter: Emitter,
    /// How many import guards the statement being read is inside.
    guarded: u32,
}

/// How MicroPython compiles a function, from its decorator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Emitter {
    Python,
    /// `@micropython.viper`: its types and pointer casts are names.
    Viper,
    /// An inline assembler (`@micropython.asm_thumb`, `@rp2.asm_pio`):
    /// the body is instructions, not Python.
    Assembler,
}

/// Names a viper function may use without binding them.
const VIPER_NAMES: &[&str] = &["ptr", "ptr8", "ptr16", "ptr32", "uint", "int", "bool", "object", "builtins"];

fn emitter_of(f: &ast::FunctionDef) -> Emitter {
    let mut emitter = Emitter::Python;
    for d in &f.decorators {
        let target = match &d.kind {
            ExprKind::Call { func, .. } => func,
            _ => d,
        };
        let Some(path) = path_of(target) else { continue };
        match path.last().map(String::as_str) {
            Some("viper") if path.len() <= 2 => emitter = Emitter::Viper,
            Some("asm_thumb" | "asm_xtensa" | "asm_xtensawin" | "asm_rv32" | "asm_pio") => emitter = Emitter::Assembler,
            _ => {}
        }
    }
    emitter
}

/// `@micropython.X`: the compiler reads it, no `micropython` binding needed.
fn is_micropython_decorator(d: &Expr) -> bool {
    matches!(&d.kind, ExprKind::Attribute { value, .. } if matches!(&value.kind, ExprKind::Name(n) if n == "micropython"))
}

impl Builder<'_> {
    fn push_scope(&mut self, kind: ScopeKind, span: Span, indent: u32, owner: Option<BindingId>) -> ScopeId {
        let depth = self.model.scopes[self.scope].depth + 1;
        self.model.scopes.push(Scope {
            kind,
            parent: Some(self.scope),
            span,
            indent,
            names: HashMap::default(),
            globals: HashSet::default(),
            nonlocals: HashSet::default(),
            unknown_star: false,
            owner,
            depth,
            children: Vec::new(),
        });
        let id = self.model.scopes.len() - 1;
        // Siblings stay in source order even where the walk meets a later
        // one first: a comprehension's first iterable (`lambda` in
        // `[r for r in (lambda: x)()]`) is walked, in the enclosing scope,
        // before the comprehension's own scope is opened. `scope_at`
        // searches them by start.
        let scopes = &self.model.scopes;
        let siblings = &scopes[self.scope].children;
        let at = siblings.partition_point(|c| scopes[*c].span.start <= span.start);
        self.model.scopes[self.scope].children.insert(at, id);
        id
    }

    fn bind(&mut self, name: &str, span: Span, stmt_span: Span, kind: BindingKind, origin: Origin) -> BindingId {
        let mut scope = self.scope;
        if kind == BindingKind::NamedExpr {
            while self.model.scopes[scope].kind == ScopeKind::Comprehension {
                scope = self.model.scopes[scope].parent.unwrap_or(0);
            }
        }
        if self.model.scopes[scope].globals.contains(name) {
            scope = Model::MODULE;
        } else if self.model.scopes[scope].nonlocals.contains(name) {
            // The binding belongs to an enclosing function: record the write
            // as a use of that name instead.
            self.reference(name, span, false);
            return usize::MAX;
        }
        let id = self.model.bindings.len();
        self.model.bindings.push(Binding {
            name: name.to_string(),
            span,
            stmt_span,
            scope,
            kind,
            origin,
            function: None,
            class: None,
            guarded: self.guarded > 0,
        });
        self.model.scopes[scope].names.entry(name.to_string()).or_default().push(id);
        id
    }

    fn reference(&mut self, name: &str, span: Span, is_del: bool) {
        match self.emitter {
            Emitter::Assembler => return,
            Emitter::Viper if VIPER_NAMES.contains(&name) => return self.compiler_known(name, span),
            _ => {}
        }
        self.model.references.push(Reference {
            name: name.to_string(),
            span,
            scope: self.scope,
            resolved: None,
            is_del,
            compiler_known: false,
        });
    }

    fn compiler_known(&mut self, name: &str, span: Span) {
        self.model.references.push(Reference {
            name: name.to_string(),
            span,
            scope: self.scope,
            resolved: None,
            is_del: false,
            compiler_known: true,
        });
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        let sspan = stmt.span;
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                match &value.kind {
                    // `X = const(1)`: folded by the compiler, no import needed.
                    ExprKind::Call { func, args } if matches!(&func.kind, ExprKind::Name(n) if n == "const") => {
                        self.compiler_known("const", func.span);
                        args.iter().for_each(|a| self.arg(a));
                    }
                    _ => self.expr(value),
                }
                let shape = shape_of(value);
                for t in targets {
                    self.target(t, sspan, BindingKind::Assignment, Some(&shape));
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.reference(n, target.span, false);
                    self.bind(n, target.span, sspan, BindingKind::AugAssignment, Origin::Unknown);
                } else {
                    self.expr(target);
                }
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                let shape = value.as_ref().map(shape_of);
                let kind = if value.is_some() { BindingKind::Assignment } else { BindingKind::Annotation };
                self.target(target, sspan, kind, shape.as_ref());
            }
            StmtKind::If { test, body, orelse } if only_for_checkers(test) => {
                self.expr(test);
                self.guarded += 1;
                self.stmts(body);
                self.guarded -= 1;
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(iter);
                self.target(target, sspan, BindingKind::LoopVariable, None);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let guard = u32::from(catches_import_error(handlers));
                self.guarded += guard;
                self.stmts(body);
                self.guarded -= guard;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name, n.span, h.span, BindingKind::ExceptVariable, Origin::Unknown);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context);
                    if let Some(t) = &item.target {
                        self.target(t, sspan, BindingKind::WithVariable, None);
                    }
                }
                self.stmts(body);
            }
            StmtKind::FunctionDef(f) => self.function(f, sspan),
            StmtKind::ClassDef(c) => self.class(c, sspan),
            StmtKind::Global(names) => {
                for n in names {
                    self.model.scopes[self.scope].globals.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.model.scopes[self.scope].nonlocals.insert(n.name.clone());
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    match &t.kind {
                        ExprKind::Name(n) => self.reference(n, t.span, true),
                        _ => self.expr(t),
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(as_) => {
                            self.bind(
                                &as_.name,
                                as_.span,
                                sspan,
                                BindingKind::Import,
                                Origin::Module(a.name.name.clone()),
                            );
                        }
                        None => {
                            let top = a.name.name.split('.').next().unwrap_or(&a.name.name).to_string();
                            let span = Span::new(a.name.span.start, a.name.span.start + top.len() as u32);
                            self.bind(&top, span, sspan, BindingKind::Import, Origin::Module(top.clone()));
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let module_name = module.as_ref().map(|m| m.name.clone()).filter(|_| *level == 0);
                for a in names {
                    if a.name.name == "*" {
                        match module_name.as_deref().filter(|m| self.stubs.has_module(m)) {
                            Some(m) => {
                                for (name, _) in self.stubs.module_members(m) {
                                    let origin = Origin::FromModule { module: m.to_string(), name: name.clone() };
                                    self.bind(&name, a.name.span, sspan, BindingKind::StarImport, origin);
                                }
                            }
                            None => self.model.scopes[self.scope].unknown_star = true,
                        }
                        continue;
                    }
                    let local = a.asname.as_ref().unwrap_or(&a.name);
                    let origin = match &module_name {
                        Some(m) => Origin::FromModule { module: m.clone(), name: a.name.name.clone() },
                        None => Origin::Unknown,
                    };
                    self.bind(&local.name, local.span, sspan, BindingKind::FromImport, origin);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern, case.span);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
        }
    }

    fn function(&mut self, f: &ast::FunctionDef, sspan: Span) {
        for d in &f.decorators {
            match &d.kind {
                ExprKind::Attribute { value, .. } if is_micropython_decorator(d) => {
                    self.compiler_known("micropython", value.span)
                }
                _ => self.expr(d),
            }
        }
        // A viper function's annotations name viper types (`ptr8`, `uint`).
        let saved_emitter = std::mem::replace(&mut self.emitter, emitter_of(f));
        self.params_outer(&f.params);
        if let Some(r) = &f.returns {
            self.expr(r);
        }
        self.emitter = saved_emitter;
        let id = self.bind(&f.name.name, f.name.span, sspan, BindingKind::Function, Origin::Unknown);
        self.function_body(id, f, sspan);
    }

    /// The scope of a function bound as `id` (`usize::MAX`: not bound here,
    /// a `nonlocal` name), its parameters and its body.
    fn function_body(&mut self, id: BindingId, f: &ast::FunctionDef, sspan: Span) {
        let decorator_names: Vec<String> =
            f.decorators.iter().filter_map(|d| path_of(d).map(|p| p.join("."))).collect();
        let is_static = decorator_names.iter().any(|d| d == "staticmethod");
        let is_property = decorator_names.iter().any(|d| d == "property");
        let in_class = self.model.scopes[self.scope].kind == ScopeKind::Class;
        let class_binding = if in_class { self.model.scopes[self.scope].owner } else { None };
        let indent = column_of(self.text, sspan.start);
        let span = Span::new(f.name.span.end, extend_block(self.text, sspan.end, indent));
        let outer = self.scope;
        let body_scope = self.push_scope(ScopeKind::Function, span, indent, (id != usize::MAX).then_some(id));
        if id != usize::MAX {
            self.model.bindings[id].function = Some(FunctionInfo {
                signature: Signature::from_ast(&f.params, f.returns.as_ref(), self.text),
                doc: docstring(&f.body),
                is_method: in_class,
                is_static,
                is_property,
                body_scope,
            });
        }
        let saved_method = self.method.clone();
        if let (Some(cls), false) = (class_binding, is_static) {
            if let Some(first) = f.params.posonly.first().or(f.params.args.first()) {
                self.method = Some((first.name.name.clone(), cls));
            }
        }
        self.scope = body_scope;
        let saved_emitter = std::mem::replace(&mut self.emitter, emitter_of(f));
        self.params_inner(&f.params, sspan);
        self.stmts(&f.body);
        self.emitter = saved_emitter;
        self.scope = outer;
        self.method = saved_method;
    }

    fn class(&mut self, c: &ast::ClassDef, sspan: Span) {
        for d in &c.decorators {
            self.expr(d);
        }
        for a in &c.bases {
            self.arg(a);
        }
        let id = self.bind(&c.name.name, c.name.span, sspan, BindingKind::Class, Origin::Unknown);
        let indent = column_of(self.text, sspan.start);
        let span = Span::new(c.name.span.end, extend_block(self.text, sspan.end, indent));
        let outer = self.scope;
        let body_scope = self.push_scope(ScopeKind::Class, span, indent, (id != usize::MAX).then_some(id));
        if id != usize::MAX {
            let bases =
                c.bases.iter().filter_map(|a| if let Arg::Positional(e) = a { path_of(e) } else { None }).collect();
            self.model.bindings[id].class =
                Some(ClassInfo { body_scope, bases, doc: docstring(&c.body), instance_attrs: Vec::new() });
        }
        let saved_method = self.method.take();
        self.scope = body_scope;
        self.stmts(&c.body);
        self.scope = outer;
        self.method = saved_method;
    }

    /// Defaults and annotations run in the enclosing scope.
    fn params_outer(&mut self, p: &ast::Parameters) {
        for param in all_params(p) {
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    fn params_inner(&mut self, p: &ast::Parameters, sspan: Span) {
        for param in all_params(p) {
            self.bind(&param.name.name, param.name.span, sspan, BindingKind::Parameter, Origin::Unknown);
        }
    }

    /// Bind an assignment target; `shape` describes the value for a plain name.
    fn target(&mut self, t: &Expr, sspan: Span, kind: BindingKind, shape: Option<&Shape>) {
        match &t.kind {
            ExprKind::Name(n) => {
                let origin = shape.map_or(Origin::Unknown, |s| Origin::Value(s.clone()));
                self.bind(n, t.span, sspan, kind, origin);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i, sspan, kind, None);
                }
            }
            ExprKind::Starred(inner) => self.target(inner, sspan, kind, None),
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                if let (ExprKind::Name(obj), Some((self_name, cls))) = (&value.kind, &self.method) {
                    if obj == self_name {
                        let cls = *cls;
                        let shape = shape.cloned().unwrap_or(Shape::Unknown);
                        if let Some(info) = self.model.bindings[cls].class.as_mut() {
                            info.instance_attrs.push((attr.name.clone(), attr.span, shape));
                        }
                    }
                }
            }
            _ => self.expr(t),
        }
    }

    fn pattern(&mut self, p: &Expr, case_span: Span) {
        match &p.kind {
            ExprKind::Name(n) if n == "_" => {}
            ExprKind::Name(n) => {
                self.bind(n, p.span, case_span, BindingKind::MatchCapture, Origin::Unknown);
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    match a {
                        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => self.pattern(e, case_span),
                        Arg::Keyword { value, .. } => self.pattern(value, case_span),
                    }
                }
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.pattern(i, case_span);
                }
            }
            ExprKind::Starred(inner) => self.pattern(inner, case_span),
            ExprKind::BinOp { left, right, .. } => {
                self.pattern(left, case_span);
                self.pattern(right, case_span);
            }
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        ast::DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.pattern(v, case_span);
                        }
                        ast::DictItem::Unpack(e) => self.pattern(e, case_span),
                    }
                }
            }
            _ => self.expr(p),
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => self.expr(e),
            Arg::Keyword { value, .. } => self.expr(value),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.reference(n, e.span, false),
            ExprKind::Const(_) | ExprKind::Error => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                args.iter().for_each(|a| self.arg(a));
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Starred(inner) | ExprKind::Await(inner) | ExprKind::YieldFrom(inner) => self.expr(inner),
            ExprKind::Yield(inner) => {
                if let Some(i) = inner {
                    self.expr(i);
                }
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        ast::DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        ast::DictItem::Unpack(x) => self.expr(x),
                    }
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(e.span, generators, &[elt]),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e.span, generators, &[key, value]),
            ExprKind::Lambda { params, body } => {
                self.params_outer(params);
                let outer = self.scope;
                let start = params.span.start.min(body.span.start);
                let scope = self.push_scope(ScopeKind::Lambda, Span::new(start, e.span.end), 0, None);
                self.scope = scope;
                self.params_inner(params, e.span);
                self.expr(body);
                self.scope = outer;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.bind(&target.name, target.span, e.span, BindingKind::NamedExpr, Origin::Value(shape_of(value)));
            }
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field { expr, format_spec, .. } = p {
                self.expr(expr);
                if let Some(spec) = format_spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn comprehension(&mut self, span: Span, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = generators.first() {
            self.expr(&g.iter);
        }
        let outer = self.scope;
        let scope = self.push_scope(ScopeKind::Comprehension, span, 0, None);
        self.scope = scope;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target, span, BindingKind::LoopVariable, None);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        for e in elts {
            self.expr(e);
        }
        self.scope = outer;
    }

    fn resolve(&mut self) {
        let mut counts = vec![0u32; self.model.bindings.len()];
        for i in 0..self.model.references.len() {
            let r = &self.model.references[i];
            let found = match self.model.lookup(r.scope, &r.name, Some(r.span.start)) {
                Lookup::Binding(id) => Some(id),
                _ => None,
            };
            if let Some(id) = found {
                let b = &self.model.bindings[id];
                if let Some(ids) = self.model.scopes[b.scope].names.get(&b.name) {
                    for other in ids {
                        counts[*other] += 1;
                    }
                }
            }
            self.model.references[i].resolved = found;
        }
        self.model.use_counts = counts;
    }
}

fn all_params(p: &ast::Parameters) -> impl Iterator<Item = &ast::Param> {
    p.posonly.iter().chain(p.args.iter()).chain(p.vararg.iter()).chain(p.kwonly.iter()).chain(p.kwarg.iter())
}

/// Column (in bytes) of `offset` on its line.
pub fn column_of(text: &str, offset: u32) -> u32 {
    let before = text.get(..offset as usize).unwrap_or("");
    (before.len() - before.rfind('\n').map_or(0, |i| i + 1)) as u32
}

/// Extend a block's end over following lines that are blank or indented
/// past `indent`: where a user is typing the next line of the block.
fn extend_block(text: &str, end: u32, indent: u32) -> u32 {
    let mut pos = end as usize;
    let bytes = text.as_bytes();
    // Finish the current line.
    while pos < bytes.len() && bytes[pos] != b'\n' {
        pos += 1;
    }
    let mut last_good = pos;
    while pos < bytes.len() {
        let line_start = pos + 1;
        let line_end = text[line_start.min(text.len())..].find('\n').map_or(text.len(), |i| line_start + i);
        let line = &text[line_start.min(text.len())..line_end];
        let trimmed = line.trim_start();
        let col = (line.len() - trimmed.len()) as u32;
        // Blank lines, comments and deeper-indented lines continue the block.
        if !(trimmed.is_empty() || trimmed.starts_with('#') || col > indent) {
            break;
        }
        last_good = line_end;
        pos = line_end;
    }
    last_good as u32
}
