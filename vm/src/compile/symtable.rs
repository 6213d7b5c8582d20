//! Scope analysis: decides for every name in every scope whether it is a
//! local slot, a cell shared with inner functions, a free variable from an
//! enclosing function, a global, or (in class bodies) a namespace entry.

use crate::syntax::ast::*;
use crate::syntax::visit::{
    walk_class_header, walk_comprehension_scope, walk_expr, walk_function_header, walk_parameters, walk_stmt,
    walk_target, Visitor,
};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Class and module bodies: the namespace dict.
    Namespace,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameter names in slot order.
    pub params: Vec<String>,
    /// Names bound in this scope, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub used: Vec<String>,
    used_set: HashSet<String>,
    /// Resolved: names captured by inner scopes.
    pub cells: Vec<String>,
    /// Resolved: names this scope takes from enclosing functions.
    pub frees: Vec<String>,
    pub is_generator: bool,
    pub is_async: bool,
    /// A function that calls `super()` with no arguments inside a class.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: vec![],
            bound: vec![],
            bound_set: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: vec![],
            used_set: HashSet::new(),
            cells: vec![],
            frees: vec![],
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
        }
    }
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }
    fn use_(&mut self, name: &str) {
        if self.used_set.insert(name.to_string()) {
            self.used.push(name.to_string());
        }
    }
    pub fn is_local(&self, name: &str) -> bool {
        self.bound_set.contains(name) && !self.globals.contains(name) && !self.nonlocals.contains(name)
    }

    pub fn kind_of(&self, name: &str) -> NameKind {
        if self.globals.contains(name) {
            return NameKind::GlobalExplicit;
        }
        if self.frees.iter().any(|n| n == name) {
            if self.kind == ScopeKind::Class && self.is_local(name) {
                return NameKind::Namespace;
            }
            return NameKind::Free;
        }
        match self.kind {
            ScopeKind::Module => NameKind::GlobalImplicit,
            ScopeKind::Class => {
                if self.cells.iter().any(|n| n == name) && name == "__class__" {
                    NameKind::Cell
                } else {
                    NameKind::Namespace
                }
            }
            _ => {
                if self.cells.iter().any(|n| n == name) {
                    NameKind::Cell
                } else if self.is_local(name) {
                    NameKind::Local
                } else {
                    NameKind::GlobalImplicit
                }
            }
        }
    }
}

/// Scopes keyed by the address of the AST node that opens them.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
    /// Errors such as `nonlocal` of an unknown name: (message, span).
    pub errors: Vec<(String, crate::syntax::Span)>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub fn analyze(module: &Module) -> SymbolTable {
    let mut b = Builder {
        t: SymbolTable { scopes: vec![], by_node: HashMap::new(), errors: vec![] },
        cur: 0,
        nonlocal_spans: vec![],
    };
    b.t.scopes.push(Scope::new(ScopeKind::Module, None));
    b.t.by_node.insert(node_key(module), 0);
    b.visit_body(&module.body);
    b.resolve();
    b.check_nonlocals();
    b.t
}

