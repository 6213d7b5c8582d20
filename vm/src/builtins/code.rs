//! Builtins that run or inspect code: exec, eval, compile, `__import__`,
//! dir, help.
//!
//! As in MicroPython, code run by `exec`/`eval` without explicit dicts sees
//! the caller's globals, not a function's local variables.

use crate::compile::Code;
use crate::objects::dict::Dict;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::NativeObject;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::StmtKind;
use crate::syntax::{parse, ParseOptions};
use std::sync::Arc;

/// What `compile()` returns: compiled code and whether it was compiled as
/// an expression (`mode='eval'`).
pub struct CodeObject {
    class: ObjRef,
    code: Arc<Code>,
    is_expr: bool,
}

impl NativeObject for CodeObject {
    fn class(&self) -> ObjRef {
        self.class
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The `code` class, made once per VM.
struct CodeClass(ObjRef);

impl Extension for CodeClass {
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

pub fn register(vm: &mut Vm, b: ObjRef) {
    let object = vm.types.object;
    let class = vm.new_class_raw("code", vec![object], crate::objects::class::Layout::Object, false);
    vm.extensions.insert(CodeClass(class));
    let fns: &[(&'static str, NativeFn)] = &[
        ("exec", exec),
        ("execfile", execfile),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("dir", dir),
        ("help", help),
    ];
    for &(name, f) in fns {
        vm.module_add_fn(b, name, f);
    }
}

/// Source text of an exec/eval/compile argument (str, or UTF-8 bytes).
fn source_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = vm.as_str(v) {
        return Ok(s.to_string());
    }
    match vm.bytes_like(v) {
        Ok(b) => String::from_utf8(b).map_err(|_| vm.err(ExcKind::UnicodeError, "")),
        Err(_) => Err(vm.type_error("exec/eval/compile expect a str, bytes or code object")),
    }
}

/// Compile `source`; as an expression, it must be exactly one expression
/// statement, whose value is kept (`want_result`).
fn compile_text(vm: &mut Vm, source: &str, file: &str, is_expr: bool) -> PyResult<Arc<Code>> {
    if !is_expr {
        return vm.compile_source(source, file, false);
    }
    // CPython and MicroPython both accept leading blanks in eval input.
    let source = source.trim_start_matches([' ', '\t']);
    let parsed = parse(source, ParseOptions::default());
    let single_expr = parsed.errors.is_empty()
        && parsed.module.body.len() == 1
        && matches!(parsed.module.body[0].kind, StmtKind::Expr(_));
    // Eval input is one expression: any statement (even one the parser
    // found fault with, like `1 = 1`) is plain invalid syntax.
    let a_statement =
        parsed.module.body.iter().any(|s| {
            matches!(s.kind, StmtKind::Assign { .. } | StmtKind::AugAssign { .. } | StmtKind::AnnAssign { .. })
        });
    if (parsed.errors.is_empty() && !single_expr) || a_statement {
        return Err(vm.err(ExcKind::SyntaxError, "invalid syntax"));
    }
    vm.compile_source(source, file, true)
}

/// The code an exec/eval argument holds: a code object's, or freshly
/// compiled text.
fn code_of(vm: &mut Vm, v: Value, is_expr: bool) -> PyResult<(Arc<Code>, bool)> {
    if let Some(Object::Native(n)) = v.as_obj().map(|r| vm.heap.get(r)) {
        if let Some(c) = n.as_any().downcast_ref::<CodeObject>() {
            return Ok((c.code.clone(), c.is_expr));
        }
    }
    let text = source_text(vm, v)?;
    Ok((compile_text(vm, &text, "<string>", is_expr)?, is_expr))
}

/// The dict behind an optional globals/locals argument.
fn dict_arg(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<ObjRef>> {
    match v {
        None | Some(Value::None) | Some(Value::Undef) => Ok(None),
        Some(v) => match v.as_obj() {
            Some(r) if matches!(vm.heap.get(r), Object::Dict(_)) => Ok(Some(r)),
            _ => Err(vm.type_error(format!("{what} must be a dict"))),
        },
    }
}

/// Run `code` in the given (or the caller's) namespaces.
fn run_in(vm: &mut Vm, code: Arc<Code>, args: &[Value]) -> PyResult<()> {
    let globals = match dict_arg(vm, args.get(1).copied(), "globals")? {
        Some(g) => g,
        None => match vm.frames.last() {
            Some(f) => f.globals,
            None => {
                let Value::Obj(d) = vm.new_dict(Dict::new()) else { unreachable!("dicts are objects") };
                d
            }
        },
    };
    let locals = dict_arg(vm, args.get(2).copied(), "locals")?;
    vm.temp_roots.push(Value::Obj(globals));
    let r = match locals {
        Some(l) if l != globals => run_with_locals(vm, code, globals, l),
        _ => vm.run_code(code, globals).map(|_| ()),
    };
    vm.temp_roots.pop();
    r
}

/// Module code reads and writes its names in globals (the compiler emits
/// global accesses at module level), so a separate locals dict is layered
/// on a merged copy, and the names the code bound are copied back into
/// locals afterwards.
fn run_with_locals(vm: &mut Vm, code: Arc<Code>, globals: ObjRef, locals: ObjRef) -> PyResult<()> {
    let merged = vm.new_dict(Dict::new());
    vm.temp_roots.push(merged);
    let r = (|| {
        vm.dict_update(merged, Value::Obj(globals))?;
        vm.dict_update(merged, Value::Obj(locals))?;
        let Some(m) = merged.as_obj() else { return Ok(()) };
        let run = vm.run_code(code, m);
        let entries: Vec<(Value, Value)> = match vm.heap.get(m) {
            Object::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, v) in entries {
            let before = vm.dict_get(Value::Obj(globals), k)?;
            let in_locals = vm.dict_get(Value::Obj(locals), k)?.is_some();
            if in_locals || !before.is_some_and(|b| b.is(v)) {
                vm.dict_set(Value::Obj(locals), k, v)?;
            }
        }
        run.map(|_| ())
    })();
    vm.temp_roots.pop();
    r
}

fn exec(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("exec", args, 1, 3)?;
    let (code, _) = code_of(vm, args[0], false)?;
    run_in(vm, code, args)?;
    Ok(Value::None)
}

/// `execfile(path[, globals[, locals]])`: a file's source run as `exec`
/// runs text; read through `vfs` once it is in use, else from the flash.
fn execfile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("execfile", args, 1, 3)?;
    let Some(path) = vm.as_str(args[0]).map(str::to_string) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("can't convert {t} to str")));
    };
    let src = match crate::modules::vfs::route(vm, "_readfile", &args[..1]) {
        Some(r) => r?,
        None => {
            let r = crate::fs::with_fs(vm, |fs| fs.read_file(&path));
            let bytes = r.map_err(|n| vm.os_error(n))?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            vm.new_str(text)
        }
    };
    vm.temp_roots.push(src);
    let mut all = vec![src];
    all.extend_from_slice(&args[1..]);
    let r = exec(vm, &all, kw);
    vm.temp_roots.pop();
    r
}

