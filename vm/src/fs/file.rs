//! File objects: files on the flash (`open()`) and in-memory streams
//! (`io.StringIO`, `io.BytesIO`) share one implementation — a byte store,
//! a position, and text or binary mode.

use super::errno;
use crate::modules::{native_mut, native_ref};
use crate::objects::function::{KwArgs, NativeFn};
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub enum Store {
    /// A file on the flash, by inode.
    Flash(u64),
    Memory(Vec<u8>),
}

pub struct File {
    class: ObjRef,
    pub store: Store,
    pub pos: usize,
    pub text: bool,
    pub readable: bool,
    pub writable: bool,
    pub append: bool,
    pub closed: bool,
}

crate::native_object!(File);

/// The four file classes, made once per VM.
pub struct FileClasses {
    pub text_io: ObjRef,
    pub file_io: ObjRef,
    pub string_io: ObjRef,
    pub bytes_io: ObjRef,
}

impl crate::runtime::extensions::Extension for FileClasses {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend([self.text_io, self.file_io, self.string_io, self.bytes_io]);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn classes(vm: &mut Vm) -> &FileClasses {
    if vm.extensions.get::<FileClasses>().is_none() {
        // Each class gets exactly the methods MicroPython's has.
        let common: &[(&'static str, NativeFn)] = &[
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("flush", flush),
            ("close", close),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", enter),
            ("__next__", next),
            ("__repr__", repr),
        ];
        let make = |vm: &mut Vm, name: &str, extra: &[(&'static str, NativeFn)]| {
            let c = crate::modules::new_class(vm, name);
            for &(n, f) in common.iter().chain(extra) {
                vm.add_method(c, n, f);
            }
            c
        };
        let text_io = make(vm, "TextIOWrapper", &[("readlines", readlines)]);
        let file_io = make(vm, "FileIO", &[("readlines", readlines), ("readinto", readinto)]);
        let string_io = make(vm, "StringIO", &[("getvalue", getvalue), ("__init__", init_noop)]);
        let bytes_io = make(vm, "BytesIO", &[("getvalue", getvalue), ("__init__", init_noop), ("readinto", readinto)]);
        vm.add_static(string_io, "__new__", new_string_io);
        vm.add_static(bytes_io, "__new__", new_bytes_io);
        vm.extensions.insert(FileClasses { text_io, file_io, string_io, bytes_io });
    }
    vm.extensions.get::<FileClasses>().expect("inserted above")
}

fn init_noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn now(vm: &Vm) -> i64 {
    crate::modules::time::epoch_now(vm) as i64
}

pub fn fs_error(vm: &mut Vm, n: i64) -> crate::runtime::error::Exc {
    vm.os_error(n)
}

/// `open(name, mode)` on the flash.
pub fn open(vm: &mut Vm, name: &str, mode: &str) -> PyResult<Value> {
    let mut kind = None;
    let (mut binary, mut plus) = (false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            'b' => binary = true,
            't' => {}
            '+' => plus = true,
            _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    let kind = kind.unwrap_or('r');
    let t = now(vm);
    let inode = super::with_fs(vm, |fs| match kind {
        'r' => fs.open_inode(name, false, false, false, t),
        'w' => fs.open_inode(name, true, true, false, t),
        'a' => fs.open_inode(name, true, false, false, t),
        _ => fs.open_inode(name, true, true, true, t),
    });
    let inode = inode.map_err(|n| fs_error(vm, n))?;
    let c = classes(vm);
    let class = if binary { c.file_io } else { c.text_io };
    let len = super::with_fs(vm, |fs| fs.contents(inode).map(|d| d.len()).unwrap_or(0));
    Ok(vm.alloc(Object::Native(Box::new(File {
        class,
        store: Store::Flash(inode),
        pos: if kind == 'a' { len } else { 0 },
        text: !binary,
        readable: kind == 'r' || plus,
        writable: kind != 'r' || plus,
        append: kind == 'a',
        closed: false,
    }))))
}

fn new_memory(vm: &mut Vm, args: &[Value], text: bool) -> PyResult<Value> {
    let c = classes(vm);
    let class = if text { c.string_io } else { c.bytes_io };
    let initial = match args.get(1) {
        None => vec![],
        Some(&Value::Int(n)) => {
            // A size hint (MicroPython accepts `BytesIO(n)`): starts empty.
            let _ = n;
            vec![]
        }
        Some(&v) if text => vm.str_arg(v)?.into_bytes(),
        Some(&v) => vm.bytes_like(v)?,
    };
    Ok(vm.alloc(Object::Native(Box::new(File {
        class,
        store: Store::Memory(initial),
        pos: 0,
        text,
        readable: true,
        writable: true,
        append: false,
        closed: false,
    }))))
}

fn new_string_io(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    new_memory(vm, args, true)
}

fn new_bytes_io(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    new_memory(vm, args, false)
}

/// Snapshot of a file's state: (store contents, pos, text).
fn state(vm: &mut Vm, v: Value, for_write: bool) -> PyResult<(Vec<u8>, usize, bool)> {
    let (inode, mem, pos, text, ok, closed) = match native_ref::<File>(vm, v) {
        Some(f) => (
            match f.store {
                Store::Flash(i) => Some(i),
                Store::Memory(_) => None,
            },
            match &f.store {
                Store::Memory(m) => Some(m.clone()),
                Store::Flash(_) => None,
            },
            f.pos,
            f.text,
            if for_write { f.writable } else { f.readable },
            f.closed,
        ),
        None => return Err(crate::modules::bad_self(vm, "file")),
    };
    if closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    if !ok {
        return Err(vm.os_error(errno::EBADF));
    }
    let data = match (inode, mem) {
        (Some(i), _) => super::with_fs(vm, |fs| fs.contents(i).cloned()).map_err(|n| fs_error(vm, n))?,
        (None, Some(m)) => m,
        _ => vec![],
    };
    Ok((data, pos, text))
}

fn set_pos(vm: &mut Vm, v: Value, pos: usize) {
    if let Some(f) = native_mut::<File>(vm, v) {
        f.pos = pos;
    }
}

fn make_result(vm: &mut Vm, bytes: &[u8], text: bool) -> Value {
    if text {
        let s = String::from_utf8_lossy(bytes).into_owned();
        vm.new_str(s)
    } else {
        vm.new_bytes(bytes.to_vec())
    }
}

/// End of `n` characters (text) or bytes (binary) from `pos`.
fn advance(data: &[u8], pos: usize, n: usize, text: bool) -> usize {
    if !text {
        return (pos + n).min(data.len());
    }
    let mut end = pos;
    let mut count = 0;
    while end < data.len() && count < n {
        end += 1;
        while end < data.len() && (data[end] & 0xC0) == 0x80 {
            end += 1;
        }
        count += 1;
    }
    end
}

fn size_arg(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    match args.get(1) {
        Some(&v) if !v.is_none() => {
            let n = vm.int_arg(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        _ => Ok(None),
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("read", args, 1, 2)?;
    let n = size_arg(vm, args)?;
    let (data, pos, text) = state(vm, args[0], false)?;
    let pos = pos.min(data.len());
    let end = match n {
        Some(n) => advance(&data, pos, n, text),
        None => data.len(),
    };
    set_pos(vm, args[0], end);
    Ok(make_result(vm, &data[pos..end], text))
}

fn readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readinto", args, 2, 3)?;
    let (data, pos, _) = state(vm, args[0], false)?;
    let cap = crate::modules::buffer_bytes(vm, args[1])?.len();
    let want = match args.get(2) {
        Some(&v) => (vm.int_arg(v)?.max(0) as usize).min(cap),
        None => cap,
    };
    let pos = pos.min(data.len());
    let end = (pos + want).min(data.len());
    crate::modules::write_into_buffer(vm, args[1], 0, &data[pos..end])?;
    set_pos(vm, args[0], end);
    Ok(Value::Int((end - pos) as i64))
}

fn line_end(data: &[u8], pos: usize, limit: Option<usize>, text: bool) -> usize {
    let hard = match limit {
        Some(n) => advance(data, pos, n, text),
        None => data.len(),
    };
    match data[pos..hard].iter().position(|&b| b == b'\n') {
        Some(i) => pos + i + 1,
        None => hard,
    }
}

fn readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readline", args, 1, 2)?;
    let n = size_arg(vm, args)?;
    let (data, pos, text) = state(vm, args[0], false)?;
    let pos = pos.min(data.len());
    let end = line_end(&data, pos, n, text);
    set_pos(vm, args[0], end);
    Ok(make_result(vm, &data[pos..end], text))
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readlines", args, 1, 2)?;
    let (data, mut pos, text) = state(vm, args[0], false)?;
    let mut lines = vec![];
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    while pos < data.len() {
        let end = line_end(&data, pos, None, text);
        let v = make_result(vm, &data[pos..end], text);
        lines.push(v);
        if let Some(Object::List(l)) = list.as_obj().map(|r| vm.heap.get_mut(r)) {
            l.push(v);
        }
        pos = end;
    }
    vm.temp_roots.pop();
    set_pos(vm, args[0], pos);
    Ok(list)
}

fn next(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let line = readline(vm, &args[..1], &[])?;
    let empty = match line.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Str(s)) => s.as_str().is_empty(),
        Some(Object::Bytes(b)) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(vm.err(ExcKind::StopIteration, ""));
    }
    Ok(line)
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 4)?;
    let (_, pos, text) = state(vm, args[0], true)?;
    let mut bytes = if text {
        match vm.as_str(args[1]) {
            Some(s) => s.as_bytes().to_vec(),
            None => {
                let t = vm.type_name(args[1]);
                return Err(vm.type_error(format!("can't convert '{t}' object to str implicitly")));
            }
        }
    } else {
        crate::modules::buffer_bytes(vm, args[1])?
    };
    // MicroPython's streams take `write(buf, len)` and
    // `write(buf, offset, len)`: a window of the buffer, clamped to it.
    if args.len() > 2 {
        let (off, len) = match args.len() {
            3 => (0, vm.int_arg(args[2])?),
            _ => (vm.int_arg(args[2])?, vm.int_arg(args[3])?),
        };
        // Read as unsigned, as the firmware does: a negative length is
        // "all of it", a negative offset is past the end.
        let off = (off as u64).min(bytes.len() as u64) as usize;
        let len = (len as u64).min((bytes.len() - off) as u64) as usize;
        bytes = bytes[off..off + len].to_vec();
    }
    let t = now(vm);
    let (inode, append) = match native_ref::<File>(vm, args[0]) {
        Some(f) => (
            match f.store {
                Store::Flash(i) => Some(i),
                Store::Memory(_) => None,
            },
            f.append,
        ),
        None => (None, false),
    };
    let new_pos = match inode {
        Some(i) => {
            let at = if append { super::with_fs(vm, |fs| fs.contents(i).map(|d| d.len()).unwrap_or(0)) } else { pos };
            super::with_fs(vm, |fs| fs.write_at(i, at, &bytes, t)).map_err(|n| fs_error(vm, n))?;
            at + bytes.len()
        }
        None => {
            // A write past the end (after a seek far out) grows the stream
            // by the gap too: all of it counts against the heap.
            let len = match native_ref::<File>(vm, args[0]) {
                Some(File { store: Store::Memory(m), .. }) => m.len(),
                _ => 0,
            };
            vm.reserve(pos.saturating_add(bytes.len()).saturating_sub(len).max(bytes.len()))?;
            match native_mut::<File>(vm, args[0]) {
                Some(File { store: Store::Memory(m), .. }) => {
                    if m.len() < pos + bytes.len() {
                        m.resize(pos + bytes.len(), 0);
                    }
                    m[pos..pos + bytes.len()].copy_from_slice(&bytes);
                    pos + bytes.len()
                }
                _ => pos,
            }
        }
    };
    set_pos(vm, args[0], new_pos);
    Ok(Value::Int(bytes.len() as i64))
}

fn seek(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("seek", args, 2, 3)?;
    let offset = vm.int_arg(args[1])?;
    let whence = match args.get(2) {
        Some(&v) => vm.int_arg(v)?,
        None => 0,
    };
    let (data, pos, _) = state(vm, args[0], false).or_else(|_| state(vm, args[0], true))?;
    let base = match whence {
        0 => 0,
        1 => pos as i64,
        2 => data.len() as i64,
        _ => return Err(vm.os_error(errno::EINVAL)),
    };
    // An absolute position is never negative; a relative one stops at 0.
    if whence == 0 && offset < 0 {
        return Err(vm.os_error(errno::EINVAL));
    }
    let new = base.saturating_add(offset).max(0) as usize;
    set_pos(vm, args[0], new);
    Ok(Value::Int(new as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("tell", args, 1, 1)?;
    match native_ref::<File>(vm, args[0]) {
        Some(f) if f.closed => Err(vm.value_error("I/O operation on closed file")),
        Some(f) => Ok(Value::Int(f.pos as i64)),
        None => Err(crate::modules::bad_self(vm, "file")),
    }
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match native_ref::<File>(vm, args[0]) {
        Some(f) if f.closed => Err(vm.value_error("I/O operation on closed file")),
        _ => Ok(Value::None),
    }
}

fn close(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if let Some(f) = native_mut::<File>(vm, args[0]) {
        f.closed = true;
    }
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(args[0])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    close(vm, &args[..1], &[])
}

fn getvalue(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (data, _, text) = match native_ref::<File>(vm, args[0]) {
        Some(File { store: Store::Memory(m), text, closed: false, .. }) => (m.clone(), 0, *text),
        Some(_) => return Err(vm.value_error("I/O operation on closed file")),
        None => return Err(crate::modules::bad_self(vm, "stream")),
    };
    Ok(make_result(vm, &data, text))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let class = vm.class_of(args[0]);
    let name = vm.class_name(class).to_string();
    let s = format!("<io.{name} {}>", args[0].as_obj().map_or(0, |r| r.index()));
    Ok(vm.new_str(s))
}
