//! MicroPython's printing primitives (`py/mpprint.c`): padding a field to
//! a width and writing an int with a sign, a base prefix, digit grouping and
//! a minimum digit count. `%`-formatting, `str.format` and f-strings all end
//! here, so their padding rules are one set.
//!
//! Widths count bytes, as MicroPython's do: `"%5s" % "é"` pads with three
//! spaces, not four.

use super::bigint::IntRef;

pub const LEFT_ADJUST: u32 = 0x001;
pub const SHOW_SIGN: u32 = 0x002;
pub const SPACE_SIGN: u32 = 0x004;
pub const SHOW_PREFIX: u32 = 0x008;
pub const PAD_AFTER_SIGN: u32 = 0x010;
pub const CENTER_ADJUST: u32 = 0x020;
pub const ADD_PERCENT: u32 = 0x040;
pub const SHOW_OCTAL_LETTER: u32 = 0x080;
pub const ALWAYS_DECIMAL: u32 = 0x100;
/// The grouping character (`,` or `_`) is stored from this bit up.
pub const SEP_POS: u32 = 9;

/// Widths beyond this are refused rather than allocated.
pub const MAX_WIDTH: i64 = 1 << 24;

const PAD_COMMON: &[u8; 23] = b"0000000000000000_000,00";

/// `s` padded to `width` with `fill`: left, right or centred by `flags`.
/// A `0` fill with a grouping separator pads with `000,000` patterns.
pub fn print_strn(out: &mut Vec<u8>, s: &[u8], flags: u32, fill: u8, width: i64) {
    let grouping = (flags >> SEP_POS) as u8;
    let mut pad = width.min(MAX_WIDTH) - s.len() as i64;
    let mut width = width;
    let pad_chars: &[u8] = if fill == 0 || fill == b' ' {
        b"                "
    } else if fill == b'0' && grouping == 0 {
        &PAD_COMMON[..16]
    } else if fill == b'0' {
        let (base, size) = if grouping == b'_' { (12usize, 5i64) } else { (17usize, 4i64) };
        // The result never starts with a separator: one more zero then.
        if width % size == 0 {
            pad += 1;
            width += 1;
        }
        &PAD_COMMON[base + (size - 1 - width % size) as usize..]
    } else {
        std::slice::from_ref(&fill)
    };
    let pad_size = if fill == b'0' && grouping != 0 {
        if grouping == b'_' {
            5
        } else {
            4
        }
    } else {
        pad_chars.len().min(16) as i64
    };
    let (left, right) = if flags & CENTER_ADJUST != 0 {
        (pad / 2, pad - pad / 2)
    } else if flags & LEFT_ADJUST != 0 {
        (0, pad)
    } else {
        (pad, 0)
    };
    let emit = |out: &mut Vec<u8>, mut n: i64| {
        while n > 0 {
            let p = n.min(pad_size);
            out.extend_from_slice(&pad_chars[..p as usize]);
            n -= p;
        }
    };
    emit(out, left);
    out.extend_from_slice(s);
    emit(out, right);
}

/// The digits of an int with an optional prefix (sign and base letter
/// already in it) and grouping every 3 digits (base 10) or 4 (others).
fn int_formatted(value: IntRef, base: u32, prefix: &[u8], upper: bool, comma: u8) -> Vec<u8> {
    let mut digits = value.magnitude_digits(base).into_bytes();
    if upper {
        digits.make_ascii_uppercase();
    }
    if comma != 0 {
        let group = if base == 10 { 3 } else { 4 };
        let mut grouped = Vec::with_capacity(digits.len() * 2);
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(group) {
                grouped.push(comma);
            }
            grouped.push(*d);
        }
        digits = grouped;
    }
    let mut out = Vec::with_capacity(digits.len() + prefix.len() + 1);
    if value.is_negative() {
        out.push(b'-');
    }
    out.extend_from_slice(prefix);
    out.extend_from_slice(&digits);
    out
}