struct Builder {
    t: SymbolTable,
    cur: usize,
    /// Every `nonlocal` name, to check an enclosing function binds it.
    nonlocal_spans: Vec<(usize, String, crate::syntax::Span)>,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn push(&mut self, kind: ScopeKind, key: usize) -> usize {
        let id = self.t.scopes.len();
        self.t.scopes.push(Scope::new(kind, Some(self.cur)));
        self.t.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind_params(&mut self, p: &Parameters) {
        let names: Vec<String> = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(&p.vararg)
            .chain(&p.kwarg)
            .map(|param| param.name.name.clone())
            .collect();
        for n in &names {
            self.scope().bind(n);
        }
        self.scope().params = names;
    }

    fn comprehension<'a>(&mut self, node: usize, generators: &'a [Comprehension], elts: &[&'a Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, node);
        self.scope().bind(".0");
        self.scope().params = vec![".0".to_string()];
        walk_comprehension_scope(self, generators, elts);
        self.cur = prev;
    }

    fn named_expr(&mut self, target: &Ident) {
        // `:=` in a comprehension declares its target global or
        // nonlocal there: MicroPython refuses a loop variable.
        if self.scope().kind == ScopeKind::Comprehension {
            let sc = &self.t.scopes[self.cur];
            if sc.bound_set.contains(&target.name)
                && !sc.globals.contains(&target.name)
                && !sc.nonlocals.contains(&target.name)
            {
                let parent = sc.parent.unwrap_or(0);
                let what = if self.t.scopes[parent].kind == ScopeKind::Module { "global" } else { "nonlocal" };
                self.t.errors.push((format!("identifier redefined as {what}"), target.span));
            }
        }
    }

    /// `:=` binds in the enclosing function, through any comprehensions.
    fn bind_named(&mut self, target: &Ident) {
        let mut s = self.cur;
        while self.t.scopes[s].kind == ScopeKind::Comprehension {
            let name = target.name.clone();
            let parent = self.t.scopes[s].parent.unwrap_or(0);
            if self.t.scopes[parent].kind == ScopeKind::Module {
                self.t.scopes[s].globals.insert(name);
            } else {
                self.t.scopes[s].nonlocals.insert(name);
            }
            self.t.scopes[s].use_(&target.name);
            s = parent;
        }
        self.t.scopes[s].bind(&target.name);
        if s != self.cur {
            self.t.scopes[self.cur].bind(&target.name);
        }
    }

    /// A `nonlocal` name must be bound by an enclosing function.
    fn check_nonlocals(&mut self) {
        for (id, name, span) in std::mem::take(&mut self.nonlocal_spans) {
            if self.t.scopes[id].kind == ScopeKind::Module {
                continue;
            }
            let mut p = self.t.scopes[id].parent;
            let mut found = false;
            while let Some(pid) = p {
                let s = &self.t.scopes[pid];
                if s.kind == ScopeKind::Module {
                    break;
                }
                if s.kind != ScopeKind::Class && (s.is_local(&name) || s.nonlocals.contains(&name)) {
                    found = true;
                    break;
                }
                p = s.parent;
            }
            if !found {
                self.t.errors.push(("no binding for nonlocal found".into(), span));
            }
        }
    }

    /// Work out cells and frees, innermost scopes asking their parents.
    fn resolve(&mut self) {
        for id in 0..self.t.scopes.len() {
            let kind = self.t.scopes[id].kind;
            if kind == ScopeKind::Module {
                continue;
            }
            let mut wanted: Vec<String> = vec![];
            {
                let s = &self.t.scopes[id];
                for n in s.used.iter().chain(s.nonlocals.iter()) {
                    if s.globals.contains(n) {
                        continue;
                    }
                    let local = s.bound_set.contains(n) && !s.nonlocals.contains(n);
                    if kind == ScopeKind::Class && n != "__class__" && local {
                        continue;
                    }
                    if !local {
                        wanted.push(n.clone());
                    }
                }
                if s.needs_class_cell && !wanted.iter().any(|w| w == "__class__") {
                    wanted.push("__class__".into());
                }
            }
            for name in wanted {
                self.capture(id, &name);
            }
        }
    }

    /// Make `name` free in scope `id` if an enclosing function binds it.
    fn capture(&mut self, id: usize, name: &str) {
        let mut chain = vec![];
        let mut p = self.t.scopes[id].parent;
        while let Some(pid) = p {
            let s = &self.t.scopes[pid];
            let skip_class = s.kind == ScopeKind::Class && name != "__class__";
            if s.kind == ScopeKind::Module {
                return;
            }
            if !skip_class && s.is_local(name) {
                if !s.cells.iter().any(|c| c == name) {
                    self.t.scopes[pid].cells.push(name.to_string());
                }
                for &c in &chain {
                    let sc: &mut Scope = &mut self.t.scopes[c];
                    if !sc.frees.iter().any(|f| f == name) {
                        sc.frees.push(name.to_string());
                    }
                }
                let s0 = &mut self.t.scopes[id];
                if !s0.frees.iter().any(|f| f == name) {
                    s0.frees.push(name.to_string());
                }
                return;
            }
            // A class between passes the cell on to the functions it makes.
            chain.push(pid);
            p = s.parent;
        }
    }
}

/// The walk over the tree (`upy_syntax::visit`): the statements and
/// expressions that open a scope or bind a name are handled here, the rest
/// is the common walk.
impl<'a> Visitor<'a> for Builder {
    fn visit_target(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.scope().bind(n),
            _ => walk_target(self, e),
        }
    }

