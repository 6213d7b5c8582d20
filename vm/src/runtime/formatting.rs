//! The object side of formatting: `format(v, spec)`, `str % args` and
//! `str.format`. The text work is in `crate::format`.

use super::error::{Exc, ExcKind, PyResult};
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::format::bigint::IntRef;
use crate::format::percent::{self, Piece as PPiece};
use crate::format::template::{self, Accessor, FieldArg, Piece as TPiece};
use crate::format::{ErrorKind, FormatError, FormatSpec};

impl Vm {
    pub fn format_error(&mut self, e: FormatError) -> Exc {
        let kind = match e.kind {
            ErrorKind::ValueError => ExcKind::ValueError,
            ErrorKind::TypeError => ExcKind::TypeError,
            ErrorKind::OverflowError => ExcKind::OverflowError,
            ErrorKind::IndexError => ExcKind::IndexError,
            ErrorKind::KeyError => ExcKind::KeyError,
        };
        self.err(kind, e.message)
    }

    /// `format(v, spec)`.
    pub fn format_with_spec(&mut self, v: Value, spec_text: &str) -> PyResult<String> {
        if let Some(Object::Instance(i)) = v.as_obj().map(|r| self.heap.get(r)) {
            let class = i.class;
            let f = self.intern("__format__");
            if let Some(func) = self.lookup_class_attr(class, f) {
                if matches!(func.as_obj().map(|x| self.heap.get(x)), Some(Object::Function(_))) {
                    let s = self.new_str(spec_text);
                    let r = self.call(func, &[v, s])?;
                    return Ok(self.str_of(r).to_string());
                }
            }
            let inner = self.unwrap_builtin(v);
            if !inner.is(v) {
                return self.format_with_spec(inner, spec_text);
            }
            if !spec_text.is_empty() {
                let t = self.type_name(v);
                return Err(self.type_error(format!("unsupported format string passed to {t}.__format__")));
            }
            return self.str(v);
        }
        let spec = FormatSpec::parse(spec_text).map_err(|e| self.format_error(e))?;
        let r = match v {
            Value::Int(i) => crate::format::int_format::format_i64(i, &spec),
            Value::Bool(b) => {
                if spec.ty.is_none() {
                    let s = if b { "True" } else { "False" };
                    crate::format::str_format::format_str(s, &spec)
                } else {
                    crate::format::int_format::format_i64(b as i64, &spec)
                }
            }
            Value::Float(f) => crate::format::float_format::format_float(f, &spec),
            Value::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => crate::format::str_format::format_str(s.as_str(), &spec),
                Object::BigInt(b) => crate::format::int_format::format_bigint(b, &spec),
                _ => {
                    let s = self.str(v)?;
                    crate::format::str_format::format_str(&s, &spec)
                }
            },
            _ => {
                let s = self.str(v)?;
                crate::format::str_format::format_str(&s, &spec)
            }
        };
        r.map_err(|e| self.format_error(e))
    }

    /// `template % args`.
    pub fn percent_format(&mut self, template: Value, args: Value) -> PyResult<Value> {
        let text = self.str_of(template).to_string();
        let pieces = percent::parse_percent(&text).map_err(|e| self.format_error(e))?;
        let is_tuple = matches!(args.as_obj().map(|r| self.heap.get(r)), Some(Object::Tuple(_)));
        let is_mapping = matches!(args.as_obj().map(|r| self.heap.get(r)), Some(Object::Dict(_)));
        let items: Vec<Value> = if is_tuple { self.collect_iter(args)? } else { vec![args] };
        let mut next = 0usize;
        let mut out = String::new();
        let mut used_mapping = false;
        for p in pieces {
            match p {
                PPiece::Literal(s) => out.push_str(&s),
                PPiece::Conversion(spec) => {
                    let mut take = |vm: &mut Vm| -> PyResult<Value> {
                        let v = items.get(next).copied();
                        next += 1;
                        v.ok_or_else(|| vm.format_error(percent::not_enough_arguments()))
                    };
                    let mut star = |vm: &mut Vm| -> PyResult<Option<i64>> {
                        let v = take(vm)?;
                        match v {
                            Value::Int(i) => Ok(Some(i)),
                            _ => Err(vm.type_error("* wants int")),
                        }
                    };
                    let sw = if matches!(spec.width, Some(percent::Count::Star)) { star(self)? } else { None };
                    let sp = if matches!(spec.precision, Some(percent::Count::Star)) { star(self)? } else { None };
                    let resolved = spec.resolve(sw, sp).map_err(|e| self.format_error(e))?;
                    let value = match &spec.key {
                        Some(k) => {
                            if !is_mapping {
                                return Err(self.format_error(percent::needs_mapping()));
                            }
                            used_mapping = true;
                            let kv = self.new_str(k.clone());
                            self.get_item(args, kv)?
                        }
                        None => {
                            let v = items.get(next).copied();
                            next += 1;
                            match v {
                                Some(v) => v,
                                None => return Err(self.format_error(percent::not_enough_arguments())),
                            }
                        }
                    };
                    let piece = match resolved.conversion {
                        's' => {
                            let s = self.str(value)?;
                            percent::render_text(&resolved, &s)
                        }
                        'r' | 'a' => {
                            let s = self.repr(value)?;
                            percent::render_text(&resolved, &s)
                        }
                        'c' => {
                            let c = match value {
                                Value::Int(i) => percent::char_errors::from_int(i).map_err(|e| self.format_error(e))?,
                                _ => match self.as_str(value) {
                                    Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                                    _ => return Err(self.format_error(percent::char_errors::requires_int_or_char())),
                                },
                            };
                            percent::render_char(&resolved, c)
                        }
                        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                            let value = match value {
                                Value::Float(f) if matches!(resolved.conversion, 'd' | 'i' | 'u') => {
                                    Value::Int(f.trunc() as i64)
                                }
                                v => v,
                            };
                            match value {
                                Value::Int(i) => percent::render_int(&resolved, IntRef::Small(i)),
                                Value::Bool(b) => percent::render_int(&resolved, IntRef::Small(b as i64)),
                                Value::Obj(r) => match self.heap.get(r) {
                                    Object::BigInt(b) => {
                                        let b = b.clone();
                                        percent::render_int(&resolved, IntRef::Big(&b))
                                    }
                                    _ => {
                                        let t = self.type_name(value);
                                        return Err(self.type_error(format!(
                                            "%{} format: a number is required, not {t}",
                                            resolved.conversion
                                        )));
                                    }
                                },
                                _ => return Err(self.type_error("format requires a number")),
                            }
                        }
                        _ => {
                            let f = match self.float_value(value) {
                                Some(f) => f,
                                None => {
                                    let t = self.type_name(value);
                                    return Err(self.type_error(format!("must be real number, not {t}")));
                                }
                            };
                            percent::render_float(&resolved, f)
                        }
                    };
                    out.push_str(&piece);
                }
            }
        }
        if next < items.len() && !used_mapping && !(is_mapping && next <= 1) {
            return Err(self.format_error(percent::not_all_converted()));
        }
        Ok(self.new_str(out))
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<String> {
        let pieces = template::parse_template(template).map_err(|e| self.format_error(e))?;
        let mut out = String::new();
        self.render_template(&pieces, args, kwargs, &mut out, 0)?;
        Ok(out)
    }

    fn render_template(
        &mut self,
        pieces: &[TPiece],
        args: &[Value],
        kwargs: &[(Value, Value)],
        out: &mut String,
        depth: usize,
    ) -> PyResult<()> {
        if depth > 2 {
            return Err(self.value_error("Max string recursion exceeded"));
        }
        for p in pieces {
            match p {
                TPiece::Literal(s) => out.push_str(s),
                TPiece::Field(f) => {
                    let mut v = match &f.arg {
                        FieldArg::Index(i) => match args.get(*i) {
                            Some(&v) => v,
                            None => return Err(self.format_error(template::index_out_of_range())),
                        },
                        FieldArg::Name(n) => {
                            let found = kwargs.iter().find(|(k, _)| self.str_of(*k) == n).map(|&(_, v)| v);
                            match found {
                                Some(v) => v,
                                None => {
                                    let k = self.new_str(n.clone());
                                    return Err(self.key_error(k));
                                }
                            }
                        }
                    };
                    for a in &f.accessors {
                        v = match a {
                            Accessor::Attr(name) => {
                                let n = self.intern(name);
                                self.get_attr(v, n)?
                            }
                            Accessor::Index(i) => self.get_item(v, Value::Int(*i as i64))?,
                            Accessor::Key(k) => {
                                let kv = self.new_str(k.clone());
                                self.get_item(v, kv)?
                            }
                        };
                    }
                    let v = match f.conversion {
                        Some('r') | Some('a') => {
                            let s = self.repr(v)?;
                            self.new_str(s)
                        }
                        Some('s') => {
                            let s = self.str(v)?;
                            self.new_str(s)
                        }
                        _ => v,
                    };
                    let spec = match f.literal_spec() {
                        Some(s) => s,
                        None => {
                            let mut s = String::new();
                            self.render_template(&f.spec, args, kwargs, &mut s, depth + 1)?;
                            s
                        }
                    };
                    let text = if spec.is_empty() { self.str(v)? } else { self.format_with_spec(v, &spec)? };
                    out.push_str(&text);
                }
            }
        }
        Ok(())
    }
}
