//! What CPython has and MicroPython does not, as data. Written from
//! MicroPython's "differences from CPython" documentation and its module
//! reference, in our own words. Each entry pairs the missing thing with what
//! a MicroPython program uses instead, when there is something.

/// CPython standard-library modules that no MicroPython board has built in.
/// `(module, what to use instead)`; an empty suggestion means none.
pub const MISSING_MODULES: &[(&str, &str)] = &[
    (
        "threading",
        "MicroPython has `_thread` instead (start_new_thread, allocate_lock), or `asyncio` for cooperative tasks",
    ),
    ("multiprocessing", "MicroPython has `_thread` instead"),
    ("subprocess", "a board runs no other processes"),
    ("typing", "annotations work without it; guard the import with try/except ImportError"),
    ("dataclasses", "write a plain class with __init__"),
    ("enum", "MicroPython uses integer constants, with `micropython.const`"),
    ("datetime", "MicroPython has `time.localtime()` / `time.gmtime()` and `machine.RTC` instead"),
    ("pathlib", "MicroPython has `os` (listdir, stat, mkdir) instead"),
    ("shutil", "MicroPython has `os` (rename, remove) instead"),
    ("glob", "MicroPython has `os.listdir` / `os.ilistdir` instead"),
    ("tempfile", ""),
    ("logging", "install it from micropython-lib with `mip`, or use print"),
    ("unittest", "install it from micropython-lib with `mip`"),
    ("argparse", "a board script takes no command line"),
    ("pickle", "MicroPython has `json` instead"),
    ("csv", ""),
    ("sqlite3", "MicroPython has `btree` on some boards"),
    ("ctypes", "MicroPython has `uctypes` instead"),
    ("urllib", "install `requests` from micropython-lib with `mip`"),
    ("http", "install `requests` from micropython-lib with `mip`"),
    ("socketserver", "MicroPython has `socket` instead"),
    ("statistics", ""),
    ("decimal", ""),
    ("fractions", ""),
    ("tkinter", ""),
    ("signal", ""),
    ("secrets", "MicroPython has `os.urandom` and `random.getrandbits` instead"),
    ("uuid", "build one from `os.urandom`"),
    ("gzip", "MicroPython has `deflate` instead"),
    ("zipfile", ""),
    ("timeit", "MicroPython has `time.ticks_us()` with `time.ticks_diff()` instead"),
    ("inspect", ""),
    ("traceback", "MicroPython has `sys.print_exception` instead"),
    ("weakref", ""),
    ("queue", "MicroPython has `asyncio` for producer/consumer tasks"),
    ("configparser", "MicroPython has `json` instead"),
    ("getpass", ""),
    ("locale", ""),
    ("textwrap", ""),
    ("copy", "install it from micropython-lib with `mip`"),
    ("abc", ""),
    ("concurrent", "MicroPython has `asyncio` and `_thread` instead"),
    ("asyncore", "MicroPython has `asyncio` instead"),
    ("contextvars", ""),
    ("smtplib", ""),
    ("email", ""),
    ("xml", ""),
    ("sched", "MicroPython has `machine.Timer` and `asyncio` instead"),
];

/// Attributes of modules MicroPython has, which CPython programs use but
/// MicroPython lacks: `(module, attribute, what to use instead)`.
pub const MISSING_ATTRIBUTES: &[(&str, &str, &str)] = &[
    ("time", "perf_counter", "use `time.ticks_us()` with `time.ticks_diff()`"),
    ("time", "perf_counter_ns", "use `time.ticks_us()` with `time.ticks_diff()`"),
    ("time", "monotonic", "use `time.ticks_ms()` with `time.ticks_diff()`"),
    ("time", "monotonic_ns", "use `time.ticks_us()` with `time.ticks_diff()`"),
    ("time", "process_time", "use `time.ticks_us()` with `time.ticks_diff()`"),
    ("time", "strftime", "format the tuple from `time.localtime()` yourself"),
    ("time", "strptime", ""),
    ("time", "clock", "use `time.ticks_ms()`"),
    ("os", "path", "use `os.stat` / `os.listdir`"),
    ("os", "getenv", "a board has no environment"),
    ("os", "environ", "a board has no environment"),
    ("os", "walk", "use `os.ilistdir` recursively"),
    ("os", "makedirs", "use `os.mkdir` for each level"),
    ("sys", "getsizeof", "use `gc.mem_free()` before and after"),
    ("sys", "getrecursionlimit", ""),
    ("sys", "setrecursionlimit", ""),
    ("random", "shuffle", "swap items using `random.randrange`"),
    ("random", "sample", ""),
    ("random", "choices", "use `random.choice` in a loop"),
    ("random", "gauss", ""),
    ("math", "comb", ""),
    ("math", "perm", ""),
    ("json", "JSONDecodeError", "catch `ValueError`"),
];

