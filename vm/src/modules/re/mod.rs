//! `re`: MicroPython's regular-expression subset on an engine that answers
//! as re1.5 does (`engine.rs`): `compile`, `match`, `search`, `sub`, and on
//! compiled patterns `split` and `match`/`search` with pos and endpos;
//! match objects with `group`, `groups`, `start`, `end`, `span`. Matching
//! runs on the subject's bytes (UTF-8 for a str), as MicroPython's does.

pub mod engine;

use super::{add_fns, native_ref, new_class};
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use engine::Regex;
use std::sync::Arc;

pub struct Pattern {
    class: ObjRef,
    regex: Arc<Regex>,
}

crate::native_object!(Pattern);

pub struct Match {
    class: ObjRef,
    /// The subject string (str or bytes).
    subject: Value,
    /// Byte offsets in the subject of each group's start and end.
    slots: Vec<Option<usize>>,
}

crate::native_object!(Match, |s, out| {
    super::trace_values([&s.subject], out);
});

struct ReClasses {
    pattern: ObjRef,
    matched: ObjRef,
}

impl crate::runtime::extensions::Extension for ReClasses {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend([self.pattern, self.matched]);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("re");
    let pattern = new_class(vm, "re");
    let pm: &[(&'static str, NativeFn)] =
        &[("match", p_match), ("search", p_search), ("sub", p_sub), ("split", p_split)];
    for &(n, f) in pm {
        vm.add_method(pattern, n, f);
    }
    let matched = new_class(vm, "match");
    let mm: &[(&'static str, NativeFn)] = &[
        ("group", m_group),
        ("groups", m_groups),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("__repr__", m_repr),
    ];
    for &(n, f) in mm {
        vm.add_method(matched, n, f);
    }
    vm.extensions.insert(ReClasses { pattern, matched });
    // `split` is only a method of compiled patterns in MicroPython.
    add_fns(vm, d, &[("compile", compile), ("match", f_match), ("search", f_search), ("sub", f_sub)]);
    vm.module_add(d, "DEBUG", Value::Int(4096));
    Ok(m)
}

fn classes(vm: &mut Vm) -> PyResult<(ObjRef, ObjRef)> {
    match vm.extensions.get::<ReClasses>() {
        Some(c) => Ok((c.pattern, c.matched)),
        None => Err(vm.err(ExcKind::RuntimeError, "re module not initialised")),
    }
}

/// IndexError carrying the bad group number, as MicroPython raises it.
fn index_error(vm: &mut Vm, v: Value) -> crate::runtime::error::Exc {
    let class = vm.exc.get(ExcKind::IndexError);
    crate::runtime::error::Exc(vm.new_exception(class, vec![v]))
}

fn engine_error(vm: &mut Vm, e: engine::Error) -> crate::runtime::error::Exc {
    match e {
        engine::Error::TooComplex => vm.value_error("regex too complex"),
        engine::Error::Syntax => vm.value_error("error in regex"),
        engine::Error::Depth => vm.err(ExcKind::RuntimeError, "maximum recursion depth exceeded"),
    }
}

/// The compiled pattern of a pattern object, or `v` compiled; and whether
/// it was a pattern object already.
fn compile_pattern(vm: &mut Vm, v: Value) -> PyResult<(Arc<Regex>, bool)> {
    if let Some(p) = native_ref::<Pattern>(vm, v) {
        return Ok((p.regex.clone(), true));
    }
    let src = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b)) => b.to_vec(),
        _ => vm.str_arg(v)?.into_bytes(),
    };
    match Regex::new(&src) {
        Ok(r) => Ok((Arc::new(r), false)),
        Err(e) => Err(engine_error(vm, e)),
    }
}

fn compile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("compile", args, 1, 2)?;
    let (regex, _) = compile_pattern(vm, args[0])?;
    if let Some(&f) = args.get(1) {
        if vm.int_arg(f)? & 4096 != 0 {
            let text = regex.dump();
            vm.io.write(crate::target::Stream::Stdout, &text);
        }
    }
    let (class, _) = classes(vm)?;
    Ok(vm.alloc(Object::Native(Box::new(Pattern { class, regex }))))
}

/// The subject's bytes (UTF-8 for a str), and whether it was bytes.
fn subject(vm: &mut Vm, v: Value) -> PyResult<(Vec<u8>, bool)> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => Ok((s.as_str().as_bytes().to_vec(), false)),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok((b.to_vec(), true)),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")))
        }
    }
}

