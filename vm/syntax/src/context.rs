//! What MicroPython's compiler refuses that the grammar allows: statements
//! out of their place (`return`, `yield`, `await`, `break` outside what they
//! belong to, `import *` in a function, `async for` outside `async def`),
//! `global` and `nonlocal` declarations that clash with earlier uses,
//! `f(a=1, *b)`, `{**d}`, and `@micropython.X` decorators it does not know. Messages are MicroPython's own (`py/compile.c`).
//!
//! `parse` does not run this: the language server does, to flag every
//! program MicroPython rejects at compile time; the VM's compiler finds the
//! same errors as it compiles.

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::span::Span;
use crate::visit::{walk_expr, walk_parameters, walk_stmt, Visitor};
use std::collections::{HashMap, HashSet};

/// The compile-time errors of a parsed module, in source order.
pub fn check(module: &Module) -> Vec<SyntaxError> {
    let mut c = Context { scopes: vec![Scope::new(Kind::Module, false)], errors: Vec::new() };
    c.visit_body(&module.body);
    c.errors.sort_by_key(|e| e.span.start);
    c.errors
}

/// `@micropython.X` decorators some port knows; any other X is refused.
const MICROPYTHON_DECORATORS: &[&str] =
    &["bytecode", "native", "viper", "asm_thumb", "asm_xtensa", "asm_xtensawin", "asm_rv32"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// How a name stands in one scope so far, as MicroPython's scope pass
/// records it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Seen {
    /// Loaded or stored before any declaration.
    Used,
    Global,
    Nonlocal,
}

struct Scope {
    kind: Kind,
    is_async: bool,
    loops: u32,
    names: HashMap<String, Seen>,
    /// Names the scope binds anywhere (for inner `nonlocal`): parameters
    /// and stores.
    bound: HashSet<String>,
}

impl Scope {
    fn new(kind: Kind, is_async: bool) -> Scope {
        Scope { kind, is_async, loops: 0, names: HashMap::new(), bound: HashSet::new() }
    }

    fn func_like(&self) -> bool {
        matches!(self.kind, Kind::Function | Kind::Lambda)
    }
}

struct Context {
    scopes: Vec<Scope>,
    errors: Vec<SyntaxError>,
}

impl Context {
    fn error(&mut self, span: Span, message: &str) {
        self.errors.push(SyntaxError { span, message: message.to_string(), kind: SyntaxErrorKind::Invalid });
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes.last_mut().expect("the module scope is never popped")
    }

    fn use_name(&mut self, name: &str) {
        self.scope().names.entry(name.to_string()).or_insert(Seen::Used);
    }

    fn store_name(&mut self, name: &str) {
        let scope = self.scope();
        scope.names.entry(name.to_string()).or_insert(Seen::Used);
        scope.bound.insert(name.to_string());
    }

    fn open_scope(&mut self, kind: Kind, is_async: bool) {
        self.scopes.push(Scope::new(kind, is_async));
    }

    fn close_scope(&mut self) {
        self.scopes.pop();
    }

    fn declare(&mut self, names: &[Ident], span: Span, global: bool) {
        if !global && self.scope().kind == Kind::Module {
            self.error(span, "can't declare nonlocal in outer code");
            return;
        }
        for n in names {
            let seen = self.scope().names.get(&n.name).copied();
            let wanted = if global { Seen::Global } else { Seen::Nonlocal };
            match seen {
                None => {
                    self.scope().names.insert(n.name.clone(), wanted);
                    if !global && !self.enclosing_binds(&n.name) {
                        self.error(span, "no binding for nonlocal found");
                    }
                }
                Some(s) if s == wanted => {}
                Some(_) if global => self.error(span, "identifier redefined as global"),
                Some(_) => self.error(span, "identifier redefined as nonlocal"),
            }
        }
    }

