//! Everything the server knows about a program, computed from text alone.
//! Nothing here sees an LSP type: spans are byte offsets into
//! `Program::text`, and the handlers convert at the edge.

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
pub mod hover;
pub mod resolve_at;
pub mod infer;
pub mod model;
pub mod semantic_tokens;
pub mod signature_help;
pub mod stubs;
pub mod symbols;
pub mod text;
pub mod visit;

use board::Board;
use diagnostic::Diagnostic;
use std::sync::Arc;
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
    pub module: ast::Module,
    pub syntax_errors: Vec<SyntaxError>,
    pub model: model::Model,
    pub board: Board,
    pub stubs: Arc<StubSet>,
    diagnostics: std::sync::OnceLock<Vec<Diagnostic>>,
    /// `expr_ty` answers by expression span: checks ask about the same
    /// receivers again and again.
    ty_memo: std::sync::Mutex<rustc_hash::FxHashMap<(u32, u32), Option<infer::Ty>>>,
    binding_memo: infer::BindingMemo,
}

impl Analysis {
    pub fn new(program: Program, board: Board, stubs: Arc<StubSet>) -> Analysis {
        let mut body = Vec::new();
        let mut syntax_errors = Vec::new();
        for part in &program.parts {
            let src = &program.text[part.start as usize..part.end as usize];
            let parsed = parse(src, ParseOptions { byte_offset: part.start });
            body.extend(parsed.module.body);
            syntax_errors.extend(parsed.errors);
        }
        let module = ast::Module { body, span: Span::new(0, program.text.len() as u32) };
        let model = model::build(&module.body, &program.text, &stubs);
        Analysis { program, module, syntax_errors, model, board, stubs, diagnostics: Default::default(), ty_memo: Default::default(), binding_memo: Default::default() }
    }

    pub fn text(&self) -> &str {
        &self.program.text
    }

    pub fn infer(&self) -> infer::Infer<'_> {
        infer::Infer::with_memo(&self.model, &self.stubs, &self.binding_memo)
    }

    /// Every diagnostic, sorted by position (computed once).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        self.diagnostics.get_or_init(|| self.compute_diagnostics())
    }

    fn compute_diagnostics(&self) -> Vec<Diagnostic> {
        let mut out = checks::syntax::check(&self.syntax_errors);
        checks::names::check(self, &mut out);
        checks::compat::check(self, &mut out);
        checks::stub_calls::check(self, &mut out);
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
        let scope = self.model.scope_at(e.span.start, self.text());
        match &e.kind {
            ExprKind::Const(Constant::Str(_)) | ExprKind::FString(_) => Some(infer::Ty::Builtin(BuiltinType::Str)),
            ExprKind::Const(Constant::Int(_)) => Some(infer::Ty::Builtin(BuiltinType::Int)),
            ExprKind::Const(Constant::Bytes(_)) => Some(infer::Ty::Builtin(BuiltinType::Bytes)),
            ExprKind::Call { func, .. } if model::path_of(func).is_none() => {
                let callee = self.expr_ty(func)?;
                self.infer().call_result(&callee)
            }
            ExprKind::Attribute { value, attr } if model::path_of(e).is_none() => {
                let v = self.expr_ty(value)?;
                self.infer().member(&v, &attr.name)
            }
            _ => self.infer().shape(scope, &model::shape_of(e), e.span.start),
        }
    }

    /// Is the module importable on this board (a stub, or built in)?
    pub fn module_available(&self, name: &str) -> bool {
        let top = name.split('.').next().unwrap_or(name);
        if self.stubs.has_module(name) || self.stubs.has_module(top) || self.board.builtin_modules().contains(&top) {
            return true;
        }
        // The generic board stands for every port.
        self.board == Board::Generic && Board::ALL.iter().any(|b| b.builtin_modules().contains(&top))
    }
}

impl Analysis {
    /// Follow a dotted chain read from the text (`machine.Pin(2).`) from the
    /// scope at `at`.
    pub fn chain_ty(&self, chain: &[text::ChainLink], at: u32) -> Option<infer::Ty> {
        let scope = self.model.scope_at(at, self.text());
        let infer = self.infer();
        let (head, rest) = chain.split_first()?;
        let mut ty = match self.model.lookup(scope, &head.name, Some(at)) {
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
        for link in rest {
            ty = infer.member(&ty, &link.name)?;
            if link.called {
                ty = infer.call_result(&ty)?;
            }
        }
        Some(ty)
    }
}
