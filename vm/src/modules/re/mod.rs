//! `re`: MicroPython's regular-expression subset on our own engine
//! (`engine.rs`): `compile`, `match`, `search`, `sub`, `split`, and match
//! objects with `group`, `groups`, `start`, `end`, `span`.

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

/// Steps one match may take before giving up (a pathological pattern
/// must not hang the notebook).
const STEP_BUDGET: u64 = 20_000_000;

pub struct Pattern {
    class: ObjRef,
    regex: Arc<Regex>,
    source: String,
}

crate::native_object!(Pattern);

pub struct Match {
    class: ObjRef,
    /// The subject string (str or bytes).
    subject: Value,
    slots: Vec<usize>,
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

fn compile_pattern(vm: &mut Vm, v: Value) -> PyResult<(Arc<Regex>, String)> {
    if let Some(p) = native_ref::<Pattern>(vm, v) {
        return Ok((p.regex.clone(), p.source.clone()));
    }
    let src = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => vm.str_arg(v)?,
    };
    match Regex::new(&src) {
        Ok(r) => Ok((Arc::new(r), src)),
        Err(engine::TOO_DEEP) => Err(vm.recursion_error()),
        Err(msg) => Err(vm.value_error(format!("Error in regex: {msg}"))),
    }
}

fn compile(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("compile", args, 1, 2)?;
    let (regex, source) = compile_pattern(vm, args[0])?;
    if let Some(&f) = args.get(1) {
        if vm.int_arg(f)? & 4096 != 0 {
            let text = format!("{regex:?}\n");
            vm.io.write(crate::target::Stream::Stdout, &text);
        }
    }
    let (class, _) = classes(vm)?;
    Ok(vm.alloc(Object::Native(Box::new(Pattern { class, regex, source }))))
}

/// The subject as chars (bytes map one-to-one onto U+0000..U+00FF), and
/// whether it was bytes.
fn subject(vm: &mut Vm, v: Value) -> PyResult<(Vec<char>, bool)> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => Ok((s.as_str().chars().collect(), false)),
        Some(Object::Bytes(b) | Object::ByteArray(b)) => Ok((b.iter().map(|&x| x as char).collect(), true)),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")))
        }
    }
}

fn text_value(vm: &mut Vm, chars: &[char], bytes: bool) -> Value {
    if bytes {
        let b = chars.iter().map(|&c| c as u32 as u8).collect();
        vm.new_bytes(b)
    } else {
        let s: String = chars.iter().collect();
        vm.new_str(s)
    }
}

fn too_complex(vm: &mut Vm, msg: &str) -> crate::runtime::error::Exc {
    vm.err(ExcKind::RuntimeError, msg)
}

fn run(vm: &mut Vm, pat: Value, text: Value, anchored: bool) -> PyResult<Value> {
    let (regex, _) = compile_pattern(vm, pat)?;
    let (chars, _) = subject(vm, text)?;
    let mut budget = STEP_BUDGET;
    let found =
        if anchored { regex.match_at(&chars, 0, &mut budget) } else { regex.search_from(&chars, 0, &mut budget) };
    match found {
        Ok(Some(slots)) => {
            let (_, class) = classes(vm)?;
            Ok(vm.alloc(Object::Native(Box::new(Match { class, subject: text, slots }))))
        }
        Ok(None) => Ok(Value::None),
        Err(msg) => Err(too_complex(vm, msg)),
    }
}

fn f_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("match", args, 2, 2)?;
    run(vm, args[0], args[1], true)
}

fn f_search(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("search", args, 2, 2)?;
    run(vm, args[0], args[1], false)
}

fn p_match(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("match", args, 2, 2)?;
    run(vm, args[0], args[1], true)
}

fn p_search(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("search", args, 2, 2)?;
    run(vm, args[0], args[1], false)
}

/// Expand `\1`…`\9`, `\g<n>` and escapes in a replacement template.
fn expand(vm: &mut Vm, template: &[char], groups: &[Option<Vec<char>>]) -> PyResult<Vec<char>> {
    let mut out = vec![];
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c != '\\' || i + 1 >= template.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = template[i + 1];
        let group = if n.is_ascii_digit() {
            i += 2;
            Some(n as usize - '0' as usize)
        } else if n == 'g' && template.get(i + 2) == Some(&'<') {
            let close = template[i + 3..].iter().position(|&c| c == '>').map(|p| p + i + 3);
            match close {
                Some(e) => {
                    let num: String = template[i + 3..e].iter().collect();
                    i = e + 1;
                    match num.parse::<usize>() {
                        Ok(k) => Some(k),
                        Err(_) => return Err(vm.value_error("bad group reference")),
                    }
                }
                None => return Err(vm.value_error("missing >")),
            }
        } else {
            match n {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '\\' => out.push('\\'),
                other => out.extend(['\\', other]),
            }
            i += 2;
            None
        };
        if let Some(k) = group {
            match groups.get(k) {
                Some(Some(g)) => out.extend_from_slice(g),
                Some(None) => {}
                None => return Err(vm.index_error("no such group")),
            }
        }
    }
    Ok(out)
}