    /// MicroPython's compiler never evaluates an annotation.
    fn visit_annotation(&mut self, _: &'a Expr) {}

    fn visit_except_handler(&mut self, h: &'a ExceptHandler) {
        if let Some(t) = &h.typ {
            self.visit_expr(t);
        }
        if let Some(n) = &h.name {
            self.scope().bind(&n.name);
        }
        self.visit_body(&h.body);
    }

    fn visit_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.scope().use_(n);
                }
                self.visit_target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.visit_expr(v);
                    self.visit_target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local.
                    self.scope().bind(n);
                }
            }
            StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => {
                if *is_async {
                    self.scope().is_async = true;
                }
                walk_stmt(self, s);
            }
            StmtKind::FunctionDef(f) => {
                walk_function_header(self, f);
                self.scope().bind(&f.name.name);
                let in_class = self.t.scopes[self.cur].kind == ScopeKind::Class;
                let prev = self.push(ScopeKind::Function, node_key(&**f));
                self.scope().is_async = f.is_async;
                self.bind_params(&f.params);
                self.visit_body(&f.body);
                if in_class && uses_zero_arg_super(&f.body) {
                    self.scope().needs_class_cell = true;
                    self.scope().use_("__class__");
                }
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                walk_class_header(self, c);
                self.scope().bind(&c.name.name);
                let prev = self.push(ScopeKind::Class, node_key(&**c));
                self.scope().bind("__class__");
                self.visit_body(&c.body);
                self.cur = prev;
            }
            // MicroPython refuses a declaration of a name the scope has
            // already used, bound or declared otherwise.
            StmtKind::Global(names) => {
                for n in names {
                    let sc = self.scope();
                    let seen = sc.bound_set.contains(&n.name) || sc.used_set.contains(&n.name);
                    if (seen || sc.nonlocals.contains(&n.name)) && !sc.globals.contains(&n.name) {
                        self.t.errors.push(("identifier redefined as global".into(), n.span));
                    }
                    self.scope().globals.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    if let Some(n) = names.first() {
                        self.t.errors.push(("can't declare nonlocal in outer code".into(), n.span));
                    }
                }
                for n in names {
                    let sc = self.scope();
                    let seen = sc.bound_set.contains(&n.name) || sc.used_set.contains(&n.name);
                    if (seen || sc.globals.contains(&n.name)) && !sc.nonlocals.contains(&n.name) {
                        self.t.errors.push(("identifier redefined as nonlocal".into(), n.span));
                    }
                    self.scope().nonlocals.insert(n.name.clone());
                    self.nonlocal_spans.push((self.cur, n.name.clone(), n.span));
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => a.name.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.scope().bind(&name);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name.name == "*" {
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                    self.scope().bind(&name);
                }
            }
            // MicroPython has no `match`: the compiler refuses it, and only
            // the subject and the bodies are read for names.
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject);
                for c in cases {
                    self.visit_body(&c.body);
                }
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.scope().use_(n),
            ExprKind::Await(_) => {
                self.scope().is_async = true;
                walk_expr(self, e);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.scope().is_generator = true;
                walk_expr(self, e);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(node_key(e), generators, &[elt]);
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    let id = self.t.by_node[&node_key(e)];
                    self.t.scopes[id].is_generator = true;
                }
            }
            ExprKind::DictComp { key, value, generators } => self.comprehension(node_key(e), generators, &[key, value]),
            ExprKind::Lambda { params, body } => {
                walk_parameters(self, params);
                let prev = self.push(ScopeKind::Function, node_key(e));
                self.bind_params(params);
                self.visit_expr(body);
                self.cur = prev;
            }
            ExprKind::NamedExpr { target, value } => {
                self.named_expr(target);
                self.visit_expr(value);
                self.bind_named(target);
            }
            _ => walk_expr(self, e),
        }
    }
}

/// Does a method call `super()` with no arguments where MicroPython's
/// compiler treats it specially (in its own scope, or a function nested in
/// it, which takes `__class__` from it)? Lambdas, comprehensions and class
/// bodies are scopes of their own: a `super()` there is a plain call.
fn uses_zero_arg_super(body: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match &s.kind {
                StmtKind::ClassDef(c) => walk_class_header(self, c),
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match &e.kind {
                ExprKind::Call { func, args }
                    if args.is_empty() && matches!(&func.kind, ExprKind::Name(n) if n == "super") =>
                {
                    self.0 = true
                }
                ExprKind::Lambda { params, .. } => walk_parameters(self, params),
                ExprKind::ListComp { generators, .. }
                | ExprKind::SetComp { generators, .. }
                | ExprKind::GeneratorExp { generators, .. }
                | ExprKind::DictComp { generators, .. } => {
                    if let Some(g) = generators.first() {
                        self.visit_expr(&g.iter);
                    }
                }
                _ => walk_expr(self, e),
            }
        }
    }
    let mut finder = Finder::default();
    finder.visit_body(body);
    finder.0
}
