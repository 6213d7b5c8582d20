//! Turns the kept corpus into hostile variants. Every choice comes from
//! one seeded generator, so a seed and an input's number name the input
//! (`upy-fuzz show`) and a CI run is the same run every time.

use crate::dictionary::{CHARS, NUMBERS, SNIPPETS, TOKENS};

/// Inputs past this size are cut: size is the heap limit's job, not the
/// fuzzer's, and big inputs only slow the run.
pub const MAX_INPUT: usize = 64 << 10;

pub struct Mutator {
    rng: fastrand::Rng,
    corpus: Vec<Vec<u8>>,
}

impl Mutator {
    pub fn new(seed: u64, corpus: Vec<Vec<u8>>) -> Mutator {
        Mutator { rng: fastrand::Rng::with_seed(seed), corpus }
    }

    /// The next input: now and then a soup of tokens, mostly a corpus
    /// program with a few mutations stacked on it.
    pub fn next_input(&mut self) -> Vec<u8> {
        let mut data = if self.corpus.is_empty() || self.rng.u8(..) < 24 {
            self.soup()
        } else {
            self.corpus[self.rng.usize(..self.corpus.len())].clone()
        };
        // Mostly one or two edits, so most inputs still parse and reach
        // the VM; now and then a pile of them.
        let edits = if self.rng.u8(..4) == 0 { 1 + self.rng.usize(..8) } else { 1 + self.rng.usize(..2) };
        for _ in 0..edits {
            self.mutate(&mut data);
        }
        data.truncate(MAX_INPUT);
        data
    }

    fn soup(&mut self) -> Vec<u8> {
        let n = 1 + self.rng.usize(..80);
        let mut out = vec![];
        for _ in 0..n {
            out.extend_from_slice(pick(&mut self.rng, TOKENS).as_bytes());
        }
        out
    }

    fn mutate(&mut self, data: &mut Vec<u8>) {
        let at = self.boundary(data);
        match self.rng.u8(..14) {
            0 | 1 => splice(data, at, at, pick(&mut self.rng, TOKENS).as_bytes()),
            2 => {
                let end = self.end_from(data, at, 32);
                data.drain(at..end);
            }
            3 => {
                // Repetition: long chains of operators, many statements.
                let end = self.end_from(data, at, 24);
                let times =
                    if self.rng.u8(..16) == 0 { 100 + self.rng.usize(..3000) } else { 2 + self.rng.usize(..16) };
                let chunk = data[at..end].to_vec();
                let mut extra = Vec::with_capacity(chunk.len() * times);
                for _ in 0..times {
                    extra.extend_from_slice(&chunk);
                }
                extra.truncate(MAX_INPUT);
                splice(data, end, end, &extra);
            }
            4 => {
                // A piece of another program in place of a piece of this one.
                if let Some(other) = self.corpus.get(self.rng.usize(..self.corpus.len().max(1))).cloned() {
                    let from = self.boundary(&other);
                    let to = self.end_from(&other, from, 200);
                    let end = self.end_from(data, at, 64);
                    splice(data, at, end, &other[from..to]);
                }
            }
            5 => {
                // A number at the edge, in place of a number if one is near.
                let digit = (at..data.len()).take(200).find(|&i| data[i].is_ascii_digit());
                let n = pick(&mut self.rng, NUMBERS).as_bytes();
                match digit {
                    Some(i) => {
                        let end = (i..data.len()).find(|&j| !data[j].is_ascii_digit()).unwrap_or(data.len());
                        splice(data, i, end, n);
                    }
                    None => splice(data, at, at, n),
                }
            }
            6 => splice(data, at, at, pick(&mut self.rng, CHARS).as_bytes()),
            7 => {
                // Raw bytes, invalid UTF-8 included.
                if !data.is_empty() {
                    let i = self.rng.usize(..data.len());
                    data[i] ^= 1 << self.rng.u8(..8);
                } else {
                    data.push(self.rng.u8(..));
                }
            }
            8 => self.lines(data),
            10..=12 => {
                // A number at the edge, or a name swapped for another:
                // edits that keep the program valid reach the deepest.
                let n = pick(&mut self.rng, NUMBERS).as_bytes();
                match (at..data.len()).take(400).find(|&i| data[i].is_ascii_digit()) {
                    Some(i) => {
                        let end = (i..data.len()).find(|&j| !data[j].is_ascii_digit()).unwrap_or(data.len());
                        splice(data, i, end, n);
                    }
                    None => {
                        let line = line_start(data, at);
                        let indent = data[line..].iter().take_while(|&&b| b == b' ').count();
                        let snippet = format!("{}print({})\n", " ".repeat(indent), String::from_utf8_lossy(n));
                        splice(data, line, line, snippet.as_bytes());
                    }
                }
            }
            9 => {
                // Nesting: a piece wrapped in brackets, sometimes very deep.
                let end = self.end_from(data, at, 40);
                let (open, close) =
                    [("(", ")"), ("[", "]"), ("{", "}"), ("[(", ")]"), ("{1:", "}"), ("(", ",)")][self.rng.usize(..6)];
                let depth =
                    if self.rng.u8(..8) == 0 { 200 + self.rng.usize(..20000) } else { 1 + self.rng.usize(..40) };
                let mut wrapped = open.repeat(depth).into_bytes();
                wrapped.extend_from_slice(&data[at..end]);
                wrapped.extend_from_slice(close.repeat(depth).as_bytes());
                splice(data, at, end, &wrapped);
            }
            _ => {
                // A whole statement, indented as the line it goes before,
                // so it lands inside the block and still parses.
                let line = line_start(data, at);
                let indent = data[line..].iter().take_while(|&&b| b == b' ').count();
                let pad = " ".repeat(indent);
                let snippet: String = pick(&mut self.rng, SNIPPETS).lines().map(|l| format!("{pad}{l}\n")).collect();
                splice(data, line, line, snippet.as_bytes());
            }
        }
    }

