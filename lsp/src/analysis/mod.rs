//! Everything the server knows about a program, computed from text alone.
//! Nothing here sees an LSP type: spans are byte offsets into
//! `Program::text`, and the handlers convert at the edge.

pub mod arg_types;
pub mod board;
pub mod builtin_methods;
pub mod builtins;
pub mod callable;
pub mod cells;
pub mod checks;
pub mod compat_data;
pub mod completion;
pub mod definition;
pub mod diagnostic;
pub mod folding;
pub mod guards;
pub mod hover;
pub mod incremental;
pub mod infer;
pub mod model;
pub mod resolve_at;
pub mod semantic_tokens;
pub mod signature_help;
pub mod stubs;
pub mod symbols;
pub mod text;

use board::Board;
use diagnostic::Diagnostic;
use std::sync::{Arc, OnceLock};
use stubs::StubSet;
use upy_syntax::{ast, parse, ParseOptions, Span, SyntaxError};

/// The text analysed as one program: a file, or a notebook's code cells
/// joined with newlines (each cell parsed on its own, so an error in one
/// cell does not spill into the next).
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub text: String,
    /// Byte range of each part in `text`.
    pub parts: Vec<Span>,
}

impl Program {
    pub fn single(text: impl Into<String>) -> Program {
        let text = text.into();
        let parts = vec![Span::new(0, text.len() as u32)];
        Program { text, parts }
    }

    pub fn from_parts<S: AsRef<str>>(parts: &[S]) -> Program {
        let mut text = String::new();
        let mut spans = Vec::new();
        for p in parts {
            let start = text.len() as u32;
            text.push_str(p.as_ref());
            spans.push(Span::new(start, text.len() as u32));
            text.push('\n');
        }
        Program { text, parts: spans }
    }
}

pub struct Analysis {
    pub program: Program,
    pub board: Board,
    pub stubs: Arc<StubSet>,
    /// Each stage is computed on first use: publishing diagnostics after an
    /// edit that changed no token needs none of them (see `incremental`).
    syntax: OnceLock<Syntax>,
    model: OnceLock<model::Model>,
    diagnostics: OnceLock<Vec<Diagnostic>>,
    outline: OnceLock<incremental::Outline>,
    /// For an analysis derived from an earlier one: its top-level
    /// statements, put together into a tree when the tree is first wanted
    /// (and then dropped: they may hold earlier analyses alive).
    lazy: std::sync::Mutex<Option<incremental::LazyBody>>,
    /// The module-level part of the model, when known without building
    /// the whole model (`incremental::Env`).
    env: OnceLock<Option<incremental::EnvView>>,
    /// What the edit this analysis follows re-parsed, for a quick model
    /// near it (`near`).
    patch: Option<incremental::Patch>,
    /// `expr_ty` answers by expression span: checks ask about the same
    /// receivers again and again.
    ty_memo: std::sync::Mutex<rustc_hash::FxHashMap<(u32, u32), Option<infer::Ty>>>,
    binding_memo: infer::BindingMemo,
    /// `path_member` answers by receiver type and name: the same members
    /// of the same types are looked up all over a program.
    member_memo: std::sync::Mutex<rustc_hash::FxHashMap<infer::Ty, rustc_hash::FxHashMap<String, Option<infer::Ty>>>>,
}

/// The syntax tree of a program and the errors met building it.
pub struct Syntax {
    pub module: ast::Module,
    pub errors: Vec<SyntaxError>,
}

impl Analysis {
    pub fn new(program: Program, board: Board, stubs: Arc<StubSet>) -> Analysis {
        Analysis {
            program,
            board,
            stubs,
            syntax: OnceLock::new(),
            model: OnceLock::new(),
            diagnostics: OnceLock::new(),
            outline: OnceLock::new(),
            lazy: Default::default(),
            env: OnceLock::new(),
            patch: None,
            ty_memo: Default::default(),
            binding_memo: Default::default(),
            member_memo: Default::default(),
        }
    }

