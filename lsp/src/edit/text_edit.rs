//! Positions ↔ byte offsets over a rope, and applying one content change.
//! Out-of-range positions are clamped (to the line end, or the document
//! end) rather than rejected: clients send them after races, and LSP says a
//! column past the line end means the line end.

use super::PositionEncoding;
use ropey::Rope;

/// A protocol-free position: 0-based line and a column in the negotiated unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct LinePosition {
    pub line: u32,
    pub character: u32,
}

/// Byte offset of `pos` in `rope`.
pub fn offset_at(rope: &Rope, pos: LinePosition, enc: PositionEncoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let line_start_char = rope.line_to_char(line);
    let line_slice = rope.line(line);
    // Columns never point into the line break itself.
    let line_len_chars = line_slice.len_chars() - line_break_chars(&line_slice);
    let col_char = match enc {
        PositionEncoding::Utf32 => (pos.character as usize).min(line_len_chars),
        PositionEncoding::Utf16 => {
            let line_len_u16 = line_slice.char_to_utf16_cu(line_len_chars);
            let cu = (pos.character as usize).min(line_len_u16);
            line_slice.utf16_cu_to_char(cu)
        }
        PositionEncoding::Utf8 => {
            let line_len_bytes = line_slice.char_to_byte(line_len_chars);
            let b = (pos.character as usize).min(line_len_bytes);
            // A column inside a multi-byte character rounds down to it.
            line_slice.byte_to_char(b)
        }
    };
    rope.char_to_byte(line_start_char + col_char)
}

/// Position of byte offset `offset` in `rope` (clamped to the end; an offset
/// inside a multi-byte character rounds down to that character).
pub fn position_at(rope: &Rope, offset: usize, enc: PositionEncoding) -> LinePosition {
    let offset = offset.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(offset);
    let line = rope.char_to_line(char_idx);
    let line_start_char = rope.line_to_char(line);
    let character = match enc {
        PositionEncoding::Utf32 => char_idx - line_start_char,
        PositionEncoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_start_char),
        PositionEncoding::Utf8 => rope.char_to_byte(char_idx) - rope.char_to_byte(line_start_char),
    };
    LinePosition { line: line as u32, character: character as u32 }
}

/// Replace `range` (or everything, when `None`) with `text`.
pub fn apply_change(rope: &mut Rope, range: Option<(LinePosition, LinePosition)>, text: &str, enc: PositionEncoding) {
    match range {
        None => *rope = Rope::from_str(text),
        Some((start, end)) => {
            let mut start_b = offset_at(rope, start, enc);
            let mut end_b = offset_at(rope, end, enc);
            if end_b < start_b {
                std::mem::swap(&mut start_b, &mut end_b);
            }
            let start_c = rope.byte_to_char(start_b);
            let end_c = rope.byte_to_char(end_b);
            rope.remove(start_c..end_c);
            rope.insert(start_c, text);
        }
    }
}

fn line_break_chars(line: &ropey::RopeSlice<'_>) -> usize {
    let n = line.len_chars();
    if n == 0 {
        return 0;
    }
    match line.char(n - 1) {
        '\n' if n >= 2 && line.char(n - 2) == '\r' => 2,
        '\n' | '\r' => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: u32, character: u32) -> LinePosition {
        LinePosition { line, character }
    }

    #[test]
    fn utf16_counts_surrogate_pairs_as_two() {
        let rope = Rope::from_str("a😀b\nx");
        assert_eq!(offset_at(&rope, p(0, 3), PositionEncoding::Utf16), 5); // after the emoji
        assert_eq!(offset_at(&rope, p(0, 2), PositionEncoding::Utf32), 5);
        assert_eq!(offset_at(&rope, p(0, 5), PositionEncoding::Utf8), 5);
        assert_eq!(position_at(&rope, 5, PositionEncoding::Utf16), p(0, 3));
        assert_eq!(position_at(&rope, 5, PositionEncoding::Utf8), p(0, 5));
        assert_eq!(position_at(&rope, 7, PositionEncoding::Utf16), p(1, 0));
    }

    #[test]
    fn columns_past_line_end_clamp_before_the_newline() {
        let rope = Rope::from_str("ab\r\ncd");
        assert_eq!(offset_at(&rope, p(0, 99), PositionEncoding::Utf16), 2);
        assert_eq!(offset_at(&rope, p(9, 0), PositionEncoding::Utf16), 6);
    }

    #[test]
    fn change_replaces_range() {
        let mut rope = Rope::from_str("hello world");
        apply_change(&mut rope, Some((p(0, 6), p(0, 11))), "there", PositionEncoding::Utf16);
        assert_eq!(rope.to_string(), "hello there");
        apply_change(&mut rope, None, "new", PositionEncoding::Utf16);
        assert_eq!(rope.to_string(), "new");
    }
}
