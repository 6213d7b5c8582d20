//! `sys`: arguments, module table, search path, platform and version (from
//! the board profile), `exit`, `print_exception` and the standard streams.

use super::{add_fns, native_ref, new_class};
use crate::builtins::StdStreams;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::target::Stream;

/// `sys.stdin` / `stdout` / `stderr` and their `.buffer`s.
pub struct StdStream {
    class: ObjRef,
    /// 0 stdin, 1 stdout, 2 stderr.
    fd: u8,
    binary: bool,
    buffer: Value,
}

crate::native_object!(StdStream, |s, out| {
    super::trace_values([&s.buffer], out);
});

pub fn board(vm: &Vm) -> &'static crate::board::profile::BoardProfile {
    crate::board::profile::profile(&vm.board_name)
        .or_else(|| crate::board::profile::profile("generic"))
        .expect("the generic board profile exists")
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("sys");
    vm.temp_roots.push(m);
    add_fns(vm, d, &[("exit", exit), ("print_exception", print_exception)]);
    let p = board(vm);
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.module_add(d, "argv", argv);
    let path = Value::Obj(vm.sys_path);
    if matches!(vm.heap.get(vm.sys_path), Object::List(l) if l.is_empty()) {
        for entry in p.sys_path {
            let s = vm.new_str(*entry);
            vm.list_append(path, s)?;
        }
    }
    vm.module_add(d, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.module_add(d, "modules", modules);
    let platform = vm.new_str(p.sys_platform);
    vm.module_add(d, "platform", platform);
    let version = vm.new_str(p.sys_version());
    vm.module_add(d, "version", version);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(4), Value::Int(0)]);
    vm.module_add(d, "version_info", vi);
    let order = vm.new_str("little");
    vm.module_add(d, "byteorder", order);
    let maxsize = if p.name == "generic" { i64::MAX } else { i32::MAX as i64 };
    vm.module_add(d, "maxsize", Value::Int(maxsize));
    let implementation = make_implementation(vm, p)?;
    vm.module_add(d, "implementation", implementation);
    let streams = make_streams(vm)?;
    for (name, v) in ["stdin", "stdout", "stderr"].into_iter().zip(streams) {
        vm.module_add(d, name, v);
    }
    vm.extensions.insert(StdStreams { stdout: streams[1], stderr: streams[2] });
    vm.temp_roots.pop();
    Ok(m)
}

/// `sys.implementation`: a tuple with named fields, like MicroPython's.
fn make_implementation(vm: &mut Vm, p: &crate::board::profile::BoardProfile) -> PyResult<Value> {
    let fields = ["name", "version", "_machine", "_mpy"];
    let class = super::collections::make_namedtuple_class(vm, "implementation", &fields)?;
    let (a, b, c) = p.micropython_version;
    let empty = vm.new_str("");
    let version = vm.new_tuple(vec![Value::Int(a as i64), Value::Int(b as i64), Value::Int(c as i64), empty]);
    let name = vm.new_str("micropython");
    let machine = vm.new_str(p.uname.machine);
    super::collections::namedtuple_instance(vm, class, vec![name, version, machine, Value::Int(p.mpy as i64)])
}

fn make_streams(vm: &mut Vm) -> PyResult<[Value; 3]> {
    let text = new_class(vm, "TextIOWrapper");
    let binary = new_class(vm, "FileIO");
    for class in [text, binary] {
        vm.add_method(class, "write", stream_write);
        vm.add_method(class, "read", stream_read);
        vm.add_method(class, "readline", stream_readline);
        vm.add_method(class, "flush", stream_flush);
    }
    let getter = vm.new_native("buffer", stream_buffer);
    let prop = vm.new_property(getter, Value::None, Value::None, Value::None);
    vm.class_set(text, "buffer", prop);
    let mut out = [Value::None; 3];
    for (fd, slot) in out.iter_mut().enumerate() {
        let buffer = vm.alloc(Object::Native(Box::new(StdStream {
            class: binary,
            fd: fd as u8,
            binary: true,
            buffer: Value::None,
        })));
        *slot = vm.alloc(Object::Native(Box::new(StdStream { class: text, fd: fd as u8, binary: false, buffer })));
    }
    Ok(out)
}

