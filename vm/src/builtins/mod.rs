//! The `builtins` module: functions like `print` and `len`, and the names of
//! the built-in types and exceptions.

pub mod code;
pub mod core;
pub mod display;
pub mod files;
pub mod iteration;
pub mod keywords;

pub use keywords::refuse_keywords;
pub mod numeric;

use crate::runtime::error::ExcKind;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::target::Stream;

/// Marker objects for `sys.stdout` / `sys.stderr`, set by the sys module.
pub struct StdStreams {
    pub stdout: Value,
    pub stderr: Value,
}

impl crate::runtime::extensions::Extension for StdStreams {
    fn trace(&self, out: &mut Vec<crate::runtime::heap::ObjRef>) {
        for v in [self.stdout, self.stderr] {
            if let Value::Obj(r) = v {
                out.push(r);
            }
        }
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Which host stream a `file=` argument names, if it is sys.stdout/stderr.
pub fn stream_of(vm: &Vm, file: Value) -> Option<Stream> {
    let s = vm.extensions.get::<StdStreams>()?;
    if file.is(s.stdout) {
        Some(Stream::Stdout)
    } else if file.is(s.stderr) {
        Some(Stream::Stderr)
    } else {
        None
    }
}

/// `import builtins`: a module over the same dict the VM looks names up in.
fn make_module(vm: &mut Vm) -> crate::runtime::error::PyResult<Value> {
    let dict = vm.builtins;
    Ok(vm.alloc(crate::runtime::object::Object::Module(crate::objects::module::Module {
        name: "builtins".into(),
        dict,
    })))
}

pub fn register(vm: &mut Vm) {
    vm.builtin_modules.insert("builtins", make_module);
    vm.builtin_modules.insert("getpass", crate::modules::getpass::make);
    let b = vm.builtins;
    core::register(vm, b);
    vm.module_add_fn(b, "display", display::display);
    files::register(vm, b);
    iteration::register(vm, b);
    numeric::register(vm, b);
    code::register(vm, b);
    let t = &vm.types;
    let named = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("float", t.float),
        ("complex", t.complex),
        ("bool", t.bool_),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("memoryview", t.memoryview),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
    ];
    for (name, class) in named {
        vm.module_add(b, name, Value::Obj(class));
    }
    for &k in ExcKind::ALL {
        let c = vm.exc.get(k);
        vm.module_add(b, k.name(), Value::Obj(c));
    }
    let e = vm.ellipsis;
    vm.module_add(b, "Ellipsis", e);
    let ni = vm.not_implemented;
    vm.module_add(b, "NotImplemented", ni);
    vm.module_add(b, "__name__", Value::None);
    let n = vm.new_str("builtins");
    vm.module_add(b, "__name__", n);
}