fn group_texts(chars: &[char], slots: &[usize]) -> Vec<Option<Vec<char>>> {
    slots
        .chunks(2)
        .map(|p| if p[0] == usize::MAX || p[1] == usize::MAX { None } else { Some(chars[p[0]..p[1]].to_vec()) })
        .collect()
}

fn sub_impl(vm: &mut Vm, pat: Value, repl: Value, text: Value, count: i64) -> PyResult<Value> {
    let (regex, _) = compile_pattern(vm, pat)?;
    let (chars, bytes) = subject(vm, text)?;
    let template = match repl.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(_) | Object::Bytes(_)) => Some(subject(vm, repl)?.0),
        _ => None,
    };
    let (_, mclass) = classes(vm)?;
    let mut out: Vec<char> = vec![];
    let mut pos = 0;
    let mut done = 0i64;
    let mut budget = STEP_BUDGET;
    while pos <= chars.len() && (count <= 0 || done < count) {
        let found = regex.search_from(&chars, pos, &mut budget).map_err(|m| too_complex(vm, m))?;
        let Some(slots) = found else { break };
        let (s, e) = (slots[0], slots[1]);
        out.extend_from_slice(&chars[pos..s]);
        match &template {
            Some(t) => {
                let groups = group_texts(&chars, &slots);
                out.extend(expand(vm, t, &groups)?);
            }
            None => {
                let m =
                    vm.alloc(Object::Native(Box::new(Match { class: mclass, subject: text, slots: slots.clone() })));
                let r = vm.call(repl, &[m])?;
                out.extend(subject(vm, r)?.0);
            }
        }
        done += 1;
        if e == s {
            // An empty match: keep one character and move on.
            if s < chars.len() {
                out.push(chars[s]);
            }
            pos = s + 1;
        } else {
            pos = e;
        }
    }
    if pos < chars.len() {
        out.extend_from_slice(&chars[pos..]);
    }
    Ok(text_value(vm, &out, bytes))
}

fn int_or(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(&v) => vm.int_arg(v),
        None => Ok(default),
    }
}

fn f_sub(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sub", args, 3, 5)?;
    let count = vm.arg_or(args, kw, 3, "count", Value::Int(0));
    let count = int_or(vm, Some(&count), 0)?;
    sub_impl(vm, args[0], args[1], args[2], count)
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    f_sub(vm, args, kw)
}

fn split_impl(vm: &mut Vm, pat: Value, text: Value, maxsplit: i64) -> PyResult<Value> {
    let (regex, _) = compile_pattern(vm, pat)?;
    let (chars, bytes) = subject(vm, text)?;
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    let mut pos = 0;
    let mut last = 0;
    let mut splits = 0;
    let mut budget = STEP_BUDGET;
    while pos <= chars.len() && (maxsplit < 0 || splits < maxsplit) {
        let found = match regex.search_from(&chars, pos, &mut budget) {
            Ok(f) => f,
            Err(m) => {
                vm.temp_roots.pop();
                return Err(too_complex(vm, m));
            }
        };
        let Some(slots) = found else { break };
        let (s, e) = (slots[0], slots[1]);
        if e == s {
            // Empty matches do not split (MicroPython's behaviour).
            pos = s + 1;
            continue;
        }
        let piece = text_value(vm, &chars[last..s], bytes);
        vm.list_append(list, piece)?;
        splits += 1;
        last = e;
        pos = e;
    }
    let rest = text_value(vm, &chars[last.min(chars.len())..], bytes);
    vm.list_append(list, rest)?;
    vm.temp_roots.pop();
    Ok(list)
}

fn f_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("split", args, 2, 3)?;
    let n = int_or(vm, args.get(2), -1)?;
    split_impl(vm, args[0], args[1], if n == 0 { -1 } else { n })
}

fn p_split(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    f_split(vm, args, &[])
}

fn match_parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Vec<usize>)> {
    match native_ref::<Match>(vm, v) {
        Some(m) => Ok((m.subject, m.slots.clone())),
        None => Err(super::bad_self(vm, "match")),
    }
}

fn group_index(vm: &mut Vm, args: &[Value], ngroups: usize) -> PyResult<usize> {
    let k = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => 0,
    };
    if k < 0 || k as usize >= ngroups {
        return Err(vm.index_error("no such group"));
    }
    Ok(k as usize)
}

fn one_group(vm: &mut Vm, subject_v: Value, slots: &[usize], k: usize) -> PyResult<Value> {
    let (s, e) = (slots[2 * k], slots[2 * k + 1]);
    if s == usize::MAX || e == usize::MAX {
        return Ok(Value::None);
    }
    let (chars, bytes) = subject(vm, subject_v)?;
    Ok(text_value(vm, &chars[s..e], bytes))
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("group", args, 1, 2)?;
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

fn bound(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<i64> {
    let (_, slots) = match_parts(vm, args[0])?;
    let k = group_index(vm, args, slots.len() / 2)?;
    let v = slots[2 * k + end as usize];
    Ok(if v == usize::MAX { -1 } else { v as i64 })
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
