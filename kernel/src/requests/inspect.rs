//! `inspect_request` (Shift-Tab, `name?`): what the target knows of the
//! function whose call the cursor is in (`time.sleep(|`), else of the name
//! under the cursor, or a magic's usage text.

use jupyter_protocol::{InspectReply, Media, MediaType};
use upy_vm::syntax::stops::stops;
use upy_vm::target::Target;

use super::cursor::{byte_offset, dotted_name_around, dotted_name_start};

pub fn inspect(
    code: &str,
    cursor_pos: usize,
    target: &mut dyn Target,
    magic_usage: impl Fn(&str) -> Option<String>,
) -> InspectReply {
    let at = byte_offset(code, cursor_pos);
    let around = dotted_name_around(code, at);
    let before_name = &code[..dotted_name_start(code, at)];
    if before_name.ends_with('%') && !around.is_empty() {
        return magic_usage(around).map_or_else(not_found, found);
    }
    // Inside a call's parentheses the callee is what the user asks about,
    // as in IPython; a call whose callee the target does not know falls
    // back to the name under the cursor.
    let callee = callee_at(code, at);
    let text = callee
        .and_then(|c| target.inspect(c))
        .or_else(|| (!around.is_empty() && callee != Some(around)).then(|| target.inspect(around)).flatten());
    match text {
        Some(text) => found(text),
        None => not_found(),
    }
}

/// The dotted name called by the innermost call left open before byte
/// `at`: `time.sleep` in `time.sleep(1|`, `p.value` in `print(p.value(|`.
/// None outside a call, in a comment, or when what is called is not a
/// plain dotted name (`f()(|`, `(a)(|`). A bracket inside a string is text.
fn callee_at(code: &str, at: usize) -> Option<&str> {
    let stop = stops(&code[..at]);
    if stop.in_comment {
        return None;
    }
    let (open, c) = stop.innermost()?;
    if c != '(' {
        return None;
    }
    let end = code[..open.start as usize].trim_end().len();
    let name = code[dotted_name_start(code, end)..end].trim_start_matches('.');
    let first = name.chars().next()?;
    (!first.is_ascii_digit() && !is_keyword(name)).then_some(name)
}

/// `if (`, `return (`, `not (`: a bracket after a keyword is no call.
fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "and"
            | "as"
            | "assert"
            | "await"
            | "del"
            | "elif"
            | "else"
            | "for"
            | "from"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "not"
            | "or"
            | "raise"
            | "return"
            | "while"
            | "with"
            | "yield"
    )
}

pub fn found(text: String) -> InspectReply {
    InspectReply { found: true, data: Media::new(vec![MediaType::Plain(text)]), ..Default::default() }
}

fn not_found() -> InspectReply {
    InspectReply::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::NamesTarget;

    #[test]
    fn inspects_the_dotted_name_under_the_cursor() {
        let mut target = NamesTarget::new(&["led.on"]);
        let reply = inspect("led.on()", 5, &mut target, |_| None);
        assert!(reply.found);
        assert_eq!(target.inspected, vec!["led.on".to_string()]);
        let json = serde_json::to_value(&reply).unwrap();
        assert_eq!(json["data"]["text/plain"], "led.on: a test name");
    }

    #[test]
    fn unknown_names_and_blank_positions_are_not_found() {
        let mut target = NamesTarget::new(&[]);
        assert!(!inspect("nothing", 3, &mut target, |_| None).found);
        assert!(!inspect("   ", 1, &mut target, |_| None).found);
    }

    #[test]
    fn inside_a_call_inspects_the_callee() {
        let mut target = NamesTarget::new(&["print", "time.sleep", "p.value", "x"]);
        for (code, want) in [
            ("print(", "print"),
            ("time.sleep(", "time.sleep"),
            ("time.sleep(1", "time.sleep"),
            ("print(p.value(", "p.value"),
            ("print(p.value(), x", "print"),
            ("print (x", "print"),
            ("print('(x", "print"),
        ] {
            target.inspected.clear();
            let reply = inspect(code, code.chars().count(), &mut target, |_| None);
            assert!(reply.found, "{code}");
            assert_eq!(target.inspected, vec![want.to_string()], "{code}");
        }
    }

    #[test]
    fn brackets_that_are_no_call_inspect_the_name() {
        let mut target = NamesTarget::new(&["x", "print"]);
        for code in ["if (x", "[x", "f()(x", "x # print(x"] {
            target.inspected.clear();
            inspect(code, code.chars().count(), &mut target, |_| None);
            assert!(!target.inspected.iter().any(|n| n == "print" || n == "f"), "{code}: {:?}", target.inspected);
        }
        target.inspected.clear();
        assert!(inspect("if (x", 5, &mut target, |_| None).found);
    }

    #[test]
    fn magics_show_their_usage() {
        let mut target = NamesTarget::new(&[]);
        let reply = inspect("%time x", 3, &mut target, |m| (m == "time").then(|| "usage".to_string()));
        assert!(reply.found);
        assert!(target.inspected.is_empty());
    }
}
