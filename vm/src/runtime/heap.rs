//! The object arena. Objects live in slots addressed by `ObjRef` (a u32
//! index); a tracing mark-and-sweep collector frees what the roots no longer
//! reach. Memory is accounted in approximate bytes so a program past its heap
//! limit gets `MemoryError` instead of exhausting the host.

use super::object::Object;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

pub struct Heap {
    slots: Vec<Object>,
    free: Vec<u32>,
    marks: Vec<bool>,
    /// Bytes of live objects after the last collection plus everything
    /// allocated or grown since.
    bytes: usize,
    /// Bytes found live by the last collection.
    live_after_gc: usize,
    /// Collect when `bytes` passes this.
    next_gc: usize,
    pub limit: usize,
    pub collections: u64,
    /// Objects that are never collected (interned names, builtin types).
    pinned_upto: u32,
    /// Collect at every safepoint (tests use this to find values the
    /// collector cannot see).
    pub stress: bool,
}

pub const DEFAULT_HEAP_LIMIT: usize = 96 * 1024 * 1024;
const MIN_GC_BYTES: usize = 4 * 1024 * 1024;

/// Size overhead charged per object beyond its payload.
const SLOT_BYTES: usize = std::mem::size_of::<Object>();

impl Default for Heap {
    fn default() -> Self {
        Heap::new(DEFAULT_HEAP_LIMIT)
    }
}

impl Heap {
    pub fn new(limit: usize) -> Heap {
        Heap {
            slots: Vec::with_capacity(1024),
            free: Vec::new(),
            marks: Vec::new(),
            bytes: 0,
            live_after_gc: 0,
            next_gc: MIN_GC_BYTES,
            limit,
            collections: 0,
            pinned_upto: 0,
            stress: false,
        }
    }

    /// Everything allocated so far is kept forever (builtins, interned names).
    pub fn pin_all(&mut self) {
        self.pinned_upto = self.slots.len() as u32;
    }

    #[inline]
    pub fn alloc(&mut self, obj: Object) -> ObjRef {
        self.bytes += SLOT_BYTES + obj.payload_bytes();
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = obj;
            ObjRef(i)
        } else {
            self.slots.push(obj);
            ObjRef(self.slots.len() as u32 - 1)
        }
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Object {
        &self.slots[r.index()]
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Object {
        &mut self.slots[r.index()]
    }

    /// Record that an object grew by about `bytes`.
    #[inline]
    pub fn grew(&mut self, bytes: usize) {
        self.bytes += bytes;
    }

    /// Whether `bytes` more could fit under the limit: garbage made since
    /// the last collection is assumed freeable (the next safepoint collects
    /// and checks for real).
    pub fn can_grow(&self, bytes: usize) -> bool {
        self.live_after_gc.saturating_add(bytes) <= self.limit
    }

    #[inline]
    pub fn wants_gc(&self) -> bool {
        self.bytes >= self.next_gc || self.stress
    }

    pub fn over_limit(&self) -> bool {
        self.bytes > self.limit
    }

    /// Past the limit by as much again: garbage made inside one native
    /// call, which cannot be collected until it returns, has to stop too.
    pub fn far_over_limit(&self) -> bool {
        self.bytes > self.limit.saturating_mul(2)
    }

    pub fn bytes_in_use(&self) -> usize {
        self.bytes
    }

    pub fn object_count(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Mark from `roots`, then free every unmarked object.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = ObjRef>) {
        let n = self.slots.len();
        self.marks.clear();
        self.marks.resize(n, false);
        let mut work: Vec<ObjRef> = Vec::with_capacity(256);
        for i in 0..self.pinned_upto {
            self.marks[i as usize] = true;
            work.push(ObjRef(i));
        }
        for r in roots {
            if !self.marks[r.index()] {
                self.marks[r.index()] = true;
                work.push(r);
            }
        }
        let mut children = Vec::with_capacity(64);
        while let Some(r) = work.pop() {
            children.clear();
            self.slots[r.index()].trace(&mut children);
            for &c in &children {
                let m = &mut self.marks[c.index()];
                if !*m {
                    *m = true;
                    work.push(c);
                }
            }
        }
        let mut live_bytes = 0;
        for i in 0..n {
            if self.marks[i] {
                live_bytes += SLOT_BYTES + self.slots[i].payload_bytes();
            } else if !matches!(self.slots[i], Object::Free) {
                self.slots[i] = Object::Free;
                self.free.push(i as u32);
            }
        }
        self.bytes = live_bytes;
        self.live_after_gc = live_bytes;
        self.next_gc = (live_bytes * 2).max(MIN_GC_BYTES);
        self.collections += 1;
    }
}
