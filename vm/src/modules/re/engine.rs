//! The regular-expression engine, built to give MicroPython's answers: the
//! pattern compiles to the byte program re1.5 (lib/re1.5) lays out, with its
//! one-byte signed jumps and counts, so a pattern too big for them is
//! "regex too complex" exactly where MicroPython says so; matching is the
//! same backtracking walk in the same order, on the subject's bytes, with
//! an explicit stack whose depth stands in for MicroPython's C stack (so
//! `(a*)*` and very long repeats end in "maximum recursion depth
//! exceeded" as they do on the board, instead of overflowing ours).

const CHAR: u8 = 1;
const ANY: u8 = 2;
const CLASS: u8 = 3;
const CLASS_NOT: u8 = 4;
const NAMED_CLASS: u8 = 5;
const MATCH: u8 = 6;
const JMP: u8 = 7;
const SPLIT: u8 = 8;
const RSPLIT: u8 = 9;
const SAVE: u8 = 10;
const BOL: u8 = 11;
const EOL: u8 = 12;

/// Code before `Save 0` that makes an unanchored search (a lazy `.*`).
const SEARCH_PREFIX: usize = 5;
/// In a class, this first byte of a pair marks a named class (`\d`).
const NAMED_INDICATOR: u8 = 0;
/// How deeply patterns may nest while compiling, and backtracking points
/// may pile up while matching: about what the unix port's stack allows.
const MAX_NESTING: usize = 900;
const MAX_DEPTH: usize = 950;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// re1.5 could not size the program ("regex too complex").
    TooComplex,
    /// It sized it but could not compile it ("error in regex").
    Syntax,
    /// Nesting or backtracking past the stack ("maximum recursion depth exceeded").
    Depth,
}

#[derive(Debug)]
pub struct Regex {
    code: Vec<u8>,
    /// Number of capturing groups.
    pub groups: usize,
}

fn named_class_char(c: u8) -> bool {
    (c | 0x20) == b'd' || (c | 0x24) == b'w'
}

struct Compiler<'a> {
    re: &'a [u8],
    code: Vec<u8>,
    sub: usize,
    /// A jump or count that did not fit its signed byte.
    overflow: bool,
    nesting: usize,
}

