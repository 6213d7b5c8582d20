//! `inspect_request` (Shift-Tab, `name?`): what the target knows of the name
//! under the cursor, or a magic's usage text.

use jupyter_protocol::{InspectReply, Media, MediaType};
use upy_vm::target::Target;

use super::cursor::{byte_offset, dotted_name_around, dotted_name_start};

pub fn inspect(
    code: &str,
    cursor_pos: usize,
    target: &mut dyn Target,
    magic_usage: impl Fn(&str) -> Option<String>,
) -> InspectReply {
    let at = byte_offset(code, cursor_pos);
    let name = dotted_name_around(code, at);
    if name.is_empty() {
        return not_found();
    }
    let before_name = &code[..dotted_name_start(code, at)];
    let text = if before_name.ends_with('%') { magic_usage(name) } else { target.inspect(name) };
    match text {
        Some(text) => found(text),
        None => not_found(),
    }
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
    fn magics_show_their_usage() {
        let mut target = NamesTarget::new(&[]);
        let reply = inspect("%time x", 3, &mut target, |m| (m == "time").then(|| "usage".to_string()));
        assert!(reply.found);
        assert!(target.inspected.is_empty());
    }
}