fn stream_of(vm: &mut Vm, v: Value) -> PyResult<(u8, bool, Value)> {
    match native_ref::<StdStream>(vm, v) {
        Some(s) => Ok((s.fd, s.binary, s.buffer)),
        None => Err(super::bad_self(vm, "stream")),
    }
}

fn stream_buffer(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, _, buffer) = stream_of(vm, args[0])?;
    Ok(buffer)
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 2)?;
    let (fd, binary, _) = stream_of(vm, args[0])?;
    let (text, n) = if binary {
        let b = vm.bytes_like(args[1])?;
        let n = b.len();
        (String::from_utf8_lossy(&b).into_owned(), n)
    } else {
        let s = vm.str_arg(args[1])?;
        let n = s.chars().count();
        (s, n)
    };
    let stream = match fd {
        2 => Stream::Stderr,
        1 => Stream::Stdout,
        _ => return Err(vm.os_error(9)),
    };
    vm.write_output(stream, &text)?;
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn read_input_line(vm: &mut Vm, v: Value) -> PyResult<(Option<String>, bool)> {
    let (fd, binary, _) = stream_of(vm, v)?;
    if fd != 0 {
        return Err(vm.os_error(9));
    }
    Ok((
        vm.io.read_line("", false).map(|mut l| {
            l.push('\n');
            l
        }),
        binary,
    ))
}

fn text_or_bytes(vm: &mut Vm, s: String, binary: bool) -> Value {
    if binary {
        vm.new_bytes(s.into_bytes())
    } else {
        vm.new_str(s)
    }
}

fn stream_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readline", args, 1, 2)?;
    let (line, binary) = read_input_line(vm, args[0])?;
    Ok(text_or_bytes(vm, line.unwrap_or_default(), binary))
}

/// `read(n)`: whole lines until `n` characters (or end of input) arrive.
fn stream_read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("read", args, 1, 2)?;
    let limit = match args.get(1) {
        Some(&v) if !v.is_none() => vm.int_arg(v)?,
        _ => -1,
    };
    let mut out = String::new();
    let mut binary = false;
    while limit < 0 || (out.chars().count() as i64) < limit {
        let (line, b) = read_input_line(vm, args[0])?;
        binary = b;
        match line {
            Some(l) => out.push_str(&l),
            None => break,
        }
    }
    Ok(text_or_bytes(vm, out, binary))
}

/// How a program that raised `SystemExit` ends the process, as
/// MicroPython's unix port has it: `None` (or no argument) is status 0; an
/// int is its low 8 bits; anything else is printed on stderr, status 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitStatus {
    pub code: i32,
    pub message: Option<String>,
}

pub fn exit_status(vm: &mut Vm, exc: Value) -> ExitStatus {
    let value = vm.exc_args(exc).and_then(|a| a.first().copied()).unwrap_or(Value::None);
    let low_byte = |b: &num_bigint::BigInt| (b & num_bigint::BigInt::from(255)).try_into().unwrap_or(1);
    match value {
        Value::None => ExitStatus { code: 0, message: None },
        Value::Int(i) => ExitStatus { code: (i & 255) as i32, message: None },
        Value::Obj(r) if matches!(vm.heap.get(r), Object::BigInt(_)) => {
            let code = match vm.heap.get(r) {
                Object::BigInt(b) => low_byte(b),
                _ => 1,
            };
            ExitStatus { code, message: None }
        }
        other => ExitStatus { code: 1, message: Some(vm.str(other).unwrap_or_default()) },
    }
}

fn exit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("exit", args, 0, 1)?;
    let class = vm.exc.get(ExcKind::SystemExit);
    let exc = vm.new_exception(class, args.to_vec());
    Err(crate::runtime::error::Exc(exc))
}

fn print_exception(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("print_exception", args, 1, 2)?;
    let file = vm.arg_or(args, kw, 1, "file", Value::None);
    let text = vm.format_exception(args[0]);
    if file.is_none() {
        vm.io.write(Stream::Stdout, &text);
    } else if let Some(stream) = crate::builtins::stream_of(vm, file) {
        vm.io.write(stream, &text);
    } else {
        let w = vm.intern("write");
        let s = vm.new_str(text);
        vm.call_method(file, w, &[s])?;
    }
    Ok(Value::None)
}
