//! The buffer protocol: the bytes behind a `bytes`, `bytearray`, `str`,
//! `array.array` or `memoryview`, with the typecode of their items and
//! whether they may be written. Everything that takes "a bytes-like
//! object" (`bytes(x)`, `b + x`, `struct`, files, I2C, ...) reads through
//! here, so each of those types works everywhere MicroPython accepts it.

use crate::objects::array::long_size;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A window of bytes inside one heap object.
#[derive(Clone, Copy, Debug)]
pub struct Buffer {
    /// The object owning the bytes (never a memoryview).
    pub obj: ObjRef,
    /// Byte offset and length inside it.
    pub start: usize,
    pub len: usize,
    /// The item typecode (`B` for bytes, bytearray and str).
    pub typecode: u8,
    pub writable: bool,
}

/// The bytes an owning object holds.
fn owner_bytes(obj: &Object) -> &[u8] {
    match obj {
        Object::Bytes(b) | Object::ByteArray(b) => b,
        Object::Str(s) => s.as_str().as_bytes(),
        Object::Array(a) => &a.data,
        _ => &[],
    }
}

impl Vm {
    /// The buffer `v` exposes, if it has one (subclass instances unwrapped).
    pub fn buffer(&self, v: Value) -> Option<Buffer> {
        let r = v.as_obj()?;
        let whole = |obj: &Object, typecode: u8, writable: bool| Buffer {
            obj: r,
            start: 0,
            len: owner_bytes(obj).len(),
            typecode,
            writable,
        };
        match self.heap.get(r) {
            o @ (Object::Bytes(_) | Object::Str(_)) => Some(whole(o, b'B', false)),
            o @ Object::ByteArray(_) => Some(whole(o, b'B', true)),
            Object::Array(a) if a.typecode == b'O' => None,
            o @ Object::Array(a) => Some(whole(o, a.typecode, true)),
            Object::MemoryView(m) => {
                let size = crate::objects::array::itemsize(m.typecode, long_size(self)).unwrap_or(1);
                let owner_len = owner_bytes(self.heap.get(m.obj)).len();
                // The owner may have shrunk since the view was made.
                let start = (m.offset * size).min(owner_len);
                let len = (m.len * size).min(owner_len - start);
                Some(Buffer { obj: m.obj, start, len, typecode: m.typecode, writable: !m.readonly })
            }
            // A native that draws into a buffer (a FrameBuffer) lends it.
            Object::Native(n) => n.buffer().and_then(|inner| self.buffer(inner)),
            Object::Instance(_) => {
                let inner = self.unwrap_builtin(v);
                if inner.is(v) {
                    None
                } else {
                    self.buffer(inner)
                }
            }
            _ => None,
        }
    }

    /// The bytes of a buffer.
    pub fn buffer_data(&self, b: &Buffer) -> &[u8] {
        owner_bytes(self.heap.get(b.obj)).get(b.start..b.start + b.len).unwrap_or(&[])
    }

    /// A copy of the bytes of `v`'s buffer, if it has one.
    pub fn buffer_bytes(&self, v: Value) -> Option<Vec<u8>> {
        self.buffer(v).map(|b| self.buffer_data(&b).to_vec())
    }

    /// A copy of the bytes of any bytes-like object, or MicroPython's
    /// TypeError for anything else.
    pub fn bytes_like(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match self.buffer_bytes(v) {
            Some(b) => Ok(b),
            None => Err(self.type_error("object with buffer protocol required")),
        }
    }

    /// Write `data` at byte `offset` of `target`'s buffer, which must be
    /// writable and large enough (buffers do not grow).
    pub fn write_buffer(&mut self, target: Value, offset: usize, data: &[u8]) -> PyResult<()> {
        let Some(b) = self.buffer(target).filter(|b| b.writable) else {
            return Err(self.type_error("object with buffer protocol required"));
        };
        if offset + data.len() > b.len {
            return Err(self.value_error("buffer too small"));
        }
        let at = b.start + offset;
        match self.heap.get_mut(b.obj) {
            Object::ByteArray(v) => v[at..at + data.len()].copy_from_slice(data),
            Object::Array(a) => a.data[at..at + data.len()].copy_from_slice(data),
            _ => return Err(self.value_error("buffer too small")),
        }
        Ok(())
    }
}
