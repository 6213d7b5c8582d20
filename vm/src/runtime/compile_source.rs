//! Source text to code, raising `SyntaxError` the way MicroPython reports it.

use super::error::{ExcKind, PyResult};
use super::value::Value;
use super::vm::Vm;
use crate::compile::{compile_module, Code, CompileOptions};
use crate::objects::instance::TbEntry;
use crate::syntax::{parse, LineIndex, ParseOptions, SyntaxErrorKind};
use std::sync::Arc;

impl Vm {
    pub fn compile_source(&mut self, source: &str, file: &str, want_result: bool) -> PyResult<Arc<Code>> {
        self.compile_with(source, file, want_result, false)
    }

    /// `compile(source, file, 'single')`: expression statements print.
    pub fn compile_single(&mut self, source: &str, file: &str) -> PyResult<Arc<Code>> {
        self.compile_with(source, file, false, true)
    }

    fn compile_with(&mut self, source: &str, file: &str, want_result: bool, repl_print: bool) -> PyResult<Arc<Code>> {
        // MicroPython's lexer reads CR LF and a lone CR as LF, in string
        // literals too.
        let normalized;
        let source = if source.contains('\r') {
            normalized = source.replace("\r\n", "\n").replace('\r', "\n");
            normalized.as_str()
        } else {
            source
        };
        let parsed = parse(source, ParseOptions::default());
        if let Some(e) = parsed.errors.first() {
            // MicroPython's lexer raises IndentationError for these two only.
            let kind = match e.message.as_str() {
                "unexpected indent" | "unindent doesn't match any outer indent level" => ExcKind::IndentationError,
                _ => ExcKind::SyntaxError,
            };
            // MicroPython's lexer refuses `\N{...}` as not implemented.
            if e.kind == SyntaxErrorKind::Unsupported && e.message.contains("unicode name escapes") {
                return Err(self.err(ExcKind::NotImplementedError, "unicode name escapes"));
            }
            let literal = source.get(e.span.start as usize..e.span.end as usize).unwrap_or("");
            let message = match number_literal_message(&e.message, literal) {
                Some(m) => m,
                None => micropython_message(&e.message, &e.kind).to_string(),
            };
            return Err(self.syntax_error(kind, &message, source, file, e.span.start));
        }
        let opts = CompileOptions { file, want_result, byte_offset: 0, repl_print };
        // The compiler holds its constants in Rust, and folding `math.pi`
        // imports a module: nothing is collected meanwhile (`roots.rs`).
        match self.fenced(|vm| compile_module(vm, &parsed.module, source, &opts)) {
            Ok(code) => Ok(code),
            Err(e) => {
                let kind = match e.class {
                    Some("NotImplementedError") => ExcKind::NotImplementedError,
                    Some("ViperTypeError") => ExcKind::ViperTypeError,
                    _ if e.indentation => ExcKind::IndentationError,
                    _ => ExcKind::SyntaxError,
                };
                Err(self.syntax_error(kind, &e.message, source, file, e.span.start))
            }
        }
    }

    fn syntax_error(&mut self, kind: ExcKind, msg: &str, source: &str, file: &str, offset: u32) -> super::error::Exc {
        let line = LineIndex::new(source).line(offset) as u32 + 1;
        let e = self.err(kind, msg);
        if let Value::Obj(r) = e.0 {
            if let super::object::Object::Instance(i) = self.heap.get_mut(r) {
                if let Some(x) = i.exc_mut() {
                    x.traceback.push(TbEntry { file: file.into(), line, name: "<module>".into() });
                }
            }
        }
        e
    }
}

/// A malformed number literal: MicroPython's lexer takes it whole and its
/// parser reports what int() or float() would say of the text.
fn number_literal_message(message: &str, literal: &str) -> Option<String> {
    let about_number = (message.starts_with("invalid ") && message.ends_with(" literal"))
        || message.starts_with("leading zeros in decimal integer literals");
    if !about_number || literal.is_empty() {
        return None;
    }
    let is_hex = literal.len() > 1 && matches!(&literal.as_bytes()[..2], b"0x" | b"0X");
    let floaty = !is_hex && literal.contains(['.', 'e', 'E', 'j', 'J']);
    if floaty {
        return Some("invalid syntax for number".into());
    }
    match crate::format::int_parse::parse_int(literal, 0) {
        Err(e) => Some(e.message),
        Ok(_) => None,
    }
}

/// The parser words its errors for an editor; a running program sees what
/// MicroPython says. Its parser says only "invalid syntax"; a few checks
/// MicroPython makes in its compiler have their own messages.
fn micropython_message<'a>(message: &'a str, kind: &SyntaxErrorKind) -> &'a str {
    if *kind == SyntaxErrorKind::Indentation && message != "expected an indented block" {
        return message;
    }
    match message {
        "positional argument follows keyword argument" => "positional arg after keyword arg",
        "positional argument follows keyword argument unpacking" => "positional arg after **",
        "iterable argument unpacking follows keyword argument unpacking" => "* arg after **",
        "multiple starred expressions in assignment" => "multiple *x in assignment",
        "can't use starred expression here" | "iterable unpacking cannot be used in comprehension" => {
            "*x must be assignment target"
        }
        "starred assignment target must be in a list or tuple" => "can't assign to expression",
        "non-default argument follows default argument" => message,
        "default 'except:' must be last" => "default 'except' must be last",
        "can't use assignment expression here: the target must be a plain name" => "can't assign to expression",
        m if m.starts_with("duplicate argument") => "argument name reused",
        m if m.starts_with("can't delete") => "can't delete expression",
        m if m.starts_with("can't assign") || m.starts_with("cannot assign") => "can't assign to expression",
        "f-string: empty expression not allowed" | "malformed f-string" => "malformed f-string",
        m if m.ends_with("illegal expression for augmented assignment") => "can't assign to expression",
        _ => "invalid syntax",
    }
}
