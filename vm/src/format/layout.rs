//! Padding, alignment and digit grouping shared by every formatter.

use super::spec::{Align, FormatSpec};

/// Pad `body` to `width` characters with `fill`. `AfterSign` puts the
/// padding after the first `split` characters (sign and prefix).
pub fn pad(body: &str, split: usize, fill: char, align: Align, width: usize) -> String {
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let n = width - len;
    let fill_run = |count: usize| -> String { std::iter::repeat_n(fill, count).collect() };
    match align {
        Align::Left => format!("{}{}", body, fill_run(n)),
        Align::Right => format!("{}{}", fill_run(n), body),
        Align::Center => format!("{}{}{}", fill_run(n / 2), body, fill_run(n - n / 2)),
        Align::AfterSign => {
            let cut = body.char_indices().nth(split).map_or(body.len(), |(i, _)| i);
            format!("{}{}{}", &body[..cut], fill_run(n), &body[cut..])
        }
    }
}

/// Insert `sep` every `group` digits from the right, padding with zeros on
/// the left until the result is at least `min_width` characters — a
/// transcription of CPython's `InsertThousandsGrouping_fill`, which never
/// lets the result start with a separator (`format(1234, '08,')` is
/// `'0,001,234'`, nine characters).
pub fn group_digits(digits: &str, sep: char, group: usize, min_width: usize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width as isize;
    let group = group as isize;
    // Built right to left, then reversed.
    let mut out: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut use_separator = false;
    loop {
        let l = group.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_separator {
            out.push(sep);
        }
        for i in 0..n_chars {
            out.push(digits[(remaining - 1 - i) as usize]);
        }
        out.extend(std::iter::repeat_n('0', n_zeros as usize));
        use_separator = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    out.iter().rev().collect()
}

/// The pieces of a formatted number, before padding.
pub struct NumberParts<'a> {
    /// `-`, `+`, ` ` or empty.
    pub sign: &'a str,
    /// `0x`, `0b`, `0o` (any case) or empty.
    pub prefix: &'a str,
    /// The digits grouping applies to: the integer part.
    pub int_digits: &'a str,
    /// Everything after the integer part: decimal point, fraction,
    /// exponent, `%`.
    pub rest: &'a str,
    /// Digits per group: 3 for decimal, 4 for binary, octal and hex.
    pub group: usize,
}

/// Group, fill and align a number as CPython's `fill_number` does.
pub fn assemble_number(parts: &NumberParts, spec: &FormatSpec) -> String {
    let (fill, align) = spec.resolved_fill_align(Align::Right);
    let width = spec.width.unwrap_or(0);
    let head_len = parts.sign.chars().count() + parts.prefix.chars().count();
    let digits = match spec.grouping {
        // inf and nan have no digits to group.
        Some(grouping) if !parts.int_digits.is_empty() => {
            // Zero padding is written into the digits so that separators
            // land in it too ('00,001,234').
            let min_width = if fill == '0' && align == Align::AfterSign {
                width.saturating_sub(head_len + parts.rest.chars().count())
            } else {
                0
            };
            group_digits(parts.int_digits, grouping.separator(), parts.group, min_width)
        }
        _ => parts.int_digits.to_string(),
    };
    let body = format!("{}{}{}{}", parts.sign, parts.prefix, digits, parts.rest);
    pad(&body, head_len, fill, align, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding() {
        assert_eq!(pad("ab", 0, '*', Align::Left, 5), "ab***");
        assert_eq!(pad("ab", 0, '*', Align::Right, 5), "***ab");
        assert_eq!(pad("ab", 0, '*', Align::Center, 5), "*ab**");
        assert_eq!(pad("-0x1", 3, '0', Align::AfterSign, 7), "-0x0001");
        assert_eq!(pad("abcdef", 0, '*', Align::Left, 3), "abcdef");
        assert_eq!(pad("é", 0, 'ü', Align::Center, 4), "üéüü");
    }

    #[test]
    fn grouping_with_zero_fill() {
        assert_eq!(group_digits("1234", ',', 3, 0), "1,234");
        assert_eq!(group_digits("123", ',', 3, 0), "123");
        assert_eq!(group_digits("1234567", '_', 3, 0), "1_234_567");
        assert_eq!(group_digits("1234", ',', 3, 8), "0,001,234");
        assert_eq!(group_digits("1234", ',', 3, 10), "00,001,234");
        assert_eq!(group_digits("bc614e", '_', 4, 0), "bc_614e");
        assert_eq!(group_digits("0", ',', 3, 0), "0");
    }
}
