//! State that Rust modules keep beside the heap (the simulated board, the
//! flash filesystem, asyncio's queues), found by type. Each extension reports
//! the heap values it holds so the collector keeps them.

use super::heap::ObjRef;
use std::any::{Any, TypeId};
use std::collections::HashMap;

pub trait Extension: Any + Send {
    fn trace(&self, _out: &mut Vec<ObjRef>) {}
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

#[derive(Default)]
pub struct Extensions {
    map: HashMap<TypeId, Box<dyn Extension>>,
}

impl Extensions {
    pub fn get<T: Extension>(&self) -> Option<&T> {
        self.map.get(&TypeId::of::<T>()).and_then(|b| b.as_any().downcast_ref())
    }
    pub fn get_mut<T: Extension>(&mut self) -> Option<&mut T> {
        self.map.get_mut(&TypeId::of::<T>()).and_then(|b| b.as_any_mut().downcast_mut())
    }
    pub fn insert<T: Extension>(&mut self, ext: T) {
        self.map.insert(TypeId::of::<T>(), Box::new(ext));
    }
    pub fn remove<T: Extension>(&mut self) -> Option<Box<dyn Extension>> {
        self.map.remove(&TypeId::of::<T>())
    }
    /// Move `T` over from another VM's extensions, replacing ours (state
    /// that outlives a reset: storage, the hardware around the chip).
    pub fn carry_from<T: Extension>(&mut self, other: &mut Extensions) {
        if let Some(ext) = other.map.remove(&TypeId::of::<T>()) {
            self.map.insert(TypeId::of::<T>(), ext);
        }
    }
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        for e in self.map.values() {
            e.trace(out);
        }
    }
}
