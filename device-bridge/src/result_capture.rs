//! A notebook's `Out[n]` from a board: the value of a cell's trailing
//! expression.
//!
//! The board has no such notion, so the cell is rewritten: the trailing
//! expression `E` (found with the shared parser) becomes
//! `__upy_r = (E)` followed by printing a marker and `repr(__upy_r)` when it
//! is not `None`. The expression stays on its own line, so tracebacks keep
//! their line numbers. While output streams, [`ResultSplitter`] passes text
//! through until the marker and keeps what follows as the result.

use upy_syntax::ast::StmtKind;
use upy_syntax::{parse, ParseOptions};
use upy_vm::target::{MimeBundle, OutputSink, Stream};

/// Record separator + unit separator: never in ordinary output.
const MARKER: &str = "\u{1e}\u{1f}upy-result:";

/// The code to send so the trailing expression's value comes back, or
/// `None` when the cell does not end with an expression (or does not parse:
/// then the board reports the syntax error itself).
pub fn with_result_capture(code: &str) -> Option<String> {
    let parsed = parse(code, ParseOptions::default());
    if !parsed.errors.is_empty() {
        return None;
    }
    let last = parsed.module.body.last()?;
    if !matches!(last.kind, StmtKind::Expr(_)) {
        return None;
    }
    let (start, end) = (last.span.start as usize, last.span.end as usize);
    let expr = code.get(start..end)?;
    let body = code.get(..start)?;
    Some(format!(
        "{body}__upy_r = ({expr})\nif __upy_r is not None:\n print({} + repr(__upy_r), end='')\ndel __upy_r\n",
        crate::fs::py_str(MARKER)
    ))
}

/// Passes output on until the result marker; keeps the rest as the result.
pub struct ResultSplitter<'a> {
    inner: &'a mut dyn OutputSink,
    /// Text that may be the start of the marker.
    held: String,
    result: Option<String>,
}

impl<'a> ResultSplitter<'a> {
    pub fn new(inner: &'a mut dyn OutputSink) -> ResultSplitter<'a> {
        ResultSplitter { inner, held: String::new(), result: None }
    }

    /// The result as a MIME bundle, flushing held text.
    pub fn finish(mut self) -> Option<MimeBundle> {
        if !self.held.is_empty() {
            let held = std::mem::take(&mut self.held);
            self.inner.write(Stream::Stdout, &held);
        }
        self.result.map(|repr| vec![("text/plain".to_string(), repr)])
    }
}

impl OutputSink for ResultSplitter<'_> {
    fn write(&mut self, stream: Stream, text: &str) {
        if stream != Stream::Stdout {
            return self.inner.write(stream, text);
        }
        if let Some(result) = self.result.as_mut() {
            result.push_str(text);
            return;
        }
        self.held.push_str(text);
        if let Some(at) = self.held.find(MARKER) {
            let result = self.held.split_off(at + MARKER.len());
            self.held.truncate(at);
            self.result = Some(result);
        }
        // Pass on everything that cannot be the beginning of the marker.
        let keep = (1..MARKER.len().min(self.held.len() + 1))
            .rev()
            .find(|&n| {
                self.held.is_char_boundary(self.held.len() - n) && MARKER.starts_with(&self.held[self.held.len() - n..])
            })
            .unwrap_or(0);
        let keep = if self.result.is_some() { 0 } else { keep };
        let pass = self.held.len() - keep;
        if pass > 0 {
            let rest = self.held.split_off(pass);
            let shown = std::mem::replace(&mut self.held, rest);
            self.inner.write(Stream::Stdout, &shown);
        }
    }

    fn display(&mut self, bundle: MimeBundle) {
        self.inner.display(bundle);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Text(String);
    impl OutputSink for Text {
        fn write(&mut self, _stream: Stream, text: &str) {
            self.0.push_str(text);
        }
    }

    #[test]
    fn rewrites_only_a_trailing_expression() {
        let code = with_result_capture("x = 2\nx * 21").unwrap();
        assert!(code.starts_with("x = 2\n__upy_r = (x * 21)\n"), "{code}");
        assert_eq!(with_result_capture("x = 2\n"), None);
        assert_eq!(with_result_capture("for i in range(3):\n    i\n"), None);
        assert_eq!(with_result_capture("x = (\n"), None);
    }

    #[test]
    fn the_marker_splits_output_from_the_result_across_chunks() {
        let mut out = Text::default();
        let mut splitter = ResultSplitter::new(&mut out);
        let stream = format!("hello\nwor{MARKER}[1, 2]");
        for chunk in stream.as_bytes().chunks(3) {
            // Chunks on char boundaries only, as the decoder delivers them.
            splitter.write(Stream::Stdout, std::str::from_utf8(chunk).unwrap_or(""));
        }
        let result = splitter.finish();
        assert_eq!(out.0, "hello\nwor");
        assert_eq!(result, Some(vec![("text/plain".to_string(), "[1, 2]".to_string())]));
    }
}
