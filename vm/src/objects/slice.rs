//! `slice`: what `a[i:j:k]` passes to `__getitem__`.

use crate::runtime::value::Value;

#[derive(Clone, Copy, Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
