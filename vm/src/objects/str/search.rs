//! Searching methods shared by str, bytes (and, where MicroPython has them,
//! bytearray): find/rfind/index/rindex, count, startswith/endswith,
//! replace, partition/rpartition.

use super::shared::{arg_data, byte_of, clamp_range, data, make, make_slice, this, unit_len, unit_of, Kind};
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// First occurrence of `needle` in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let first = needle[0];
    let mut i = 0;
    while i <= last {
        let p = hay[i..=last].iter().position(|&b| b == first)?;
        i += p;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last occurrence of `needle` in `hay`.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(hay.len());
    }
    let first = needle[0];
    (0..=hay.len() - needle.len()).rev().find(|&i| hay[i] == first && &hay[i..i + needle.len()] == needle)
}

/// Non-overlapping occurrences.
pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&hay[i..], needle) {
        n += 1;
        i += p + needle.len();
        if i > hay.len() {
            break;
        }
    }
    n
}

/// The byte window `start`/`end` select; the flag is false when the window
/// is invalid (start past end), so not even "" matches.
struct Window {
    from: usize,
    to: usize,
}

fn window(vm: &mut Vm, args: &[Value], first: usize) -> PyResult<(Window, bool)> {
    let (r, kind) = this(vm, args[0])?;
    let len = unit_len(&vm.heap, r);
    let what = match kind {
        Kind::Str => "string",
        Kind::Bytes => "bytes",
        Kind::ByteArray => "bytearray",
    };
    let (s, e) = clamp_range(vm, args.get(first).copied(), args.get(first + 1).copied(), len, what)?;
    let valid = s <= e;
    let (from, to) = if valid { (byte_of(&vm.heap, r, s), byte_of(&vm.heap, r, e)) } else { (0, 0) };
    Ok((Window { from, to }, valid))
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    vm.check_args(name, args, 2, 4)?;
    let (r, kind) = this(vm, args[0])?;
    let needle = match (kind, vm.int_arg_maybe(args[1])?) {
        // bytes and bytearray also find a single byte value.
        (Kind::Bytes | Kind::ByteArray, Some(b)) => match u8::try_from(b) {
            Ok(b) => vec![b],
            Err(_) => return Err(vm.value_error("bytes value out of range")),
        },
        _ => arg_data(vm, args[1], kind)?,
    };
    let (w, valid) = window(vm, args, 2)?;
    if !valid {
        return Ok(None);
    }
    let hay = &data(&vm.heap, r)[w.from..w.to];
    if kind == Kind::ByteArray && data(&vm.heap, r).is_empty() {
        // An empty bytearray has no storage on a board, and MicroPython's
        // search reports its null pointer as "not found", even for b"".
        return Ok(None);
    }
    let found = if reverse { rfind_bytes(hay, &needle) } else { find_bytes(hay, &needle) };
    Ok(found.map(|p| unit_of(&vm.heap, r, w.from + p)))
}

pub fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}

pub fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}

pub fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

pub fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("count", args, 2, 4)?;
    let (r, kind) = this(vm, args[0])?;
    let needle = arg_data(vm, args[1], kind)?;
    let (w, valid) = window(vm, args, 2)?;
    if !valid {
        return Ok(Value::Int(0));
    }
    if needle.is_empty() {
        // One match before each unit and one at the end.
        let units = match kind {
            Kind::Str => unit_of(&vm.heap, r, w.to) - unit_of(&vm.heap, r, w.from),
            // MicroPython counts bytes as if they were UTF-8: continuation
            // bytes (0x80..0xbf) start no unit.
            _ => data(&vm.heap, r)[w.from..w.to].iter().filter(|&&b| !(0x80..0xc0).contains(&b)).count(),
        };
        return Ok(Value::Int(units as i64 + 1));
    }
    let hay = &data(&vm.heap, r)[w.from..w.to];
    Ok(Value::Int(count_bytes(hay, &needle) as i64))
}

/// The prefixes/suffixes to test: one value or a tuple of them.
fn affixes(vm: &mut Vm, v: Value, kind: Kind) -> PyResult<Vec<Vec<u8>>> {
    if let Some(Object::Tuple(t)) = v.as_obj().map(|r| vm.heap.get(r)) {
        let items = t.to_vec();
        return items.into_iter().map(|x| affix(vm, x, kind)).collect();
    }
    Ok(vec![affix(vm, v, kind)?])
}

/// One prefix or suffix. A board compares the bytes of a str and a bytes
/// object alike here (`"abc".startswith(b"a")` is True).
fn affix(vm: &mut Vm, v: Value, kind: Kind) -> PyResult<Vec<u8>> {
    if let (Kind::Str, Some(Object::Bytes(b))) = (kind, v.as_obj().map(|r| vm.heap.get(r))) {
        return Ok(b.to_vec());
    }
    arg_data(vm, v, kind)
}

