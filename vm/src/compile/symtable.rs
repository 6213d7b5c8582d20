//! Scope analysis: decides for every name in every scope whether it is a
//! local slot, a cell shared with inner functions, a free variable from an
//! enclosing function, a global, or (in class bodies) a namespace entry.

use crate::syntax::ast::*;
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
    for s in &module.body {
        b.stmt(s);
    }
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

    fn bind_target(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.scope().bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| self.bind_target(i)),
            ExprKind::Starred(inner) => self.bind_target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            _ => self.expr(e),
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params(&mut self, p: &Parameters) {
        // Defaults and annotations are evaluated in the enclosing scope.
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    fn bind_params(&mut self, p: &Parameters) {
        let mut names = vec![];
        for param in p.posonly.iter().chain(&p.args) {
            names.push(param.name.name.clone());
        }
        for param in &p.kwonly {
            names.push(param.name.name.clone());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.name.clone());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.name.clone());
        }
        for n in &names {
            self.scope().bind(n);
        }
        self.scope().params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                targets.iter().for_each(|t| self.bind_target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.scope().use_(n);
                }
                self.bind_target(target);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                    self.bind_target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local.
                    self.scope().bind(n);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    self.scope().is_async = true;
                }
                self.expr(iter);
                self.bind_target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.scope().bind(&n.name);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async {
                    self.scope().is_async = true;
                }
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.bind_target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params(&f.params);
                self.scope().bind(&f.name.name);
                let in_class = self.t.scopes[self.cur].kind == ScopeKind::Class;
                let prev = self.push(ScopeKind::Function, node_key(&**f));
                self.scope().is_async = f.is_async;
                self.bind_params(&f.params);
                self.body(&f.body);
                if in_class && uses_zero_arg_super(&f.body) {
                    self.scope().needs_class_cell = true;
                    self.scope().use_("__class__");
                }
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.arg(b);
                }
                self.scope().bind(&c.name.name);
                let prev = self.push(ScopeKind::Class, node_key(&**c));
                self.scope().bind("__class__");
                self.body(&c.body);
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
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.bind_target(t)),
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
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
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.body(&c.body);
                }
            }
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => self.expr(e),
            Arg::Keyword { value, .. } => self.expr(value),
        }
    }

    fn comprehension(&mut self, node: usize, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let prev = self.push(ScopeKind::Comprehension, node);
        self.scope().bind(".0");
        self.scope().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.bind_target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.cur = prev;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.scope().use_(n),
            ExprKind::Const(_) | ExprKind::Error => {}
            ExprKind::FString(parts) => self.fparts(parts),
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
            ExprKind::Starred(x) | ExprKind::Await(x) | ExprKind::YieldFrom(x) => {
                if matches!(e.kind, ExprKind::Await(_)) {
                    self.scope().is_async = true;
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) {
                    self.scope().is_generator = true;
                }
                self.expr(x)
            }
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Unpack(x) => self.expr(x),
                    }
                }
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
                self.params(params);
                let prev = self.push(ScopeKind::Function, node_key(e));
                self.bind_params(params);
                self.expr(body);
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::NamedExpr { target, value } => {
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
                self.expr(value);
                // `:=` in a comprehension binds in the enclosing function.
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
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v);
                }
            }
        }
    }

    fn fparts(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field { expr, format_spec, .. } = p {
                self.expr(expr);
                if let Some(spec) = format_spec {
                    self.fparts(spec);
                }
            }
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

fn uses_zero_arg_super(body: &[Stmt]) -> bool {
    // A cheap textual walk: any call `super()` with no arguments.
    fn expr(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { func, args } => {
                if let ExprKind::Name(n) = &func.kind {
                    if n == "super" && args.is_empty() {
                        return true;
                    }
                }
                expr(func)
                    || args.iter().any(|a| match a {
                        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => expr(e),
                        Arg::Keyword { value, .. } => expr(value),
                    })
            }
            ExprKind::Attribute { value, .. } => expr(value),
            ExprKind::BinOp { left, right, .. } => expr(left) || expr(right),
            ExprKind::Await(x) | ExprKind::Starred(x) | ExprKind::YieldFrom(x) => expr(x),
            ExprKind::Yield(Some(x)) => expr(x),
            ExprKind::Subscript { value, index } => expr(value) || expr(index),
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().any(expr),
            ExprKind::IfExp { test, body, orelse } => expr(test) || expr(body) || expr(orelse),
            ExprKind::BoolOp { values, .. } => values.iter().any(expr),
            ExprKind::Compare { left, comparators, .. } => expr(left) || comparators.iter().any(expr),
            ExprKind::Set(v) => v.iter().any(expr),
            ExprKind::UnaryOp { operand, .. } => expr(operand),
            ExprKind::NamedExpr { value, .. } => expr(value),
            ExprKind::Dict(items) => items.iter().any(|i| match i {
                DictItem::Pair(k, v) => expr(k) || expr(v),
                DictItem::Unpack(v) => expr(v),
            }),
            // The first iterable of a comprehension runs in this scope.
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. }
            | ExprKind::DictComp { generators, .. } => generators.first().is_some_and(|g| expr(&g.iter)),
            _ => false,
        }
    }
    fn stmt(s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e),
            StmtKind::Assign { value, targets } => expr(value) || targets.iter().any(expr),
            StmtKind::AugAssign { value, .. } => expr(value),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                expr(test) || body.iter().any(stmt) || orelse.iter().any(stmt)
            }
            StmtKind::For { iter, body, orelse, .. } => expr(iter) || body.iter().any(stmt) || orelse.iter().any(stmt),
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                body.iter().any(stmt)
                    || handlers.iter().any(|h| h.body.iter().any(stmt))
                    || orelse.iter().any(stmt)
                    || finalbody.iter().any(stmt)
            }
            StmtKind::With { items, body, .. } => items.iter().any(|i| expr(&i.context)) || body.iter().any(stmt),
            StmtKind::FunctionDef(f) => f.body.iter().any(stmt),
            _ => false,
        }
    }
    body.iter().any(stmt)
}
