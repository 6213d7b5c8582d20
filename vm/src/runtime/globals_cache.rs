//! `LoadGlobal` with an inline cache per name: the entry index where the
//! name was found last time, checked by identity of the key still there.
//! A name found among the builtins also records the globals dict's
//! version, so a global defined later with the same name is seen.

use super::error::{ExcKind, PyResult};
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::compile::code::Code;
use std::sync::atomic::Ordering::Relaxed;

const IN_GLOBALS: u64 = 1;
const IN_BUILTINS: u64 = 2;

impl Vm {
    #[inline]
    pub(crate) fn load_global_cached(&mut self, code: &Code, i: usize, globals: ObjRef) -> PyResult<Value> {
        let name = code.names[i];
        let slot = &code.global_cache[i];
        let (a, b) = (slot.0.load(Relaxed), slot.1.load(Relaxed));
        if a != 0 && (b >> 32) as u32 == globals.0 {
            let idx = (a >> 32) as usize;
            if let Object::Dict(g) = self.heap.get(globals) {
                match a & 3 {
                    IN_GLOBALS => {
                        if let Some((k, v)) = g.entry_at(idx) {
                            if k.is(name) {
                                return Ok(v);
                            }
                        }
                    }
                    IN_BUILTINS if g.version() == b as u32 => {
                        if let Object::Dict(bd) = self.heap.get(self.builtins) {
                            if let Some((k, v)) = bd.entry_at(idx) {
                                if k.is(name) {
                                    return Ok(v);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        self.load_global_slow(code, i, globals)
    }

    fn load_global_slow(&mut self, code: &Code, i: usize, globals: ObjRef) -> PyResult<Value> {
        let name = code.names[i];
        let h = self.str_hash(name);
        let slot = &code.global_cache[i];
        if let Object::Dict(g) = self.heap.get(globals) {
            if let Some(idx) = g.find(&self.heap, h, name) {
                let v = g.entry_at(idx).map(|(_, v)| v).unwrap_or(Value::None);
                slot.0.store((idx as u64) << 32 | IN_GLOBALS, Relaxed);
                slot.1.store((globals.0 as u64) << 32, Relaxed);
                return Ok(v);
            }
            let version = g.version();
            if let Object::Dict(bd) = self.heap.get(self.builtins) {
                if let Some(idx) = bd.find(&self.heap, h, name) {
                    let v = bd.entry_at(idx).map(|(_, v)| v).unwrap_or(Value::None);
                    slot.0.store((idx as u64) << 32 | IN_BUILTINS, Relaxed);
                    slot.1.store((globals.0 as u64) << 32 | version as u64, Relaxed);
                    return Ok(v);
                }
            }
        } else {
            // Globals that are not a plain dict (never made by upy itself).
            return self.load_global(globals, name);
        }
        let n = self.str_of(name).to_string();
        Err(self.err(ExcKind::NameError, format!("name '{n}' isn't defined")))
    }
}
