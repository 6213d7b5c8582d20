//! A small backtracking regular-expression engine for MicroPython's subset
//! (re1.5's syntax): literals, `.`, classes, `^` `$`, greedy and lazy
//! `? * +`, alternation and capturing groups. Patterns compile to a program
//! run with an explicit backtrack stack, so deep patterns cannot overflow
//! the Rust stack; empty loop bodies are cut off so `(a*)*` terminates.

#[derive(Debug, Clone)]
enum Inst {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    /// Remember the position in loop slot `k` (for `Check`).
    Mark(usize),
    /// Fail unless the position moved since `Mark(k)`.
    Check(usize),
    Bol,
    Eol,
    Match,
}

#[derive(Debug, Clone)]
enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

impl ClassItem {
    fn matches(&self, c: char) -> bool {
        match *self {
            ClassItem::Range(a, b) => a <= c && c <= b,
            ClassItem::Digit(neg) => c.is_ascii_digit() != neg,
            ClassItem::Word(neg) => (c.is_ascii_alphanumeric() || c == '_') != neg,
            ClassItem::Space(neg) => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') != neg,
        }
    }
}

#[derive(Debug)]
enum Node {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    Bol,
    Eol,
    Group(Box<Node>, usize),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat { node: Box<Node>, min: u8, greedy: bool, many: bool },
}

#[derive(Debug)]
pub struct Regex {
    prog: Vec<Inst>,
    pub groups: usize,
    loops: usize,
}

pub type Error = &'static str;

/// Groups nested deeper than the recursion guard allows.
pub const TOO_DEEP: Error = "maximum recursion depth exceeded";

struct Parser<'a> {
    s: &'a [char],
    i: usize,
    groups: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn alt(&mut self) -> Result<Node, Error> {
        let mut branches = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.i += 1;
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 { branches.pop().expect("one branch") } else { Node::Alt(branches) })
    }

    fn concat(&mut self) -> Result<Node, Error> {
        let mut items = vec![];
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.suffix(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn suffix(&mut self, atom: Node) -> Result<Node, Error> {
        let (min, many) = match self.peek() {
            Some('*') => (0, true),
            Some('+') => (1, true),
            Some('?') => (0, false),
            _ => return Ok(atom),
        };
        if matches!(atom, Node::Bol | Node::Eol) {
            return Err("nothing to repeat");
        }
        self.i += 1;
        let greedy = if self.peek() == Some('?') {
            self.i += 1;
            false
        } else {
            true
        };
        if matches!(self.peek(), Some('*' | '+' | '?')) {
            return Err("multiple repeat");
        }
        Ok(Node::Repeat { node: Box::new(atom), min, greedy, many })
    }

    fn escape_class(c: char) -> Option<ClassItem> {
        Some(match c {
            'd' => ClassItem::Digit(false),
            'D' => ClassItem::Digit(true),
            'w' => ClassItem::Word(false),
            'W' => ClassItem::Word(true),
            's' => ClassItem::Space(false),
            'S' => ClassItem::Space(true),
            _ => return None,
        })
    }

    fn escaped_char(c: char) -> char {
        match c {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            c => c,
        }
    }

    fn atom(&mut self) -> Result<Node, Error> {
        let c = self.peek().ok_or("unexpected end")?;
        self.i += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::Bol,
            '$' => Node::Eol,
            '(' => {
                if crate::runtime::resource::stack_exhausted() {
                    return Err(TOO_DEEP);
                }
                if self.peek() == Some('?') {
                    return Err("unsupported group");
                }
                self.groups += 1;
                let n = self.groups;
                let inner = self.alt()?;
                if self.peek() != Some(')') {
                    return Err("missing )");
                }
                self.i += 1;
                Node::Group(Box::new(inner), n)
            }
            ')' => return Err("unbalanced )"),
            '*' | '+' | '?' => return Err("nothing to repeat"),
            '{' => return Err("counted repetition is not supported"),
            '[' => self.class()?,
            '\\' => {
                let e = self.peek().ok_or("trailing backslash")?;
                self.i += 1;
                match Self::escape_class(e) {
                    Some(item) => Node::Class(vec![item], false),
                    None if e.is_ascii_digit() => return Err("back-references are not supported"),
                    None => Node::Char(Self::escaped_char(e)),
                }
            }
            c => Node::Char(c),
        })
    }

    fn class(&mut self) -> Result<Node, Error> {
        let negated = if self.peek() == Some('^') {
            self.i += 1;
            true
        } else {
            false
        };
        let mut items = vec![];
        let mut first = true;
        loop {
            let c = self.peek().ok_or("missing ]")?;
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let e = self.peek().ok_or("trailing backslash")?;
                self.i += 1;
                if let Some(item) = Self::escape_class(e) {
                    items.push(item);
                    continue;
                }
                Self::escaped_char(e)
            } else {
                c
            };
            if self.peek() == Some('-') && self.s.get(self.i + 1).is_some_and(|&n| n != ']') {
                self.i += 1;
                let mut hi = self.peek().ok_or("missing ]")?;
                self.i += 1;
                if hi == '\\' {
                    hi = Self::escaped_char(self.peek().ok_or("trailing backslash")?);
                    self.i += 1;
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(items, negated))
    }
}

struct Compiler {
    prog: Vec<Inst>,
    loops: usize,
}