/// `str` methods CPython has and MicroPython does not.
pub const MISSING_STR_METHODS: &[&str] = &[
    "ljust",
    "rjust",
    "zfill",
    "title",
    "capitalize",
    "swapcase",
    "casefold",
    "expandtabs",
    "format_map",
    "maketrans",
    "translate",
    "removeprefix",
    "removesuffix",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "isprintable",
    "istitle",
];

/// `int` methods CPython has and MicroPython does not.
pub const MISSING_INT_METHODS: &[&str] = &["bit_length", "bit_count", "as_integer_ratio"];

/// Built-in names CPython has and MicroPython does not, with what to use.
pub const MISSING_BUILTINS: &[(&str, &str)] = &[
    ("FileNotFoundError", "catch `OSError` and check `e.errno == errno.ENOENT`"),
    ("FileExistsError", "catch `OSError` and check `e.errno == errno.EEXIST`"),
    ("PermissionError", "catch `OSError` and check `e.errno`"),
    ("TimeoutError", "catch `OSError` and check `e.errno == errno.ETIMEDOUT`"),
    ("ConnectionError", "catch `OSError`"),
    ("ConnectionResetError", "catch `OSError` and check `e.errno`"),
    ("BrokenPipeError", "catch `OSError`"),
    ("IsADirectoryError", "catch `OSError`"),
    ("NotADirectoryError", "catch `OSError`"),
    ("InterruptedError", "catch `OSError`"),
    ("RecursionError", "MicroPython raises `RuntimeError`"),
    ("ModuleNotFoundError", "catch `ImportError`"),
    ("UnicodeDecodeError", "catch `UnicodeError`"),
    ("UnicodeEncodeError", "catch `UnicodeError`"),
    ("FloatingPointError", "catch `ArithmeticError`"),
    ("Warning", ""),
    ("DeprecationWarning", ""),
    ("UserWarning", ""),
    ("ResourceWarning", ""),
    ("breakpoint", ""),
    ("exit", "use `sys.exit()`"),
    ("quit", "use `sys.exit()`"),
    ("copyright", ""),
    ("credits", ""),
    ("license", ""),
];

/// Built-ins that take their arguments only positionally in MicroPython.
pub const POSITIONAL_ONLY_BUILTINS: &[&str] = &["str", "bytes", "bytearray"];

/// Modules of CPython's standard library that micropython-lib packages
/// (installed with `mip install NAME`) provide, and that some ports freeze
/// into their firmware (the webassembly port has `logging`, `datetime`,
/// `pathlib`, ...), plus `weakref`, built in where a port enables it. A
/// program that imports them may well run: they get a note, not a warning.
pub const INSTALLABLE_MODULES: &[&str] = &[
    "__future__",
    "abc",
    "argparse",
    "base64",
    "bisect",
    "cmd",
    "colorsys",
    "contextlib",
    "copy",
    "curses",
    "datetime",
    "fnmatch",
    "functools",
    "gzip",
    "hmac",
    "html",
    "inspect",
    "itertools",
    "keyword",
    "locale",
    "logging",
    "operator",
    "pathlib",
    "pickle",
    "pkgutil",
    "pprint",
    "quopri",
    "shutil",
    "stat",
    "tarfile",
    "tempfile",
    "textwrap",
    "threading",
    "traceback",
    "types",
    "unittest",
    "uu",
    "uuid",
    "warnings",
    "weakref",
    "zlib",
];

/// Module attributes that micropython-lib's extended modules add (its
/// `time` has `strftime`, its `os-path` package `os.path`).
pub const INSTALLABLE_ATTRIBUTES: &[(&str, &str)] = &[("time", "strftime"), ("os", "path"), ("random", "shuffle")];

pub fn installable_module(name: &str) -> bool {
    INSTALLABLE_MODULES.contains(&name.split('.').next().unwrap_or(name))
}

pub fn installable_attribute(module: &str, attr: &str) -> bool {
    let module = module.strip_prefix('u').filter(|m| matches!(*m, "time" | "os" | "random")).unwrap_or(module);
    INSTALLABLE_ATTRIBUTES.iter().any(|&(m, a)| m == module && a == attr)
}

pub fn missing_module(name: &str) -> Option<&'static str> {
    let top = name.split('.').next().unwrap_or(name);
    MISSING_MODULES.iter().find(|(m, _)| *m == top).map(|(_, hint)| *hint)
}

pub fn missing_attribute(module: &str, attr: &str) -> Option<&'static str> {
    let module =
        module.strip_prefix('u').filter(|m| matches!(*m, "time" | "os" | "sys" | "random" | "json")).unwrap_or(module);
    MISSING_ATTRIBUTES.iter().find(|(m, a, _)| *m == module && *a == attr).map(|(_, _, hint)| *hint)
}

pub fn missing_builtin(name: &str) -> Option<&'static str> {
    MISSING_BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, hint)| *hint)
}
