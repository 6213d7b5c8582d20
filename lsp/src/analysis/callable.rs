//! The shape of something callable — a stub function, a stub class's
//! constructor, a user `def` — used by hover, signature help, keyword
//! completion and argument checking alike.

use upy_syntax::ast::{self, Arg, Parameters};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    VarArgs,
    KeywordOnly,
    VarKeywords,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    /// Source text of the default, when there is one.
    pub default: Option<String>,
    pub annotation: Option<String>,
}

impl Param {
    pub fn required(&self) -> bool {
        self.default.is_none()
            && matches!(self.kind, ParamKind::PositionalOnly | ParamKind::Normal | ParamKind::KeywordOnly)
    }
    pub fn label(&self) -> String {
        let mut s = match self.kind {
            ParamKind::VarArgs => format!("*{}", self.name),
            ParamKind::VarKeywords => format!("**{}", self.name),
            _ => self.name.clone(),
        };
        if let Some(a) = &self.annotation {
            s.push_str(": ");
            s.push_str(a);
        }
        if let Some(d) = &self.default {
            s.push_str(if self.annotation.is_some() { " = " } else { "=" });
            s.push_str(d);
        }
        s
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    pub returns: Option<String>,
}

impl Signature {
    /// Build from a parsed parameter list; `text` is the source the spans
    /// point into (defaults and annotations are shown as written).
    pub fn from_ast(params: &Parameters, returns: Option<&ast::Expr>, text: &str) -> Signature {
        let src = |e: &ast::Expr| slice(text, e.span);
        let mut out = Vec::new();
        let mut push = |p: &ast::Param, kind| {
            out.push(Param {
                name: p.name.name.clone(),
                kind,
                default: p.default.as_ref().map(src),
                annotation: p.annotation.as_ref().map(src),
            })
        };
        for p in &params.posonly {
            push(p, ParamKind::PositionalOnly);
        }
        for p in &params.args {
            push(p, ParamKind::Normal);
        }
        if let Some(p) = &params.vararg {
            push(p, ParamKind::VarArgs);
        }
        for p in &params.kwonly {
            push(p, ParamKind::KeywordOnly);
        }
        if let Some(p) = &params.kwarg {
            push(p, ParamKind::VarKeywords);
        }
        Signature { params: out, returns: returns.map(src) }
    }

    /// The same signature seen through an instance or class: the first
    /// parameter (`self` / `cls`) is bound already.
    pub fn bound(&self) -> Signature {
        let mut s = self.clone();
        if s.params.first().is_some_and(|p| matches!(p.kind, ParamKind::Normal | ParamKind::PositionalOnly)) {
            s.params.remove(0);
        }
        s
    }

    /// `(a, b=1, *, c)`: the parameter labels with the markers Python needs.
    pub fn param_labels(&self) -> Vec<String> {
        let mut labels = Vec::new();
        let mut saw_star = false;
        let mut posonly_open = false;
        for p in &self.params {
            if p.kind == ParamKind::PositionalOnly {
                posonly_open = true;
            } else if posonly_open {
                labels.push("/".to_string());
                posonly_open = false;
            }
            if p.kind == ParamKind::KeywordOnly && !saw_star {
                labels.push("*".to_string());
                saw_star = true;
            }
            if p.kind == ParamKind::VarArgs {
                saw_star = true;
            }
            labels.push(p.label());
        }
        if posonly_open {
            labels.push("/".to_string());
        }
        labels
    }

    pub fn render(&self, name: &str) -> String {
        let mut s = format!("{name}({})", self.param_labels().join(", "));
        if let Some(r) = &self.returns {
            s.push_str(" -> ");
            s.push_str(r);
        }
        s
    }

    /// Does a call with these arguments fit? Returns the problems found; an
    /// empty list means it fits. Calls with `*args` / `**kwargs` are only
    /// checked for what they cannot hide.
    pub fn check_call(&self, args: &[Arg]) -> Vec<ArgProblem> {
        let mut problems = Vec::new();
        let has_star = args.iter().any(|a| matches!(a, Arg::Starred(_)));
        let has_dstar = args.iter().any(|a| matches!(a, Arg::DoubleStarred(_)));
        let positional: Vec<&ast::Expr> =
            args.iter().filter_map(|a| if let Arg::Positional(e) = a { Some(e) } else { None }).collect();
        let takes_varargs = self.params.iter().any(|p| p.kind == ParamKind::VarArgs);
        let takes_varkw = self.params.iter().any(|p| p.kind == ParamKind::VarKeywords);
        let positional_params: Vec<&Param> =
            self.params.iter().filter(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal)).collect();