impl Compiler<'_> {
    fn at(&self, i: usize) -> u8 {
        self.re.get(i).copied().unwrap_or(0)
    }

    fn pc(&self) -> usize {
        self.code.len()
    }

    fn emit(&mut self, b: u8) {
        self.code.push(b);
    }

    fn put_checked(&mut self, at: usize, v: i64) {
        if v != v as i8 as i64 {
            self.overflow = true;
        }
        if at == self.code.len() {
            self.code.push(v as u8);
        } else {
            self.code[at] = v as u8;
        }
    }

    fn insert2(&mut self, at: usize) {
        self.code.splice(at..at, [0, 0]);
    }

    fn rel(at: usize, to: usize) -> i64 {
        to as i64 - at as i64 - 2
    }

    /// Compile from `i` up to a `)` or the end; the index it stopped at.
    fn part(&mut self, mut i: usize) -> Result<usize, Error> {
        self.nesting += 1;
        if self.nesting > MAX_NESTING {
            return Err(Error::Depth);
        }
        let start = self.pc();
        let mut term = self.pc();
        let mut alt_label: Option<usize> = None;
        while i < self.re.len() && self.re[i] != b')' {
            match self.re[i] {
                b'\\' if named_class_char(self.at(i + 1)) => {
                    i += 1;
                    term = self.pc();
                    self.emit(NAMED_CLASS);
                    self.emit(self.re[i]);
                }
                b'\\' if i + 1 >= self.re.len() => return Err(Error::TooComplex),
                b'.' => {
                    term = self.pc();
                    self.emit(ANY);
                }
                b'[' => {
                    term = self.pc();
                    i += 1;
                    if self.at(i) == b'^' {
                        self.emit(CLASS_NOT);
                        i += 1;
                    } else {
                        self.emit(CLASS);
                    }
                    let count_at = self.pc();
                    self.emit(0);
                    let mut cnt = 0i64;
                    while self.at(i) != b']' {
                        if i >= self.re.len() {
                            return Err(Error::TooComplex);
                        }
                        let mut c = self.re[i];
                        if c == b'\\' {
                            i += 1;
                            c = self.at(i);
                            if named_class_char(c) {
                                self.emit(NAMED_INDICATOR);
                                self.emit(c);
                                i += 1;
                                cnt += 1;
                                continue;
                            }
                        }
                        if i >= self.re.len() {
                            return Err(Error::TooComplex);
                        }
                        if self.at(i + 1) == b'-' && self.at(i + 2) != b']' {
                            i += 2;
                        }
                        self.emit(c);
                        self.emit(self.at(i));
                        i += 1;
                        cnt += 1;
                    }
                    self.put_checked(count_at, cnt);
                }
                b'(' => {
                    term = self.pc();
                    let capture = !(self.at(i + 1) == b'?' && self.at(i + 2) == b':');
                    let mut sub = 0;
                    if capture {
                        self.sub += 1;
                        sub = self.sub;
                        self.emit(SAVE);
                        let pc = self.pc();
                        self.put_checked(pc, 2 * sub as i64);
                    } else {
                        i += 2;
                    }
                    i = self.part(i + 1)?;
                    if self.at(i) != b')' || i >= self.re.len() {
                        return Err(Error::TooComplex);
                    }
                    if capture {
                        self.emit(SAVE);
                        let pc = self.pc();
                        self.put_checked(pc, 2 * sub as i64 + 1);
                    }
                }
                b'?' => {
                    if self.pc() == term {
                        return Err(Error::TooComplex);
                    }
                    self.insert2(term);
                    if self.at(i + 1) == b'?' {
                        self.code[term] = RSPLIT;
                        i += 1;
                    } else {
                        self.code[term] = SPLIT;
                    }
                    let r = Self::rel(term, self.pc());
                    self.put_checked(term + 1, r);
                    term = self.pc();
                }
                b'*' => {
                    if self.pc() == term {
                        return Err(Error::TooComplex);
                    }
                    self.insert2(term);
                    let pc = self.pc();
                    self.emit(JMP);
                    self.put_checked(pc + 1, Self::rel(pc, term));
                    if self.at(i + 1) == b'?' {
                        self.code[term] = RSPLIT;
                        i += 1;
                    } else {
                        self.code[term] = SPLIT;
                    }
                    let r = Self::rel(term, self.pc());
                    self.put_checked(term + 1, r);
                    term = self.pc();
                }
                b'+' => {
                    if self.pc() == term {
                        return Err(Error::TooComplex);
                    }
                    let pc = self.pc();
                    if self.at(i + 1) == b'?' {
                        self.emit(SPLIT);
                        i += 1;
                    } else {
                        self.emit(RSPLIT);
                    }
                    self.put_checked(pc + 1, Self::rel(pc, term));
                    term = self.pc();
                }
                b'|' => {
                    if let Some(a) = alt_label {
                        let r = Self::rel(a, self.pc()) + 1;
                        self.put_checked(a, r);
                    }
                    self.insert2(start);
                    self.emit(JMP);
                    alt_label = Some(self.pc());
                    self.emit(0);
                    self.code[start] = SPLIT;
                    let r = Self::rel(start, self.pc());
                    self.put_checked(start + 1, r);
                    term = self.pc();
                }
                b'^' => {
                    self.emit(BOL);
                    term = self.pc();
                }
                b'$' => {
                    self.emit(EOL);
                    term = self.pc();
                }
                c => {
                    // A literal, or an escaped character taken literally.
                    let c = if c == b'\\' {
                        i += 1;
                        self.re[i]
                    } else {
                        c
                    };
                    term = self.pc();
                    self.emit(CHAR);
                    self.emit(c);
                }
            }
            i += 1;
        }
        if let Some(a) = alt_label {
            let r = Self::rel(a, self.pc()) + 1;
            self.put_checked(a, r);
        }
        self.nesting -= 1;
        if self.overflow {
            return Err(Error::TooComplex);
        }
        Ok(i)
    }
}

