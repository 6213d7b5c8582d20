//! Built-in modules, one file each, made on first import. Plain names are
//! registered; the importer resolves `utime`, `ujson`, … to them.

pub mod array;
pub mod asyncio;
pub mod binascii;
pub mod cmath;
pub mod collections;
pub mod errno;
pub mod framebuf;
pub mod frozen;
pub mod gc;
pub mod getpass;
pub mod hashlib;
pub mod io;
pub mod json;
pub mod math;
pub mod micropython;
pub mod os;
pub mod random;
pub mod re;
pub mod ringio;
pub mod select;
pub mod stream;
pub mod struct_;
pub mod sys;
pub mod templatelib;
pub mod thread;
pub mod time;
pub mod unavailable;
pub mod vfs;
pub mod viper;

use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

type Maker = fn(&mut Vm) -> PyResult<Value>;

/// One module object per VM whichever name imports it first (`time` or
/// `utime`): the maker is wrapped so it returns the module already in
/// `sys.modules` under the plain name, or makes it and files it there.
macro_rules! shared {
    ($($name:literal => $make:path),* $(,)?) => {
        &[$(($name, {
            fn shared(vm: &mut Vm) -> PyResult<Value> {
                once(vm, $name, $make)
            }
            shared as Maker
        })),*]
    };
}

fn once(vm: &mut Vm, name: &str, make: Maker) -> PyResult<Value> {
    let key = vm.intern(name);
    if let Some(m) = vm.namespace_get(vm.modules, key) {
        return Ok(m);
    }
    let m = make(vm)?;
    let modules = vm.modules;
    vm.dict_set_str_key(modules, key, m);
    Ok(m)
}

pub fn register(vm: &mut Vm) {
    let all: &[(&'static str, Maker)] = shared! {
        "array" => array::make,
        "asyncio" => asyncio::make,
        "_asyncio" => asyncio::make_core,
        "binascii" => binascii::make,
        "cmath" => cmath::make,
        "collections" => collections::make,
        "errno" => errno::make,
        "framebuf" => framebuf::make,
        "gc" => gc::make,
        "hashlib" => hashlib::make,
        "heapq" => frozen::heapq,
        "io" => io::make,
        "json" => json::make,
        "math" => math::make,
        "micropython" => micropython::make,
        "os" => os::make,
        "random" => random::make,
        "re" => re::make,
        "select" => select::make,
        "string" => templatelib::make_string,
        "string.templatelib" => templatelib::make,
        "struct" => struct_::make,
        "sys" => sys::make,
        "_thread" => thread::make,
        "time" => time::make,
        "vfs" => vfs::make,
    };
    for &(name, make) in all {
        vm.builtin_modules.insert(name, make);
    }
    viper::register(vm);
}

// `native_object!` lives in objects/native.rs.

/// Push every heap reference among `values` onto `out` (for `trace`).
pub fn trace_values<'a>(values: impl IntoIterator<Item = &'a Value>, out: &mut Vec<crate::runtime::heap::ObjRef>) {
    for v in values {
        if let Value::Obj(r) = v {
            out.push(*r);
        }
    }
}

/// The native payload of `v` if it is a `T`.
pub fn native_ref<T: 'static>(vm: &Vm, v: Value) -> Option<&T> {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(crate::runtime::object::Object::Native(n)) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

pub fn native_mut<T: 'static>(vm: &mut Vm, v: Value) -> Option<&mut T> {
    match v.as_obj() {
        Some(r) => match vm.heap.get_mut(r) {
            crate::runtime::object::Object::Native(n) => n.as_any_mut().downcast_mut::<T>(),
            _ => None,
        },
        None => None,
    }
}

/// A class for a module's native objects.
pub fn new_class(vm: &mut Vm, name: &str) -> crate::runtime::heap::ObjRef {
    let object = vm.types.object;
    vm.new_class_raw(name, vec![object], crate::objects::class::Layout::Object, false)
}

/// Add a batch of functions to a module dict.
pub fn add_fns(
    vm: &mut Vm,
    dict: crate::runtime::heap::ObjRef,
    fns: &[(&'static str, crate::objects::function::NativeFn)],
) {
    for &(name, f) in fns {
        vm.module_add_fn(dict, name, f);
    }
}

/// The wrong-type error for a native method called on another object.
pub fn bad_self(vm: &mut Vm, what: &str) -> crate::runtime::error::Exc {
    vm.type_error(format!("expected a {what} object"))
}

/// Write `data` into a writable buffer (bytearray, array, writable
/// memoryview) at `offset`; the buffer does not grow.
pub fn write_into_buffer(vm: &mut Vm, target: Value, offset: usize, data: &[u8]) -> PyResult<()> {
    vm.write_buffer(target, offset, data)
}

/// The bytes of any buffer, arrays included.
pub fn buffer_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.bytes_like(v)
}
