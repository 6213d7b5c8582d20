//! Syntax tree → bytecode. One `CodeBuilder` per function, class body,
//! comprehension or module; names are resolved with the symbol table.

use super::code::{Code, CodeKind, Op};
use super::micropython as mp;
use super::symtable::{analyze, node_key, NameKind, ScopeKind, SymbolTable};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::*;
use crate::syntax::{LineIndex, Span};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
    /// `IndentationError` rather than `SyntaxError`.
    pub indentation: bool,
    /// Another exception class the compiler raises (a viper function's
    /// `ViperTypeError` or `NotImplementedError`).
    pub class: Option<&'static str>,
}

pub struct CompileOptions<'s> {
    pub file: &'s str,
    /// Make a trailing expression statement the run's result (notebooks).
    pub want_result: bool,
    /// Spans are relative to this byte offset.
    pub byte_offset: u32,
    /// `compile(..., 'single')`: every expression statement of the module
    /// prints its value's repr unless it is None, as at the REPL.
    pub repl_print: bool,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Unique(usize),
}

enum FBlock<'a> {
    Loop {
        start: u32,
        breaks: Vec<usize>,
        is_for: bool,
    },
    TryExcept,
    Finally(&'a [Stmt]),
    HandlerBody {
        named: Option<&'a str>,
    },
    /// A `finally` body run for an exception: the exception sits on the
    /// stack (for the `Reraise` after it) and is the handled one.
    FinallyExc,
    /// A `finally` body inlined into a `return`: the value being returned
    /// sits on the stack until the body ends.
    PendingReturn,
    With {
        is_async: bool,
    },
}

struct CodeBuilder<'a> {
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    codes: Vec<Arc<Code>>,
    names: Vec<Value>,
    name_map: HashMap<String, u32>,
    varnames: Vec<Arc<str>>,
    slots: HashMap<String, u32>,
    scope: usize,
    kind: CodeKind,
    name: Arc<str>,
    qualname: Arc<str>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    first_line: u32,
}

pub struct Compiler<'a, 'v> {
    vm: &'v mut Vm,
    table: SymbolTable,
    lines: LineIndex,
    byte_offset: u32,
    file: Arc<str>,
    stack: Vec<CodeBuilder<'a>>,
    /// Names made constant by `NAME = const(value)`, for the whole source.
    consts: HashMap<String, Value>,
    /// `micropython.opt_level()` when compilation started.
    opt_level: i64,
    repl_print: bool,
}

/// What the REPL does with an expression statement's value.
fn repl_print(
    vm: &mut Vm,
    args: &[Value],
    _kw: crate::objects::function::KwArgs,
) -> crate::runtime::error::PyResult<Value> {
    if let Some(&v) = args.first() {
        if !v.is_none() {
            let mut text = vm.repr(v)?;
            text.push('\n');
            vm.io.write(crate::target::Stream::Stdout, &text);
        }
    }
    Ok(Value::None)
}

type CResult<T> = Result<T, CompileError>;

fn err<T>(message: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError { message: message.into(), span, indentation: false, class: None })
}

/// Compile a parsed module (a file or a notebook cell).
pub fn compile_module(vm: &mut Vm, module: &Module, source: &str, opts: &CompileOptions) -> CResult<Arc<Code>> {
    // Viper functions are rewritten into typed, wrapping bytecode first.
    let rewritten;
    let module = if super::viper::any_viper(&module.body) {
        let mut m = module.clone();
        super::viper::rewrite_all(&mut m.body).map_err(|e| CompileError {
            message: e.message,
            span: e.span,
            indentation: false,
            class: (e.class != "SyntaxError").then_some(e.class),
        })?;
        rewritten = m;
        &rewritten
    } else {
        module
    };
    let table = analyze(module);
    // The first in the source, as a one-pass compiler meets them.
    if let Some((m, s)) = table.errors.iter().min_by_key(|(_, s)| s.start) {
        return err(m.clone(), *s);
    }
    let opt_level = mp::opt_level(vm);
    let mut c = Compiler {
        vm,
        repl_print: opts.repl_print,
        table,
        lines: LineIndex::new(source),
        byte_offset: opts.byte_offset,
        file: opts.file.into(),
        stack: vec![],
        consts: HashMap::new(),
        opt_level,
    };
    c.begin(0, CodeKind::Module, "<module>", "<module>", 1);
    let body = &module.body;
    let n = body.len();
    for (i, s) in body.iter().enumerate() {
        if opts.want_result && i + 1 == n {
            if let StmtKind::Expr(e) = &s.kind {
                c.set_line(s.span);
                c.expr(e)?;
                c.emit(Op::SetResult);
                continue;
            }
        }
        c.stmt(s)?;
    }
    c.emit(Op::LoadNone);
    c.emit(Op::Return);
    Ok(c.finish(0, 0, false, false, 0))
}

