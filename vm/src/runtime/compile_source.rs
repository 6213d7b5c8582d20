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
        let parsed = parse(source, ParseOptions::default());
        if let Some(e) = parsed.errors.first() {
            let kind = match e.kind {
                SyntaxErrorKind::Indentation => ExcKind::IndentationError,
                _ => ExcKind::SyntaxError,
            };
            return Err(self.syntax_error(kind, &e.message, source, file, e.span.start));
        }
        let opts = CompileOptions { file, want_result, byte_offset: 0 };
        match compile_module(self, &parsed.module, source, &opts) {
            Ok(code) => Ok(code),
            Err(e) => {
                let kind = if e.indentation { ExcKind::IndentationError } else { ExcKind::SyntaxError };
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