/// Whether byte `c` is in named class `name` (`d`, `s`, `w`, upper case negated).
fn named_match(name: u8, c: u8) -> bool {
    let positive = name & 0x20 != 0;
    let is = match name | 0x20 {
        b'd' => c.is_ascii_digit(),
        b's' => c == b' ' || (b'\t'..=b'\r').contains(&c),
        _ => c.is_ascii_alphanumeric() || c == b'_',
    };
    is == positive
}

impl Regex {
    pub fn new(pattern: &[u8]) -> Result<Regex, Error> {
        let mut c = Compiler { re: pattern, code: vec![], sub: 0, overflow: false, nesting: 0 };
        // The search prefix: RSplit +3, Any, Jmp -5.
        c.code.extend_from_slice(&[RSPLIT, 3, ANY, JMP, (-5i8) as u8, SAVE, 0]);
        let end = c.part(0)?;
        if end < pattern.len() {
            // Stopped at a stray `)`: re1.5 sizes this, then fails to compile it.
            return Err(Error::Syntax);
        }
        c.code.extend_from_slice(&[SAVE, 1, MATCH]);
        Ok(Regex { code: c.code, groups: c.sub })
    }

    /// Run on `subject[begin..end]` (`^` matches only at 0, `$` only at
    /// `end`). Returns the capture slots as byte offsets in `subject`.
    pub fn exec(
        &self,
        subject: &[u8],
        begin: usize,
        end: usize,
        anchored: bool,
    ) -> Result<Option<Vec<Option<usize>>>, Error> {
        let nslots = 2 * (self.groups + 1);
        let mut caps: Vec<Option<usize>> = vec![None; nslots];
        let code = &self.code;
        // Backtracking: either a place to resume (pc, sp), or a capture to
        // restore when the attempt that set it fails.
        enum Frame {
            Resume(usize, usize),
            Restore(usize, Option<usize>),
        }
        let mut stack: Vec<Frame> = vec![];
        let mut pc = if anchored { SEARCH_PREFIX } else { 0 };
        let mut sp = begin;
        loop {
            let ok = loop {
                let op = code[pc];
                if matches!(op, CHAR | ANY | CLASS | CLASS_NOT | NAMED_CLASS) && sp >= end {
                    break false;
                }
                pc += 1;
                match op {
                    CHAR => {
                        if subject[sp] != code[pc] {
                            break false;
                        }
                        pc += 1;
                        sp += 1;
                    }
                    ANY => sp += 1,
                    CLASS | CLASS_NOT => {
                        let n = code[pc] as usize;
                        let c = subject[sp];
                        let found = code[pc + 1..pc + 1 + 2 * n].chunks(2).any(|p| {
                            if p[0] == NAMED_INDICATOR {
                                named_match(p[1], c)
                            } else {
                                p[0] <= c && c <= p[1]
                            }
                        });
                        if found != (op == CLASS) {
                            break false;
                        }
                        pc += 1 + 2 * n;
                        sp += 1;
                    }
                    NAMED_CLASS => {
                        if !named_match(code[pc], subject[sp]) {
                            break false;
                        }
                        pc += 1;
                        sp += 1;
                    }
                    MATCH => break true,
                    JMP => {
                        let off = code[pc] as i8 as isize;
                        pc = (pc as isize + 1 + off) as usize;
                    }
                    SPLIT | RSPLIT => {
                        let off = code[pc] as i8 as isize;
                        pc += 1;
                        let other = (pc as isize + off) as usize;
                        let (first, second) = if op == SPLIT { (pc, other) } else { (other, pc) };
                        if stack.len() >= MAX_DEPTH {
                            return Err(Error::Depth);
                        }
                        stack.push(Frame::Resume(second, sp));
                        pc = first;
                    }
                    SAVE => {
                        let k = code[pc] as usize;
                        pc += 1;
                        if k < nslots {
                            if stack.len() >= MAX_DEPTH {
                                return Err(Error::Depth);
                            }
                            stack.push(Frame::Restore(k, caps[k]));
                            caps[k] = Some(sp);
                        }
                    }
                    BOL => {
                        if sp != 0 {
                            break false;
                        }
                    }
                    EOL => {
                        if sp != end {
                            break false;
                        }
                    }
                    _ => break false,
                }
            };
            if ok {
                return Ok(Some(caps));
            }
            // Unwind to the latest place to resume, undoing captures.
            loop {
                match stack.pop() {
                    None => return Ok(None),
                    Some(Frame::Restore(k, old)) => caps[k] = old,
                    Some(Frame::Resume(p, s)) => {
                        pc = p;
                        sp = s;
                        break;
                    }
                }
            }
        }
    }