impl<'a, 'v> Compiler<'a, 'v> {
    fn b(&mut self) -> &mut CodeBuilder<'a> {
        self.stack.last_mut().expect("a code builder is always active")
    }

    fn begin(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let mut b = CodeBuilder {
            ops: vec![],
            lines: vec![],
            consts: vec![],
            const_map: HashMap::new(),
            codes: vec![],
            names: vec![],
            name_map: HashMap::new(),
            varnames: vec![],
            slots: HashMap::new(),
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            fblocks: vec![],
            line,
            first_line: line,
        };
        // Slots: parameters, other locals, then cells and frees.
        let s = &self.table.scopes[scope];
        let add = |b: &mut CodeBuilder, n: &str| {
            if !b.slots.contains_key(n) {
                b.slots.insert(n.to_string(), b.varnames.len() as u32);
                b.varnames.push(n.into());
            }
        };
        for p in &s.params {
            add(&mut b, p);
        }
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for n in &s.bound {
                if s.is_local(n) {
                    add(&mut b, n);
                }
            }
        }
        for n in s.cells.iter().chain(s.frees.iter()) {
            add(&mut b, n);
        }
        self.stack.push(b);
    }

    fn finish(&mut self, argcount: u32, kwonly: u32, varargs: bool, varkw: bool, _unused: u32) -> Arc<Code> {
        let b = self.stack.pop().expect("builder");
        let s = &self.table.scopes[b.scope];
        let mut cell_slots = vec![];
        let mut cell_params = vec![];
        for c in &s.cells {
            let slot = b.slots[c];
            if s.params.iter().any(|p| p == c) {
                cell_params.push(slot);
            } else {
                cell_slots.push(slot);
            }
        }
        let free_slots = s.frees.iter().map(|f| b.slots[f]).collect();
        let names_len = b.names.len();
        let mut b = b;
        fuse_pairs(&mut b.ops);
        check_bounds(&b.ops);
        let fast_call = !varargs
            && !varkw
            && kwonly == 0
            && cell_slots.is_empty()
            && cell_params.is_empty()
            && s.frees.is_empty()
            && !matches!(b.kind, CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator);
        Arc::new(Code {
            fast_call,
            name: b.name,
            qualname: b.qualname,
            file: self.file.clone(),
            kind: b.kind,
            ops: b.ops,
            lines: b.lines,
            consts: b.consts,
            codes: b.codes,
            names: b.names,
            nlocals: b.varnames.len() as u32,
            varnames: b.varnames,
            argcount,
            kwonlycount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            cell_slots,
            cell_params,
            free_slots,
            first_line: b.first_line,
            max_stack: 0,
            global_cache: (0..names_len).map(|_| Default::default()).collect(),
            attr_hints: (0..names_len).map(|_| Default::default()).collect(),
        })
    }

    // ----- emission helpers -----

    fn emit(&mut self, op: Op) -> usize {
        let b = self.b();
        b.ops.push(op);
        b.lines.push(b.line);
        b.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.b().ops.len() as u32
    }

    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, t: u32) {
        let op = &mut self.b().ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupFinally(_) => Op::SetupFinally(t),
            other => other,
        };
    }

    fn set_line(&mut self, span: Span) {
        let line = self.line_of(span);
        self.b().line = line;
    }

    fn line_of(&self, span: Span) -> u32 {
        if self.opt_level >= 3 {
            // MicroPython keeps no line numbers at this level: all say 1.
            return 1;
        }
        self.lines.line(span.start.saturating_sub(self.byte_offset)) as u32 + 1
    }

    /// Load a value folded at compile time.
    fn load_value(&mut self, v: Value) {
        match v {
            Value::None => self.emit(Op::LoadNone),
            Value::Bool(true) => self.emit(Op::LoadTrue),
            Value::Bool(false) => self.emit(Op::LoadFalse),
            Value::Int(i) if i32::try_from(i).is_ok() => self.emit(Op::LoadInt(i as i32)),
            v => {
                let id = 1 << 40 | self.b().consts.len();
                let k = self.add_const(ConstKey::Unique(id), |_| v);
                self.emit(Op::LoadConst(k))
            }
        };
    }

    /// `NAME = const(value)`: true when handled (stored, or dropped for a
    /// private `_NAME`).
    fn const_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult<bool> {
        let Some((name, arg)) = mp::const_assignment(targets, value) else { return Ok(false) };
        if self.consts.contains_key(name) {
            return err("can't assign to literal", targets[0].span);
        }
        let Some(v) = mp::fold(self.vm, &self.consts, arg) else {
            return err("not a constant", value.span);
        };
        self.consts.insert(name.to_string(), v);
        if !name.starts_with('_') {
            self.load_value(v);
            self.store_name(name);
        }
        Ok(true)
    }

    fn add_const(&mut self, key: ConstKey, make: impl FnOnce(&mut Vm) -> Value) -> u32 {
        if let Some(&i) = self.b().const_map.get(&key) {
            return i;
        }
        let v = make(self.vm);
        let b = self.stack.last_mut().expect("builder");
        let i = b.consts.len() as u32;
        b.consts.push(v);
        b.const_map.insert(key, i);
        i
    }

    fn const_str(&mut self, s: &str) -> u32 {
        let owned = s.to_string();
        self.add_const(ConstKey::Str(owned), |vm| vm.intern(s))
    }

    fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.b().name_map.get(n) {
            return i;
        }
        let v = self.vm.intern(n);
        let b = self.b();
        let i = b.names.len() as u32;
        b.names.push(v);
        b.name_map.insert(n.to_string(), i);
        i
    }

    fn scope_kind(&self) -> ScopeKind {
        let b = self.stack.last().expect("builder");
        self.table.scopes[b.scope].kind
    }

    /// Directly in a function (MicroPython compiles a comprehension as a
    /// function of its own, not an async one: `await` is refused there).
    fn in_function(&self) -> bool {
        self.scope_kind() == ScopeKind::Function
    }

    /// `async for` and `async with` belong in an `async def`.
    fn check_async(&self, span: Span) -> CResult<()> {
        match self.stack.last().expect("builder").kind {
            CodeKind::Coroutine | CodeKind::AsyncGenerator => Ok(()),
            _ => err("async for/with outside async function", span),
        }
    }

    fn name_kind(&self, n: &str) -> NameKind {
        let b = self.stack.last().expect("builder");
        self.table.scopes[b.scope].kind_of(n)
    }

    fn load_name(&mut self, n: &str) {
        match self.name_kind(n) {
            NameKind::Local => {
                let s = self.b().slots[n];
                self.emit(Op::LoadFast(s));
            }
            NameKind::Cell | NameKind::Free => {
                let s = self.b().slots[n];
                if self.scope_kind() == ScopeKind::Class {
                    let i = self.name(n);
                    self.emit(Op::LoadClassDeref(i, s));
                } else {
                    self.emit(Op::LoadDeref(s));
                }
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let i = self.name(n);
                self.emit(Op::LoadGlobal(i));
            }
            NameKind::Namespace => {
                let i = self.name(n);
                self.emit(Op::LoadName(i));
            }
        }
    }

    fn store_name(&mut self, n: &str) {
        match self.name_kind(n) {
            NameKind::Local => {
                let s = self.b().slots[n];
                self.emit(Op::StoreFast(s));
            }
            // In a class body a free name is one declared `nonlocal`.
            NameKind::Cell | NameKind::Free => {
                let s = self.b().slots[n];
                self.emit(Op::StoreDeref(s));
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let i = self.name(n);
                self.emit(Op::StoreGlobal(i));
            }
            NameKind::Namespace => {
                let i = self.name(n);
                self.emit(Op::StoreName(i));
            }
        }
    }

    fn delete_name(&mut self, n: &str) {
        match self.name_kind(n) {
            NameKind::Local => {
                let s = self.b().slots[n];
                self.emit(Op::DeleteFast(s));
            }
            NameKind::Cell | NameKind::Free => {
                let s = self.b().slots[n];
                self.emit(Op::DeleteDeref(s));
            }
            NameKind::GlobalExplicit | NameKind::GlobalImplicit => {
                let i = self.name(n);
                self.emit(Op::DeleteGlobal(i));
            }
            NameKind::Namespace => {
                let i = self.name(n);
                self.emit(Op::DeleteName(i));
            }
        }
    }

    // ----- statements -----

    fn body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) if self.repl_print && self.scope_kind() == ScopeKind::Module => {
                let c =
                    self.add_const(ConstKey::Str("\u{0}repl_print".into()), |vm| vm.new_native("print", repl_print));
                self.emit(Op::LoadConst(c));
                self.expr(e)?;
                self.emit(Op::Call(1));
                self.emit(Op::Pop);
            }
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                if self.const_assign(targets, value)? {
                    return Ok(());
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch(j);
                } else {
                    let end = self.emit(Op::Jump(0));
                    self.patch(j);
                    self.body(orelse)?;
                    self.patch(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test)?;
                let exit = self.emit(Op::PopJumpIfFalse(0));
                self.b().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: false });
                self.body(body)?;
                self.emit(Op::Jump(start));
                let breaks = match self.b().fblocks.pop() {
                    Some(FBlock::Loop { breaks, .. }) => breaks,
                    _ => vec![],
                };
                self.patch(exit);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    self.check_async(s.span)?;
                    return self.async_for(target, iter, body, orelse);
                }
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let exit = self.emit(Op::ForIter(0));
                self.store_target(target)?;
                self.b().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: true });
                self.body(body)?;
                self.emit(Op::Jump(start));
                let breaks = match self.b().fblocks.pop() {
                    Some(FBlock::Loop { breaks, .. }) => breaks,
                    _ => vec![],
                };
                self.patch(exit);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Pass | StmtKind::Error => {}
            StmtKind::Return(v) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return err("'return' outside function", s.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.unwind_fblocks(None, true)?;
                self.emit(Op::Return);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    let setup = self.emit(Op::SetupFinally(0));
                    self.b().fblocks.push(FBlock::Finally(finalbody));
                    if handlers.is_empty() {
                        self.body(body)?;
                    } else {
                        self.try_except(body, handlers, orelse)?;
                    }
                    self.b().fblocks.pop();
                    self.emit(Op::PopBlock);
                    self.body(finalbody)?;
                    let end = self.emit(Op::Jump(0));
                    self.patch(setup);
                    // Exception path: the exception is on the stack.
                    self.b().fblocks.push(FBlock::FinallyExc);
                    self.body(finalbody)?;
                    self.b().fblocks.pop();
                    self.emit(Op::Reraise);
                    self.patch(end);
                }
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async {
                    self.check_async(s.span)?;
                }
                self.with(items, body, *is_async)?
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assert { .. } if self.opt_level >= 1 => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let ok = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch(ok);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let full = &a.name.name;
                    let c0 = self.add_const(ConstKey::Int(0), |_| Value::Int(0));
                    self.emit(Op::LoadConst(c0));
                    self.emit(Op::LoadNone);
                    let i = self.name(full);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(alias) => {
                            for part in full.split('.').skip(1) {
                                let i = self.name(part);
                                self.emit(Op::LoadAttr(i));
                            }
                            self.store_name(&alias.name);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, names, level } => {
                let lvl = *level as i64;
                let c = self.add_const(ConstKey::Int(lvl), |_| Value::Int(lvl));
                self.emit(Op::LoadConst(c));
                let fromlist: Vec<String> = names.iter().map(|a| a.name.name.clone()).collect();
                let key = ConstKey::Unique(node_key(s));
                let fl = self.add_const(key, |vm| {
                    let items = fromlist.iter().map(|n| vm.intern(n)).collect();
                    vm.new_tuple(items)
                });
                self.emit(Op::LoadConst(fl));
                let modname = module.as_ref().map(|m| m.name.clone()).unwrap_or_default();
                let i = self.name(&modname);
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name.name == "*" {
                    if self.scope_kind() == ScopeKind::Function {
                        return err("import * not at module level", s.span);
                    }
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name(&a.name.name);
                        self.emit(Op::ImportFrom(i));
                        let target = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                        self.store_name(&target);
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Match { .. } => {
                return err("invalid syntax", s.span);
            }
        }
        Ok(())
    }

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.b().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.b().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch(setup);
        // The exception is on top of the stack.
        for h in handlers {
            self.set_line(h.span);
            let mut next = None;
            if let Some(t) = &h.typ {
                // ExceptMatch peeks at the exception and pops the class.
                self.expr(t)?;
                self.emit(Op::ExceptMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            match &h.name {
                Some(n) => self.store_name(&n.name),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let named = h.name.as_ref().map(|n| n.name.as_str());
            self.b().fblocks.push(FBlock::HandlerBody { named });
            self.body(&h.body)?;
            self.b().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = named {
                self.emit(Op::LoadNone);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(j) = next {
                self.patch(j);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context)?;
        if is_async {
            self.emit(Op::WithEnterAsync);
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        } else {
            self.emit(Op::WithEnter);
        }
        // Bind (or drop) `__enter__`'s result before the block starts, so
        // the block's stack depth is just above `__exit__`: an exception
        // in the body then unwinds to exactly [exit, exc], whatever else
        // (call arguments, an awaited delegate) was on the stack.
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupFinally(0));
        self.b().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with(rest, body, is_async)?;
        }
        self.b().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::LoadNone);
        self.with_exit_call(is_async);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        // [exit, exc] → [exc, result]
        self.with_exit_call(is_async);
        let reraise = self.emit(Op::PopJumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        let end2 = self.emit(Op::Jump(0));
        self.patch(reraise);
        self.emit(Op::Reraise);
        self.patch(end);
        self.patch(end2);
        Ok(())
    }

    fn with_exit_call(&mut self, is_async: bool) {
        self.emit(Op::WithExit);
        if is_async {
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        }
    }

    fn async_for(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        self.expr(iter)?;
        self.emit(Op::GetAIter);
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::Dup);
        self.emit(Op::GetANext);
        self.emit(Op::GetAwaitable);
        self.emit(Op::LoadNone);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        self.store_target(target)?;
        self.b().fblocks.push(FBlock::Loop { start, breaks: vec![], is_for: true });
        self.body(body)?;
        self.emit(Op::Jump(start));
        let breaks = match self.b().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => vec![],
        };
        self.patch(setup);
        // [aiter, exc]
        let i = self.name("StopAsyncIteration");
        self.emit(Op::LoadGlobal(i));
        self.emit(Op::ExceptMatch);
        let other = self.emit(Op::PopJumpIfFalse(0));
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.body(orelse)?;
        let end = self.emit(Op::Jump(0));
        self.patch(other);
        self.emit(Op::Reraise);
        self.patch(end);
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// Emit the clean-up for leaving the enclosing blocks: up to the
    /// innermost loop (break/continue: `loop_exit` Some) or all of them
    /// (return, with the return value on top of the stack).
    fn unwind_fblocks(&mut self, stop_at_loop: Option<bool>, has_value: bool) -> CResult<Option<usize>> {
        let n = self.b().fblocks.len();
        let mut i = n;
        while i > 0 {
            i -= 1;
            match &self.b().fblocks[i] {
                FBlock::Loop { is_for, .. } => {
                    if stop_at_loop.is_some() {
                        return Ok(Some(i));
                    }
                    if *is_for {
                        if has_value {
                            self.emit(Op::Rot2);
                        }
                        self.emit(Op::Pop);
                    }
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::Finally(body) => {
                    let body: &'a [Stmt] = body;
                    self.emit(Op::PopBlock);
                    // Run the finally body outside its own block. A
                    // `break`/`continue` in it cancels the return, so it
                    // must know the return value is on the stack.
                    let saved: Vec<FBlock<'a>> = self.b().fblocks.drain(i..).collect();
                    if has_value {
                        self.b().fblocks.push(FBlock::PendingReturn);
                    }
                    self.body(body)?;
                    let b = self.b();
                    if has_value {
                        b.fblocks.pop();
                    }
                    b.fblocks.extend(saved);
                }
                FBlock::HandlerBody { named } => {
                    let named = *named;
                    self.emit(Op::PopExcept);
                    if let Some(n) = named {
                        self.emit(Op::LoadNone);
                        self.store_name(n);
                    }
                }
                FBlock::FinallyExc => {
                    self.emit(Op::PopExcept);
                    if has_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
                FBlock::PendingReturn => {
                    if has_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
                FBlock::With { is_async } => {
                    let is_async = *is_async;
                    self.emit(Op::PopBlock);
                    if has_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::LoadNone);
                    self.with_exit_call(is_async);
                    self.emit(Op::Pop);
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(None)
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let Some(idx) = self.unwind_fblocks(Some(is_break), false)? else {
            return err("'break'/'continue' outside loop", span);
        };
        let (start, is_for) = match &self.b().fblocks[idx] {
            FBlock::Loop { start, is_for, .. } => (*start, *is_for),
            _ => unreachable!("index points at a loop"),
        };
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.b().fblocks[idx] {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(start));
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name(&attr.name);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Dup2);
                self.emit(Op::LoadSubscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => return err("can't assign to expression", target.span),
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) if n == "__debug__" => return err("can't assign to expression", t.span),
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(&attr.name);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            // MicroPython: `() = x` assigns to nothing it can name.
            ExprKind::Tuple(items) if items.is_empty() => return err("can't assign to expression", t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(p) => {
                        if items.iter().filter(|e| matches!(e.kind, ExprKind::Starred(_))).count() > 1 {
                            return err("multiple *x in assignment", t.span);
                        }
                        self.emit(Op::UnpackEx(p as u32, (items.len() - p - 1) as u32));
                    }
                }
                for it in items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
            }
            ExprKind::Starred(_) => return err("can't assign to expression", t.span),
            _ => return err("can't assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(&attr.name);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            // MicroPython deletes through a tuple but not through a list.
            ExprKind::Tuple(items) if !items.is_empty() => {
                for it in items {
                    self.delete_target(it)?;
                }
            }
            _ => return err("can't delete expression", t.span),
        }
        Ok(())
    }

    // ----- functions and classes -----

    /// Push defaults / kw-defaults and return MakeFunction flags.
    fn defaults(&mut self, p: &'a Parameters) -> CResult<u8> {
        let mut flags = 0;
        let defs: Vec<&Expr> = p.posonly.iter().chain(&p.args).filter_map(|a| a.default.as_ref()).collect();
        if !defs.is_empty() {
            for d in &defs {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defs.len() as u32));
            flags |= 1;
        }
        let kwdefs: Vec<&Param> = p.kwonly.iter().filter(|a| a.default.is_some()).collect();
        if !kwdefs.is_empty() {
            for k in &kwdefs {
                if let Some(d) = &k.default {
                    self.expr(d)?;
                }
                let c = self.const_str(&k.name.name);
                self.emit(Op::LoadConst(c));
            }
            self.emit(Op::BuildMap(kwdefs.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Push the closure tuple for the scope `child`, return the flag.
    fn closure(&mut self, child: usize) -> u8 {
        let frees = self.table.scopes[child].frees.clone();
        if frees.is_empty() {
            return 0;
        }
        for f in &frees {
            let slot = self.b().slots.get(f).copied();
            match slot {
                Some(s) => {
                    self.emit(Op::LoadClosure(s));
                }
                None => {
                    self.emit(Op::LoadNone);
                }
            }
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        4
    }

    fn qualify(&self, name: &str) -> String {
        let b = self.stack.last().expect("builder");
        match self.table.scopes[b.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function | ScopeKind::Comprehension => format!("{}.<locals>.{}", b.qualname, name),
            ScopeKind::Class => format!("{}.{}", b.qualname, name),
        }
    }

    fn function_code(
        &mut self,
        key: usize,
        name: &str,
        params: &'a Parameters,
        body: FnBody<'a>,
        is_async: bool,
        line: u32,
    ) -> CResult<u32> {
        let scope = self.table.by_node[&key];
        let s = &self.table.scopes[scope];
        let kind = match (is_async, s.is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let qual = self.qualify(name);
        self.begin(scope, kind, name, &qual, line);
        match body {
            FnBody::Stmts(stmts) => {
                // A docstring is the first constant.
                if let Some(Stmt {
                    kind: StmtKind::Expr(Expr { kind: ExprKind::Const(Constant::Str(d)), .. }), ..
                }) = stmts.first()
                {
                    let d = d.clone();
                    self.add_const(ConstKey::Unique(usize::MAX), |vm| vm.new_str(d));
                }
                self.body(stmts)?;
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let argc = (params.posonly.len() + params.args.len()) as u32;
        let code = self.finish(argc, params.kwonly.len() as u32, params.vararg.is_some(), params.kwarg.is_some(), 0);
        let b = self.b();
        b.codes.push(code);
        Ok(b.codes.len() as u32 - 1)
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> CResult<()> {
        // `@micropython.native` and friends pick an emitter at compile
        // time; every emitter runs as bytecode here.
        let mut decorators = vec![];
        for d in &f.decorators {
            match mp::emitter_decorator(d) {
                Some(Err(m)) => return err(m, d.span),
                Some(Ok(_)) => {}
                None => decorators.push(d),
            }
        }
        for d in &decorators {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.params)?;
        let line = self.line_of(span);
        let key = node_key(f);
        let code = self.function_code(key, &f.name.name, &f.params, FnBody::Stmts(&f.body), f.is_async, line)?;
        let scope = self.table.by_node[&key];
        let cl = self.closure(scope);
        self.set_line(span);
        self.emit(Op::MakeFunction(code, flags | cl));
        for _ in &decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let key = node_key(c);
        let scope = self.table.by_node[&key];
        let qual = self.qualify(&c.name.name);
        let line = self.line_of(span);
        self.begin(scope, CodeKind::Class, &c.name.name, &qual, line);
        {
            let i = self.name("__name__");
            self.emit(Op::LoadGlobal(i));
            let m = self.name("__module__");
            self.emit(Op::StoreName(m));
            let q = self.const_str(&qual);
            self.emit(Op::LoadConst(q));
            let qn = self.name("__qualname__");
            self.emit(Op::StoreName(qn));
        }
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Const(Constant::Str(d)), .. }), .. }) =
            c.body.first()
        {
            let d = d.clone();
            let ci = self.add_const(ConstKey::Str(d.clone()), |vm| vm.new_str(d));
            self.emit(Op::LoadConst(ci));
            let di = self.name("__doc__");
            self.emit(Op::StoreName(di));
        }
        self.body(&c.body)?;
        if self.table.scopes[scope].cells.iter().any(|n| n == "__class__") {
            let slot = self.b().slots["__class__"];
            self.emit(Op::LoadClosure(slot));
            let i = self.name("__classcell__");
            self.emit(Op::StoreName(i));
        }
        self.emit(Op::LoadNone);
        self.emit(Op::Return);
        let code = self.finish(0, 0, false, false, 0);
        let idx = {
            let b = self.b();
            b.codes.push(code);
            b.codes.len() as u32 - 1
        };
        self.set_line(span);
        self.emit(Op::LoadBuildClass);
        let cl = self.closure(scope);
        self.emit(Op::MakeFunction(idx, cl));
        let n = self.const_str(&c.name.name);
        self.emit(Op::LoadConst(n));
        let mut args: Vec<&'a Arg> = vec![];
        for b in &c.bases {
            args.push(b);
        }
        self.call_args(&args, 2)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name.name);
        Ok(())
    }

    /// Compile call arguments after `extra` values already pushed as
    /// positionals (the callee is below them), and emit the call.
    fn call_args(&mut self, args: &[&'a Arg], extra: u32) -> CResult<()> {
        let has_star = args.iter().any(|a| matches!(a, Arg::Starred(_) | Arg::DoubleStarred(_)));
        let first_kw = args.iter().position(|a| matches!(a, Arg::Keyword { .. }));
        if let Some(k) = first_kw {
            if let Some(Arg::Starred(e)) = args[k..].iter().find(|a| matches!(a, Arg::Starred(_))) {
                return err("* arg after kwarg", e.span);
            }
        }
        if has_star {
            // Positionals into a list → tuple; keywords into a dict.
            self.emit(Op::BuildList(extra));
            for a in args {
                match a {
                    Arg::Positional(e) => {
                        self.expr(e)?;
                        self.emit(Op::ListAppend(1));
                    }
                    Arg::Starred(e) => {
                        self.expr(e)?;
                        self.emit(Op::ListExtend(1));
                    }
                    _ => {}
                }
            }
            self.emit(Op::ListToTuple);
            let kws: Vec<&&Arg> =
                args.iter().filter(|a| matches!(a, Arg::Keyword { .. } | Arg::DoubleStarred(_))).collect();
            if kws.is_empty() {
                self.emit(Op::LoadNone);
            } else {
                self.emit(Op::BuildMap(0));
                for a in kws {
                    match a {
                        Arg::Keyword { name, value } => {
                            self.expr(value)?;
                            let c = self.const_str(&name.name);
                            self.emit(Op::LoadConst(c));
                            self.emit(Op::BuildMap(1));
                            self.emit(Op::KwMerge(1));
                        }
                        Arg::DoubleStarred(e) => {
                            self.expr(e)?;
                            self.emit(Op::KwMerge(1));
                        }
                        _ => {}
                    }
                }
            }
            self.emit(Op::CallEx);
            return Ok(());
        }
        let mut n = extra;
        let mut kwnames = vec![];
        for a in args {
            match a {
                Arg::Positional(e) => {
                    if !kwnames.is_empty() {
                        return err("positional arg after keyword arg", e.span);
                    }
                    self.expr(e)?;
                    n += 1;
                }
                Arg::Keyword { name, value } => {
                    self.expr(value)?;
                    kwnames.push(name.name.clone());
                    n += 1;
                }
                _ => {}
            }
        }
        if kwnames.is_empty() {
            self.emit(Op::Call(n));
        } else {
            let k = self.kwnames_const(kwnames);
            self.emit(Op::CallKw(n, k));
        }
        Ok(())
    }

    fn kwnames_const(&mut self, names: Vec<String>) -> u32 {
        let joined = format!("\u{0}kw:{}", names.join(","));
        self.add_const(ConstKey::Str(joined), |vm| {
            let items = names.iter().map(|n| vm.intern(n)).collect();
            vm.new_tuple(items)
        })
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            // `__debug__` is a constant to MicroPython's compiler, set by
            // micropython.opt_level().
            ExprKind::Name(n) => match self.consts.get(n) {
                Some(&v) => self.load_value(v),
                None if n == "__debug__" => self.load_value(Value::Bool(self.opt_level == 0)),
                None => self.load_name(n),
            },
            ExprKind::Const(c) => self.constant(c),
            ExprKind::FString(parts) => self.fstring(parts, e.span)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals so `-5` is a constant.
                if let (UnaryOp::USub, ExprKind::Const(Constant::Int(i))) = (op, &operand.kind) {
                    if let Some(n) = i.checked_neg() {
                        self.constant(&Constant::Int(n));
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                    UnaryOp::UAdd => Op::Pos,
                    UnaryOp::USub => Op::Neg,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = vec![];
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare { left, ops, comparators } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Op::Compare(ops[0]));
                } else {
                    let mut cleanups = vec![];
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(*op));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch(end);
                }
            }
            ExprKind::Call { func, args } => {
                let simple = !args.iter().any(|a| matches!(a, Arg::Starred(_) | Arg::DoubleStarred(_)));
                let refs: Vec<&'a Arg> = args.iter().collect();
                if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, simple) {
                    self.expr(value)?;
                    let i = self.name(&attr.name);
                    self.emit(Op::LoadMethod(i));
                    let mut n = 0;
                    let mut kwnames = vec![];
                    for a in args {
                        match a {
                            Arg::Positional(x) => {
                                if !kwnames.is_empty() {
                                    return err("positional arg after keyword arg", x.span);
                                }
                                self.expr(x)?;
                            }
                            Arg::Keyword { name, value } => {
                                self.expr(value)?;
                                kwnames.push(name.name.clone());
                            }
                            _ => {}
                        }
                        n += 1;
                    }
                    self.set_line(e.span);
                    if kwnames.is_empty() {
                        self.emit(Op::CallMethod(n));
                    } else {
                        let k = self.kwnames_const(kwnames);
                        self.emit(Op::CallMethodKw(n, k));
                    }
                } else {
                    self.expr(func)?;
                    self.call_args(&refs, 0)?;
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name(&attr.name);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::LoadSubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => {
                            self.emit(Op::LoadNone);
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred(_) => return err("*x must be assignment target", e.span),
            ExprKind::List(items) => self.sequence(items, Seq::List)?,
            ExprKind::Tuple(items) => self.sequence(items, Seq::Tuple)?,
            ExprKind::Set(items) => self.sequence(items, Seq::Set)?,
            ExprKind::Dict(items) => {
                let has_unpack = items.iter().any(|i| matches!(i, DictItem::Unpack(_)));
                // MicroPython evaluates each value before its key.
                // MicroPython's grammar has no `**x` in a dict display.
                if has_unpack {
                    return err("invalid syntax", e.span);
                }
                for it in items {
                    if let DictItem::Pair(k, v) = it {
                        self.expr(v)?;
                        self.expr(k)?;
                    }
                }
                self.emit(Op::BuildMap(items.len() as u32));
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, Comp::List(elt), generators)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, Comp::Set(elt), generators)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, Comp::Gen(elt), generators)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, Comp::Dict(key, value), generators)?
            }
            ExprKind::Lambda { params, body } => {
                let flags = self.defaults(params)?;
                let line = self.line_of(e.span);
                let key = node_key(e);
                let code = self.function_code(key, "<lambda>", params, FnBody::Expr(body), false, line)?;
                let scope = self.table.by_node[&key];
                let cl = self.closure(scope);
                self.emit(Op::MakeFunction(code, flags | cl));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(j);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_name(&target.name);
            }
            ExprKind::Await(x) => {
                if !self.in_function() {
                    return err("'await' outside function", e.span);
                }
                self.expr(x)?;
                self.emit(Op::GetAwaitable);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Yield(v) => {
                // A comprehension is not a function to MicroPython's compiler.
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return err("'yield' outside function", e.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.emit(Op::Yield);
            }
            ExprKind::YieldFrom(x) => {
                // A comprehension is not a function to MicroPython's compiler.
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return err("'yield' outside function", e.span);
                }
                self.expr(x)?;
                self.emit(Op::GetIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Error => return err("invalid syntax", e.span),
        }
        Ok(())
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => {
                self.emit(Op::LoadNone);
            }
            Constant::True => {
                self.emit(Op::LoadTrue);
            }
            Constant::False => {
                self.emit(Op::LoadFalse);
            }
            Constant::Ellipsis => {
                let i = self.add_const(ConstKey::Unique(1), |vm| vm.ellipsis);
                self.emit(Op::LoadConst(i));
            }
            Constant::Int(i) => {
                if let Ok(small) = i32::try_from(*i) {
                    self.emit(Op::LoadInt(small));
                } else {
                    let v = *i;
                    let k = self.add_const(ConstKey::Int(v), |_| Value::Int(v));
                    self.emit(Op::LoadConst(k));
                }
            }
            Constant::BigInt(b) => {
                let b = b.clone();
                let key = ConstKey::Str(format!("\u{0}big:{b}"));
                let k = self.add_const(key, |vm| vm.alloc(Object::BigInt(b)));
                self.emit(Op::LoadConst(k));
            }
            Constant::Float(f) => {
                let f = *f;
                let k = self.add_const(ConstKey::Float(f.to_bits()), |_| Value::Float(f));
                self.emit(Op::LoadConst(k));
            }
            Constant::Imag(f) => {
                let f = *f;
                let key = ConstKey::Str(format!("\u{0}imag:{}", f.to_bits()));
                let k = self.add_const(key, |vm| vm.alloc(Object::Complex(0.0, f)));
                self.emit(Op::LoadConst(k));
            }
            Constant::Str(s) => {
                let k = self.const_str(s);
                self.emit(Op::LoadConst(k));
            }
            Constant::Bytes(b) => {
                let b = b.clone();
                let k = self.add_const(ConstKey::Bytes(b.clone()), |vm| vm.new_bytes(b));
                self.emit(Op::LoadConst(k));
            }
        }
    }

    /// An f-string: its template's `.format(...)` with the fields'
    /// expressions, as MicroPython compiles it.
    fn fstring(&mut self, parts: &'a [FStringPart], span: Span) -> CResult<()> {
        let mut template = String::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => template.push_str(s),
                FStringPart::Field { .. } => template.push('{'),
            }
        }
        let k = self.const_str(&template);
        self.emit(Op::LoadConst(k));
        let i = self.name("format");
        self.emit(Op::LoadMethod(i));
        let mut n = 0;
        for p in parts {
            if let FStringPart::Field { expr, .. } = p {
                self.expr(expr)?;
                n += 1;
            }
        }
        self.set_line(span);
        self.emit(Op::CallMethod(n));
        Ok(())
    }

    fn sequence(&mut self, items: &'a [Expr], kind: Seq) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            for it in items {
                self.expr(it)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        // MicroPython's grammar has no unpacking in displays: `*x` only
        // stands as an assignment target.
        let star = items.iter().find(|i| matches!(i.kind, ExprKind::Starred(_))).map_or(Span::default(), |i| i.span);
        match kind {
            Seq::Set => err("invalid syntax", star),
            _ => err("*x must be assignment target", star),
        }
    }

    fn comprehension(&mut self, e: &'a Expr, comp: Comp<'a>, generators: &'a [Comprehension]) -> CResult<()> {
        let key = node_key(e);
        let scope = self.table.by_node[&key];
        let name = match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        };
        let line = self.line_of(e.span);
        let kind = if matches!(comp, Comp::Gen(_)) { CodeKind::Generator } else { CodeKind::Function };
        let qual = self.qualify(name);
        self.begin(scope, kind, name, &qual, line);
        match comp {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        self.comp_loop(&comp, generators, 0)?;
        if matches!(comp, Comp::Gen(_)) {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let code = self.finish(1, 0, false, false, 0);
        let idx = {
            let b = self.b();
            b.codes.push(code);
            b.codes.len() as u32 - 1
        };
        let cl = self.closure(scope);
        self.emit(Op::MakeFunction(idx, cl));
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_loop(&mut self, comp: &Comp<'a>, gens: &'a [Comprehension], depth: usize) -> CResult<()> {
        let g = &gens[depth];
        if depth == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let exit = self.emit(Op::ForIter(0));
        self.store_target(&g.target)?;
        let mut skips = vec![];
        for cond in &g.ifs {
            self.expr(cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if depth + 1 < gens.len() {
            self.comp_loop(comp, gens, depth + 1)?;
        } else {
            // The collection sits below one iterator per loop level.
            let below = depth as u32 + 2;
            match comp {
                Comp::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(below));
                }
                Comp::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(below));
                }
                Comp::Dict(k, v) => {
                    self.expr(v)?;
                    self.expr(k)?;
                    self.emit(Op::MapAdd(below));
                }
                Comp::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch_to(s, start);
        }
        self.emit(Op::Jump(start));
        self.patch(exit);
        Ok(())
    }
}

/// Superinstructions: the first op of a common pair (or triple) does them
/// all; the loop then skips the rest, which are left in place so jumps onto
/// them work, and which still run when the fused op's fast path does not
/// apply (it then does only the first op's work).
fn fuse_pairs(ops: &mut [Op]) {
    for i in 0..ops.len() {
        let (next, after) = (ops.get(i + 1).copied(), ops.get(i + 2).copied());
        ops[i] = match (ops[i], next, after) {
            (Op::LoadFast(a), Some(Op::LoadFast(b)), Some(Op::Binary(op) | Op::Inplace(op))) => {
                Op::BinaryFast2(op, a, b)
            }
            (Op::LoadFast(a), Some(Op::LoadInt(k)), Some(Op::Binary(op) | Op::Inplace(op))) => {
                Op::BinaryFastInt(op, a, k)
            }
            (Op::LoadFast(a), Some(Op::LoadInt(k)), Some(Op::LoadSubscr)) => Op::LoadFastIndex(a, k),
            (Op::LoadFast(a), Some(Op::LoadFast(b)), _) => Op::LoadFast2(a, b),
            (Op::LoadFast(a), Some(Op::LoadInt(k)), _) => Op::LoadFastInt(a, k),
            (Op::LoadFast(a), Some(Op::LoadAttr(n)), _) => Op::LoadFastAttr(a, n),
            (Op::Compare(c), Some(Op::PopJumpIfFalse(t)), _) => Op::CompareJumpIfFalse(c, t),
            (op, ..) => op,
        };
    }
}

/// The loop fetches ops without bounds checks, relying on this: every jump
/// lands inside the code, and the last op never falls through. A failure
/// is a compiler bug; it panics here, at compile time, which `Session`
/// reports as an internal error, rather than reading past the code.
fn check_bounds(ops: &[Op]) {
    let len = ops.len() as u32;
    let in_range = |t: u32| t < len;
    for op in ops {
        let target = match *op {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::CompareJumpIfFalse(_, t)
            | Op::SetupExcept(t)
            | Op::SetupFinally(t) => Some(t),
            _ => None,
        };
        assert!(target.is_none_or(in_range), "jump out of the code: {op:?} in {len} ops");
    }
    assert!(
        matches!(ops.last(), Some(Op::Return | Op::Reraise | Op::Raise(_) | Op::Jump(_))),
        "code falls off its end"
    );
}

enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum Seq {
    List,
    Tuple,
    Set,
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