/// MicroPython's `mp_print_mp_int`: an int in base 2, 8, 10 or 16 with
/// sign flags, `#` prefix, fill, width and a minimum digit count `prec`.
/// `upper` selects `X`-style letters.
#[allow(clippy::too_many_arguments)]
pub fn print_int(
    out: &mut Vec<u8>,
    value: IntRef,
    base: u32,
    upper: bool,
    mut flags: u32,
    mut fill: u8,
    mut width: i64,
    mut prec: i64,
) {
    if flags & (LEFT_ADJUST | CENTER_ADJUST) == 0 && fill == b'0' {
        if prec > width {
            width = prec;
        }
        prec = 0;
    }
    let mut prefix = Vec::with_capacity(3);
    if !value.is_negative() {
        if flags & SHOW_SIGN != 0 {
            prefix.push(b'+');
        } else if flags & SPACE_SIGN != 0 {
            prefix.push(b' ');
        }
    }
    if flags & SHOW_PREFIX != 0 {
        let letter = |c: u8| if upper { c.to_ascii_uppercase() } else { c };
        match base {
            2 => prefix.extend_from_slice(&[b'0', letter(b'b')]),
            8 => {
                prefix.push(b'0');
                if flags & SHOW_OCTAL_LETTER != 0 {
                    prefix.push(letter(b'o'));
                }
            }
            16 => prefix.extend_from_slice(&[b'0', letter(b'x')]),
            _ => {}
        }
    }
    let comma = (flags >> SEP_POS) as u8;
    if prec > 1 {
        flags |= PAD_AFTER_SIGN;
    }
    let mut sign = None;
    let mut s = if flags & PAD_AFTER_SIGN != 0 {
        // The pad goes between the sign/prefix and the digits.
        let mut s = int_formatted(value, base, b"", upper, comma);
        if s.first() == Some(&b'-') {
            sign = Some(b'-');
            s.remove(0);
        }
        s
    } else {
        int_formatted(value, base, &prefix, upper, comma)
    };
    let mut spaces_before = 0;
    let mut spaces_after = 0;
    if prec > 1 {
        // The number zero-padded to prec digits, then aligned in width.
        let mut prec_width = (s.len() as i64).max(prec);
        if flags & PAD_AFTER_SIGN != 0 {
            if sign.is_some() {
                prec_width += 1;
            }
            prec_width += prefix.len() as i64;
        }
        if prec_width < width {
            if flags & LEFT_ADJUST != 0 {
                spaces_after = width - prec_width;
            } else {
                spaces_before = width - prec_width;
            }
        }
        fill = b'0';
        flags &= !LEFT_ADJUST;
    }
    print_strn(out, b"", 0, b' ', spaces_before);
    if flags & PAD_AFTER_SIGN != 0 {
        if let Some(c) = sign {
            out.push(c);
            width -= 1;
        }
        if !prefix.is_empty() {
            out.extend_from_slice(&prefix);
            width -= prefix.len() as i64;
        }
    }
    if prec > 1 {
        width = prec;
    }
    print_strn(out, &s, flags, fill, width);
    print_strn(out, b"", 0, b' ', spaces_after);
    s.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64, base: u32, flags: u32, fill: u8, width: i64, prec: i64) -> String {
        let mut out = vec![];
        print_int(&mut out, IntRef::Small(v), base, false, flags, fill, width, prec);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn ints_pad_like_micropython() {
        assert_eq!(int(3, 10, LEFT_ADJUST, b' ', 5, -1), "3    ");
        assert_eq!(int(-3, 10, PAD_AFTER_SIGN, b'0', 5, -1), "-0003");
        assert_eq!(int(3, 10, 0, b' ', 5, 3), "  003");
        assert_eq!(int(3, 10, LEFT_ADJUST, b' ', 5, 3), "003  ");
        assert_eq!(int(3, 10, PAD_AFTER_SIGN, b'0', 5, 3), "00003");
        assert_eq!(int(255, 16, SHOW_PREFIX, b' ', 0, -1), "0xff");
        assert_eq!(int(-255, 16, 0, b' ', 0, -1), "-ff");
        assert_eq!(int(1234567, 10, (b',' as u32) << SEP_POS, b' ', 0, -1), "1,234,567");
        assert_eq!(int(1234, 10, PAD_AFTER_SIGN | (b',' as u32) << SEP_POS, b'0', 10, -1), "00,001,234");
    }

    #[test]
    fn strings_pad_by_bytes() {
        let mut out = vec![];
        print_strn(&mut out, "é".as_bytes(), 0, b' ', 5);
        assert_eq!(String::from_utf8(out).unwrap(), "   é");
        let mut out = vec![];
        print_strn(&mut out, b"ab", CENTER_ADJUST, b'*', 7);
        assert_eq!(out, b"**ab***");
    }
}
