//! Methods of built-in types in MicroPython, for completion when no
//! `builtins` stub describes them.

use super::model::BuiltinType;

pub fn methods(t: BuiltinType) -> &'static [&'static str] {
    match t {
        BuiltinType::Str => &[
            "center",
            "count",
            "encode",
            "endswith",
            "find",
            "format",
            "index",
            "isalpha",
            "isdigit",
            "islower",
            "isspace",
            "isupper",
            "join",
            "lower",
            "lstrip",
            "partition",
            "replace",
            "rfind",
            "rindex",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "upper",
        ],
        BuiltinType::Bytes => &[
            "count",
            "decode",
            "endswith",
            "find",
            "hex",
            "index",
            "join",
            "lower",
            "lstrip",
            "replace",
            "rfind",
            "rsplit",
            "rstrip",
            "split",
            "startswith",
            "strip",
            "upper",
        ],
        BuiltinType::List => {
            &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]
        }
        BuiltinType::Dict => {
            &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]
        }
        BuiltinType::Set => &[
            "add",
            "clear",
            "copy",
            "difference",
            "difference_update",
            "discard",
            "intersection",
            "intersection_update",
            "isdisjoint",
            "issubset",
            "issuperset",
            "pop",
            "remove",
            "symmetric_difference",
            "symmetric_difference_update",
            "union",
            "update",
        ],
        BuiltinType::Tuple => &["count", "index"],
        BuiltinType::Int | BuiltinType::Bool => &["from_bytes", "to_bytes"],
        BuiltinType::Float => &[],
    }
}