        if !takes_varargs && positional.len() > positional_params.len() {
            for extra in &positional[positional_params.len()..] {
                problems.push(ArgProblem::TooManyPositional { span: extra.span, max: positional_params.len() });
            }
        }
        let mut filled: Vec<&str> = positional_params.iter().take(positional.len()).map(|p| p.name.as_str()).collect();
        for a in args {
            let Arg::Keyword { name, .. } = a else { continue };
            let param = self
                .params
                .iter()
                .find(|p| p.name == name.name && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly));
            match param {
                None if !takes_varkw => {
                    problems.push(ArgProblem::UnknownKeyword { span: name.span, name: name.name.clone() })
                }
                None => {}
                Some(p) if filled.contains(&p.name.as_str()) => {
                    problems.push(ArgProblem::Duplicate { span: name.span, name: name.name.clone() })
                }
                Some(p) => filled.push(p.name.as_str()),
            }
        }
        if !has_star && !has_dstar {
            let missing: Vec<String> = self
                .params
                .iter()
                .filter(|p| p.required() && !filled.contains(&p.name.as_str()))
                .map(|p| p.name.clone())
                .collect();
            if !missing.is_empty() {
                problems.push(ArgProblem::Missing { names: missing });
            }
        }
        problems
    }

    /// Which parameter each argument fills, as (parameter index, argument):
    /// positional arguments in order, keywords by name. Arguments that
    /// fill nothing (too many, unknown keywords, `*args`, `**kwargs`) are
    /// left out; `check_call` reports those.
    pub fn bind<'e>(&self, args: &'e [Arg]) -> Vec<(usize, &'e ast::Expr)> {
        let mut out = Vec::new();
        let positional: Vec<usize> = self
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal))
            .map(|(i, _)| i)
            .collect();
        let mut next = 0;
        for a in args {
            match a {
                Arg::Positional(e) => {
                    if let Some(&i) = positional.get(next) {
                        out.push((i, e));
                    }
                    next += 1;
                }
                Arg::Keyword { name, value } => {
                    let found = self.params.iter().position(|p| {
                        p.name == name.name && matches!(p.kind, ParamKind::Normal | ParamKind::KeywordOnly)
                    });
                    if let Some(i) = found {
                        out.push((i, value));
                    }
                }
                // After `*args` the positions are unknown.
                Arg::Starred(_) => next = usize::MAX / 2,
                Arg::DoubleStarred(_) => {}
            }
        }
        out
    }

    /// Index of the parameter an argument position fills: the `index`-th
    /// positional argument, or the keyword `keyword`.
    pub fn active_param(&self, index: usize, keyword: Option<&str>) -> Option<usize> {
        if let Some(k) = keyword {
            return self
                .params
                .iter()
                .position(|p| p.name == k && p.kind != ParamKind::VarArgs && p.kind != ParamKind::VarKeywords);
        }
        let mut n = 0;
        for (i, p) in self.params.iter().enumerate() {
            match p.kind {
                ParamKind::PositionalOnly | ParamKind::Normal => {
                    if n == index {
                        return Some(i);
                    }
                    n += 1;
                }
                ParamKind::VarArgs => return Some(i),
                _ => {}
            }
        }
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgProblem {
    TooManyPositional { span: upy_syntax::Span, max: usize },
    UnknownKeyword { span: upy_syntax::Span, name: String },
    Duplicate { span: upy_syntax::Span, name: String },
    Missing { names: Vec<String> },
}

pub fn slice(text: &str, span: upy_syntax::Span) -> String {
    text.get(span.start as usize..span.end as usize).unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str, kind: ParamKind, default: Option<&str>) -> Param {
        Param { name: name.into(), kind, default: default.map(Into::into), annotation: None }
    }

    #[test]
    fn renders_markers() {
        let s = Signature {
            params: vec![
                p("id", ParamKind::Normal, None),
                p("mode", ParamKind::Normal, Some("-1")),
                p("value", ParamKind::KeywordOnly, Some("None")),
            ],
            returns: None,
        };
        assert_eq!(s.render("Pin"), "Pin(id, mode=-1, *, value=None)");
        assert_eq!(s.active_param(1, None), Some(1));
        assert_eq!(s.active_param(0, Some("value")), Some(2));
    }
}
