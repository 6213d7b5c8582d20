//! The number protocol: any value as a machine int, a float or a complex,
//! the way MicroPython's `mp_obj_get_int`, `mp_obj_get_float` and
//! `mp_obj_get_complex` take them. Instances convert through `__int__`,
//! `__float__` and `__complex__` (MicroPython has no `__index__`: `__int__`
//! serves indices too), or through the built-in value they subclass.

use crate::objects::int::big_to_float;
use crate::runtime::error::{Exc, ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_traits::ToPrimitive;

impl Vm {
    /// MicroPython's `mp_obj_get_int`: a bool or int that fits a machine
    /// word, or an instance whose `__int__` gives one.
    pub fn int_arg(&mut self, v: Value) -> PyResult<i64> {
        match self.int_arg_maybe(v)? {
            Some(i) => Ok(i),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("can't convert {t} to int")))
            }
        }
    }

    /// MicroPython's error for an int that does not fit a machine word.
    pub fn word_overflow(&mut self) -> Exc {
        self.err(ExcKind::OverflowError, "overflow converting long int to machine word")
    }

    /// As [`Vm::int_arg`], `None` where there is no conversion.
    pub fn int_arg_maybe(&mut self, v: Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => match b.to_i64() {
                    Some(i) => Ok(Some(i)),
                    None => Err(self.word_overflow()),
                },
                Object::Instance(_) => {
                    let name = self.names.int;
                    match self.call_dunder(v, name, &[])? {
                        Some(r) if self.is_int(r) => self.int_arg_maybe(r),
                        Some(_) => Err(self.type_error("__int__ returned non-int")),
                        None => {
                            let inner = self.unwrap_builtin(v);
                            if inner.is(v) {
                                Ok(None)
                            } else {
                                self.int_arg_maybe(inner)
                            }
                        }
                    }
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// Whether `v` is an int (small or big, bools included).
    pub fn is_int(&self, v: Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(r) => matches!(self.heap.get(r), Object::BigInt(_)),
            _ => false,
        }
    }

    /// MicroPython's `mp_obj_get_complex`: a real number, a complex, or an
    /// object with `__float__` or `__complex__`.
    pub fn complex_arg(&mut self, v: Value) -> PyResult<(f64, f64)> {
        match self.complex_arg_maybe(v)? {
            Some(c) => Ok(c),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(format!("can't convert {t} to complex")))
            }
        }
    }

    /// As [`Vm::complex_arg`], `None` where there is no conversion.
    pub fn complex_arg_maybe(&mut self, v: Value) -> PyResult<Option<(f64, f64)>> {
        if let Some(f) = self.float_arg_maybe(v)? {
            return Ok(Some((f, 0.0)));
        }
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Complex(re, im)) => Ok(Some((*re, *im))),
            Some(Object::Instance(_)) => {
                let name = self.names.complex;
                match self.call_dunder(v, name, &[])? {
                    Some(r) => match r.as_obj().map(|x| self.heap.get(x)) {
                        Some(Object::Complex(re, im)) => Ok(Some((*re, *im))),
                        _ => Ok(None),
                    },
                    None => {
                        let inner = self.unwrap_builtin(v);
                        if inner.is(v) {
                            Ok(None)
                        } else {
                            self.complex_arg_maybe(inner)
                        }
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// The float value of a built-in number (no dunders are called):
    /// `None` for complex and non-numbers.
    pub fn float_value(&self, v: Value) -> Option<f64> {
        match v {
            Value::Int(i) => Some(i as f64),
            Value::Bool(b) => Some(b as i64 as f64),
            Value::Float(f) => Some(f),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(big_to_float(b)),
                Object::Instance(_) => {
                    let inner = self.unwrap_builtin(v);
                    if inner.is(v) {
                        None
                    } else {
                        self.float_value(inner)
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }
}
