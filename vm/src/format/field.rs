//! A formatted field: a value's text padded out to a width. `%`,
//! `str.format` and f-strings all lay their fields out here, so the three
//! agree on padding.
//!
//! Widths count bytes, as on a board: `"%5s" % "é"` pads with three
//! spaces, not four.

/// Fields wider than this are refused (MemoryError) rather than allocated.
pub const MAX_WIDTH: i64 = 1 << 24;

/// Which side of the text the padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// What goes before a non-negative number (a negative one always has `-`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    OnlyMinus,
    Plus,
    Space,
}

impl Sign {
    /// The byte written before a non-negative number, if any.
    pub fn positive_mark(self) -> Option<u8> {
        match self {
            Sign::OnlyMinus => None,
            Sign::Plus => Some(b'+'),
            Sign::Space => Some(b' '),
        }
    }
}

/// The layout half of a format spec: everything but how the value itself
/// becomes text.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub align: Align,
    /// Numbers keep their sign (and base prefix) at the very left and the
    /// padding goes after it: the `=` alignment and the `%0` flag.
    pub after_sign: bool,
    pub fill: u8,
    /// Non-positive: no padding.
    pub width: i64,
    /// The thousands separator (`,` or `_`) numbers are grouped with.
    pub grouping: Option<u8>,
}

impl Default for Field {
    fn default() -> Self {
        Field { align: Align::Right, after_sign: false, fill: b' ', width: 0, grouping: None }
    }
}

impl Field {
    /// A field of `width` with everything else default.
    pub fn of_width(width: i64) -> Self {
        Field { width, ..Field::default() }
    }

    /// `text` written into the field.
    pub fn write(&self, out: &mut Vec<u8>, text: &[u8]) {
        let mut width = self.width.min(MAX_WIDTH);
        let mut missing = width.saturating_sub(text.len() as i64);
        // Zero padding of a grouped number carries the grouping on into the
        // zeros (`00,001,234`). The pattern is laid from the field's width,
        // and a field that would start with a separator gets one more zero.
        let cycle: &[u8] = match (self.fill, self.grouping) {
            (b'0', Some(b'_')) => b"0000_",
            (b'0', Some(_)) => b"000,",
            (0, _) => b" ",
            _ => std::slice::from_ref(&self.fill),
        };
        let period = cycle.len() as i64;
        if period > 1 && width % period == 0 {
            width += 1;
            missing += 1;
        }
        let phase = if period > 1 { (period - 1 - width % period) as usize } else { 0 };
        let (before, after) = match self.align {
            Align::Left => (0, missing),
            Align::Right => (missing, 0),
            Align::Center => (missing / 2, missing - missing / 2),
        };
        let pad = |out: &mut Vec<u8>, count: i64| {
            out.extend((0..count.max(0) as usize).map(|j| cycle[(phase + j) % cycle.len()]));
        };
        pad(out, before);
        out.extend_from_slice(text);
        pad(out, after);
    }

    /// Spaces alone, `count` of them (nothing when it is not positive).
    pub fn spaces(out: &mut Vec<u8>, count: i64) {
        out.extend(std::iter::repeat_n(b' ', count.clamp(0, MAX_WIDTH) as usize));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid(text: &str, field: Field) -> String {
        let mut out = vec![];
        field.write(&mut out, text.as_bytes());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_pads_by_bytes() {
        assert_eq!(laid("é", Field::of_width(5)), "   é");
        assert_eq!(laid("ab", Field { align: Align::Center, fill: b'*', ..Field::of_width(7) }), "**ab***");
        assert_eq!(laid("ab", Field { align: Align::Left, ..Field::of_width(4) }), "ab  ");
        assert_eq!(laid("abcdef", Field::of_width(3)), "abcdef");
    }

    #[test]
    fn zero_padding_continues_the_grouping() {
        let zeros = |sep, align, width| Field { fill: b'0', grouping: Some(sep), align, ..Field::of_width(width) };
        assert_eq!(laid("1,234", zeros(b',', Align::Right, 10)), "00,001,234");
        assert_eq!(laid("1,234", zeros(b',', Align::Right, 8)), "0,001,234");
        assert_eq!(laid("1,234", zeros(b',', Align::Right, 14)), "00,000,001,234");
        assert_eq!(laid("1,234", zeros(b',', Align::Left, 10)), "1,23400,00");
        assert_eq!(laid("ff", zeros(b'_', Align::Right, 7)), "00_00ff");
    }
}
