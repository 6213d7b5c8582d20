//! A finding about the program, in byte offsets, free of any LSP type.

use upy_syntax::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

/// Every diagnostic code the server emits, with its meaning. Codes are
/// grouped: 0xx syntax, 1xx names, 2xx MicroPython compatibility, 3xx stubs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// Not valid Python.
    Syntax,
    /// Valid CPython grammar that MicroPython lacks (`match`, `/`).
    UnsupportedGrammar,
    /// Bad indentation.
    Indentation,
    UndefinedName,
    UnusedImport,
    UnusedVariable,
    /// A module the chosen board does not have.
    MissingModule,
    /// A module attribute MicroPython lacks (`time.perf_counter`).
    MissingModuleAttribute,
    /// A method of a built-in type MicroPython lacks (`str.ljust`).
    MissingMethod,
    /// Keyword arguments to a built-in that only takes them positionally.
    BuiltinKeywordArgs,
    /// `__del__` on a user class: MicroPython never calls it.
    DelNeverCalled,
    /// An attribute assigned on a function object.
    FunctionAttribute,
    /// Subtracting tick counts, which wrap around.
    TickSubtraction,
    /// A CPython builtin name MicroPython lacks (`FileNotFoundError`).
    MissingBuiltin,
    /// `raise X from Y`: MicroPython ignores the cause.
    ExceptionChaining,
    /// Wrong number or names of arguments to a stub function or class.
    StubCallArguments,
    /// An attribute a stub module or class does not have.
    UnknownStubAttribute,
    /// A literal pin or peripheral id the board does not have.
    InvalidPin,
    /// An argument of a type the stub's parameter does not accept.
    StubArgumentType,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "MPY001",
            Code::UnsupportedGrammar => "MPY002",
            Code::Indentation => "MPY003",
            Code::UndefinedName => "MPY101",
            Code::UnusedImport => "MPY102",
            Code::UnusedVariable => "MPY103",
            Code::MissingModule => "MPY201",
            Code::MissingModuleAttribute => "MPY202",
            Code::MissingMethod => "MPY203",
            Code::BuiltinKeywordArgs => "MPY204",
            Code::DelNeverCalled => "MPY205",
            Code::FunctionAttribute => "MPY206",
            Code::TickSubtraction => "MPY207",
            Code::MissingBuiltin => "MPY208",
            Code::ExceptionChaining => "MPY209",
            Code::StubCallArguments => "MPY301",
            Code::UnknownStubAttribute => "MPY302",
            Code::InvalidPin => "MPY303",
            Code::StubArgumentType => "MPY304",
        }
    }
}

/// A replacement of `span` with `text`; a fix is a set of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pub span: Span,
    pub text: String,
}

/// A change that certainly fixes the diagnostic it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Replacement>,
}

/// Extra facts the editor can render (faded unused code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Unnecessary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub tags: Vec<Tag>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    pub fn new(code: Code, severity: Severity, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, code, severity, message: message.into(), tags: Vec::new(), fixes: Vec::new() }
    }
    pub fn with_tag(mut self, tag: Tag) -> Diagnostic {
        self.tags.push(tag);
        self
    }
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes.push(fix);
        self
    }
}
