//! The per-cell output limit: text past it is dropped, and the student is
//! told once, on stderr, where and why the output stops.

#[derive(Debug)]
pub struct OutputCap {
    limit: Option<usize>,
    sent: usize,
    told: bool,
}

/// What to send of a piece of output.
#[derive(Debug, PartialEq, Eq)]
pub enum Admit<'a> {
    All,
    /// A prefix (cut on a character boundary), then the notice.
    Part(&'a str, String),
    /// Only the notice (the first time) or nothing.
    Notice(Option<String>),
}

impl OutputCap {
    pub fn new(limit: Option<usize>) -> OutputCap {
        OutputCap { limit, sent: 0, told: false }
    }

    pub fn admit<'a>(&mut self, text: &'a str) -> Admit<'a> {
        let Some(limit) = self.limit else { return Admit::All };
        let room = limit.saturating_sub(self.sent);
        if text.len() <= room {
            self.sent += text.len();
            return Admit::All;
        }
        let mut cut = room;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.sent = limit;
        let notice = self.notice();
        match (cut, notice) {
            (0, notice) => Admit::Notice(notice),
            (_, Some(notice)) => Admit::Part(&text[..cut], notice),
            (_, None) => Admit::Part(&text[..cut], String::new()),
        }
    }

    fn notice(&mut self) -> Option<String> {
        if self.told {
            return None;
        }
        self.told = true;
        let limit = self.limit.unwrap_or(0);
        Some(format!(
            "\n[output limit: this cell printed more than {} (the lab's limit per cell); the rest of its output is dropped]\n",
            human_bytes(limit)
        ))
    }
}

pub fn human_bytes(n: usize) -> String {
    match n {
        n if n >= 1 << 20 && n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        n if n >= 1 << 10 && n % (1 << 10) == 0 => format!("{} KiB", n >> 10),
        n => format!("{n} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_limit_admits_everything() {
        let mut cap = OutputCap::new(None);
        assert_eq!(cap.admit(&"x".repeat(1 << 20)), Admit::All);
    }

    #[test]
    fn output_past_the_limit_is_cut_once_then_dropped() {
        let mut cap = OutputCap::new(Some(10));
        assert_eq!(cap.admit("12345"), Admit::All);
        match cap.admit("6789ABCDEF") {
            Admit::Part(text, notice) => {
                assert_eq!(text, "6789A");
                assert!(notice.contains("more than 10 bytes"), "{notice}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(cap.admit("more"), Admit::Notice(None));
    }

    #[test]
    fn a_cut_never_splits_a_character() {
        let mut cap = OutputCap::new(Some(2));
        match cap.admit("aé") {
            Admit::Part(text, _) => assert_eq!(text, "a"),
            other => panic!("{other:?}"),
        }
        let mut cap = OutputCap::new(Some(1024));
        cap.admit(&"x".repeat(1024));
        assert!(matches!(cap.admit("y"), Admit::Notice(Some(n)) if n.contains("1 KiB")));
    }
}