    /// Does a function around the current scope bind `name` (or take it
    /// from further out with its own `nonlocal`)? A function's bindings are
    /// all known when its scope opens (`bindings_of`), as MicroPython reads
    /// a scope in full before the scopes inside it.
    fn enclosing_binds(&self, name: &str) -> bool {
        self.scopes[..self.scopes.len() - 1].iter().rev().filter(|s| s.func_like()).any(|s| {
            s.bound.contains(name) && s.names.get(name) != Some(&Seen::Global)
                || s.names.get(name) == Some(&Seen::Nonlocal)
        })
    }

    fn bind_target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Tuple(xs) | ExprKind::List(xs) => xs.iter().for_each(|x| self.bind_target(x)),
            ExprKind::Starred(x) => self.bind_target(x),
            _ => walk_expr(self, t),
        }
    }

    fn check_decorator(&mut self, d: &Expr) {
        if let ExprKind::Attribute { value, attr } = &d.kind {
            if matches!(&value.kind, ExprKind::Name(m) if m == "micropython")
                && !MICROPYTHON_DECORATORS.contains(&attr.name.as_str())
            {
                self.error(d.span, "invalid micropython decorator");
            }
        }
    }

    fn in_loop(&self) -> bool {
        self.scopes.last().is_some_and(|s| s.loops > 0)
    }
}

/// Every name a function body binds, wherever it stands, without entering
/// nested scopes: what an inner `nonlocal` may refer to.
fn bindings_of(body: &[Stmt], params: &Parameters) -> HashSet<String> {
    struct Binds(HashSet<String>);
    impl<'a> Visitor<'a> for Binds {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match &s.kind {
                StmtKind::FunctionDef(f) => {
                    self.0.insert(f.name.name.clone());
                }
                StmtKind::ClassDef(c) => {
                    self.0.insert(c.name.name.clone());
                }
                StmtKind::Import(aliases) => {
                    for a in aliases {
                        let n = a.asname.as_ref().unwrap_or(&a.name);
                        self.0.insert(n.name.split('.').next().unwrap_or_default().to_string());
                    }
                }
                StmtKind::ImportFrom { names, .. } => {
                    for a in names {
                        self.0.insert(a.asname.as_ref().unwrap_or(&a.name).name.clone());
                    }
                }
                StmtKind::Try { handlers, .. } => {
                    for h in handlers {
                        if let Some(n) = &h.name {
                            self.0.insert(n.name.clone());
                        }
                    }
                    walk_stmt(self, s);
                }
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match &e.kind {
                ExprKind::Lambda { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::GeneratorExp { .. } => {}
                ExprKind::NamedExpr { target, value } => {
                    self.0.insert(target.name.clone());
                    self.visit_expr(value);
                }
                _ => walk_expr(self, e),
            }
        }
        fn visit_target(&mut self, t: &'a Expr) {
            match &t.kind {
                ExprKind::Name(n) => {
                    self.0.insert(n.clone());
                }
                ExprKind::Tuple(xs) | ExprKind::List(xs) => xs.iter().for_each(|x| self.visit_target(x)),
                ExprKind::Starred(x) => self.visit_target(x),
                _ => walk_expr(self, t),
            }
        }
    }
    let mut b = Binds(HashSet::new());
    for p in params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly).chain(&params.kwarg)
    {
        b.0.insert(p.name.name.clone());
    }
    b.visit_body(body);
    b.0
}