fn text_value(vm: &mut Vm, data: &[u8], bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(data.to_vec())
    } else {
        vm.new_str(String::from_utf8_lossy(data).into_owned())
    }
}

fn new_match(vm: &mut Vm, subject: Value, slots: Vec<Option<usize>>) -> PyResult<Value> {
    let (_, class) = classes(vm)?;
    Ok(vm.alloc(Object::Native(Box::new(Match { class, subject, slots }))))
}

/// match/search: module functions take (pattern, string); a compiled
/// pattern's methods also take pos and endpos.
fn run(vm: &mut Vm, args: &[Value], anchored: bool) -> PyResult<Value> {
    let (regex, compiled) = compile_pattern(vm, args[0])?;
    let (data, _) = subject(vm, args[1])?;
    let len = data.len() as i64;
    let mut begin = 0i64;
    let mut end = len;
    if compiled && args.len() > 2 {
        begin = vm.int_arg(args[2])?.clamp(0, len);
        if let Some(&e) = args.get(3) {
            end = vm.int_arg(e)?.min(len).max(begin);
        }
    }
    match regex.exec(&data, begin as usize, end as usize, anchored) {
        Ok(Some(slots)) => new_match(vm, args[1], slots),
        Ok(None) => Ok(Value::None),
        Err(e) => Err(engine_error(vm, e)),
    }
}

fn f_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("match", args, 2, 2)?;
    run(vm, args, true)
}

fn f_search(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("search", args, 2, 2)?;
    run(vm, args, false)
}

fn p_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("match", args, 2, 4)?;
    run(vm, args, true)
}

fn p_search(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("search", args, 2, 4)?;
    run(vm, args, false)
}

/// Append `template` with `\N`, `\g<N>` and `\\` replaced, as modre.c does:
/// a group number past the last group is IndexError(N); any other
/// backslash is dropped.
fn expand(vm: &mut Vm, out: &mut Vec<u8>, template: &[u8], data: &[u8], slots: &[Option<usize>]) -> PyResult<()> {
    let mut i = 0;
    while i < template.len() {
        if template[i] != b'\\' {
            out.push(template[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut g_format = false;
        if template.get(i) == Some(&b'g') && template.get(i + 1) == Some(&b'<') {
            i += 2;
            g_format = true;
        }
        match template.get(i) {
            Some(c) if c.is_ascii_digit() => {
                let mut n: u32 = 0;
                while let Some(d) = template.get(i).filter(|d| d.is_ascii_digit()) {
                    n = n.wrapping_mul(10).wrapping_add((d - b'0') as u32);
                    i += 1;
                }
                if g_format && template.get(i) == Some(&b'>') {
                    i += 1;
                }
                let k = n as usize;
                if k >= slots.len() / 2 {
                    return Err(index_error(vm, Value::Int(n as i64)));
                }
                if let (Some(s), Some(e)) = (slots[2 * k], slots[2 * k + 1]) {
                    out.extend_from_slice(&data[s..e]);
                }
            }
            Some(b'\\') => {
                out.push(b'\\');
                i += 1;
            }
            _ => {}
        }
    }
    Ok(())
}

fn sub_impl(vm: &mut Vm, pat: Value, repl: Value, text: Value, count: i64) -> PyResult<Value> {
    let (regex, _) = compile_pattern(vm, pat)?;
    let (data, bytes) = subject(vm, text)?;
    let mut out: Vec<u8> = vec![];
    let mut begin = 0;
    let mut count = count;
    let mut replaced = false;
    loop {
        let slots = match regex.exec(&data, begin, data.len(), false) {
            Ok(Some(s)) => s,
            Ok(None) => break,
            Err(e) => return Err(engine_error(vm, e)),
        };
        let (s, e) = (slots[0].unwrap_or(begin), slots[1].unwrap_or(begin));
        if s == e {
            break;
        }
        replaced = true;
        out.extend_from_slice(&data[begin..s]);
        let is_text = matches!(repl.as_obj().map(|r| vm.heap.get(r)), Some(Object::Str(_) | Object::Bytes(_)));
        let template = if !is_text {
            let m = new_match(vm, text, slots.clone())?;
            vm.call(repl, &[m])?
        } else {
            repl
        };
        let t = match template.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Str(s)) => s.as_str().as_bytes().to_vec(),
            Some(Object::Bytes(b)) => b.to_vec(),
            _ => vm.str_arg(template)?.into_bytes(),
        };
        expand(vm, &mut out, &t, &data, &slots)?;
        begin = e;
        if count > 0 {
            count -= 1;
            if count == 0 {
                break;
            }
        }
    }
    if !replaced {
        return Ok(text);
    }
    out.extend_from_slice(&data[begin..]);
    Ok(text_value(vm, &out, bytes))
}

fn f_sub(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sub", args, 3, 5)?;
    let count = match args.get(3) {
        Some(&c) => vm.int_arg(c)?,
        None => 0,
    };
    sub_impl(vm, args[0], args[1], args[2], count)
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    f_sub(vm, args, kw)
}

fn p_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("split", args, 2, 3)?;
    let (regex, _) = compile_pattern(vm, args[0])?;
    let (data, bytes) = subject(vm, args[1])?;
    let mut maxsplit = match args.get(2) {
        Some(&n) => vm.int_arg(n)?,
        None => 0,
    };
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    let r = (|| {
        let mut begin = 0;
        loop {
            let slots = match regex.exec(&data, begin, data.len(), false) {
                Ok(Some(s)) => s,
                Ok(None) => break,
                Err(e) => return Err(engine_error(vm, e)),
            };
            let (s, e) = (slots[0].unwrap_or(begin), slots[1].unwrap_or(begin));
            // No match, or an empty one: splitting stops (MicroPython).
            if s == e {
                break;
            }
            let piece = text_value(vm, &data[begin..s], bytes);
            vm.list_append(list, piece)?;
            if regex.groups > 0 {
                return Err(vm.err(ExcKind::NotImplementedError, "splitting with sub-captures"));
            }
            begin = e;
            if maxsplit > 0 {
                maxsplit -= 1;
                if maxsplit == 0 {
                    break;
                }
            }
        }
        let rest = text_value(vm, &data[begin..], bytes);
        vm.list_append(list, rest)
    })();
    vm.temp_roots.pop();
    r.map(|_| list)
}

