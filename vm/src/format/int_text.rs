//! Integers as formatted text: `%d %x %o`, `{:b}`, `{:,}`, `{:#x}` and
//! the rest, small or big.
//!
//! Two things differ from CPython and are kept: a zero fill with a right
//! alignment swallows the precision into the width (`"%05.3d" % 7` is
//! `00007`), and `%-05d` pads with zeros on the right of the digits.

use super::bigint::IntRef;
use super::field::{Align, Field, Sign};

/// How the digits of an int are written.
#[derive(Clone, Copy, Debug)]
pub struct IntStyle {
    /// 2, 8, 10 or 16.
    pub radix: u32,
    /// `X` rather than `x`: upper-case letters, prefix included.
    pub upper: bool,
    pub sign: Sign,
    /// `#`: `0b`, `0o` or `0x` before the digits (`%#o` too says `0o`).
    pub alternate: bool,
    /// `%.3d`: at least this many digits (0 or 1: no minimum).
    pub min_digits: i64,
}

impl IntStyle {
    pub fn decimal() -> Self {
        IntStyle { radix: 10, upper: false, sign: Sign::OnlyMinus, alternate: false, min_digits: 0 }
    }

    fn prefix(&self) -> &'static [u8] {
        match (self.alternate, self.radix, self.upper) {
            (false, ..) => b"",
            (true, 2, false) => b"0b",
            (true, 2, true) => b"0B",
            (true, 8, false) => b"0o",
            (true, 8, true) => b"0O",
            (true, 16, false) => b"0x",
            (true, 16, true) => b"0X",
            _ => b"",
        }
    }
}

/// The magnitude's digits, grouped by `separator` in threes (decimal) or
/// fours (other bases).
fn digits(value: IntRef, style: &IntStyle, separator: Option<u8>) -> Vec<u8> {
    let mut plain = value.magnitude_digits(style.radix).into_bytes();
    if style.upper {
        plain.make_ascii_uppercase();
    }
    let Some(sep) = separator else { return plain };
    let group = if style.radix == 10 { 3 } else { 4 };
    let mut grouped = Vec::with_capacity(plain.len() + plain.len() / group);
    for (i, &d) in plain.iter().enumerate() {
        let left = plain.len() - i;
        if i > 0 && left.is_multiple_of(group) {
            grouped.push(sep);
        }
        grouped.push(d);
    }
    grouped
}

/// `value` written in `style`, laid out in `field`.
pub fn write_int(out: &mut Vec<u8>, value: IntRef, style: &IntStyle, field: &Field) {
    let mut field = *field;
    let mut min_digits = style.min_digits;
    if field.fill == b'0' && field.align == Align::Right {
        field.width = field.width.max(min_digits);
        min_digits = 0;
    }
    let mut head = Vec::with_capacity(4);
    if value.is_negative() {
        head.push(b'-');
    } else if let Some(mark) = style.sign.positive_mark() {
        head.push(mark);
    }
    head.extend_from_slice(style.prefix());
    let body = digits(value, style, field.grouping);

    if min_digits > 1 {
        // Zeros up to the minimum digit count, then the whole number
        // (sign and prefix first) space-padded to the width.
        let zeros = (min_digits - body.len() as i64).max(0);
        let shown = head.len() as i64 + zeros + body.len() as i64;
        let spare = field.width - shown;
        let left_aligned = field.align == Align::Left;
        if !left_aligned {
            Field::spaces(out, spare);
        }
        out.extend_from_slice(&head);
        out.extend(std::iter::repeat_n(b'0', zeros as usize));
        out.extend_from_slice(&body);
        if left_aligned {
            Field::spaces(out, spare);
        }
    } else if field.after_sign {
        out.extend_from_slice(&head);
        field.width -= head.len() as i64;
        field.write(out, &body);
    } else {
        head.extend_from_slice(&body);
        field.write(out, &head);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64, style: IntStyle, field: Field) -> String {
        let mut out = vec![];
        write_int(&mut out, IntRef::Small(v), &style, &field);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn ints_pad_like_micropython() {
        let dec = IntStyle::decimal();
        let min3 = IntStyle { min_digits: 3, ..dec };
        let hex = IntStyle { radix: 16, alternate: true, ..dec };
        let zero = Field { after_sign: true, fill: b'0', ..Field::of_width(5) };
        assert_eq!(int(3, dec, Field { align: Align::Left, ..Field::of_width(5) }), "3    ");
        assert_eq!(int(-3, dec, zero), "-0003");
        assert_eq!(int(3, min3, Field::of_width(5)), "  003");
        assert_eq!(int(-7, min3, Field { align: Align::Left, ..Field::of_width(6) }), "-007  ");
        assert_eq!(int(3, min3, zero), "00003");
        assert_eq!(int(-3, dec, Field { align: Align::Left, ..zero }), "-3000");
        assert_eq!(int(255, hex, Field::default()), "0xff");
        assert_eq!(int(255, IntStyle { upper: true, ..hex }, Field::default()), "0XFF");
        assert_eq!(int(-255, IntStyle { radix: 16, ..dec }, Field::default()), "-ff");
        assert_eq!(int(8, IntStyle { radix: 8, alternate: true, min_digits: 4, ..dec }, Field::default()), "0o0010");
        let grouped = Field { grouping: Some(b','), ..Field::default() };
        assert_eq!(int(1234567, dec, grouped), "1,234,567");
        let zero_grouped = Field { fill: b'0', after_sign: true, grouping: Some(b','), ..Field::of_width(10) };
        assert_eq!(int(1234, dec, zero_grouped), "00,001,234");
    }
}
