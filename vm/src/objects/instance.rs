//! Instances of user classes (and of exception classes, built-in or not).

use super::dict::Dict;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use std::sync::Arc;

pub struct Instance {
    pub class: ObjRef,
    pub dict: Dict,
    pub base: BaseData,
}

pub enum BaseData {
    Object,
    Exception(Box<ExcData>),
    /// The built-in value of an instance of a subclass of a built-in type.
    Value(Value),
}

#[derive(Clone)]
pub struct TbEntry {
    pub file: Arc<str>,
    pub line: u32,
    pub name: Arc<str>,
}

pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Innermost call last, as printed.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    /// `StopIteration.value` and friends.
    pub value: Value,
}

impl Instance {
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.class);
        self.dict.trace(out);
        match &self.base {
            BaseData::Object => {}
            BaseData::Exception(e) => {
                for v in [e.args, e.cause, e.context, e.value] {
                    if let Value::Obj(r) = v {
                        out.push(r);
                    }
                }
            }
            BaseData::Value(Value::Obj(r)) => out.push(*r),
            BaseData::Value(_) => {}
        }
    }
    pub fn exc(&self) -> Option<&ExcData> {
        match &self.base {
            BaseData::Exception(e) => Some(e),
            _ => None,
        }
    }
    pub fn exc_mut(&mut self) -> Option<&mut ExcData> {
        match &mut self.base {
            BaseData::Exception(e) => Some(e),
            _ => None,
        }
    }
}
