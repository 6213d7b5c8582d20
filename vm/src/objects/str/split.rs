//! Splitting, joining and stripping, shared by str and bytes: split/rsplit
//! (on a separator or on runs of whitespace), splitlines, join,
//! strip/lstrip/rstrip.

use super::shared::{data, is_space, make, make_slice, opt_arg_data, this, Kind};
use crate::objects::function::KwArgs;
use crate::objects::instance::BaseData;
use crate::runtime::error::PyResult;
use crate::runtime::heap::{Heap, ObjRef};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Byte ranges of the pieces `sep` cuts `hay` into, left to right.
pub fn split_on(hay: &[u8], sep: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut i = 0;
    while out.len() < max {
        match super::search::find_bytes(&hay[i..], sep) {
            Some(p) => {
                out.push((i, i + p));
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push((i, hay.len()));
    out
}

/// Byte ranges of the pieces `sep` cuts `hay` into, cutting from the right;
/// returned in left-to-right order.
pub fn rsplit_on(hay: &[u8], sep: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut end = hay.len();
    while out.len() < max {
        match super::search::rfind_bytes(&hay[..end], sep) {
            Some(p) => {
                out.push((p + sep.len(), end));
                end = p;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// Runs of non-whitespace; after `max` cuts the rest (with its trailing
/// whitespace) is one piece.
pub fn split_ws(hay: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut i = 0;
    let n = hay.len();
    loop {
        while i < n && is_space(hay[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if out.len() == max {
            // The rest keeps its trailing whitespace, as in CPython.
            out.push((i, n));
            break;
        }
        let s = i;
        while i < n && !is_space(hay[i]) {
            i += 1;
        }
        out.push((s, i));
    }
    out
}

/// `split_ws` from the right; pieces in left-to-right order.
pub fn rsplit_ws(hay: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut e = hay.len();
    loop {
        while e > 0 && is_space(hay[e - 1]) {
            e -= 1;
        }
        if e == 0 {
            break;
        }
        if out.len() == max {
            out.push((0, e));
            break;
        }
        let end = e;
        while e > 0 && !is_space(hay[e - 1]) {
            e -= 1;
        }
        out.push((e, end));
    }
    out.reverse();
    out
}

/// Lines ending in `\n`, `\r` or `\r\n` (the end included when `keep`).
pub fn split_lines(hay: &[u8], keep: bool) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let mut s = 0;
    let mut i = 0;
    while i < hay.len() {
        let eol = match hay[i] {
            b'\n' => 1,
            b'\r' if hay.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            out.push((s, if keep { i + eol } else { i }));
            i += eol;
            s = i;
        } else {
            i += 1;
        }
    }
    if s < hay.len() {
        out.push((s, hay.len()));
    }
    out
}

fn pieces_to_list(vm: &mut Vm, r: ObjRef, kind: Kind, pieces: Vec<(usize, usize)>) -> PyResult<Value> {
    let mut items = Vec::with_capacity(pieces.len());
    for (a, b) in pieces {
        items.push(make_slice(vm, r, kind, a, b));
    }
    Ok(vm.new_list(items))
}

fn maxsplit(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match v {
        Value::Undef | Value::None => Ok(usize::MAX),
        v => {
            let n = vm.int_arg(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: KwArgs, reverse: bool) -> PyResult<Value> {
    vm.check_args("split", args, 1, 3)?;
    // MicroPython's split and rsplit take their arguments by position only.
    if !kw.is_empty() {
        return Err(vm.type_error("function doesn't take keyword arguments"));
    }
    let (r, kind) = this(vm, args[0])?;
    let sep = vm.arg_or(args, kw, 1, "sep", Value::None);
    let sep = opt_arg_data(vm, Some(sep), kind)?;
    let m = vm.arg_or(args, kw, 2, "maxsplit", Value::Undef);
    let max = maxsplit(vm, m)?;
    if reverse && sep.is_none() && max != usize::MAX {
        // MicroPython splits from the right only on a given separator.
        return Err(vm.err(crate::runtime::error::ExcKind::NotImplementedError, "rsplit(None,n)"));
    }
    let hay = data(&vm.heap, r);
    let pieces = match &sep {
        Some(s) if s.is_empty() => return Err(vm.value_error("empty separator")),
        Some(s) if reverse => rsplit_on(hay, s, max),
        Some(s) => split_on(hay, s, max),
        None if reverse => rsplit_ws(hay, max),
        None => split_ws(hay, max),
    };
    pieces_to_list(vm, r, kind, pieces)
}

pub fn split(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}

pub fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

pub fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("splitlines", args, 1, 2)?;
    vm.check_kwargs(kw, &["keepends"])?;
    let (r, kind) = this(vm, args[0])?;
    let keep = vm.arg_or(args, kw, 1, "keepends", Value::Bool(false));
    let keep = vm.truthy(keep)?;
    let pieces = split_lines(data(&vm.heap, r), keep);
    pieces_to_list(vm, r, kind, pieces)
}

/// The bytes of one `join` item, if it is the joiner's kind (one heap
/// lookup for the common case of a plain str/bytes item).
#[inline]
fn item_bytes(heap: &Heap, v: Value, kind: Kind) -> Option<&[u8]> {
    let r = v.as_obj()?;
    match (heap.get(r), kind) {
        (Object::Str(s), Kind::Str) => Some(s.as_str().as_bytes()),
        (Object::Bytes(b) | Object::ByteArray(b), Kind::Bytes | Kind::ByteArray) => Some(b),
        (Object::Instance(i), _) => match i.base {
            BaseData::Value(inner) if !inner.is(v) => item_bytes(heap, inner, kind),
            _ => None,
        },
        _ => None,
    }
}

/// `sep.join(iterable)`. Lists and tuples are read in place (no copy of
/// the item vector); other iterables are collected first.
pub fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("join", args, 2, 2)?;
    let (r, kind) = this(vm, args[0])?;
    let seq = args[1];
    let in_place = matches!(seq.as_obj().map(|x| vm.heap.get(x)), Some(Object::List(_) | Object::Tuple(_)));
    let seq = if in_place {
        seq
    } else {
        let items = vm.collect_iter_rooted(seq)?;
        let l = vm.new_list(items);
        vm.temp_roots.push(l);
        l
    };
    let result = join_items(vm, r, kind, seq);
    if !in_place {
        vm.temp_roots.pop();
    }
    result
}

fn seq_items(heap: &Heap, seq: Value) -> &[Value] {
    match seq.as_obj().map(|r| heap.get(r)) {
        Some(Object::List(l)) => l,
        Some(Object::Tuple(t)) => t,
        _ => &[],
    }
}

fn join_items(vm: &mut Vm, r: ObjRef, kind: Kind, seq: Value) -> PyResult<Value> {
    // First pass: check every item and size the result.
    let heap = &vm.heap;
    let items = seq_items(heap, seq);
    let sep_len = data(heap, r).len();
    let mut total = sep_len.saturating_mul(items.len().saturating_sub(1));
    let mut ok = true;
    for &it in items {
        match item_bytes(heap, it, kind) {
            Some(b) => total += b.len(),
            None => {
                ok = false;
                break;
            }
        }
    }
    if !ok {
        return Err(vm.type_error("join expects a list of str/bytes objects consistent with self object"));
    }
    if items.len() == 1 && kind == Kind::Str {
        if let Some(p) = items[0].as_obj().filter(|&p| matches!(vm.heap.get(p), Object::Str(_))) {
            return Ok(Value::Obj(p));
        }
    }
    vm.reserve(total)?;
    // Second pass: copy. Items and separator are valid UTF-8 for str, so
    // the bytes concatenate to valid UTF-8.
    let heap = &vm.heap;
    let items = seq_items(heap, seq);
    let sep = data(heap, r);
    let mut out = Vec::with_capacity(total);
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        if let Some(b) = item_bytes(heap, it, kind) {
            out.extend_from_slice(b);
        }
    }
    Ok(make(vm, kind, out))
}

#[derive(Clone, Copy)]
enum Side {
    Both,
    Left,
    Right,
}

/// The byte range left after stripping: with no `chars`, ASCII whitespace;
/// with `chars`, any of its characters (decoded for a non-ASCII str).
fn strip_range(hay: &[u8], chars: Option<&[u8]>, kind: Kind, side: Side) -> (usize, usize) {
    let (mut s, mut e) = (0, hay.len());
    let left = matches!(side, Side::Both | Side::Left);
    let right = matches!(side, Side::Both | Side::Right);
    match chars {
        Some(set) if kind == Kind::Str && !(set.is_ascii() && hay.is_ascii()) => {
            let hay_s = std::str::from_utf8(hay).unwrap_or("");
            let set_s = std::str::from_utf8(set).unwrap_or("");
            let keep = |c: char| !set_s.contains(c);
            if left {
                s = hay_s.find(keep).unwrap_or(hay_s.len());
            }
            if right {
                e = hay_s.rfind(keep).map(|i| i + hay_s[i..].chars().next().map_or(1, |c| c.len_utf8())).unwrap_or(0);
            }
        }
        _ => {
            let strip = |b: u8| match chars {
                Some(set) => set.contains(&b),
                None => is_space(b),
            };
            if left {
                while s < e && strip(hay[s]) {
                    s += 1;
                }
            }
            if right {
                while e > s && strip(hay[e - 1]) {
                    e -= 1;
                }
            }
        }
    }
    if e < s {
        e = s;
    }
    (s, e)
}

fn strip_impl(vm: &mut Vm, args: &[Value], side: Side) -> PyResult<Value> {
    vm.check_args("strip", args, 1, 2)?;
    let (r, kind) = this(vm, args[0])?;
    // MicroPython takes no None for the characters.
    let chars = match args.get(1) {
        Some(&c) => Some(super::shared::arg_data(vm, c, kind)?),
        None => None,
    };
    let (a, b) = strip_range(data(&vm.heap, r), chars.as_deref(), kind, side);
    if a >= b && kind == Kind::ByteArray {
        // MicroPython answers an empty result with its one empty bytes object.
        return Ok(super::shared::make(vm, Kind::Bytes, vec![]));
    }
    Ok(make_slice(vm, r, kind, a, b))
}

pub fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, Side::Both)
}

pub fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, Side::Left)
}

pub fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, Side::Right)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(h: &[u8], p: Vec<(usize, usize)>) -> Vec<&[u8]> {
        p.into_iter().map(|(a, b)| &h[a..b]).collect()
    }

    #[test]
    fn splits_like_python() {
        let h = b"  a b  c ";
        assert_eq!(pieces(h, split_ws(h, usize::MAX)), vec![&b"a"[..], b"b", b"c"]);
        assert_eq!(pieces(h, split_ws(h, 1)), vec![&b"a"[..], b"b  c "]);
        assert_eq!(pieces(h, rsplit_ws(h, 1)), vec![&b"  a b"[..], b"c"]);
        let h = b"a,b,,c";
        assert_eq!(pieces(h, split_on(h, b",", usize::MAX)), vec![&b"a"[..], b"b", b"", b"c"]);
        assert_eq!(pieces(h, rsplit_on(h, b",", 1)), vec![&b"a,b,"[..], b"c"]);
        let h = b"x\r\ny\rz\n";
        assert_eq!(pieces(h, split_lines(h, false)), vec![&b"x"[..], b"y", b"z"]);
    }

    #[test]
    fn strips_sets_of_characters() {
        assert_eq!(strip_range(b"xxhixx", Some(b"x"), Kind::Bytes, Side::Both), (2, 4));
        assert_eq!(strip_range("ééhé".as_bytes(), Some("é".as_bytes()), Kind::Str, Side::Left), (4, 7));
        assert_eq!(strip_range(b"   ", None, Kind::Str, Side::Both), (3, 3));
    }
}