impl Compiler {
    fn emit(&mut self, i: Inst) -> usize {
        self.prog.push(i);
        self.prog.len() - 1
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Char(c) => {
                self.emit(Inst::Char(*c));
            }
            Node::Any => {
                self.emit(Inst::Any);
            }
            Node::Class(items, neg) => {
                self.emit(Inst::Class(items.clone(), *neg));
            }
            Node::Bol => {
                self.emit(Inst::Bol);
            }
            Node::Eol => {
                self.emit(Inst::Eol);
            }
            Node::Group(inner, k) => {
                self.emit(Inst::Save(2 * k));
                self.node(inner);
                self.emit(Inst::Save(2 * k + 1));
            }
            Node::Concat(items) => {
                for i in items {
                    self.node(i);
                }
            }
            Node::Alt(branches) => {
                let mut jumps = vec![];
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(b);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.prog.len();
                        self.prog[split] = Inst::Split(split + 1, next);
                    } else {
                        self.node(b);
                    }
                }
                let end = self.prog.len();
                for j in jumps {
                    self.prog[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat { node, min, greedy, many } => {
                if *min == 1 {
                    self.node(node);
                }
                if !*many {
                    let split = self.emit(Inst::Split(0, 0));
                    self.node(node);
                    let end = self.prog.len();
                    self.prog[split] = if *greedy { Inst::Split(split + 1, end) } else { Inst::Split(end, split + 1) };
                    return;
                }
                let k = self.loops;
                self.loops += 1;
                let split = self.emit(Inst::Split(0, 0));
                self.emit(Inst::Mark(k));
                self.node(node);
                self.emit(Inst::Check(k));
                self.emit(Inst::Jmp(split));
                let end = self.prog.len();
                self.prog[split] = if *greedy { Inst::Split(split + 1, end) } else { Inst::Split(end, split + 1) };
            }
        }
    }
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { s: &chars, i: 0, groups: 0 };
        let ast = p.alt()?;
        if p.i != chars.len() {
            return Err("unbalanced )");
        }
        let mut c = Compiler { prog: vec![], loops: 0 };
        c.emit(Inst::Save(0));
        c.node(&ast);
        c.emit(Inst::Save(1));
        c.emit(Inst::Match);
        Ok(Regex { prog: c.prog, groups: p.groups, loops: c.loops })
    }

    /// Match at exactly `start`. Returns the capture slots (char indices;
    /// `usize::MAX` for groups that did not take part), or `Err` when the
    /// step budget runs out.
    pub fn match_at(&self, s: &[char], start: usize, budget: &mut u64) -> Result<Option<Vec<usize>>, Error> {
        let nslots = 2 * (self.groups + 1);
        let mut regs = vec![usize::MAX; nslots + self.loops];
        // Backtrack entries: (pc, pos, saved registers).
        let mut stack: Vec<(usize, usize, Vec<usize>)> = vec![(0, start, regs.clone())];
        while let Some((mut pc, mut pos, saved)) = stack.pop() {
            regs = saved;
            loop {
                if *budget == 0 {
                    return Err("regex is too complex for this input");
                }
                *budget -= 1;
                match &self.prog[pc] {
                    Inst::Char(c) => {
                        if s.get(pos) == Some(c) {
                            pos += 1;
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Any => {
                        // As in MicroPython (re1.5), `.` matches a newline too.
                        if pos < s.len() {
                            pos += 1;
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Class(items, neg) => match s.get(pos) {
                        Some(&c) if items.iter().any(|i| i.matches(c)) != *neg => {
                            pos += 1;
                            pc += 1;
                        }
                        _ => break,
                    },
                    Inst::Split(a, b) => {
                        stack.push((*b, pos, regs.clone()));
                        pc = *a;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::Save(k) => {
                        regs[*k] = pos;
                        pc += 1;
                    }
                    Inst::Mark(k) => {
                        regs[nslots + k] = pos;
                        pc += 1;
                    }
                    Inst::Check(k) => {
                        if regs[nslots + k] == pos {
                            break;
                        }
                        pc += 1;
                    }
                    Inst::Bol => {
                        if pos == 0 {
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Eol => {
                        if pos == s.len() {
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Match => {
                        regs.truncate(nslots);
                        return Ok(Some(regs));
                    }
                }
            }
        }
        Ok(None)
    }

    /// The first match starting at or after `from`.
    pub fn search_from(&self, s: &[char], from: usize, budget: &mut u64) -> Result<Option<Vec<usize>>, Error> {
        for start in from..=s.len() {
            if let Some(m) = self.match_at(s, start, budget)? {
                return Ok(Some(m));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize)> {
        let r = Regex::new(p).unwrap();
        let chars: Vec<char> = s.chars().collect();
        r.search_from(&chars, 0, &mut 1_000_000).unwrap().map(|m| (m[0], m[1]))
    }

    #[test]
    fn basics() {
        assert_eq!(find("b+", "abbbc"), Some((1, 4)));
        assert_eq!(find("b+?", "abbbc"), Some((1, 2)));
        assert_eq!(find("^a|c$", "xbc"), Some((2, 3)));
        assert_eq!(find("[0-9]+", "ab12c"), Some((2, 4)));
        assert_eq!(find("[^a-c]", "abcd"), Some((3, 4)));
        assert_eq!(find(r"\d\s\w", "x1 z"), Some((1, 4)));
        assert_eq!(find("(a*)*b", "aaab"), Some((0, 4)));
        assert_eq!(find("(a|ab)(c|bcd)", "abcd"), Some((0, 4)));
        assert_eq!(find("x", "abc"), None);
    }

    #[test]
    fn errors() {
        assert!(Regex::new("a{2}").is_err());
        assert!(Regex::new("(a").is_err());
        assert!(Regex::new("*a").is_err());
        assert!(Regex::new("(?:a)").is_err());
    }
}
