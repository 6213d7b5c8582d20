//! Names every MicroPython program can use without importing them.

/// Built-in functions, types and exceptions MicroPython provides.
pub const BUILTINS: &[&str] = &[
    "abs", "all", "any", "bin", "bool", "bytearray", "bytes", "callable", "chr", "classmethod", "compile",
    "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float",
    "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
    "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min",
    "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed",
    "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
    "zip", "__import__", "__build_class__", "NotImplemented", "Ellipsis",
    // Exceptions
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError", "Exception",
    "GeneratorExit", "ImportError", "IndentationError", "IndexError", "KeyboardInterrupt", "KeyError",
    "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError", "OverflowError",
    "RuntimeError", "StopIteration", "StopAsyncIteration", "SyntaxError", "SystemExit", "TypeError",
    "UnicodeError", "ValueError", "ZeroDivisionError",
    // Not certain to be absent on every port; never reported as undefined.
    "ascii", "format", "vars", "aiter", "anext", "UnboundLocalError", "EnvironmentError", "IOError",
];

/// Names defined in every module's globals.
pub const MODULE_DUNDERS: &[&str] = &["__name__", "__file__", "__doc__", "__path__", "__dict__"];

/// Names defined while a class body runs.
pub const CLASS_DUNDERS: &[&str] = &["__module__", "__qualname__"];

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Asked for every name no scope binds: a set, not a scan.
pub fn is_builtin(name: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| BUILTINS.iter().copied().collect()).contains(name)
}