impl<'a> Visitor<'a> for Context {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Return(_) => {
                if self.scope().kind != Kind::Function {
                    self.error(s.span, "'return' outside function");
                }
                walk_stmt(self, s);
            }
            StmtKind::Break | StmtKind::Continue => {
                if !self.in_loop() {
                    self.error(s.span, "'break'/'continue' outside loop");
                }
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test);
                self.scope().loops += 1;
                self.visit_body(body);
                self.scope().loops -= 1;
                self.visit_body(orelse);
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async && !(self.scope().kind == Kind::Function && self.scope().is_async) {
                    self.error(s.span, "async for/with outside async function");
                }
                self.visit_expr(iter);
                self.visit_target(target);
                self.scope().loops += 1;
                self.visit_body(body);
                self.scope().loops -= 1;
                self.visit_body(orelse);
            }
            StmtKind::With { is_async: true, .. } => {
                if !(self.scope().kind == Kind::Function && self.scope().is_async) {
                    self.error(s.span, "async for/with outside async function");
                }
                walk_stmt(self, s);
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.store_name(&n.name);
                    }
                }
                walk_stmt(self, s);
            }
            StmtKind::Global(names) => self.declare(names, s.span, true),
            StmtKind::Nonlocal(names) => self.declare(names, s.span, false),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(n.name.split('.').next().unwrap_or_default());
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name.name == "*" {
                        if self.scope().kind != Kind::Module {
                            self.error(s.span, "import * not at module level");
                        }
                    } else {
                        self.store_name(&a.asname.as_ref().unwrap_or(&a.name).name);
                    }
                }
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().for_each(|d| self.check_decorator(d));
                f.decorators.iter().for_each(|d| self.visit_expr(d));
                walk_parameters(self, &f.params);
                f.returns.iter().for_each(|r| self.visit_expr(r));
                self.store_name(&f.name.name);
                self.open_scope(Kind::Function, f.is_async);
                let binds = bindings_of(&f.body, &f.params);
                for p in f.params.posonly.iter().chain(&f.params.args).chain(&f.params.vararg).chain(&f.params.kwonly) {
                    self.store_name(&p.name.name);
                }
                if let Some(k) = &f.params.kwarg {
                    self.store_name(&k.name.name);
                }
                // Inner scopes are compiled after this one is read in full,
                // so they see every binding of it.
                self.scope().bound.extend(binds);
                self.visit_body(&f.body);
                self.close_scope();
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().for_each(|d| self.visit_expr(d));
                c.bases.iter().for_each(|a| crate::visit::walk_arg(self, a));
                self.store_name(&c.name.name);
                self.open_scope(Kind::Class, false);
                self.visit_body(&c.body);
                self.close_scope();
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if !self.scope().func_like() {
                    self.error(e.span, "'yield' outside function");
                }
                walk_expr(self, e);
            }
            ExprKind::Await(_) => {
                if !self.scope().func_like() {
                    self.error(e.span, "'await' outside function");
                }
                walk_expr(self, e);
            }
            ExprKind::Dict(items) if items.iter().any(|i| matches!(i, DictItem::Unpack(_))) => {
                let at = items.iter().find_map(|i| match i {
                    DictItem::Unpack(x) => Some(x.span),
                    _ => None,
                });
                self.errors.push(SyntaxError {
                    span: at.unwrap_or(e.span),
                    message: "MicroPython does not support `**` unpacking in a dict display".into(),
                    kind: SyntaxErrorKind::Unsupported,
                });
                walk_expr(self, e);
            }
            ExprKind::Call { args, .. } => {
                self.check_call_order(args);
                walk_expr(self, e);
            }
            ExprKind::Lambda { params, body } => {
                walk_parameters(self, params);
                self.open_scope(Kind::Lambda, false);
                for p in params.posonly.iter().chain(&params.args).chain(&params.vararg).chain(&params.kwonly) {
                    self.store_name(&p.name.name);
                }
                self.visit_expr(body);
                self.close_scope();
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(generators, &[elt]),
            ExprKind::DictComp { key, value, generators } => self.comprehension(generators, &[key, value]),
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value);
                self.store_name(&target.name);
            }
            _ => walk_expr(self, e),
        }
    }

    fn visit_target(&mut self, t: &'a Expr) {
        self.bind_target(t);
    }
}

impl Context {
    /// The first iterable is evaluated outside; the rest is its own scope.
    fn comprehension<'a>(&mut self, generators: &'a [Comprehension], elts: &[&'a Expr]) {
        let Some(first) = generators.first() else { return };
        self.visit_expr(&first.iter);
        self.open_scope(Kind::Comprehension, false);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.bind_target(&g.target);
            g.ifs.iter().for_each(|c| self.visit_expr(c));
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.close_scope();
    }