fn eval(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("eval", args, 1, 3)?;
    let (code, is_expr) = code_of(vm, args[0], true)?;
    // The value of the expression arrives through `last_result`, which a
    // notebook cell may be using: keep the outer one.
    let saved = std::mem::replace(&mut vm.last_result, Value::None);
    vm.temp_roots.push(saved);
    let r = run_in(vm, code, args);
    let value = std::mem::replace(&mut vm.last_result, saved);
    vm.temp_roots.pop();
    r?;
    Ok(if is_expr { value } else { Value::None })
}

fn compile(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("compile", args, 3, 6)?;
    let _ = kw;
    let text = source_text(vm, args[0])?;
    let file = vm.str_arg(args[1])?;
    let mode = vm.str_arg(args[2])?;
    let is_expr = match mode.as_str() {
        "exec" | "single" => false,
        "eval" => true,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code =
        if mode == "single" { vm.compile_single(&text, &file)? } else { compile_text(vm, &text, &file, is_expr)? };
    let class = match vm.extensions.get::<CodeClass>() {
        Some(c) => c.0,
        None => return Err(vm.err(ExcKind::RuntimeError, "compile() unavailable")),
    };
    Ok(vm.alloc(Object::Native(Box::new(CodeObject { class, code, is_expr }))))
}

fn import(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__import__", args, 1, 5)?;
    let name = args[0];
    vm.str_arg(name)?;
    let globals = match dict_arg(vm, Some(vm.arg_or(args, kw, 1, "globals", Value::None)), "globals")? {
        Some(g) => g,
        None => match vm.frames.last() {
            Some(f) => f.globals,
            None => vm.builtins,
        },
    };
    let mut fromlist = vm.arg_or(args, kw, 3, "fromlist", Value::None);
    if !fromlist.is_none() && !vm.truthy(fromlist)? {
        fromlist = Value::None;
    }
    let level = vm.arg_or(args, kw, 4, "level", Value::Int(0));
    vm.import_name(name, fromlist, level, globals)
}

/// Names in a dict's string keys.
fn dict_names(vm: &Vm, d: &Dict, out: &mut Vec<String>) {
    for e in d.iter() {
        if let Some(s) = vm.as_str(e.key) {
            out.push(s.to_string());
        }
    }
}

/// The attribute names `dir(v)` lists: the object's own namespace, then
/// its class's MRO (a class lists its own MRO).
/// What `dir(v)` finds, as MicroPython finds it by trying names on the
/// object: its own dict, its class and the class's bases (not `object`'s
/// methods, which a class lookup never reaches), and the attributes every
/// object of its kind has.
pub fn attribute_names(vm: &Vm, v: Value) -> Vec<String> {
    let mut out = vec![];
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Instance(i)) => {
            dict_names(vm, &i.dict, &mut out);
            out.push("__dict__".to_string());
        }
        Some(Object::Module(m)) => {
            if let Object::Dict(d) = vm.heap.get(m.dict) {
                dict_names(vm, d, &mut out);
            }
            return sorted_unique(out);
        }
        Some(Object::Class(_)) => {
            out.extend(["__name__", "__bases__", "__dict__"].map(String::from));
        }
        _ => {}
    }
    let class = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Class(_)) => v.as_obj(),
        _ => Some(vm.class_of(v)),
    };
    if let Some(Object::Class(c)) = class.map(|c| vm.heap.get(c)) {
        for &k in &c.mro {
            if k == vm.types.object {
                continue;
            }
            if let Object::Class(kc) = vm.heap.get(k) {
                let before = out.len();
                dict_names(vm, &kc.dict, &mut out);
                // A built-in type's constructor is not in its namespace on
                // a board.
                if !kc.is_user {
                    let mut i = before;
                    while i < out.len() {
                        if out[i] == "__new__" || out[i] == "__init__" {
                            out.remove(i);
                        } else {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
    out.push("__class__".to_string());
    sorted_unique(out)
}

fn sorted_unique(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names.dedup();
    names
}

/// Names bound in the calling scope (what `dir()` lists).
fn scope_names(vm: &Vm) -> Vec<String> {
    let mut out = vec![];
    let Some(f) = vm.frames.last() else { return out };
    let ns = match f.locals {
        Some(l) => Some(l),
        None if f.code.kind == crate::compile::code::CodeKind::Module => Some(f.globals),
        None => None,
    };
    match ns.map(|r| vm.heap.get(r)) {
        Some(Object::Dict(d)) => dict_names(vm, d, &mut out),
        _ => {
            for (i, name) in f.code.varnames.iter().enumerate() {
                if !matches!(vm.stack.get(f.base + i), Some(Value::Undef) | None) {
                    out.push(name.to_string());
                }
            }
        }
    }
    sorted_unique(out)
}

fn dir(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("dir", args, 0, 1)?;
    let names = match args.first() {
        Some(&v) => {
            // An instance may say what it has (not a class: its __dir__
            // is for its instances).
            let dn = vm.intern("__dir__");
            if !matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Object::Class(_))) {
                if let Some(listed) = vm.call_dunder(v, dn, &[])? {
                    return Ok(listed);
                }
            }
            attribute_names(vm, v)
        }
        None => scope_names(vm),
    };
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    Ok(vm.new_list(items))
}

/// What `help()` prints on a board.
const HELP_TEXT: &str = "Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
";

/// `help()`, `help(obj)`, `help('modules')`, in MicroPython's words.
fn help(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("help", args, 0, 1)?;
    let Some(&v) = args.first() else {
        vm.io.write(crate::target::Stream::Stdout, HELP_TEXT);
        return Ok(Value::None);
    };
    if vm.as_str(v) == Some("modules") {
        let mut names: Vec<&str> = vm.builtin_modules.keys().copied().collect();
        names.sort_unstable();
        let mut text = columns(&names);
        text.push_str("Plus any modules on the filesystem\n");
        vm.io.write(crate::target::Stream::Stdout, &text);
        return Ok(Value::None);
    }
    // The object and its type, then the entries of a module's globals, or
    // of the class's own namespace (a type's for an instance), in table
    // order. Built-in types show their methods, not their dunders.
    let shown = vm.str(v)?;
    let class = vm.class_of(v);
    let tname = vm.class_name(class).to_string();
    let mut text = format!("object {shown} is of type {tname}\n");
    let (table, builtin) = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Module(m)) => (Some(m.dict), false),
        Some(Object::Class(c)) => (v.as_obj(), !c.is_user),
        _ => (Some(class), matches!(vm.heap.get(class), Object::Class(c) if !c.is_user)),
    };
    let entries: Vec<(Value, Value)> = match table.map(|t| vm.heap.get(t)) {
        Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
        Some(Object::Class(c)) => c.dict.iter().map(|e| (e.key, e.value)).collect(),
        _ => vec![],
    };
    for (k, val) in entries {
        let name = vm.str(k)?;
        if builtin && name.starts_with("__") {
            continue;
        }
        let shown = vm.str(val)?;
        text.push_str(&format!("  {name} -- {shown}\n"));
    }
    vm.io.write(crate::target::Stream::Stdout, &text);
    Ok(Value::None)
}

/// Names in four columns of 18, filled column by column.
fn columns(names: &[&str]) -> String {
    let rows = names.len().div_ceil(4);
    let mut out = String::new();
    for i in 0..rows {
        let mut j = i;
        loop {
            out.push_str(names[j]);
            j += rows;
            if j >= names.len() {
                break;
            }
            let mut gap = 18 - names[j - rows].len() as i64;
            while gap < 1 {
                gap += 18;
            }
            out.push_str(&" ".repeat(gap as usize));
        }
        out.push('\n');
    }
    out
}
