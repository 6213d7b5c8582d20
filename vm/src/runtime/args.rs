//! Argument checking for native functions, with MicroPython's messages.

use super::error::PyResult;
use super::value::Value;
use super::vm::Vm;
use crate::objects::function::KwArgs;

impl Vm {
    /// Check the positional count is within `min..=max`.
    pub fn check_args(&mut self, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
        let n = args.len();
        if n < min || n > max {
            let msg = if min == max {
                format!("function takes {min} positional arguments but {n} were given")
            } else if n < min {
                format!("function missing {} required positional arguments", min - n)
            } else {
                format!("function expected at most {max} arguments, got {n}")
            };
            let _ = name;
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// A constructor's positional count (`args` starts with the class).
    pub fn check_ctor_args(&mut self, args: &[Value], max: usize) -> PyResult<()> {
        let n = args.len().saturating_sub(1);
        if n > max {
            return Err(self.type_error(format!("function expected at most {max} arguments, got {n}")));
        }
        Ok(())
    }

    /// A keyword argument by name.
    pub fn kwarg(&self, kw: KwArgs, name: &str) -> Option<Value> {
        kw.iter().find(|(k, _)| self.str_of(*k) == name).map(|&(_, v)| v)
    }

    /// Reject keyword arguments other than `allowed`.
    pub fn check_kwargs(&mut self, kw: KwArgs, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in kw {
            let name = self.str_of(*k).to_string();
            if !allowed.contains(&name.as_str()) {
                // MicroPython's argument parser for natives names no keyword.
                return Err(self.type_error("extra keyword arguments given"));
            }
        }
        Ok(())
    }

    /// Positional argument `i`, or keyword `name`, or `default`.
    pub fn arg_or(&self, args: &[Value], kw: KwArgs, i: usize, name: &str, default: Value) -> Value {
        args.get(i).copied().or_else(|| self.kwarg(kw, name)).unwrap_or(default)
    }

    pub fn str_arg(&mut self, v: Value) -> PyResult<String> {
        match self.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let inner = self.unwrap_builtin(v);
                if !inner.is(v) {
                    return self.str_arg(inner);
                }
                let t = self.type_name(v);
                Err(self.type_error(format!("can't convert '{t}' object to str implicitly")))
            }
        }
    }
}