    /// Line-level edits: Python's structure is in its lines and indents.
    fn lines(&mut self, data: &mut Vec<u8>) {
        let mut lines: Vec<Vec<u8>> = data.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
        let n = lines.len();
        let i = self.rng.usize(..n);
        match self.rng.u8(..5) {
            0 => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
            1 if n > 1 => {
                lines.remove(i);
            }
            2 => lines.swap(i, self.rng.usize(..n)),
            3 => {
                let indent = b"    ".repeat(1 + self.rng.usize(..3));
                lines[i].splice(0..0, indent);
            }
            _ => {
                let strip = lines[i].iter().take_while(|&&b| b == b' ').count().min(4);
                lines[i].drain(..strip);
            }
        }
        *data = lines.join(&b'\n');
    }

    /// A random position, moved forward to the start of a character so an
    /// insertion keeps the text valid UTF-8 (byte flips break it on purpose).
    fn boundary(&mut self, data: &[u8]) -> usize {
        let mut at = self.rng.usize(..=data.len());
        while at < data.len() && (data[at] & 0xC0) == 0x80 {
            at += 1;
        }
        at
    }

    fn end_from(&mut self, data: &[u8], at: usize, most: usize) -> usize {
        let mut end = (at + self.rng.usize(..=most)).min(data.len());
        while end < data.len() && (data[end] & 0xC0) == 0x80 {
            end += 1;
        }
        end
    }
}

fn pick<'a>(rng: &mut fastrand::Rng, from: &[&'a str]) -> &'a str {
    from[rng.usize(..from.len())]
}

fn splice(data: &mut Vec<u8>, from: usize, to: usize, with: &[u8]) {
    data.splice(from..to, with.iter().copied());
}

fn line_start(data: &[u8], at: usize) -> usize {
    data[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_names_the_same_inputs() {
        let corpus = vec![b"x = [1, 2]\nprint(x)\n".to_vec(), "s = '中文'\n".as_bytes().to_vec()];
        let mut a = Mutator::new(7, corpus.clone());
        let mut b = Mutator::new(7, corpus);
        for _ in 0..200 {
            assert_eq!(a.next_input(), b.next_input());
        }
    }

    #[test]
    fn inputs_stay_under_the_size_cap() {
        let mut m = Mutator::new(1, vec![b"(1)".repeat(1000)]);
        for _ in 0..500 {
            assert!(m.next_input().len() <= MAX_INPUT);
        }
    }
}
