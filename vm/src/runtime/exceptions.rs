//! Raising: turning `raise X` operands into exception instances, matching
//! `except` clauses, and printing tracebacks in MicroPython's form.

use super::error::{Exc, ExcKind, PyResult};
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::target::ErrorInfo;

impl Vm {
    /// `raise v`: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Exc> {
        let base = self.exc.get(ExcKind::BaseException);
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Object::Class(_) if self.is_subclass(r, base) => {
                    let inst = self.instantiate(r, &[], &[])?;
                    // A `__new__` may answer with anything.
                    if self.is_instance_of(inst, base) {
                        return Ok(Exc(inst));
                    }
                }
                Object::Instance(i) if self.is_subclass(i.class, base) => return Ok(Exc(v)),
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub fn set_cause(&mut self, exc: Value, cause: Value) {
        let cause = match self.make_exception(cause) {
            Ok(e) => e.0,
            Err(_) => Value::None,
        };
        if let Value::Obj(r) = exc {
            if let Object::Instance(i) = self.heap.get_mut(r) {
                if let Some(e) = i.exc_mut() {
                    e.cause = cause;
                }
            }
        }
    }

    /// Does `exc` match an `except` clause's class (or tuple of classes)?
    pub fn exception_matches(&mut self, exc: Value, class: Value) -> PyResult<bool> {
        let ec = self.class_of(exc);
        match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Class(_)) => Ok(self.is_subclass(ec, class.as_obj().expect("class"))),
            Some(Object::Tuple(t)) => {
                let t = t.to_vec();
                self.check_stack()?;
                for c in t {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// The exception as a front end reports it: name, message and the
    /// traceback lines MicroPython prints.
    pub fn error_info(&mut self, exc: Value) -> ErrorInfo {
        let class = self.class_of(exc);
        let ename = self.class_name(class).to_string();
        let evalue = self.str(exc).unwrap_or_default();
        let mut lines = vec!["Traceback (most recent call last):".to_string()];
        if let Some(Object::Instance(i)) = exc.as_obj().map(|r| self.heap.get(r)) {
            if let Some(e) = i.exc() {
                for t in e.traceback.iter().rev() {
                    lines.push(format!("  File \"{}\", line {}, in {}", t.file, t.line, t.name));
                }
            }
        }
        // MicroPython prints the colon even with no message.
        lines.push(format!("{ename}: {evalue}"));
        ErrorInfo { ename, evalue, traceback: lines }
    }

    /// Print an exception with its traceback, as `sys.print_exception` does.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let info = self.error_info(exc);
        let mut s = info.traceback.join("\n");
        s.push('\n');
        s
    }
}
