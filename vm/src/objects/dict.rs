//! `dict` (and the table under `set`): MicroPython's hash table, so that
//! iteration, `repr`, `popitem` and `set.pop` go in the order a board shows.
//!
//! MicroPython keeps entries in an open-addressing table of `alloc` slots:
//! a key goes to slot `hash % alloc`, or the next free one after it
//! (linear probing, wrapping); the table grows, to the next size in
//! `SIZES`, only when no slot is free; a removed entry leaves a tombstone
//! unless the slot after it is empty. Iteration walks the slots in order.
//! This file follows those rules exactly (`map.c`), with the hashes of
//! `runtime::hash`, which are MicroPython's for str, bytes and numbers.
//!
//! Lookups in big tables go through a hashbrown index of slot positions
//! instead of probing, so a full table (MicroPython lets a table fill up
//! completely) does not make misses slow. An ordered table (`OrderedDict`)
//! is a plain array in insertion order, as in MicroPython.

use crate::runtime::hash::{keys_equal, mix};
use crate::runtime::heap::{Heap, ObjRef};
use crate::runtime::value::Value;
use hashbrown::HashTable;

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// A slot's state lives in its key: `Undef` with this hash is a tombstone,
/// `Undef` with any other hash is empty.
const TOMBSTONE: u64 = u64::MAX;

const EMPTY: Entry = Entry { hash: 0, key: Value::Undef, value: Value::Undef };
const DEAD: Entry = Entry { hash: TOMBSTONE, key: Value::Undef, value: Value::Undef };

/// MicroPython's table sizes (`hash_allocation_sizes` in `map.c`).
const SIZES: [usize; 34] = [
    0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161,
    3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
];

fn size_at_least(n: usize) -> usize {
    SIZES.iter().copied().find(|&s| s >= n).unwrap_or((n + n / 2) | 1)
}

/// The slot a hash starts probing at. MicroPython's hashes are machine
/// words of a 32-bit port (the wasm build the oracle runs).
#[inline]
fn home(hash: u64, alloc: usize) -> usize {
    (hash as u32 as usize) % alloc
}

/// Up to this many slots, lookups scan instead of using an index.
const LINEAR: usize = 12;