    /// The program, one instruction a line (for `re.DEBUG`).
    pub fn dump(&self) -> String {
        let mut out = String::new();
        let mut pc = 0;
        let code = &self.code;
        while pc < code.len() {
            let at = pc;
            let op = code[pc];
            pc += 1;
            let line = match op {
                CHAR => {
                    pc += 1;
                    format!("char {}", code[pc - 1] as char)
                }
                ANY => "any".to_string(),
                CLASS | CLASS_NOT => {
                    let n = code[pc] as usize;
                    let mut s = format!("{} {}", if op == CLASS { "class" } else { "classnot" }, n);
                    for p in code[pc + 1..pc + 1 + 2 * n].chunks(2) {
                        if p[0] == NAMED_INDICATOR {
                            s.push_str(&format!(" \\{}", p[1] as char));
                        } else {
                            s.push_str(&format!(" 0x{:x}-0x{:x}", p[0], p[1]));
                        }
                    }
                    pc += 1 + 2 * n;
                    s
                }
                NAMED_CLASS => {
                    pc += 1;
                    format!("namedclass {}", code[pc - 1] as char)
                }
                MATCH => "match".to_string(),
                JMP | SPLIT | RSPLIT => {
                    let off = code[pc] as i8 as isize;
                    pc += 1;
                    let name = match op {
                        JMP => "jmp",
                        SPLIT => "split",
                        _ => "rsplit",
                    };
                    format!("{name} {} ({})", pc as isize + off, off)
                }
                SAVE => {
                    pc += 1;
                    format!("save {}", code[pc - 1])
                }
                BOL => "assert bol".to_string(),
                EOL => "assert eol".to_string(),
                _ => "?".to_string(),
            };
            out.push_str(&format!("{at:2}: {line}\n"));
        }
        out.push_str(&format!("Bytes: {}, insts: ?\n", code.len()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize)> {
        let r = Regex::new(p.as_bytes()).unwrap();
        r.exec(s.as_bytes(), 0, s.len(), false).unwrap().map(|c| (c[0].unwrap(), c[1].unwrap()))
    }

    #[test]
    fn basics() {
        assert_eq!(find("b+", "abbbc"), Some((1, 4)));
        assert_eq!(find("a|bc", "xbc"), Some((1, 3)));
        assert_eq!(find("^a", "ba"), None);
        assert_eq!(find("c$", "abc"), Some((2, 3)));
        assert_eq!(find("[a-c]+", "xxabcz"), Some((2, 5)));
        assert_eq!(find("\\d\\d", "a12"), Some((1, 3)));
        assert_eq!(find("a.*?c", "abcbc"), Some((0, 3)));
        assert_eq!(find("(ab)*", "ababx"), Some((0, 4)));
    }

    #[test]
    fn limits_and_errors() {
        assert_eq!(Regex::new(b"(").unwrap_err(), Error::TooComplex);
        assert_eq!(Regex::new(b")").unwrap_err(), Error::Syntax);
        assert_eq!(Regex::new(b"*").unwrap_err(), Error::TooComplex);
        let long = format!("({})?", "a".repeat(62));
        assert_eq!(Regex::new(long.as_bytes()).unwrap_err(), Error::TooComplex);
        let ok = format!("({})?", "a".repeat(10));
        assert!(Regex::new(ok.as_bytes()).is_ok());
        let r = Regex::new(b"(a*)*").unwrap();
        assert_eq!(r.exec(b"aaa", 0, 3, true).unwrap_err(), Error::Depth);
    }
}
