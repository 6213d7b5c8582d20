//! This session's input history, and `history_request` against it.
//!
//! History is kept in memory for the kernel's lifetime (a restarted kernel
//! starts empty). Entries are numbered by execution count in session 1;
//! requests for session 0 (IPython's "current") or 1 read it.

use jupyter_protocol::HistoryEntry;
use serde::Deserialize;

/// This kernel's session number in history replies.
pub const SESSION: usize = 1;

#[derive(Default)]
pub struct History {
    entries: Vec<Entry>,
}

struct Entry {
    line: usize,
    input: String,
    output: String,
}

/// The request, read leniently: clients omit fields they do not use, and
/// jupyter_client sends only what the caller passed.
#[derive(Debug, Deserialize)]
pub struct Request {
    #[serde(default)]
    pub output: bool,
    #[serde(default = "default_access")]
    pub hist_access_type: String,
    pub session: Option<i64>,
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub n: Option<i64>,
    pub pattern: Option<String>,
    #[serde(default)]
    pub unique: bool,
}

fn default_access() -> String {
    "tail".to_string()
}

impl History {
    pub fn record(&mut self, line: usize, input: &str, output: &str) {
        self.entries.push(Entry { line, input: input.to_string(), output: output.to_string() });
    }

    pub fn answer(&self, request: &Request) -> Vec<HistoryEntry> {
        let picked: Vec<&Entry> = match request.hist_access_type.as_str() {
            "range" => self.range(request),
            "search" => self.search(request),
            _ => self.tail(request.n),
        };
        picked
            .into_iter()
            .map(|e| {
                if request.output {
                    HistoryEntry::InputOutput(SESSION, e.line, (e.input.clone(), e.output.clone()))
                } else {
                    HistoryEntry::Input(SESSION, e.line, e.input.clone())
                }
            })
            .collect()
    }

    fn tail(&self, n: Option<i64>) -> Vec<&Entry> {
        let n = n.map_or(self.entries.len(), |n| n.max(0) as usize);
        self.entries[self.entries.len().saturating_sub(n)..].iter().collect()
    }

    fn range(&self, request: &Request) -> Vec<&Entry> {
        if !matches!(request.session, None | Some(0) | Some(1)) {
            return Vec::new();
        }
        let start = request.start.unwrap_or(0);
        let stop = request.stop.filter(|&s| s > 0);
        self.entries.iter().filter(|e| (e.line as i64) >= start && stop.is_none_or(|s| (e.line as i64) < s)).collect()
    }

    /// `pattern` is a glob (`*`, `?`) matched against the whole input, as
    /// IPython does; `unique` keeps the latest of equal inputs; `n` keeps the
    /// last n matches.
    fn search(&self, request: &Request) -> Vec<&Entry> {
        let pattern = request.pattern.as_deref().unwrap_or("*");
        let mut found: Vec<&Entry> = self.entries.iter().filter(|e| glob(pattern, &e.input)).collect();
        if request.unique {
            let mut seen = std::collections::HashSet::new();
            found.reverse();
            found.retain(|e| seen.insert(e.input.as_str()));
            found.reverse();
        }
        if let Some(n) = request.n.filter(|&n| n > 0) {
            let n = n as usize;
            found.drain(..found.len().saturating_sub(n));
        }
        found
    }
}

fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Classic two-pointer wildcard match with backtracking to the last `*`.
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(json: &str) -> Request {
        serde_json::from_str(json).unwrap()
    }

    fn history() -> History {
        let mut h = History::default();
        h.record(1, "1+2+3", "6");
        h.record(2, "print(1)", "");
        h.record(3, "1+2+3", "6");
        h
    }

    fn lines(entries: Vec<HistoryEntry>) -> Vec<usize> {
        entries
            .into_iter()
            .map(|e| match e {
                HistoryEntry::Input(_, line, _) | HistoryEntry::InputOutput(_, line, _) => line,
            })
            .collect()
    }

    #[test]
    fn tail_returns_the_last_n() {
        let h = history();
        assert_eq!(
            lines(h.answer(&request(r#"{"hist_access_type":"tail","n":2,"output":false,"raw":true}"#))),
            vec![2, 3]
        );
    }

    #[test]
    fn range_is_half_open() {
        let h = history();
        assert_eq!(
            lines(h.answer(&request(r#"{"hist_access_type":"range","session":1,"start":2,"stop":3}"#))),
            vec![2]
        );
        assert_eq!(lines(h.answer(&request(r#"{"hist_access_type":"range"}"#))), vec![1, 2, 3]);
        assert!(h.answer(&request(r#"{"hist_access_type":"range","session":7,"start":1,"stop":2}"#)).is_empty());
    }

    #[test]
    fn search_globs_and_keeps_unique_latest() {
        let h = history();
        assert_eq!(lines(h.answer(&request(r#"{"hist_access_type":"search","pattern":"1+2*"}"#))), vec![1, 3]);
        assert_eq!(
            lines(h.answer(&request(r#"{"hist_access_type":"search","pattern":"1+2*","unique":true}"#))),
            vec![3]
        );
        assert_eq!(lines(h.answer(&request(r#"{"hist_access_type":"search","pattern":"*","n":1}"#))), vec![3]);
        assert!(glob("pr?nt(*)", "print(1)"));
        assert!(!glob("print", "print(1)"));
    }

    #[test]
    fn output_pairs_input_with_output() {
        let h = history();
        let entries = h.answer(&request(r#"{"hist_access_type":"tail","n":1,"output":true}"#));
        let json = serde_json::to_value(&entries).unwrap();
        assert_eq!(json, serde_json::json!([[1, 3, ["1+2+3", "6"]]]));
    }
}