#[derive(Clone, Default)]
pub struct Dict {
    slots: Vec<Entry>,
    /// Built once the table outgrows a scan: hash → slot position.
    index: Option<Box<HashTable<u32>>>,
    live: u32,
    /// Changes whenever a key is added or removed or the table is rebuilt
    /// (not when a value is replaced), so caches of "where is this name"
    /// can check they are still right.
    version: u32,
    /// Insertion order, no hashing (`OrderedDict`).
    ordered: bool,
    /// Read-only (a module's constant table such as `errno.errorcode`).
    pub fixed: bool,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// A table of exactly `n` slots, as MicroPython makes for a display of
    /// `n` items.
    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict { slots: vec![EMPTY; n], ..Dict::default() };
        if n > LINEAR {
            d.index = Some(Box::new(HashTable::with_capacity(n)));
        }
        d
    }

    /// An insertion-ordered table (`OrderedDict`).
    pub fn new_ordered() -> Dict {
        Dict { ordered: true, ..Dict::default() }
    }

    pub fn is_ordered(&self) -> bool {
        self.ordered
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live as usize
    }

    #[inline]
    pub fn version(&self) -> u32 {
        self.version
    }

    #[inline]
    fn is_live(e: &Entry) -> bool {
        !matches!(e.key, Value::Undef)
    }

    /// The live entry at slot `idx`, if any.
    #[inline]
    pub fn entry_at(&self, idx: usize) -> Option<(Value, Value)> {
        match self.slots.get(idx) {
            Some(e) if Self::is_live(e) => Some((e.key, e.value)),
            _ => None,
        }
    }

    /// The value at slot `idx` if the key there is `key` itself (identity,
    /// as interned names are): a remembered position, checked.
    #[inline]
    pub fn value_at_if_key(&self, idx: usize, key: Value) -> Option<Value> {
        match self.slots.get(idx) {
            Some(e) if e.key.is(key) => Some(e.value),
            _ => None,
        }
    }

    /// Replace the value at slot `idx` if the key there is `key` itself;
    /// false (nothing changed) otherwise.
    #[inline]
    pub fn set_value_at_if_key(&mut self, idx: usize, key: Value, value: Value) -> bool {
        match self.slots.get_mut(idx) {
            Some(e) if e.key.is(key) => {
                e.value = value;
                true
            }
            _ => false,
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Slot of the entry holding `key`, whose hash is `hash`.
    #[inline]
    pub fn find(&self, heap: &Heap, hash: u64, key: Value) -> Option<usize> {
        let slots = &self.slots;
        let same = |e: &Entry| e.hash == hash && Self::is_live(e) && (e.key.is(key) || keys_equal(heap, e.key, key));
        match &self.index {
            Some(table) => table.find(mix(hash), |&i| same(&slots[i as usize])).map(|&i| i as usize),
            None => slots.iter().position(same),
        }
    }

    #[inline]
    pub fn get(&self, heap: &Heap, hash: u64, key: Value) -> Option<Value> {
        self.find(heap, hash, key).map(|i| self.slots[i].value)
    }

    /// Insert or overwrite. `found` is the result of a `find` for this key.
    pub fn insert_found(&mut self, found: Option<usize>, hash: u64, key: Value, value: Value) {
        if let Some(i) = found {
            self.slots[i].value = value;
            return;
        }
        let entry = Entry { hash, key, value };
        let at = if self.ordered {
            // MicroPython grows an ordered table four slots at a time.
            let n = self.live as usize;
            self.slots.truncate(n);
            self.slots.push(entry);
            n
        } else {
            self.place(entry)
        };
        self.live += 1;
        self.version = self.version.wrapping_add(1);
        if let Some(table) = &mut self.index {
            let slots = &self.slots;
            table.insert_unique(mix(hash), at as u32, |&i| mix(slots[i as usize].hash));
        } else if self.slots.len() > LINEAR {
            self.rebuild_index();
        }
    }

    /// Put a new entry where MicroPython's probing puts it: the first
    /// tombstone or empty slot from its home slot on, growing the table
    /// when there is neither.
    fn place(&mut self, entry: Entry) -> usize {
        loop {
            let alloc = self.slots.len();
            if alloc > 0 {
                let start = home(entry.hash, alloc);
                let mut pos = start;
                let mut avail = None;
                loop {
                    let s = &self.slots[pos];
                    if !Self::is_live(s) {
                        if s.hash != TOMBSTONE {
                            let at = avail.unwrap_or(pos);
                            self.slots[at] = entry;
                            return at;
                        }
                        avail.get_or_insert(pos);
                    }
                    pos = (pos + 1) % alloc;
                    if pos == start {
                        break;
                    }
                }
                if let Some(at) = avail {
                    self.slots[at] = entry;
                    return at;
                }
            }
            self.grow();
        }
    }

    /// Rebuild into the next size, re-placing the live entries in slot
    /// order (`mp_map_rehash`).
    fn grow(&mut self) {
        let size = size_at_least(self.slots.len() + 1);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; size]);
        self.index = None;
        for e in old.into_iter().filter(Self::is_live) {
            self.place(e);
        }
        self.version = self.version.wrapping_add(1);
        if self.slots.len() > LINEAR {
            self.rebuild_index();
        }
    }

    fn rebuild_index(&mut self) {
        let slots = &self.slots;
        let mut table = HashTable::with_capacity(self.live as usize);
        for (i, e) in slots.iter().enumerate() {
            if Self::is_live(e) {
                table.insert_unique(mix(e.hash), i as u32, |&j| mix(slots[j as usize].hash));
            }
        }
        self.index = Some(Box::new(table));
    }

    pub fn insert(&mut self, heap: &Heap, hash: u64, key: Value, value: Value) {
        let found = self.find(heap, hash, key);
        self.insert_found(found, hash, key, value);
    }

    /// Remove the entry at slot `index` (from `find`), returning it.
    pub fn remove_at(&mut self, index: usize) -> Entry {
        let e = self.slots[index];
        if let Some(table) = &mut self.index {
            if let Ok(slot) = table.find_entry(mix(e.hash), |&i| i as usize == index) {
                slot.remove();
            }
        }
        self.live -= 1;
        self.version = self.version.wrapping_add(1);
        if self.ordered {
            // The rest move down, as MicroPython's memmove does.
            self.slots.remove(index);
            if self.index.is_some() {
                self.rebuild_index();
            }
            return e;
        }
        // A tombstone keeps later keys of the same probe run findable; none
        // is needed before an empty slot.
        let next = (index + 1) % self.slots.len();
        self.slots[index] =
            if Self::is_live(&self.slots[next]) || self.slots[next].hash == TOMBSTONE { DEAD } else { EMPTY };
        e
    }

    pub fn clear(&mut self) {
        self.slots.clear();
        self.index = None;
        self.live = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// Live entries in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.slots.iter().filter(|e| Self::is_live(e))
    }

    /// Slot-position iteration for iterators that survive mutation checks:
    /// the entry at slot `pos`, or `None` for an empty one.
    pub fn raw_len(&self) -> usize {
        self.slots.len()
    }
    pub fn raw_entry(&self, pos: usize) -> Option<&Entry> {
        self.slots.get(pos).filter(|e| Self::is_live(e))
    }

    /// What `popitem` removes: the last entry of an ordered table, else the
    /// first in table order.
    pub fn pop_item(&mut self) -> Option<Entry> {
        let pos = if self.ordered {
            self.slots.iter().rposition(Self::is_live)?
        } else {
            self.slots.iter().position(Self::is_live)?
        };
        Some(self.remove_at(pos))
    }

    /// What `set.pop` removes: the first entry in table order; an emptied
    /// table is dropped (`mp_set_remove_first`).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let pos = self.slots.iter().position(Self::is_live)?;
        let e = self.remove_at(pos);
        if self.live == 0 {
            self.clear();
        }
        Some(e)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        for e in self.iter() {
            if let Value::Obj(r) = e.key {
                out.push(r);
            }
            if let Value::Obj(r) = e.value {
                out.push(r);
            }
        }
    }

    pub fn payload_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Entry>()
            + self.index.as_ref().map(|t| t.capacity() * 5 + 32).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(d: &Dict) -> Vec<i64> {
        d.iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => -999,
            })
            .collect()
    }

    fn put(d: &mut Dict, heap: &Heap, k: i64) {
        d.insert(heap, k as u64, Value::Int(k), Value::None);
    }

    #[test]
    fn small_ints_land_where_micropython_puts_them() {
        let heap = Heap::new(1 << 20);
        // {5: _, 1: _, 3: _} is a table of three slots: 3, 1, 5.
        let mut d = Dict::with_capacity(3);
        for k in [5, 1, 3] {
            put(&mut d, &heap, k);
        }
        assert_eq!(order(&d), vec![3, 1, 5]);
        // Grown one key at a time from empty: sizes 2, 4, 6.
        let mut d = Dict::new();
        for k in [3, 1, 2] {
            put(&mut d, &heap, k);
        }
        assert_eq!(order(&d), vec![1, 2, 3]);
    }

    #[test]
    fn removal_leaves_a_tombstone_only_before_a_live_slot() {
        let heap = Heap::new(1 << 20);
        let mut d = Dict::with_capacity(4);
        for k in [0, 4, 1] {
            put(&mut d, &heap, k);
        }
        // 0 at slot 0, 4 probes to 1, 1 probes to 2.
        let i = d.find(&heap, 4, Value::Int(4)).unwrap();
        d.remove_at(i);
        assert!(d.find(&heap, 1, Value::Int(1)).is_some());
        put(&mut d, &heap, 8);
        assert_eq!(order(&d), vec![0, 8, 1]);
    }

    #[test]
    fn ordered_tables_keep_insertion_order() {
        let heap = Heap::new(1 << 20);
        let mut d = Dict::new_ordered();
        for k in [9, 2, 5] {
            put(&mut d, &heap, k);
        }
        let i = d.find(&heap, 2, Value::Int(2)).unwrap();
        d.remove_at(i);
        put(&mut d, &heap, 2);
        assert_eq!(order(&d), vec![9, 5, 2]);
        assert_eq!(d.pop_item().map(|e| e.key), Some(Value::Int(2)));
    }
}