    /// `f(a=1, *b)`: CPython takes it, so the parser does; MicroPython
    /// refuses it.
    fn check_call_order(&mut self, args: &[Arg]) {
        let mut keyword = false;
        for a in args {
            match a {
                Arg::Starred(x) if keyword => self.error(x.span, "* arg after kwarg"),
                Arg::Keyword { .. } => keyword = true,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse, ParseOptions};

    fn errors(src: &str) -> Vec<String> {
        let parsed = parse(src, ParseOptions::default());
        assert!(parsed.errors.is_empty(), "{src}: {:?}", parsed.errors);
        super::check(&parsed.module).into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn statements_out_of_place() {
        assert_eq!(errors("return 1\n"), ["'return' outside function"]);
        assert_eq!(errors("class C:\n    return 1\n"), ["'return' outside function"]);
        assert_eq!(errors("break\n"), ["'break'/'continue' outside loop"]);
        assert_eq!(errors("while 1:\n    def f():\n        continue\n"), ["'break'/'continue' outside loop"]);
        assert_eq!(errors("try:\n    pass\nfinally:\n    continue\n"), ["'break'/'continue' outside loop"]);
        assert_eq!(errors("yield 1\n"), ["'yield' outside function"]);
        assert_eq!(errors("def f():\n    return [(yield) for i in x]\n"), ["'yield' outside function"]);
        assert_eq!(errors("await x\n"), ["'await' outside function"]);
        assert_eq!(errors("def f():\n    import math\n    from m import *\n"), ["import * not at module level"]);
        assert_eq!(
            errors("def f():\n    async for x in y:\n        pass\n"),
            ["async for/with outside async function"]
        );
        assert_eq!(errors("@micropython.fast\ndef f():\n    pass\n"), ["invalid micropython decorator"]);
    }

    #[test]
    fn what_micropython_compiles_is_left_alone() {
        for ok in [
            "def f():\n    await g()\n",
            "async def f():\n    async with a:\n        yield 1\n",
            "for i in x:\n    try:\n        pass\n    finally:\n        continue\n",
            "class C:\n    f = lambda: (yield)\n",
            "def f():\n    def g():\n        nonlocal x\n    x = 1\n",
            "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n",
            "def f():\n    global x\n    x = 1\n    global x\n",
            "x = 1\ndef f():\n    global x\n",
            "@micropython.viper\ndef f():\n    pass\n",
            "f(*a, b=1, **k)\n",
            "d = {'a': 1}\n",
        ] {
            assert_eq!(errors(ok), Vec::<String>::new(), "{ok}");
        }
    }

    #[test]
    fn declarations_that_clash() {
        assert_eq!(errors("x = 1\nglobal x\n"), ["identifier redefined as global"]);
        assert_eq!(errors("def f():\n    print(x)\n    global x\n"), ["identifier redefined as global"]);
        assert_eq!(errors("def f(a):\n    global a\n"), ["identifier redefined as global"]);
        assert_eq!(errors("nonlocal x\n"), ["can't declare nonlocal in outer code"]);
        assert_eq!(errors("def f():\n    nonlocal q\n"), ["no binding for nonlocal found"]);
        assert_eq!(errors("class C:\n    nonlocal q\n"), ["no binding for nonlocal found"]);
        assert_eq!(
            errors("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"),
            ["identifier redefined as nonlocal"]
        );
        assert_eq!(
            errors("def f():\n    global y\n    def g():\n        nonlocal y\n"),
            ["no binding for nonlocal found"]
        );
    }

    #[test]
    fn call_orders_and_dict_unpacking() {
        assert_eq!(errors("f(a=1, *b)\n"), ["* arg after kwarg"]);
        assert_eq!(errors("x = {**a}\n"), ["MicroPython does not support `**` unpacking in a dict display"]);
    }
}
