//! Robustness: thousands of random calls of the text, bytes and numeric
//! methods and builtins, with awkward arguments, must raise Python
//! exceptions, never panic (a panic surfaces as the session's SystemError).

use crate::target::{Discard, Interrupt, NoInput, RunOutcome, RunRequest};
use crate::{Session, SessionOptions};

const RECEIVERS: &[&str] = &[
    "''",
    "'abc'",
    "'  a b  '",
    "'héllo wörld'",
    "'日本語'",
    "'a,b,,c'",
    "'\\n\\r\\n'",
    "b''",
    "b'ab\\xff'",
    "bytearray(b'xyz')",
    "memoryview(b'abc')",
    "memoryview(bytearray(b'abcd'))[1:3]",
    "'x' * 50",
];
const METHODS: &[&str] = &[
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "replace",
    "partition",
    "rpartition",
    "split",
    "rsplit",
    "splitlines",
    "join",
    "strip",
    "lstrip",
    "rstrip",
    "lower",
    "upper",
    "isspace",
    "isalpha",
    "isdigit",
    "isupper",
    "islower",
    "center",
    "format",
    "encode",
    "decode",
    "hex",
    "append",
    "extend",
    "tobytes",
    "__getitem__",
];
const ARGS: &[&str] = &[
    "''",
    "'a'",
    "'é'",
    "'日'",
    "','",
    "b'a'",
    "b''",
    "0",
    "1",
    "-1",
    "2",
    "-100",
    "100",
    "2**70",
    "-2**70",
    "None",
    "('a', 'b')",
    "()",
    "[b'x']",
    "['a', 'b']",
    "[1]",
    "1.5",
    "True",
    "'utf-8'",
    "'ascii'",
    "'bogus'",
    "10**9",
];
const BUILTINS: &[&str] = &[
    "abs",
    "round",
    "divmod",
    "pow",
    "hex",
    "oct",
    "bin",
    "chr",
    "ord",
    "format",
    "bytes",
    "bytearray",
    "memoryview",
    "str",
    "eval",
    "exec",
    "compile",
    "dir",
    "__import__",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        from[(self.0 % from.len() as u64) as usize]
    }
}

fn program(rng: &mut Rng, lines: usize) -> String {
    let mut src = String::new();
    for _ in 0..lines {
        let n = (rng.0 % 4) as usize;
        let args: Vec<&str> = (0..n).map(|_| rng.pick(ARGS)).collect();
        let call = if rng.0.is_multiple_of(3) {
            format!("{}({})", rng.pick(BUILTINS), args.join(", "))
        } else {
            format!("({}).{}({})", rng.pick(RECEIVERS), rng.pick(METHODS), args.join(", "))
        };
        src.push_str(&format!("try:\n    {call}\nexcept Exception:\n    pass\n"));
    }
    src
}

#[test]
fn random_calls_never_panic() {
    let handle = std::thread::Builder::new()
        .stack_size(crate::SESSION_STACK_SIZE)
        .spawn(|| {
            let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
            let mut session = Session::new(SessionOptions { virtual_time: true, ..Default::default() });
            let mut calls = 0;
            for _ in 0..1000 {
                let src = program(&mut rng, 25);
                calls += 25;
                let req = RunRequest { code: &src, file_name: "<fuzz>", want_result: false };
                if let RunOutcome::Error(e) = session.run(&req, &mut Discard, &mut NoInput, &Interrupt::new()) {
                    assert!(!e.traceback.join("\n").contains("internal error"), "panic on:\n{src}\n{:?}", e.traceback);
                }
            }
            calls
        })
        .expect("spawn");
    assert_eq!(handle.join().expect("no panic"), 25000);
}
