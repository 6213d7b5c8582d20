//! The one contiguous change between two texts, found by comparing them
//! (the server keeps no log of edits: any earlier text can be compared
//! with the current one), and how offsets move across it.

use upy_syntax::Span;

/// The one contiguous change between two texts: `old[start..old_end]`
/// became `new[start..new_end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextDiff {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

impl TextDiff {
    /// None when the texts are equal.
    pub fn between(old: &str, new: &str) -> Option<TextDiff> {
        let (o, n) = (old.as_bytes(), new.as_bytes());
        let mut start = common_prefix(o, n);
        if start == o.len() && start == n.len() {
            return None;
        }
        while !old.is_char_boundary(start) {
            start -= 1;
        }
        let max_suffix = o.len().min(n.len()) - start;
        let mut suffix = common_suffix(&o[o.len() - max_suffix..], &n[n.len() - max_suffix..]);
        while !old.is_char_boundary(o.len() - suffix) || !new.is_char_boundary(n.len() - suffix) {
            suffix -= 1;
        }
        Some(TextDiff { start, old_end: o.len() - suffix, new_end: n.len() - suffix })
    }

    pub fn delta(&self) -> i64 {
        self.new_end as i64 - self.old_end as i64
    }

    /// Where an old offset that begins something (a span's start) is now;
    /// None when it was inside the replaced text.
    pub fn map_start(&self, p: u32) -> Option<u32> {
        let p = p as usize;
        if p < self.start {
            Some(p as u32)
        } else if p >= self.old_end {
            u32::try_from(p as i64 + self.delta()).ok()
        } else {
            None
        }
    }

    /// Where an old offset that ends something (a span's end) is now.
    pub fn map_end(&self, p: u32) -> Option<u32> {
        let p = p as usize;
        if p <= self.start {
            Some(p as u32)
        } else if p > self.old_end {
            u32::try_from(p as i64 + self.delta()).ok()
        } else {
            None
        }
    }

    pub fn map_span(&self, s: Span) -> Option<Span> {
        let (start, end) = (self.map_start(s.start)?, self.map_end(s.end)?);
        (start <= end).then_some(Span::new(start, end))
    }
}

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    // Compare in blocks first: slice equality is a memcmp.
    const BLOCK: usize = 256;
    let n = a.len().min(b.len());
    let mut i = 0;
    while i + BLOCK <= n && a[i..i + BLOCK] == b[i..i + BLOCK] {
        i += BLOCK;
    }
    i + a[i..n].iter().zip(&b[i..n]).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    const BLOCK: usize = 256;
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut i = 0;
    while i + BLOCK <= n && a[n - i - BLOCK..n - i] == b[n - i - BLOCK..n - i] {
        i += BLOCK;
    }
    i + a[..n - i].iter().rev().zip(b[..n - i].iter().rev()).take_while(|(x, y)| x == y).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_find_the_changed_stretch() {
        assert_eq!(TextDiff::between("abc", "abc"), None);
        assert_eq!(TextDiff::between("abc", "abXc"), Some(TextDiff { start: 2, old_end: 2, new_end: 3 }));
        assert_eq!(TextDiff::between("aaaa", "aaa"), Some(TextDiff { start: 3, old_end: 4, new_end: 3 }));
        // A multi-byte character is replaced whole.
        assert_eq!(TextDiff::between("xé", "xè"), Some(TextDiff { start: 1, old_end: 3, new_end: 3 }));
        let long_a = "x".repeat(1000) + "a" + &"y".repeat(1000);
        let long_b = "x".repeat(1000) + "bb" + &"y".repeat(1000);
        assert_eq!(TextDiff::between(&long_a, &long_b), Some(TextDiff { start: 1000, old_end: 1001, new_end: 1002 }));
    }

    #[test]
    fn spans_move_only_past_the_edit() {
        let d = TextDiff { start: 10, old_end: 12, new_end: 15 };
        assert_eq!(d.map_span(Span::new(2, 10)), Some(Span::new(2, 10)));
        assert_eq!(d.map_span(Span::new(12, 14)), Some(Span::new(15, 17)));
        assert_eq!(d.map_span(Span::new(11, 14)), None);
        assert_eq!(d.map_span(Span::new(2, 11)), None);
        // An insertion point at the edit is ambiguous.
        let ins = TextDiff { start: 10, old_end: 10, new_end: 11 };
        assert_eq!(ins.map_span(Span::new(10, 10)), None);
        assert_eq!(ins.map_span(Span::new(4, 10)), Some(Span::new(4, 10)));
        assert_eq!(ins.map_span(Span::new(10, 12)), Some(Span::new(11, 13)));
    }
}
