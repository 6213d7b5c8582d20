//! Raising and describing exceptions: the built-in exception classes with
//! MicroPython's hierarchy, and tracebacks in MicroPython's form.

use super::heap::ObjRef;
use super::value::Value;

/// A raised exception: an instance of a BaseException subclass.
#[derive(Clone, Copy, Debug)]
pub struct Exc(pub Value);

pub type PyResult<T> = Result<T, Exc>;

macro_rules! exc_kinds {
    ($($kind:ident : $base:expr),* $(,)?) => {
        /// Built-in exception classes, in an order where a base precedes
        /// its subclasses.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum ExcKind { $($kind),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }
            pub fn base(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => $base),* }
            }
        }
    };
}

exc_kinds! {
    BaseException: None,
    SystemExit: Some(ExcKind::BaseException),
    KeyboardInterrupt: Some(ExcKind::BaseException),
    GeneratorExit: Some(ExcKind::BaseException),
    Exception: Some(ExcKind::BaseException),
    StopIteration: Some(ExcKind::Exception),
    StopAsyncIteration: Some(ExcKind::Exception),
    ArithmeticError: Some(ExcKind::Exception),
    OverflowError: Some(ExcKind::ArithmeticError),
    ZeroDivisionError: Some(ExcKind::ArithmeticError),
    AssertionError: Some(ExcKind::Exception),
    AttributeError: Some(ExcKind::Exception),
    EOFError: Some(ExcKind::Exception),
    ImportError: Some(ExcKind::Exception),
    LookupError: Some(ExcKind::Exception),
    IndexError: Some(ExcKind::LookupError),
    KeyError: Some(ExcKind::LookupError),
    MemoryError: Some(ExcKind::Exception),
    NameError: Some(ExcKind::Exception),
    OSError: Some(ExcKind::Exception),
    RuntimeError: Some(ExcKind::Exception),
    NotImplementedError: Some(ExcKind::RuntimeError),
    // Raised by the viper code emitter; a builtin where MicroPython has native code.
    ViperTypeError: Some(ExcKind::Exception),
    SyntaxError: Some(ExcKind::Exception),
    IndentationError: Some(ExcKind::SyntaxError),
    TypeError: Some(ExcKind::Exception),
    ValueError: Some(ExcKind::Exception),
    UnicodeError: Some(ExcKind::ValueError),
}

pub struct ExcClasses(pub Vec<ObjRef>);

impl ExcClasses {
    pub fn get(&self, k: ExcKind) -> ObjRef {
        self.0[k as usize]
    }
}
