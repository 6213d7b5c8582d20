//! Cursor positions arrive in Unicode code points (protocol 5.2+); Rust
//! strings index bytes. Conversions live here and nowhere else.

/// Byte offset of code point `pos`, clamped to the end of `text`.
pub fn byte_offset(text: &str, pos: usize) -> usize {
    text.char_indices().nth(pos).map_or(text.len(), |(i, _)| i)
}

/// Code point index of byte offset `offset` (a char boundary).
pub fn code_points(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].chars().count()
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The dotted name ending at byte `end` (`machine.Pin.OU` before the cursor
/// in `p = machine.Pin.OU|`), as its start byte offset.
pub fn dotted_name_start(text: &str, end: usize) -> usize {
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev() {
        if is_name_char(c) || c == '.' {
            start = i;
        } else {
            break;
        }
    }
    start
}

/// The dotted name around byte `at`: extends left over dots and name
/// characters and right over name characters only (`led.o|n()` → `led.on`).
pub fn dotted_name_around(text: &str, at: usize) -> &str {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = dotted_name_start(text, at);
    let end = text[at..].char_indices().find(|&(_, c)| !is_name_char(c)).map_or(text.len(), |(i, _)| at + i);
    text[start..end].trim_start_matches('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_code_points_to_bytes_and_back() {
        let text = "µ = 'é'; x";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 1), 2); // µ is two bytes
        assert_eq!(byte_offset(text, 100), text.len());
        assert_eq!(code_points(text, text.len()), text.chars().count());
        assert_eq!(code_points(text, byte_offset(text, 6)), 6);
    }

    #[test]
    fn finds_dotted_names() {
        let text = "p = machine.Pin.OU";
        assert_eq!(&text[dotted_name_start(text, text.len())..], "machine.Pin.OU");
        assert_eq!(dotted_name_around("led.on()", 5), "led.on");
        assert_eq!(dotted_name_around("print(x)", 2), "print");
        assert_eq!(dotted_name_around("f(µs)", 4), "µs");
        assert_eq!(dotted_name_around("f(µs)", 3), "µs", "inside a character");
        assert_eq!(dotted_name_around("", 0), "");
    }
}
