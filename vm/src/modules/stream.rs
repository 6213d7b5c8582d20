//! The stream protocol for objects written in Python. A subclass of
//! `io.IOBase` is a stream the way MicroPython's py/modio.c makes it one:
//! writing calls its `write(bytearray)`, reading its `readinto(bytearray)`,
//! and an answer larger than the buffer is an I/O error (EIO), `None` "try
//! again" (EAGAIN). Any other object is written to with `write(str)`.

use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

const EIO: i64 = 5;
const EAGAIN: i64 = 11;

/// The `io.IOBase` class, once `io` has been imported.
pub struct IoBaseClass(pub ObjRef);

impl crate::runtime::extensions::Extension for IoBaseClass {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.push(self.0);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Whether `v` is an instance of a Python subclass of `io.IOBase`.
pub fn is_iobase(vm: &Vm, v: Value) -> bool {
    match vm.extensions.get::<IoBaseClass>() {
        Some(c) => matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Instance(_))) && vm.is_instance_of(v, c.0),
        None => false,
    }
}

/// Check a read/write method's answer against the buffer size.
fn checked_len(vm: &mut Vm, ret: Value, size: usize) -> PyResult<usize> {
    if ret.is_none() {
        return Err(vm.os_error(EAGAIN));
    }
    let n = vm.int_arg(ret)?;
    if n < 0 {
        return Err(vm.os_error(-n));
    }
    if n as usize > size {
        return Err(vm.os_error(EIO));
    }
    Ok(n as usize)
}

/// Write `text` to `stream`: all of it to an IOBase (as its bytes), or one
/// `write(text)` call to anything else.
pub fn write_text(vm: &mut Vm, stream: Value, text: &str) -> PyResult<()> {
    let w = vm.intern("write");
    if !is_iobase(vm, stream) {
        let s = vm.new_str(text);
        vm.call_method(stream, w, &[s])?;
        return Ok(());
    }
    let mut data = text.as_bytes();
    while !data.is_empty() {
        let buf = vm.alloc(Object::ByteArray(data.to_vec()));
        let ret = vm.call_method(stream, w, &[buf])?;
        let n = checked_len(vm, ret, data.len())?;
        if n == 0 {
            break;
        }
        data = &data[n..];
    }
    Ok(())
}

/// Everything `stream` has to read: from an IOBase through `readinto`
/// a byte at a time (as json.load reads) until it gives 0, from anything
/// else through one `read()`.
pub fn read_all(vm: &mut Vm, stream: Value) -> PyResult<Value> {
    if !is_iobase(vm, stream) {
        let r = vm.intern("read");
        return vm.call_method(stream, r, &[]);
    }
    let name = vm.intern("readinto");
    let mut out = vec![];
    loop {
        let buf = vm.alloc(Object::ByteArray(vec![0; 1]));
        vm.temp_roots.push(buf);
        let ret = vm.call_method(stream, name, &[buf]);
        vm.temp_roots.pop();
        let n = checked_len(vm, ret?, 1)?;
        if n == 0 {
            break;
        }
        if let Some(Object::ByteArray(b)) = buf.as_obj().map(|r| vm.heap.get(r)) {
            out.extend_from_slice(&b[..n.min(b.len())]);
        }
    }
    Ok(vm.new_bytes(out))
}
