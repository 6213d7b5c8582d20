//! Code that expects an import to fail: inside `try:` with an `except
//! ImportError` (or broader), or under `if TYPE_CHECKING:`, which never runs
//! on the board. Such imports are the program's own answer to a missing
//! module, so no check complains about them.

use upy_syntax::ast::{self, Expr, ExprKind};

/// Does a `try` expect an import in its body to fail?
pub fn catches_import_error(handlers: &[ast::ExceptHandler]) -> bool {
    fn catches(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => {
                matches!(n.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException")
            }
            ExprKind::Tuple(xs) => xs.iter().any(catches),
            _ => false,
        }
    }
    handlers.iter().any(|h| h.typ.as_ref().is_none_or(catches))
}

/// `if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`, or `if False:`): the
/// body never runs on the board.
pub fn only_for_checkers(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Name(n) => n == "TYPE_CHECKING",
        ExprKind::Attribute { attr, .. } => attr.name == "TYPE_CHECKING",
        ExprKind::Const(ast::Constant::False) => true,
        _ => false,
    }
}
