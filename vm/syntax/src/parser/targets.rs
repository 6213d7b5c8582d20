//! What may stand left of `=`, after `for`/`as`/`del`, or before `+=`.
//! The parser reads targets as expressions, then checks them here, with
//! MicroPython-style messages ("can't assign to literal").

use super::Parser;
use crate::ast::{Constant, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetContext {
    Assign,
    AugAssign,
    Delete,
    For,
    With,
    Comprehension,
}

impl<'src> Parser<'src> {
    pub(crate) fn check_target(&mut self, target: &Expr, context: TargetContext) {
        let verb = if context == TargetContext::Delete { "delete" } else { "assign to" };
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } | ExprKind::Error => {}
            ExprKind::Tuple(elements) | ExprKind::List(elements) if context != TargetContext::AugAssign => {
                let mut starred = 0;
                for element in elements {
                    if let ExprKind::Starred(inner) = &element.kind {
                        starred += 1;
                        self.forget_star(element.span);
                        if context == TargetContext::Delete {
                            self.error(element.span, "can't delete starred");
                        } else {
                            self.check_target(inner, context);
                        }
                    } else {
                        self.check_target(element, context);
                    }
                }
                if starred > 1 {
                    self.error(target.span, "multiple starred expressions in assignment");
                }
            }
            ExprKind::Starred(_) if context == TargetContext::Delete => {
                self.forget_star(target.span);
                self.error(target.span, "can't delete starred");
            }
            ExprKind::Starred(_) if context != TargetContext::AugAssign => {
                self.forget_star(target.span);
                self.error(target.span, "starred assignment target must be in a list or tuple");
            }
            _ if context == TargetContext::AugAssign => {
                self.error(
                    target.span,
                    format!("'{}' is an illegal expression for augmented assignment", describe(target)),
                );
            }
            _ => self.error(target.span, format!("can't {verb} {}", describe(target))),
        }
    }
}

/// How an expression is named in "can't assign to ...".
fn describe(target: &Expr) -> &'static str {
    match &target.kind {
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::True) => "True",
        ExprKind::Const(Constant::False) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) | ExprKind::FString(_) => "literal",
        ExprKind::Call { .. } => "function call",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Starred(_) => "starred",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Compare { .. } => "comparison",
        _ => "expression",
    }
}