    /// An analysis whose diagnostics and outline are already known (carried
    /// over from the previous text by `incremental`); the rest is computed
    /// on demand like any other.
    pub fn with_known(
        program: Program,
        board: Board,
        stubs: Arc<StubSet>,
        diagnostics: Vec<Diagnostic>,
        outline: incremental::Outline,
        lazy: incremental::LazyBody,
    ) -> Analysis {
        let a = Analysis::with_lazy(program, board, stubs, lazy);
        let _ = a.diagnostics.set(diagnostics);
        let _ = a.outline.set(outline);
        a
    }

    /// An analysis of part of a program: the tree and model given are what
    /// the checks see (`incremental::recheck`).
    pub(crate) fn with_parts(
        program: Program,
        board: Board,
        stubs: Arc<StubSet>,
        syntax: Syntax,
        model: model::Model,
    ) -> Analysis {
        let a = Analysis::new(program, board, stubs);
        let _ = a.syntax.set(syntax);
        let _ = a.model.set(model);
        a
    }

    pub fn with_patch(mut self, patch: Option<incremental::Patch>) -> Analysis {
        self.patch = patch;
        self
    }

    /// What to complete or show signatures at `offset` with: this analysis
    /// when its model is built or `offset` is away from the last edit;
    /// else one whose model is the module level and the statements the edit
    /// re-parsed (`incremental::Patch`), which is all a cursor there sees.
    pub fn near(self: &Arc<Self>, offset: usize) -> Arc<Analysis> {
        let patch = match &self.patch {
            Some(p) if self.model.get().is_none() && p.covers(offset) => p,
            _ => return self.clone(),
        };
        let model = patch.model(self.text(), &self.stubs);
        let empty = Syntax { module: ast::Module { body: Vec::new(), span: Span::new(0, 0) }, errors: Vec::new() };
        Arc::new(Analysis::with_parts(self.program.clone(), self.board, self.stubs.clone(), empty, model))
    }

    /// Where the statements the last edit re-parsed are, if known.
    pub fn patch_span(&self) -> Option<Span> {
        self.patch.as_ref().map(|p| p.new)
    }

    /// An analysis whose tree is put together from `lazy` when wanted.
    pub fn with_lazy(program: Program, board: Board, stubs: Arc<StubSet>, lazy: incremental::LazyBody) -> Analysis {
        let a = Analysis::new(program, board, stubs);
        *a.lazy.lock().unwrap_or_else(|e| e.into_inner()) = Some(lazy);
        a
    }

    /// Whether this analysis may be the starting point of an incremental
    /// one (`incremental::Outline::clean`), if known without parsing.
    pub fn known_clean(&self) -> Option<bool> {
        match (self.outline.get(), self.syntax.get()) {
            (Some(o), _) => Some(o.clean),
            (None, Some(s)) => Some(self.program.parts.len() == 1 && s.errors.is_empty()),
            (None, None) => None,
        }
    }

    pub fn text(&self) -> &str {
        &self.program.text
    }

    /// The syntax tree (every part parsed on its own, then joined).
    pub fn syntax(&self) -> &Syntax {
        self.syntax.get_or_init(|| {
            let span = Span::new(0, self.program.text.len() as u32);
            if let Some(lazy) = self.lazy.lock().ok().and_then(|mut l| l.take()) {
                let module = ast::Module { body: lazy.materialize(), span };
                let mut errors = lazy.errors;
                errors.extend(upy_syntax::context::check(&module));
                return Syntax { module, errors };
            }
            let mut body = Vec::new();
            let mut errors = Vec::new();
            for part in &self.program.parts {
                let src = &self.program.text[part.start as usize..part.end as usize];
                let parsed = parse(src, ParseOptions { byte_offset: part.start });
                body.extend(parsed.module.body);
                errors.extend(parsed.errors);
            }
            let module = ast::Module { body, span };
            // What MicroPython's compiler refuses beyond the grammar
            // (`return` outside a function, clashing `global`s, ...).
            errors.extend(upy_syntax::context::check(&module));
            Syntax { module, errors }
        })
    }

    /// The statement list the tree is to be put together from, while it
    /// is not yet (a copy: cheap, a list of references).
    pub(crate) fn lazy_body(&self) -> Option<incremental::LazyBody> {
        if self.syntax.get().is_some() {
            return None;
        }
        self.lazy.lock().ok()?.clone()
    }

