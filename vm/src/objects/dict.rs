//! `dict`: insertion-ordered hash map. Entries sit in a vector in insertion
//! order (deleted ones become tombstones until compaction); a hashbrown table
//! of entry indices finds them. Key hashing and equality need the heap (str
//! contents, tuples), so lookups take `&Heap`; `runtime::hash` supplies both.

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

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Built once a dict outgrows a linear scan; small dicts (most instance
    /// and keyword dicts) compare hashes in order instead.
    index: Option<Box<HashTable<u32>>>,
    live: u32,
    /// Changes whenever a key is added or removed (not when a value is
    /// replaced), so caches of "where is this name" can check they are
    /// still right.
    version: u32,
}

/// Up to this many entries, lookups scan `entries` instead of an index.
const LINEAR: usize = 8;

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict { entries: Vec::with_capacity(n), index: None, live: 0, version: 0 };
        if n > LINEAR {
            d.index = Some(Box::new(HashTable::with_capacity(n)));
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live as usize
    }

    #[inline]
    pub fn version(&self) -> u32 {
        self.version
    }

    /// The live entry at raw position `idx`, if any.
    #[inline]
    pub fn entry_at(&self, idx: usize) -> Option<(Value, Value)> {
        match self.entries.get(idx) {
            Some(e) if !matches!(e.key, Value::Undef) => Some((e.key, e.value)),
            _ => None,
        }
    }

    /// The value at raw position `idx` if the key there is `key` itself
    /// (identity, as interned names are): a remembered position, checked.
    #[inline]
    pub fn value_at_if_key(&self, idx: usize, key: Value) -> Option<Value> {
        match self.entries.get(idx) {
            Some(e) if e.key.is(key) => Some(e.value),
            _ => None,
        }
    }

    /// Replace the value at raw position `idx` if the key there is `key`
    /// itself; false (nothing changed) otherwise.
    #[inline]
    pub fn set_value_at_if_key(&mut self, idx: usize, key: Value, value: Value) -> bool {
        match self.entries.get_mut(idx) {
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

    /// Index of the entry holding `key`, whose hash is `hash`.
    #[inline]
    pub fn find(&self, heap: &Heap, hash: u64, key: Value) -> Option<usize> {
        let entries = &self.entries;
        match &self.index {
            None => entries.iter().position(|e| {
                e.hash == hash && !matches!(e.key, Value::Undef) && (e.key.is(key) || keys_equal(heap, e.key, key))
            }),
            Some(table) => table
                .find(mix(hash), |&i| {
                    let e = &entries[i as usize];
                    e.hash == hash && (e.key.is(key) || keys_equal(heap, e.key, key))
                })
                .map(|&i| i as usize),
        }
    }

    #[inline]
    pub fn get(&self, heap: &Heap, hash: u64, key: Value) -> Option<Value> {
        self.find(heap, hash, key).map(|i| self.entries[i].value)
    }

    /// Insert or overwrite. `found` is the result of a `find` for this key.
    pub fn insert_found(&mut self, found: Option<usize>, hash: u64, key: Value, value: Value) {
        match found {
            Some(i) => self.entries[i].value = value,
            None => {
                let idx = self.entries.len() as u32;
                self.entries.push(Entry { hash, key, value });
                self.live += 1;
                self.version = self.version.wrapping_add(1);
                let entries = &self.entries;
                match &mut self.index {
                    Some(table) => {
                        table.insert_unique(mix(hash), idx, |&i| mix(entries[i as usize].hash));
                    }
                    None if entries.len() > LINEAR => self.rebuild_index(),
                    None => {}
                }
            }
        }
    }

    fn rebuild_index(&mut self) {
        let entries = &self.entries;
        let mut table = HashTable::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            if !matches!(e.key, Value::Undef) {
                table.insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
            }
        }
        self.index = Some(Box::new(table));
    }

    pub fn insert(&mut self, heap: &Heap, hash: u64, key: Value, value: Value) {
        let found = self.find(heap, hash, key);
        self.insert_found(found, hash, key, value);
    }

    /// Remove the entry at `index` (from `find`), returning it.
    pub fn remove_at(&mut self, index: usize) -> Entry {
        let e = self.entries[index];
        if let Some(table) = &mut self.index {
            if let Ok(slot) = table.find_entry(mix(e.hash), |&i| i as usize == index) {
                slot.remove();
            }
        }
        self.entries[index].key = Value::Undef;
        self.entries[index].value = Value::Undef;
        self.live -= 1;
        self.version = self.version.wrapping_add(1);
        if self.live == 0 {
            self.clear();
        } else if self.entries.len() > 16 && (self.live as usize) * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        self.entries.retain(|e| !matches!(e.key, Value::Undef));
        if self.entries.len() > LINEAR {
            self.rebuild_index();
        } else {
            self.index = None;
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index = None;
        self.live = 0;
        self.version = self.version.wrapping_add(1);
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| !matches!(e.key, Value::Undef))
    }

    /// Slot-position iteration for iterators that survive mutation checks:
    /// the entry at raw position `pos`, or `None` for a tombstone.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
    pub fn raw_entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !matches!(e.key, Value::Undef))
    }

    /// Remove and return the most recently inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| !matches!(e.key, Value::Undef))?;
        Some(self.remove_at(pos))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        for e in &self.entries {
            if let Value::Obj(r) = e.key {
                out.push(r);
            }
            if let Value::Obj(r) = e.value {
                out.push(r);
            }
        }
    }

    pub fn payload_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.index.as_ref().map(|t| t.capacity() * 5 + 32).unwrap_or(0)
    }
}
