//! The three things fuzzed. Each takes raw bytes (read as UTF-8, invalid
//! sequences replaced, as a file read by the command line would be) and
//! says how the input ended; a panic is recorded by `panics` on the side.

use std::panic::{catch_unwind, AssertUnwindSafe};
use upy_vm::runtime::vm::Vm;
use upy_vm::syntax::{parse, tokenize, ParseOptions};
use upy_vm::target::{Discard, Interrupt, NoInput, RunOutcome, RunRequest};
use upy_vm::{Session, SessionOptions};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Lexer and parser: tokens and a tree with errors, never a panic.
    Parse,
    /// Parser and compiler, on a long-lived VM (as the kernel compiles cell
    /// after cell).
    Compile,
    /// The whole pipeline on a fresh session: compile and run with a small
    /// heap, virtual time and a time limit, then check the session still
    /// runs code.
    Vm,
}

impl Target {
    pub const ALL: [Target; 3] = [Target::Parse, Target::Compile, Target::Vm];

    pub fn name(self) -> &'static str {
        match self {
            Target::Parse => "parse",
            Target::Compile => "compile",
            Target::Vm => "vm",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// How an input ended, short of a panic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Parsed or compiled without errors, or ran to the end.
    Clean,
    /// Syntax errors, or an uncaught Python exception.
    Raised,
    /// Stopped by the watchdog's interrupt at the time limit (the runner
    /// knows; a target cannot tell it from a program's own Ctrl-C).
    Interrupted,
    /// The session did not run `1+1` afterwards: the run left it broken.
    Broken,
}

/// The heap a fuzzed program gets: enough for real programs, small enough
/// that `[0] * 10**9` and friends hit MemoryError quickly.
pub const FUZZ_HEAP: usize = 8 << 20;

/// State kept between inputs of one target.
pub struct Runner {
    target: Target,
    heap: usize,
    compiler: Option<Vm>,
    compiled: usize,
}

impl Runner {
    pub fn new(target: Target) -> Runner {
        Runner { target, heap: FUZZ_HEAP, compiler: None, compiled: 0 }
    }

    /// A runner whose VM sessions get `heap` bytes (regression inputs that
    /// need room to build what once crashed the host).
    pub fn with_heap(target: Target, heap: usize) -> Runner {
        Runner { heap, ..Runner::new(target) }
    }

    pub fn target(&self) -> Target {
        self.target
    }

    /// Run one input. `interrupt` is the flag the watchdog holds for this
    /// input (only the VM target checks it). A panic unwinds to here, is
    /// recorded by the hook and ends as `Raised`; the caller asks `panics`.
    pub fn run(&mut self, data: &[u8], interrupt: &Interrupt) -> Ending {
        let source = String::from_utf8_lossy(data);
        let result = catch_unwind(AssertUnwindSafe(|| match self.target {
            Target::Parse => parse_one(&source),
            Target::Compile => self.compile_one(&source),
            Target::Vm => run_one(&source, self.heap, interrupt),
        }));
        match result {
            Ok(ending) => ending,
            Err(_) => {
                // Whatever state the compiler was in is suspect now.
                self.compiler = None;
                Ending::Raised
            }
        }
    }

    fn compile_one(&mut self, source: &str) -> Ending {
        // A fresh VM now and then, so interned names don't pile up.
        if self.compiled.is_multiple_of(500) {
            self.compiler = None;
        }
        self.compiled += 1;
        let vm = self.compiler.get_or_insert_with(Vm::new);
        match vm.compile_source(source, "<fuzz>", true) {
            Ok(_) => Ending::Clean,
            Err(_) => Ending::Raised,
        }
    }
}

fn parse_one(source: &str) -> Ending {
    let (tokens, lex_errors) = tokenize(source, ParseOptions::default());
    let parsed = parse(source, ParseOptions::default());
    // Spans index the text the editor shows: they must stay inside it, on
    // character boundaries, or every consumer has to guard its slices.
    let spans = tokens.iter().map(|t| t.span).chain(lex_errors.iter().chain(&parsed.errors).map(|e| e.span));
    for span in spans {
        let (start, end) = (span.start as usize, span.end as usize);
        assert!(
            start <= end && end <= source.len() && source.is_char_boundary(start) && source.is_char_boundary(end),
            "span {start}..{end} outside or inside a character of a {}-byte text",
            source.len()
        );
    }
    if parsed.errors.is_empty() && lex_errors.is_empty() {
        Ending::Clean
    } else {
        Ending::Raised
    }
}

fn run_one(source: &str, heap: usize, interrupt: &Interrupt) -> Ending {
    let options = SessionOptions { virtual_time: true, heap_limit: heap, ..Default::default() };
    let mut session = Session::new(options);
    let request = RunRequest { code: source, file_name: "<fuzz>", want_result: true };
    let outcome = session.run(&request, &mut Discard, &mut NoInput, interrupt);
    let ending = match outcome {
        RunOutcome::Ok { .. } => Ending::Clean,
        RunOutcome::Error(_) => Ending::Raised,
    };
    let again = RunRequest { code: "1+1", file_name: "<fuzz>", want_result: true };
    match session.run(&again, &mut Discard, &mut NoInput, &Interrupt::new()) {
        RunOutcome::Ok { result: Some(r) } if r.iter().any(|(_, text)| text == "2") => ending,
        _ => Ending::Broken,
    }
}
