//! `os`: files and folders on the simulated flash, `uname` from the board
//! profile, and `urandom`.

use super::add_fns;
use crate::fs::with_fs;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// `stat` mode bits, as littlefs on MicroPython reports them.
const S_IFDIR: i64 = 0x4000;
const S_IFREG: i64 = 0x8000;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("os");
    vm.temp_roots.push(m);
    add_fns(
        vm,
        d,
        &[
            ("uname", uname),
            ("urandom", urandom),
            ("listdir", routed::listdir),
            ("ilistdir", routed::ilistdir),
            ("mkdir", routed::mkdir),
            ("remove", routed::remove),
            ("rmdir", routed::rmdir),
            ("rename", routed::rename),
            ("getcwd", routed::getcwd),
            ("chdir", routed::chdir),
            ("stat", routed::stat),
            ("statvfs", routed::statvfs),
        ],
    );
    let sep = vm.new_str("/");
    vm.module_add(d, "sep", sep);
    vm.temp_roots.pop();
    Ok(m)
}

fn path_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<String> {
    match args.get(i) {
        Some(&v) => vm.str_arg(v),
        None => Ok(String::new()),
    }
}

fn uname(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("uname", args, 0, 0)?;
    let u = &super::sys::board(vm).uname;
    let parts = [u.sysname, u.nodename, u.release, u.version, u.machine];
    let class = super::collections::make_namedtuple_class(
        vm,
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
    )?;
    vm.temp_roots.push(Value::Obj(class));
    let items = parts.iter().map(|s| vm.new_str(*s)).collect();
    let r = super::collections::namedtuple_instance(vm, class, items);
    vm.temp_roots.pop();
    r
}

fn urandom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("urandom", args, 1, 1)?;
    let n = vm.int_arg(args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    vm.reserve(n as usize)?;
    let rng = super::random::rng(vm);
    let bytes = (0..n).map(|_| rng.bits(8) as u8).collect();
    Ok(vm.new_bytes(bytes))
}

fn fs_err<T>(vm: &mut Vm, r: Result<T, i64>) -> PyResult<T> {
    r.map_err(|n| vm.os_error(n))
}

pub fn raw_listdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("listdir", args, 0, 1)?;
    let p = path_arg(vm, args, 0)?;
    let r = with_fs(vm, |fs| fs.listdir(if p.is_empty() { "." } else { &p }));
    let entries = fs_err(vm, r)?;
    let names = entries.into_iter().map(|(n, _, _)| vm.new_str(n)).collect();
    Ok(vm.new_list(names))
}

/// A list iterator of (name, type, inode, size) tuples, as MicroPython's.
pub fn raw_ilistdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ilistdir", args, 0, 1)?;
    let p = path_arg(vm, args, 0)?;
    let r = with_fs(vm, |fs| fs.listdir(if p.is_empty() { "." } else { &p }));
    let entries = fs_err(vm, r)?;
    let list = vm.new_list(vec![]);
    vm.temp_roots.push(list);
    for (name, is_dir, size) in entries {
        let n = vm.new_str(name);
        let t = vm.new_tuple(vec![
            n,
            Value::Int(if is_dir { S_IFDIR } else { S_IFREG }),
            Value::Int(0),
            Value::Int(size as i64),
        ]);
        vm.list_append(list, t)?;
    }
    vm.temp_roots.pop();
    vm.get_iter(list)
}

fn one_path(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<String> {
    vm.check_args(name, args, 1, 1)?;
    path_arg(vm, args, 0)
}

pub fn raw_mkdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "mkdir")?;
    let r = with_fs(vm, |fs| fs.mkdir(&p));
    fs_err(vm, r)?;
    Ok(Value::None)
}

pub fn raw_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "remove")?;
    let r = with_fs(vm, |fs| fs.remove(&p));
    fs_err(vm, r)?;
    Ok(Value::None)
}

pub fn raw_rmdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "rmdir")?;
    let r = with_fs(vm, |fs| fs.rmdir(&p));
    fs_err(vm, r)?;
    Ok(Value::None)
}

pub fn raw_rename(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("rename", args, 2, 2)?;
    let (a, b) = (path_arg(vm, args, 0)?, path_arg(vm, args, 1)?);
    let r = with_fs(vm, |fs| fs.rename(&a, &b));
    fs_err(vm, r)?;
    Ok(Value::None)
}

pub fn raw_getcwd(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("getcwd", args, 0, 0)?;
    let cwd = with_fs(vm, |fs| fs.cwd.clone());
    Ok(vm.new_str(cwd))
}

pub fn raw_chdir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "chdir")?;
    let r = with_fs(vm, |fs| fs.chdir(&p));
    fs_err(vm, r)?;
    Ok(Value::None)
}

pub fn raw_stat(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "stat")?;
    let r = with_fs(vm, |fs| fs.stat(&p));
    let (is_dir, size, mtime) = fs_err(vm, r)?;
    let mode = if is_dir { S_IFDIR } else { S_IFREG };
    let items = [mode, 0, 0, 0, 0, 0, size as i64, mtime, mtime, mtime].iter().map(|&x| Value::Int(x)).collect();
    Ok(vm.new_tuple(items))
}

/// (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)
pub fn raw_statvfs(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let p = one_path(vm, args, "statvfs")?;
    let r = with_fs(vm, |fs| fs.stat(&p).map(|_| (fs.block_size as i64, fs.capacity as i64, fs.used_bytes() as i64)));
    let (bs, cap, used) = fs_err(vm, r)?;
    let name_max = crate::board::profile::profile(&vm.board_name).map_or(255, |p| p.flash.name_max as i64);
    let blocks = cap / bs;
    let free = (cap - used).max(0) / bs;
    let items = [bs, bs, blocks, free, free, 0, 0, 0, 0, name_max].iter().map(|&x| Value::Int(x)).collect();
    Ok(vm.new_tuple(items))
}

/// The public functions: through `vfs`'s mount table once it is imported,
/// on the flash directly until then.
mod routed {
    use crate::objects::function::KwArgs;
    use crate::runtime::error::PyResult;
    use crate::runtime::value::Value;
    use crate::runtime::vm::Vm;

    macro_rules! routed {
        ($($name:ident => $raw:path),* $(,)?) => {$(
            pub fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
                match crate::modules::vfs::route(vm, concat!("_", stringify!($name)), args) {
                    Some(r) => r,
                    None => $raw(vm, args, kw),
                }
            }
        )*};
    }

    routed! {
        listdir => super::raw_listdir,
        ilistdir => super::raw_ilistdir,
        mkdir => super::raw_mkdir,
        remove => super::raw_remove,
        rmdir => super::raw_rmdir,
        rename => super::raw_rename,
        getcwd => super::raw_getcwd,
        chdir => super::raw_chdir,
        stat => super::raw_stat,
        statvfs => super::raw_statvfs,
    }
}