fn affix_impl(vm: &mut Vm, args: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    vm.check_args(name, args, 2, 4)?;
    let (r, kind) = this(vm, args[0])?;
    let wanted = affixes(vm, args[1], kind)?;
    let (w, valid) = window(vm, args, 2)?;
    if !valid {
        return Ok(Value::Bool(false));
    }
    let hay = &data(&vm.heap, r)[w.from..w.to];
    let hit = wanted.iter().any(|a| if at_end { hay.ends_with(a) } else { hay.starts_with(a) });
    Ok(Value::Bool(hit))
}

pub fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

pub fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

pub fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("replace", args, 3, 4)?;
    let (r, kind) = this(vm, args[0])?;
    let old = arg_data(vm, args[1], kind)?;
    let new = arg_data(vm, args[2], kind)?;
    let max = match args.get(3) {
        Some(&v) => {
            let n = vm.int_arg(v)?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
        None => usize::MAX,
    };
    let hay = data(&vm.heap, r);
    if max == 0 || (old.is_empty() && new.is_empty()) {
        let len = hay.len();
        return Ok(make_slice(vm, r, kind, 0, len));
    }
    // Estimate the size so a huge result raises MemoryError, not an abort.
    let n = if old.is_empty() { unit_len(&vm.heap, r) + 1 } else { count_bytes(hay, &old) }.min(max);
    if n == 0 {
        let len = hay.len();
        return Ok(make_slice(vm, r, kind, 0, len));
    }
    let size = (hay.len() + n.saturating_mul(new.len())).saturating_sub(n * old.len());
    vm.reserve(size)?;
    let hay = data(&vm.heap, r);
    let mut out = Vec::with_capacity(size);
    let mut done = 0;
    if old.is_empty() {
        // Insert before every unit (character for str) and at the end.
        let mut i = 0;
        while i <= hay.len() && done < max {
            out.extend_from_slice(&new);
            done += 1;
            if i == hay.len() {
                i += 1;
                break;
            }
            let step = if kind == Kind::Str { utf8_len(hay[i]) } else { 1 };
            out.extend_from_slice(&hay[i..(i + step).min(hay.len())]);
            i += step;
        }
        if i <= hay.len() {
            out.extend_from_slice(&hay[i..]);
        }
    } else {
        let mut i = 0;
        while done < max {
            match find_bytes(&hay[i..], &old) {
                Some(p) => {
                    out.extend_from_slice(&hay[i..i + p]);
                    out.extend_from_slice(&new);
                    i += p + old.len();
                    done += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&hay[i..]);
    }
    Ok(make(vm, kind, out))
}

/// Bytes in the UTF-8 sequence a lead byte starts.
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

fn partition_impl(vm: &mut Vm, args: &[Value], reverse: bool) -> PyResult<Value> {
    vm.check_args("partition", args, 2, 2)?;
    let (r, kind) = this(vm, args[0])?;
    let sep = arg_data(vm, args[1], kind)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let hay = data(&vm.heap, r);
    let len = hay.len();
    let found = if reverse { rfind_bytes(hay, &sep) } else { find_bytes(hay, &sep) };
    let parts = match found {
        Some(p) => {
            let a = make_slice(vm, r, kind, 0, p);
            vm.temp_roots.push(a);
            let b = args[1];
            let c = make_slice(vm, r, kind, p + sep.len(), len);
            vm.temp_roots.pop();
            // The separator comes back as the argument when it is the same kind.
            let b = if matches!(kind, Kind::ByteArray) || !same_kind(vm, b, kind) { make(vm, kind, sep) } else { b };
            [a, b, c]
        }
        None => {
            let whole = make_slice(vm, r, kind, 0, len);
            vm.temp_roots.push(whole);
            // The two empty parts are MicroPython's one empty bytes object,
            // even for a bytearray.
            let empty = if kind == Kind::ByteArray { Kind::Bytes } else { kind };
            let e1 = make(vm, empty, vec![]);
            vm.temp_roots.push(e1);
            let e2 = make(vm, empty, vec![]);
            vm.temp_roots.truncate(vm.temp_roots.len() - 2);
            if reverse {
                [e1, e2, whole]
            } else {
                [whole, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(parts.to_vec()))
}

fn same_kind(vm: &Vm, v: Value, kind: Kind) -> bool {
    matches!(
        (v.as_obj().map(|r| vm.heap.get(r)), kind),
        (Some(Object::Str(_)), Kind::Str) | (Some(Object::Bytes(_)), Kind::Bytes)
    )
}

pub fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

pub fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_counts() {
        assert_eq!(find_bytes(b"hello", b"l"), Some(2));
        assert_eq!(rfind_bytes(b"hello", b"l"), Some(3));
        assert_eq!(find_bytes(b"hello", b"xyz"), None);
        assert_eq!(rfind_bytes(b"hi", b""), Some(2));
        assert_eq!(count_bytes(b"aaaa", b"aa"), 2);
        assert_eq!(count_bytes(b"abcabc", b"c"), 2);
    }
}
