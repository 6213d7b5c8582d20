//! A cache of class attribute lookups (`type(obj).name` through the MRO):
//! every method call and dunder lookup would otherwise probe one dict per
//! class in the MRO. Direct-mapped; one generation counter invalidates all
//! of it whenever any class namespace changes or the collector runs (a
//! freed class's slot may be reused).

use super::heap::ObjRef;
use super::value::Value;
use std::cell::{Cell, RefCell};

const SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct Slot {
    class: u32,
    name: u32,
    generation: u32,
    found: Option<Value>,
}

pub struct LookupCache {
    slots: RefCell<Vec<Slot>>,
    generation: Cell<u32>,
}

impl Default for LookupCache {
    fn default() -> Self {
        let empty = Slot { class: u32::MAX, name: u32::MAX, generation: 0, found: None };
        LookupCache { slots: RefCell::new(vec![empty; SIZE]), generation: Cell::new(1) }
    }
}

// Only the VM's own thread touches the cache.
unsafe impl Sync for LookupCache {}

#[inline]
fn index(class: ObjRef, name: ObjRef) -> usize {
    let h = (class.0 as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (name.0 as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h >> 52) as usize & (SIZE - 1)
}

impl LookupCache {
    /// `Some(result)` when cached (the result itself may be "not found").
    #[inline]
    pub fn get(&self, class: ObjRef, name: ObjRef) -> Option<Option<Value>> {
        let slots = self.slots.borrow();
        let s = slots[index(class, name)];
        (s.class == class.0 && s.name == name.0 && s.generation == self.generation.get()).then_some(s.found)
    }

    #[inline]
    pub fn put(&self, class: ObjRef, name: ObjRef, found: Option<Value>) {
        let mut slots = self.slots.borrow_mut();
        slots[index(class, name)] = Slot { class: class.0, name: name.0, generation: self.generation.get(), found };
    }

    pub fn invalidate(&self) {
        self.generation.set(self.generation.get().wrapping_add(1).max(1));
    }
}