    /// Top-level statement `i`, without building the tree when it is not
    /// built yet.
    pub fn top_stmt(&self, i: usize) -> Option<std::borrow::Cow<'_, ast::Stmt>> {
        if let Some(lazy) = self.lazy_body() {
            return Some(std::borrow::Cow::Owned(lazy.stmts.get(i)?.stmt().into_owned()));
        }
        self.module().body.get(i).map(std::borrow::Cow::Borrowed)
    }

    pub fn module(&self) -> &ast::Module {
        &self.syntax().module
    }

    pub fn syntax_errors(&self) -> &[SyntaxError] {
        &self.syntax().errors
    }

    /// Scopes, bindings and references.
    pub fn model(&self) -> &model::Model {
        self.model.get_or_init(|| model::build(&self.module().body, &self.program.text, &self.stubs))
    }

    /// The module level of the model (`incremental::Env`): known when this
    /// analysis was derived from one that had it, else made from the
    /// model once that is built (never building it for this).
    pub fn env_view(&self) -> Option<&incremental::EnvView> {
        if let Some(view) = self.env.get() {
            return view.as_ref();
        }
        let model = self.model.get()?;
        self.env.get_or_init(|| incremental::Env::of(model).map(incremental::EnvView::new)).as_ref()
    }

    /// The model, taken out of an analysis no one else holds.
    pub(crate) fn into_model(self) -> Option<model::Model> {
        self.model.into_inner()
    }

    pub(crate) fn set_env(&self, view: incremental::EnvView) {
        let _ = self.env.set(Some(view));
    }

    /// Where the program may be cut for re-lexing part of it.
    pub fn outline(&self) -> &incremental::Outline {
        self.outline.get_or_init(|| incremental::Outline::of(self))
    }

    pub fn infer(&self) -> infer::Infer<'_> {
        infer::Infer::with_memo(self.model(), &self.stubs, &self.binding_memo)
    }

    /// Every diagnostic, sorted by position (computed once).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        self.diagnostics.get_or_init(|| self.compute_diagnostics())
    }

    /// Are the diagnostics computed already (asking for them is free)?
    pub fn diagnostics_known(&self) -> bool {
        self.diagnostics.get().is_some()
    }

    fn compute_diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = checks::syntax::check(self.syntax_errors());
        checks::names::check(self, &mut out);
        checks::compat::check(self, &mut out);
        checks::stub_calls::check(self, &mut out);
        guards::drop_caught(&self.module().body, self.text(), &mut out);
        out.sort_by_key(|d| (d.span.start, d.span.end, d.code.as_str()));
        out
    }
}

/// The board named by a `# board: esp32` comment near the top, if any.
pub fn board_comment(text: &str) -> Option<Board> {
    for line in text.lines().take(20) {
        let t = line.trim();
        let Some(comment) = t.strip_prefix('#') else { continue };
        if let Some(rest) = comment.trim().strip_prefix("board:") {
            return Board::parse(rest);
        }
    }
    None
}

