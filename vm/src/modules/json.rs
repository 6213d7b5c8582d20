//! `json`: `dumps`/`dump` with `separators`, `loads`/`load`. Output keeps
//! non-ASCII text as is (MicroPython does not escape it).

use super::add_fns;
use crate::objects::dict::Dict;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("json");
    add_fns(vm, d, &[("dumps", dumps), ("dump", dump), ("loads", loads), ("load", load)]);
    Ok(m)
}

fn separators(vm: &mut Vm, v: Value) -> PyResult<(String, String)> {
    if v.is_none() {
        return Ok((", ".into(), ": ".into()));
    }
    let items = vm.collect_iter(v)?;
    if items.len() != 2 {
        return Err(vm.value_error("separators must be a pair"));
    }
    Ok((vm.str_arg(items[0])?, vm.str_arg(items[1])?))
}

fn dumps(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("dumps", args, 1, 2)?;
    vm.check_kwargs(kw, &["separators"])?;
    let sep = vm.arg_or(args, kw, 1, "separators", Value::None);
    let sep = separators(vm, sep)?;
    let mut out = String::new();
    encode(vm, args[0], &sep, &mut out, 0)?;
    Ok(vm.new_str(out))
}

fn dump(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("dump", args, 2, 3)?;
    vm.check_kwargs(kw, &["separators"])?;
    let sep = vm.arg_or(args, kw, 2, "separators", Value::None);
    let sep = separators(vm, sep)?;
    let mut out = String::new();
    encode(vm, args[0], &sep, &mut out, 0)?;
    super::stream::write_text(vm, args[1], &out)?;
    Ok(Value::None)
}

fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn bytes_of(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    }
}

fn encode(vm: &mut Vm, v: Value, sep: &(String, String), out: &mut String, depth: usize) -> PyResult<()> {
    if depth > 200 {
        return Err(vm.err(crate::runtime::error::ExcKind::RuntimeError, "maximum recursion depth exceeded"));
    }
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Value::Int(_) | Value::Float(_) => out.push_str(&vm.repr(v)?),
        Value::Obj(r) => {
            enum Kind {
                Str(String),
                Seq(Vec<Value>),
                Map(Vec<(Value, Value)>),
                Num,
                Other,
            }
            let kind = match vm.heap.get(r) {
                Object::Str(s) => Kind::Str(s.as_str().to_string()),
                Object::List(l) => Kind::Seq(l.clone()),
                Object::Tuple(t) => Kind::Seq(t.to_vec()),
                Object::Dict(d) => Kind::Map(d.iter().map(|e| (e.key, e.value)).collect()),
                Object::BigInt(_) => Kind::Num,
                _ => Kind::Other,
            };
            match kind {
                Kind::Str(s) => quote(out, &s),
                Kind::Num => out.push_str(&vm.repr(v)?),
                Kind::Seq(items) => {
                    out.push('[');
                    for (i, x) in items.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(&sep.0);
                        }
                        encode(vm, x, sep, out, depth + 1)?;
                    }
                    out.push(']');
                }
                Kind::Map(items) => {
                    out.push('{');
                    for (i, (k, x)) in items.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(&sep.0);
                        }
                        // MicroPython quotes a key that is not a string
                        // around its JSON form: {"null": 1}, {"1": 2}.
                        let stringy = vm.as_str(k).is_some() || bytes_of(vm, k).is_some();
                        if !stringy {
                            out.push('"');
                        }
                        encode(vm, k, sep, out, depth + 1)?;
                        if !stringy {
                            out.push('"');
                        }
                        out.push_str(&sep.1);
                        encode(vm, x, sep, out, depth + 1)?;
                    }
                    out.push('}');
                }
                Kind::Other => {
                    let inner = vm.unwrap_builtin(v);
                    if !inner.is(v) {
                        return encode(vm, inner, sep, out, depth);
                    }
                    if let Some(b) = bytes_of(vm, v) {
                        // bytes print as a string in JSON.
                        quote(out, &String::from_utf8_lossy(&b));
                    } else {
                        // Anything else prints as its repr, unchecked.
                        out.push_str(&vm.repr(v)?);
                    }
                }
            }
        }
        Value::Undef => out.push_str("null"),
    }
    Ok(())
}

