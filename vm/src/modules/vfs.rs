//! `vfs`: the mount table (Python, `py/vfs.py`, as MicroPython's
//! extmod/vfs.c keeps it). Until it is imported `os`, `open()` and `import`
//! work on the flash directly; once it is, they go through its table, so a
//! user's filesystem object or an unmounted flash behaves as on a board.

use crate::objects::function::NativeFn;
use crate::runtime::error::PyResult;
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// The imported `vfs` module: its presence routes `os` and `open` to it.
struct Active(Value);

impl Extension for Active {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        super::trace_values([&self.0], out);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let flash: &[(&'static str, NativeFn)] = &[
        ("_f_ilistdir", super::os::raw_ilistdir),
        ("_f_mkdir", super::os::raw_mkdir),
        ("_f_remove", super::os::raw_remove),
        ("_f_rmdir", super::os::raw_rmdir),
        ("_f_rename", super::os::raw_rename),
        ("_f_getcwd", super::os::raw_getcwd),
        ("_f_chdir", super::os::raw_chdir),
        ("_f_stat", super::os::raw_stat),
        ("_f_statvfs", super::os::raw_statvfs),
        ("_f_open", crate::builtins::files::raw_open),
    ];
    // VfsFat lives in the same module, as MicroPython's does.
    let source = concat!(include_str!("py/vfs.py"), "\n", include_str!("py/vfsfat.py"));
    let m = super::frozen::load(vm, "vfs", source, |vm, d| super::add_fns(vm, d, flash))?;
    vm.extensions.insert(Active(m));
    Ok(m)
}

/// The `vfs` module once imported.
pub fn active(vm: &Vm) -> Option<Value> {
    vm.extensions.get::<Active>().map(|a| a.0)
}

/// Call `vfs.<name>(*args)` if the table is in use.
pub fn route(vm: &mut Vm, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let m = active(vm)?;
    let key = vm.intern(name);
    Some(vm.get_attr(m, key).and_then(|f| vm.call(f, args)))
}

/// A module found through a mounted filesystem other than the flash:
/// (source, file name).
pub fn find_module(vm: &mut Vm, path: Value, name: &str) -> PyResult<Option<(String, String)>> {
    let Some(m) = active(vm) else { return Ok(None) };
    let key = vm.intern("_find");
    let f = vm.get_attr(m, key)?;
    let n = vm.new_str(name);
    let found = vm.call(f, &[n, path])?;
    if found == Value::None {
        return Ok(None);
    }
    let zero = Value::Int(0);
    let one = Value::Int(1);
    let src = vm.get_item(found, zero)?;
    let file = vm.get_item(found, one)?;
    Ok(Some((vm.str_arg(src)?, vm.str_arg(file)?)))
}