impl Analysis {
    /// What an expression holds, judged from the scope it appears in.
    pub fn expr_ty(&self, e: &ast::Expr) -> Option<infer::Ty> {
        let key = (e.span.start, e.span.end);
        if let Some(t) = self.ty_memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return t;
        }
        let t = self.expr_ty_uncached(e);
        if let Ok(mut m) = self.ty_memo.lock() {
            m.insert(key, t.clone());
        }
        t
    }

    fn expr_ty_uncached(&self, e: &ast::Expr) -> Option<infer::Ty> {
        use ast::{Constant, ExprKind};
        use model::BuiltinType;
        match &e.kind {
            ExprKind::Const(Constant::Str(_)) | ExprKind::FString(_) => Some(infer::Ty::Builtin(BuiltinType::Str)),
            ExprKind::Const(Constant::Int(_)) => Some(infer::Ty::Builtin(BuiltinType::Int)),
            ExprKind::Const(Constant::Bytes(_)) => Some(infer::Ty::Builtin(BuiltinType::Bytes)),
            ExprKind::Call { func, .. } if !model::is_path(func) => {
                let callee = self.expr_ty(func)?;
                self.infer().call_result(&callee)
            }
            ExprKind::Attribute { value, attr } if !model::is_path(e) => {
                let v = self.expr_ty(value)?;
                self.infer().member(&v, &attr.name)
            }
            // A dotted path read from the same place as its prefix: the
            // prefix's answer (memoized) plus one step is what walking the
            // whole path from the scope would give.
            ExprKind::Attribute { value, attr } if value.span.start == e.span.start => {
                let v = self.expr_ty(value)?;
                self.path_member(&v, &attr.name)
            }
            // `f(…)` with `f` a path: a built-in type's constructor gives
            // that type, anything else what `f` gives back.
            ExprKind::Call { func, .. } if func.span.start == e.span.start => {
                if let ExprKind::Name(name) = &func.kind {
                    if let Some(t) = BuiltinType::from_name(name) {
                        let scope = self.model().scope_at(e.span.start, self.text());
                        if let model::Lookup::Builtin = self.model().lookup(scope, name, Some(e.span.start)) {
                            return Some(infer::Ty::Builtin(t));
                        }
                    }
                }
                let callee = self.expr_ty(func)?;
                self.infer().call_result(&callee)
            }
            _ => {
                let scope = self.model().scope_at(e.span.start, self.text());
                self.infer().shape(scope, &model::shape_of(e), e.span.start)
            }
        }
    }

    /// `Infer::path_member`, memoized.
    fn path_member(&self, ty: &infer::Ty, name: &str) -> Option<infer::Ty> {
        let known = self.member_memo.lock().ok().and_then(|m| m.get(ty).and_then(|names| names.get(name).cloned()));
        if let Some(t) = known {
            return t;
        }
        // Computed without the lock held: members may need other members.
        let t = self.infer().path_member(ty, name);
        if let Ok(mut m) = self.member_memo.lock() {
            m.entry(ty.clone()).or_default().insert(name.to_string(), t.clone());
        }
        t
    }

    /// Is the module importable on this board (a stub, or built in)?
    pub fn module_available(&self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        if self.stubs.has_module(name) || self.stubs.has_module(top) || self.board.has_module(top) {
            return true;
        }
        // The portable board stands for every port.
        self.board.is_portable() && Board::all().any(|b| b.has_module(top))
    }
}

impl Analysis {
    /// Follow a dotted chain read from the text (`machine.Pin(2).`) from the
    /// scope at `at`.
    pub fn chain_ty(&self, chain: &[text::ChainLink], at: u32) -> Option<infer::Ty> {
        let scope = self.model().scope_at(at, self.text());
        let infer = self.infer();
        let (head, rest) = chain.split_first()?;
        let mut ty = match head.literal {
            Some(t) => infer::Ty::Builtin(t),
            None => self.name_ty(scope, head, at)?,
        };
        for link in rest {
            ty = infer.member(&ty, &link.name)?;
            if link.called {
                ty = infer.call_result(&ty)?;
            }
        }
        Some(ty)
    }

    /// The type of a chain's first name (called, if it is).
    fn name_ty(&self, scope: model::ScopeId, head: &text::ChainLink, at: u32) -> Option<infer::Ty> {
        let infer = self.infer();
        let mut ty = match self.model().lookup(scope, &head.name, Some(at)) {
            model::Lookup::Binding(id) => infer.binding(id)?,
            model::Lookup::Builtin if head.called => infer::Ty::Builtin(model::BuiltinType::from_name(&head.name)?),
            // `print(` / `str.`: the built-in as the `builtins` stub describes it.
            model::Lookup::Builtin => {
                let r = stubs::StubRef { module: "builtins".into(), path: vec![head.name.clone()] };
                self.stubs.get(&r)?;
                infer::Ty::Stub(r)
            }
            _ => return None,
        };
        if head.called && !matches!(ty, infer::Ty::Builtin(_)) {
            ty = infer.call_result(&ty)?;
        }
        Some(ty)
    }
}