fn loads(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("loads", args, 1, 1)?;
    let text = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(b) | Object::ByteArray(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => vm.str_arg(args[0])?,
    };
    parse_text(vm, &text)
}

fn load(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("load", args, 1, 1)?;
    let text = super::stream::read_all(vm, args[0])?;
    loads(vm, &[text], &[])
}

pub fn parse_text(vm: &mut Vm, text: &str) -> PyResult<Value> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let base = vm.temp_roots.len();
    let r = p.value(vm, 0).and_then(|v| {
        p.ws();
        if p.i != p.s.len() {
            Err(vm.value_error("syntax error in JSON"))
        } else {
            Ok(v)
        }
    });
    vm.temp_roots.truncate(base);
    r
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn err(vm: &mut Vm) -> crate::runtime::error::Exc {
        vm.value_error("syntax error in JSON")
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        self.ws();
        if depth > 200 {
            return Err(Self::err(vm));
        }
        let Some(&c) = self.s.get(self.i) else { return Err(Self::err(vm)) };
        match c {
            b'{' => {
                self.i += 1;
                let d = vm.new_dict(Dict::new());
                vm.temp_roots.push(d);
                self.ws();
                if self.s.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(d);
                }
                loop {
                    self.ws();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(Self::err(vm));
                    }
                    let k = self.string(vm)?;
                    let k = vm.new_str(k);
                    vm.temp_roots.push(k);
                    self.ws();
                    if self.s.get(self.i) != Some(&b':') {
                        return Err(Self::err(vm));
                    }
                    self.i += 1;
                    let v = self.value(vm, depth + 1)?;
                    vm.dict_set(d, k, v)?;
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(d);
                        }
                        _ => return Err(Self::err(vm)),
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let l = vm.new_list(vec![]);
                vm.temp_roots.push(l);
                self.ws();
                if self.s.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(l);
                }
                loop {
                    let v = self.value(vm, depth + 1)?;
                    vm.list_append(l, v)?;
                    self.ws();
                    match self.s.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(l);
                        }
                        _ => return Err(Self::err(vm)),
                    }
                }
            }
            b'"' => {
                let s = self.string(vm)?;
                let v = vm.new_str(s);
                vm.temp_roots.push(v);
                Ok(v)
            }
            b't' => self.word(vm, "true", Value::Bool(true)),
            b'f' => self.word(vm, "false", Value::Bool(false)),
            b'n' => self.word(vm, "null", Value::None),
            b'-' | b'0'..=b'9' => self.number(vm),
            _ => Err(Self::err(vm)),
        }
    }

    fn word(&mut self, vm: &mut Vm, w: &str, v: Value) -> PyResult<Value> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(Self::err(vm))
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.i;
        let mut is_float = false;
        while let Some(&c) = self.s.get(self.i) {
            match c {
                b'0'..=b'9' | b'-' | b'+' => {}
                b'.' | b'e' | b'E' => is_float = true,
                _ => break,
            }
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
        if is_float {
            text.parse::<f64>().map(Value::Float).map_err(|_| Self::err(vm))
        } else if let Ok(i) = text.parse::<i64>() {
            Ok(Value::Int(i))
        } else {
            match text.parse::<num_bigint::BigInt>() {
                Ok(b) => Ok(vm.int_value(b)),
                Err(_) => Err(Self::err(vm)),
            }
        }
    }

    fn hex4(&mut self, vm: &mut Vm) -> PyResult<u32> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok());
        let v = h.and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or_else(|| Self::err(vm))?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<String> {
        self.i += 1;
        let mut out: Vec<u8> = vec![];
        loop {
            let Some(&c) = self.s.get(self.i) else { return Err(Self::err(vm)) };
            self.i += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else { return Err(Self::err(vm)) };
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut cp = self.hex4(vm)?;
                            if (0xd800..0xdc00).contains(&cp) && self.s[self.i..].starts_with(b"\\u") {
                                self.i += 2;
                                let lo = self.hex4(vm)?;
                                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo.wrapping_sub(0xdc00) & 0x3ff);
                            }
                            char::from_u32(cp).unwrap_or('\u{fffd}')
                        }
                        _ => return Err(Self::err(vm)),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c => out.push(c),
            }
        }
        String::from_utf8(out).map_err(|_| Self::err(vm))
    }
}
