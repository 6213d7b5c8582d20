//! Reads the exception a board printed on its error stream.
//!
//! In the raw REPL a board sends a failed run's traceback after the first
//! `\x04`, exactly as MicroPython prints it:
//!
//! ```text
//! Traceback (most recent call last):
//!   File "<stdin>", line 3, in f
//! ZeroDivisionError: divide by zero
//! ```
//!
//! The last line names the exception; the front ends want its type and value
//! apart, and the whole text line by line.

use upy_vm::target::ErrorInfo;

/// Build an [`ErrorInfo`] from a board's error output (already decoded, with
/// `\n` line endings). Text that is not a traceback (a port's own error
/// message, say) is kept whole as the value of a generic `Exception`.
pub fn parse_traceback(stderr: &str) -> ErrorInfo {
    let lines: Vec<String> =
        stderr.lines().map(|l| l.trim_end_matches('\r').to_string()).filter(|l| !l.trim().is_empty()).collect();
    let last = lines.last().map(String::as_str).unwrap_or("");
    let (ename, evalue) = match split_exception_line(last) {
        Some((name, value)) => (name.to_string(), value.to_string()),
        None => ("Exception".to_string(), last.trim().to_string()),
    };
    let traceback = if lines.is_empty() { vec![ename.clone()] } else { lines };
    ErrorInfo { ename, evalue, traceback }
}

/// `ValueError: bad thing` → `("ValueError", "bad thing")`; `KeyboardInterrupt: `
/// and `StopIteration` have empty values. Dotted names (`mod.MyError`) are kept.
fn split_exception_line(line: &str) -> Option<(&str, &str)> {
    if line.starts_with(' ') || line.starts_with("Traceback") {
        return None;
    }
    let (name, value) = match line.find(':') {
        Some(i) => (&line[..i], line[i + 1..].strip_prefix(' ').unwrap_or(&line[i + 1..])),
        None => (line, ""),
    };
    let is_name = !name.is_empty()
        && name.split('.').all(|part| {
            let mut chars = part.chars();
            matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        });
    is_name.then_some((name, value.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_traceback() {
        let err = parse_traceback(
            "Traceback (most recent call last):\r\n  File \"<stdin>\", line 3, in f\r\nZeroDivisionError: divide by zero\r\n",
        );
        assert_eq!(err.ename, "ZeroDivisionError");
        assert_eq!(err.evalue, "divide by zero");
        assert_eq!(
            err.traceback,
            vec![
                "Traceback (most recent call last):",
                "  File \"<stdin>\", line 3, in f",
                "ZeroDivisionError: divide by zero"
            ]
        );
    }

    #[test]
    fn keyboard_interrupt_has_an_empty_value() {
        let err = parse_traceback(
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt: \n",
        );
        assert_eq!((err.ename.as_str(), err.evalue.as_str()), ("KeyboardInterrupt", ""));
    }

    #[test]
    fn values_with_colons_and_bare_names() {
        let err = parse_traceback("OSError: [Errno 2] ENOENT: x\n");
        assert_eq!((err.ename.as_str(), err.evalue.as_str()), ("OSError", "[Errno 2] ENOENT: x"));
        let err = parse_traceback("StopIteration\n");
        assert_eq!((err.ename.as_str(), err.evalue.as_str()), ("StopIteration", ""));
    }

    #[test]
    fn text_that_is_not_a_traceback() {
        let err = parse_traceback("something went wrong here!\n");
        assert_eq!(err.ename, "Exception");
        assert_eq!(err.evalue, "something went wrong here!");
        assert_eq!(parse_traceback("").traceback, vec!["Exception"]);
    }
}