fn match_parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Vec<Option<usize>>)> {
    match native_ref::<Match>(vm, v) {
        Some(m) => Ok((m.subject, m.slots.clone())),
        None => Err(super::bad_self(vm, "match")),
    }
}

fn group_index(vm: &mut Vm, args: &[Value], ngroups: usize) -> PyResult<usize> {
    let Some(&g) = args.get(1) else { return Ok(0) };
    let k = vm.int_arg(g)?;
    if k < 0 || k as usize >= ngroups {
        return Err(index_error(vm, g));
    }
    Ok(k as usize)
}

fn one_group(vm: &mut Vm, subject_v: Value, slots: &[Option<usize>], k: usize) -> PyResult<Value> {
    let (Some(s), Some(e)) = (slots[2 * k], slots[2 * k + 1]) else { return Ok(Value::None) };
    let (data, bytes) = subject(vm, subject_v)?;
    Ok(text_value(vm, &data[s..e], bytes))
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("group", args, 2, 2)?;
    let (subj, slots) = match_parts(vm, args[0])?;
    let k = group_index(vm, args, slots.len() / 2)?;
    one_group(vm, subj, &slots, k)
}

fn m_groups(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("groups", args, 1, 1)?;
    let (subj, slots) = match_parts(vm, args[0])?;
    let mut items = vec![];
    for k in 1..slots.len() / 2 {
        let g = one_group(vm, subj, &slots, k)?;
        vm.temp_roots.push(g);
        items.push(g);
    }
    vm.temp_roots.truncate(vm.temp_roots.len() - items.len());
    Ok(vm.new_tuple(items))
}

/// start or end of a group: -1 when it took no part; a str subject counts
/// characters, not bytes.
fn bound(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<i64> {
    let (subj, slots) = match_parts(vm, args[0])?;
    let k = group_index(vm, args, slots.len() / 2)?;
    let (Some(s), Some(e)) = (slots[2 * k], slots[2 * k + 1]) else { return Ok(-1) };
    let off = if end { e } else { s };
    let (data, bytes) = subject(vm, subj)?;
    if bytes {
        return Ok(off as i64);
    }
    Ok(data[..off].iter().filter(|&&b| b & 0xC0 != 0x80).count() as i64)
}

fn m_start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("start", args, 1, 2)?;
    Ok(Value::Int(bound(vm, args, false)?))
}

fn m_end(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("end", args, 1, 2)?;
    Ok(Value::Int(bound(vm, args, true)?))
}

fn m_span(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("span", args, 1, 2)?;
    let s = bound(vm, args, false)?;
    let e = bound(vm, args, true)?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, slots) = match_parts(vm, args[0])?;
    let s = format!("<match num={}>", slots.len() / 2);
    Ok(vm.new_str(s))
}
