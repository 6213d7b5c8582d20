//! `complete_request`: live names from the target, keywords, magic names.

use jupyter_protocol::CompleteReply;
use serde_json::{json, Value};
use upy_vm::target::{Completion, CompletionKind, Target};

use super::cursor::{byte_offset, code_points, dotted_name_start};

/// MicroPython's keywords (its grammar has no soft keywords).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub fn complete(code: &str, cursor_pos: usize, target: &mut dyn Target, magic_names: &[&str]) -> CompleteReply {
    let end = byte_offset(code, cursor_pos);
    let start = dotted_name_start(code, end);
    let token = &code[start..end];
    let segment_start = token.rfind('.').map_or(start, |dot| start + dot + 1);
    let partial = &code[segment_start..end];

    let mut found: Vec<Completion> = Vec::new();
    if is_magic_position(code, start) {
        found.extend(magic_names.iter().filter(|m| m.starts_with(partial)).map(|m| Completion {
            name: m.to_string(),
            kind: CompletionKind::Function,
            detail: None,
        }));
    } else {
        for mut completion in target.complete(token) {
            // Targets may answer with the whole dotted path or the last part.
            if let Some(dot) = completion.name.rfind('.') {
                completion.name = completion.name[dot + 1..].to_string();
            }
            if completion.name.starts_with(partial) {
                found.push(completion);
            }
        }
        if !token.contains('.') {
            found.extend(KEYWORDS.iter().filter(|k| k.starts_with(partial)).map(|k| Completion {
                name: k.to_string(),
                kind: CompletionKind::Keyword,
                detail: None,
            }));
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    found.dedup_by(|a, b| a.name == b.name);

    let cursor_start = code_points(code, segment_start);
    let cursor_end = code_points(code, end);
    let types: Vec<Value> = found
        .iter()
        .map(|c| {
            json!({
                "start": cursor_start,
                "end": cursor_end,
                "text": c.name,
                "type": kind_name(&c.kind),
                "signature": c.detail.clone().unwrap_or_default(),
            })
        })
        .collect();
    let mut metadata = serde_json::Map::new();
    metadata.insert("_jupyter_types_experimental".to_string(), Value::Array(types));
    CompleteReply {
        matches: found.into_iter().map(|c| c.name).collect(),
        cursor_start,
        cursor_end,
        metadata,
        ..Default::default()
    }
}

/// Right after `%` or `%%` at the start of a line.
fn is_magic_position(code: &str, token_start: usize) -> bool {
    let line_start = code[..token_start].rfind('\n').map_or(0, |i| i + 1);
    let before = &code[line_start..token_start];
    before == "%" || before == "%%"
}

fn kind_name(kind: &CompletionKind) -> &'static str {
    match kind {
        CompletionKind::Keyword => "keyword",
        CompletionKind::Variable => "instance",
        CompletionKind::Function => "function",
        CompletionKind::Class => "class",
        CompletionKind::Module => "module",
        CompletionKind::Attribute => "property",
        CompletionKind::Constant => "instance",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::NamesTarget;

    #[test]
    fn completes_live_names_and_keywords_from_the_last_word() {
        let mut target = NamesTarget::new(&["while_count", "whisper", "zip"]);
        let reply = complete("x = 1\nwh", 8, &mut target, &[]);
        assert_eq!(reply.matches, vec!["while", "while_count", "whisper"]);
        assert_eq!((reply.cursor_start, reply.cursor_end), (6, 8));
        assert_eq!(target.asked, vec!["wh".to_string()]);
    }

    #[test]
    fn completes_attributes_after_the_last_dot() {
        let mut target = NamesTarget::new(&["led.on", "led.off", "led.value"]);
        let reply = complete("led.o", 5, &mut target, &[]);
        assert_eq!(reply.matches, vec!["off", "on"]);
        assert_eq!((reply.cursor_start, reply.cursor_end), (4, 5));
        assert_eq!(target.asked, vec!["led.o".to_string()]);
    }

    #[test]
    fn positions_count_code_points() {
        let mut target = NamesTarget::new(&["µs_total"]);
        let reply = complete("é = µs", 6, &mut target, &[]);
        assert_eq!(reply.matches, vec!["µs_total"]);
        assert_eq!((reply.cursor_start, reply.cursor_end), (4, 6));
    }

    #[test]
    fn completes_magic_names_after_percent() {
        let mut target = NamesTarget::new(&["time_left"]);
        let reply = complete("%ti", 3, &mut target, &["time", "help"]);
        assert_eq!(reply.matches, vec!["time"]);
        assert!(target.asked.is_empty());
        assert_eq!(complete("%%ti", 4, &mut target, &["time"]).matches, vec!["time"]);
    }

    #[test]
    fn reports_types_for_jupyterlab() {
        let mut target = NamesTarget::new(&["zip"]);
        let reply = complete("zi", 2, &mut target, &[]);
        let types = &reply.metadata["_jupyter_types_experimental"];
        assert_eq!(types[0]["text"], "zip");
        assert_eq!(types[0]["type"], "function");
    }
}
