//! The embedding API the kernel, the language server and the command line
//! use: a VM whose globals persist across runs (notebook cells), on a
//! simulated board, implementing the `Target` seam.

use crate::runtime::clock::ClockMode;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::target::{
    Completion, CompletionKind, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Target,
};
use std::path::PathBuf;

/// Stack size for the thread a session runs on: deep Python recursion does
/// not use the Rust stack, but native code calling back into Python does.
pub const SESSION_STACK_SIZE: usize = 256 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct SessionOptions {
    /// `esp32`, `rp2` or `generic`.
    pub board: String,
    pub virtual_time: bool,
    pub heap_limit: usize,
    /// Extra folders searched for `.py` modules on the host (the script's
    /// folder for `upy run FILE`). Empty for notebook sessions.
    pub host_path: Vec<PathBuf>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Collect garbage at every safepoint (slow; for tests).
    pub gc_stress: bool,
    /// A host folder whose files seed the simulated flash (`upy run --fs`).
    pub fs_seed: Option<PathBuf>,
    /// The flash's size in bytes, instead of the board's (a lab's limit).
    pub flash_size: Option<u64>,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            board: "generic".into(),
            virtual_time: false,
            heap_limit: crate::runtime::heap::DEFAULT_HEAP_LIMIT,
            host_path: vec![],
            argv: vec![],
            gc_stress: false,
            fs_seed: None,
            flash_size: None,
        }
    }
}

pub struct Session {
    pub vm: Vm,
    globals: ObjRef,
    options: SessionOptions,
    flash_error: Option<String>,
    /// How the last run asked the process to end (`sys.exit`), if it did.
    exit: Option<crate::modules::sys::ExitStatus>,
}

impl Session {
    pub fn new(options: SessionOptions) -> Session {
        let mut vm = Vm::new();
        vm.heap.set_limit(options.heap_limit);
        vm.heap.stress = options.gc_stress;
        vm.clock.set_mode(if options.virtual_time { ClockMode::Virtual } else { ClockMode::Real });
        let (_, globals) = vm.new_module("__main__");
        let key = vm.intern("__main__");
        let m = vm.alloc(Object::Module(crate::objects::module::Module { name: "__main__".into(), dict: globals }));
        let modules = vm.modules;
        vm.dict_set_str_key(modules, key, m);
        let mut s = Session { vm, globals, options, flash_error: None, exit: None };
        s.configure();
        s
    }

    fn configure(&mut self) {
        let vm = &mut self.vm;
        crate::board::install(vm, &self.options.board);
        vm.argv = self.options.argv.clone();
        let host = Box::new(crate::fs::loader::HostFolders::new(&self.options.host_path));
        if let Some(bytes) = self.options.flash_size {
            vm.extensions.insert(crate::fs::FlashSize(bytes));
        }
        if let Err(e) = crate::fs::install(vm, self.options.fs_seed.as_deref(), None, host) {
            self.flash_error = Some(e);
        }
    }

    /// The exit status and message the last run's `SystemExit` asked for
    /// (`upy run` ends the process with them).
    pub fn exit_status(&self) -> Option<&crate::modules::sys::ExitStatus> {
        self.exit.as_ref()
    }

    /// Why seeding the flash from `fs_seed` failed, if it did.
    pub fn flash_error(&self) -> Option<&str> {
        self.flash_error.as_deref()
    }

    pub fn options(&self) -> &SessionOptions {
        &self.options
    }

    /// Run code with output to `out`; the trailing expression's value is
    /// returned when asked.
    pub fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        self.vm.io.interrupt = interrupt.clone();
        let globals = self.globals;
        let (code_text, file, want) = (request.code, request.file_name, request.want_result);
        let exit = &mut self.exit;
        *exit = None;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::runtime::io::Io::with_io(&mut self.vm, out, input, |vm| {
                run_in(vm, globals, code_text, file, want, exit)
            })
        }));
        // A program that reset the board (machine.reset(), the watchdog,
        // deepsleep) ends normally and the board starts again.
        let reset = self.vm.extensions.get::<crate::board::state::Board>().and_then(|b| b.reset_requested);
        if let Some(how) = reset {
            self.soft_reset();
            let cause = match how {
                "watchdog" => "WDT_RESET",
                "deepsleep" => "DEEPSLEEP_RESET",
                "soft" => "SOFT_RESET",
                _ => "HARD_RESET",
            };
            if let Some(b) = self.vm.extensions.get_mut::<crate::board::state::Board>() {
                b.reset_cause = cause;
            }
            let note = if how == "soft" {
                "MPY: soft reboot\n".to_string()
            } else {
                format!("[the simulated board restarted: {how} reset]\n")
            };
            out.write(crate::target::Stream::Stderr, &note);
            return RunOutcome::Ok { result: None };
        }
        match outcome {
            Ok(o) => o,
            Err(p) => {
                // A bug in upy, not in the program: keep the session usable.
                let what = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let vm = &mut self.vm;
                vm.io.interrupt.clear();
                vm.io.detach();
                vm.clear_run_state();
                RunOutcome::Error(ErrorInfo::new("SystemError", format!("internal error in upy: {what}")))
            }
        }
    }

    /// Names visible at the top level: globals then builtins.
    pub fn global_names(&self) -> Vec<String> {
        let mut out = vec![];
        for d in [self.globals, self.vm.builtins] {
            if let Object::Dict(dict) = self.vm.heap.get(d) {
                for e in dict.iter() {
                    if let Some(s) = self.vm.as_str(e.key) {
                        if !out.iter().any(|o: &String| o == s) {
                            out.push(s.to_string());
                        }
                    }
                }
            }
        }
        out
    }

    /// Evaluate a dotted name (`led`, `machine.Pin`) without running code.
    pub fn lookup(&mut self, dotted: &str) -> Option<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next()?;
        let k = self.vm.intern(first);
        let mut v = self.vm.namespace_get(self.globals, k).or_else(|| self.vm.namespace_get(self.vm.builtins, k))?;
        for p in parts {
            let n = self.vm.intern(p);
            v = self.vm.get_attr_opt(v, n).ok()??;
        }
        Some(v)
    }

    /// Attribute names of a live object (for completion after a dot).
    pub fn attributes(&mut self, v: Value) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        let mut push = |s: &str| {
            if !out.iter().any(|o| o == s) {
                out.push(s.to_string());
            }
        };
        let vm = &self.vm;
        let mut dicts: Vec<&crate::objects::dict::Dict> = vec![];
        match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Instance(i)) => dicts.push(&i.dict),
            Some(Object::Module(m)) => {
                if let Object::Dict(d) = vm.heap.get(m.dict) {
                    dicts.push(d);
                }
            }
            _ => {}
        }
        let class = match v.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Class(_)) => v.as_obj(),
            Some(Object::Module(_)) => None,
            _ => Some(vm.class_of(v)),
        };
        if let Some(c) = class {
            if let Object::Class(cl) = vm.heap.get(c) {
                for &k in &cl.mro {
                    if let Object::Class(kc) = vm.heap.get(k) {
                        dicts.push(&kc.dict);
                    }
                }
            }
        }
        for d in dicts {
            for e in d.iter() {
                if let Some(s) = vm.as_str(e.key) {
                    push(s);
                }
            }
        }
        out
    }

    fn kind_of(&self, v: Value) -> CompletionKind {
        match v.as_obj().map(|r| self.vm.heap.get(r)) {
            Some(Object::Function(_) | Object::NativeFunction(_) | Object::BoundMethod(_)) => CompletionKind::Function,
            Some(Object::Class(_)) => CompletionKind::Class,
            Some(Object::Module(_)) => CompletionKind::Module,
            _ => CompletionKind::Variable,
        }
    }

    /// Help from the stubs for `machine.Pin.value` (a module path) or
    /// `led.value` (an instance of a stub class in an imported module).
    fn stub_help(&mut self, name: &str) -> Option<String> {
        let parts: Vec<&str> = name.split('.').collect();
        let board = self.options.board.clone();
        let first = self.lookup(parts[0])?;
        if let Some(Object::Module(m)) = first.as_obj().map(|r| self.vm.heap.get(r)) {
            let module = m.name.trim_start_matches('u').to_string();
            return crate::stub_docs::describe(&board, &module, &parts[1..])
                .or_else(|| crate::stub_docs::describe(&board, &m.name.clone(), &parts[1..]));
        }
        // A built-in function or type not shadowed by the program's own.
        let k = self.vm.intern(parts[0]);
        if self.vm.namespace_get(self.globals, k).is_none() {
            if let Some(help) = crate::stub_docs::describe_builtin(&parts) {
                return Some(help);
            }
        }
        let class = self.vm.class_of(first);
        let class_name = self.vm.class_name(class).to_string();
        let imported: Vec<String> = match self.vm.heap.get(self.vm.modules) {
            Object::Dict(d) => d.iter().filter_map(|e| self.vm.as_str(e.key).map(str::to_string)).collect(),
            _ => vec![],
        };
        for module in imported {
            let mut path = vec![class_name.as_str()];
            path.extend_from_slice(&parts[1..]);
            if let Some(help) = crate::stub_docs::describe(&board, &module, &path) {
                return Some(help);
            }
        }
        // A method of a built-in type's value (`s.join` for a str `s`); a
        // plain value (`x` for an int) shows its type and repr instead.
        if parts.len() < 2 {
            return None;
        }
        let mut path = vec![class_name.as_str()];
        path.extend_from_slice(&parts[1..]);
        crate::stub_docs::describe_builtin(&path)
    }

    /// `f(a, b=…, *args, key, **kw)` for the program's own functions.
    fn signature(&self, v: Value) -> Option<String> {
        let (func, skip) = match v.as_obj().map(|r| self.vm.heap.get(r)) {
            Some(Object::BoundMethod(m)) => (m.func, 1),
            _ => (v, 0),
        };
        let Some(Object::Function(f)) = func.as_obj().map(|r| self.vm.heap.get(r)) else { return None };
        let c = &f.code;
        let (argc, kwc) = (c.argcount as usize, c.kwonlycount as usize);
        let first_default = argc - f.defaults.len().min(argc);
        let mut params: Vec<String> = vec![];
        for (i, n) in c.varnames[..argc].iter().enumerate().skip(skip) {
            params.push(if i >= first_default { format!("{n}=…") } else { n.to_string() });
        }
        let mut next = argc + kwc;
        if c.has_varargs {
            params.push(format!("*{}", c.varnames[next]));
            next += 1;
        } else if kwc > 0 {
            params.push("*".into());
        }
        params.extend(c.varnames[argc..argc + kwc].iter().map(|n| n.to_string()));
        if c.has_varkw {
            params.push(format!("**{}", c.varnames[next]));
        }
        Some(format!("{}({})", c.name, params.join(", ")))
    }

    /// Switch the clock between real and virtual time; a soft reset keeps
    /// the choice.
    pub fn set_virtual_time(&mut self, on: bool) {
        self.options.virtual_time = on;
        self.vm.clock.set_mode(if on { ClockMode::Virtual } else { ClockMode::Real });
    }

    /// Write a file to the simulated flash, making its parent folders, as
    /// an upload from the host does. Errors (here and in `read_file`,
    /// `list_dir`) name the path and errno.
    pub fn write_file(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        crate::fs::with_fs(&mut self.vm, |fs| {
            if let Some((dir, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
                fs.make_dirs(dir)?;
            }
            fs.write_file(path, data)
        })
        .map_err(|errno| fs_error(errno, path))
    }

    /// A file of the simulated flash. Reading never creates the flash.
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>, String> {
        let Some(flash) = self.vm.extensions.get::<crate::fs::Flash>() else {
            return Err(fs_error(crate::fs::errno::ENOENT, path));
        };
        let fs = flash.0.lock().unwrap_or_else(|e| e.into_inner());
        fs.read_file(path).map_err(|errno| fs_error(errno, path))
    }

    /// A folder of the simulated flash as (name, is a folder, size).
    pub fn list_dir(&self, path: &str) -> Result<Vec<(String, bool, u64)>, String> {
        let Some(flash) = self.vm.extensions.get::<crate::fs::Flash>() else {
            return Ok(Vec::new()); // no file written yet
        };
        let fs = flash.0.lock().unwrap_or_else(|e| e.into_inner());
        fs.listdir(path).map_err(|errno| fs_error(errno, path))
    }

    /// Soft reset: fresh globals, a fresh VM (board state cleared).
    pub fn soft_reset(&mut self) {
        // The flash survives a reset, as on a board: reattach it rather
        // than seeding a new one.
        let flash = self.vm.extensions.get::<crate::fs::Flash>().map(|f| f.0.clone());
        let mut options = self.options.clone();
        let seed = options.fs_seed.take();
        let mut old = std::mem::replace(self, Session::new(options));
        // So do the devices wired to the buses, and the ESP32's NVS and
        // surroundings (its die temperature).
        self.vm.extensions.carry_from::<crate::board::i2c::I2cDevices>(&mut old.vm.extensions);
        self.vm.extensions.carry_from::<crate::board::esp32_module::Esp32State>(&mut old.vm.extensions);
        drop(old);
        self.options.fs_seed = seed;
        if let Some(f) = flash {
            let host = Box::new(crate::fs::loader::HostFolders::new(&self.options.host_path));
            let _ = crate::fs::install(&mut self.vm, None, Some(f), host);
        }
    }
}

/// `main.py: [Errno 2] ENOENT`, as MicroPython words an `OSError`.
fn fs_error(errno: i64, path: &str) -> String {
    let name = crate::runtime::errno_names::name_of(errno).unwrap_or("error");
    format!("{path}: [Errno {errno}] {name}")
}

fn run_in(
    vm: &mut Vm,
    globals: ObjRef,
    code_text: &str,
    file: &str,
    want: bool,
    exit: &mut Option<crate::modules::sys::ExitStatus>,
) -> RunOutcome {
    vm.last_result = Value::None;
    let result = vm.compile_source(code_text, file, want).and_then(|code| vm.run_code(code, globals));
    // Leave no half-finished frames behind after an error.
    vm.clear_run_state();
    vm.io.interrupt.clear();
    match result {
        Ok(_) => {
            let v = std::mem::replace(&mut vm.last_result, Value::None);
            if want && !v.is_none() {
                match vm.repr(v) {
                    Ok(text) => RunOutcome::Ok { result: Some(vec![("text/plain".into(), text)]) },
                    Err(e) => RunOutcome::Error(vm.error_info(e.0)),
                }
            } else {
                RunOutcome::Ok { result: None }
            }
        }
        Err(e) => {
            if vm.exc_class_is(e.0, crate::runtime::error::ExcKind::SystemExit) {
                *exit = Some(crate::modules::sys::exit_status(vm, e.0));
            }
            RunOutcome::Error(vm.error_info(e.0))
        }
    }
}

impl Target for Session {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        Session::run(self, request, out, input, interrupt)
    }

    fn complete(&mut self, prefix: &str) -> Vec<Completion> {
        let (obj, partial) = match prefix.rfind('.') {
            Some(i) => (Some(&prefix[..i]), &prefix[i + 1..]),
            None => (None, prefix),
        };
        let names = match obj {
            Some(o) => match self.lookup(o) {
                Some(v) => self.attributes(v).into_iter().map(|n| (n, Some(v))).collect::<Vec<_>>(),
                None => vec![],
            },
            None => self.global_names().into_iter().map(|n| (n, None)).collect(),
        };
        let mut out = vec![];
        for (n, owner) in names {
            if !n.starts_with(partial) || (n.starts_with("__") && !partial.starts_with('_')) {
                continue;
            }
            let full = match obj {
                Some(o) => format!("{o}.{n}"),
                None => n.clone(),
            };
            let _ = owner;
            let kind = match self.lookup(&full) {
                Some(v) => self.kind_of(v),
                None => CompletionKind::Attribute,
            };
            out.push(Completion { name: n, kind, detail: None });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    /// Signature and docstring: from the board stubs for the built-in
    /// modules' objects, from the code for the program's own functions,
    /// else the type and repr.
    fn inspect(&mut self, name: &str) -> Option<String> {
        let v = self.lookup(name)?;
        if let Some(help) = self.stub_help(name) {
            return Some(help);
        }
        let t = self.vm.type_name(v);
        if let Some(sig) = self.signature(v) {
            return Some(format!("{sig}\n{t}"));
        }
        let r = self.vm.repr(v).ok()?;
        Some(format!("{name}: {t}\n{r}"))
    }

    fn reset(&mut self) -> Result<(), ErrorInfo> {
        self.soft_reset();
        Ok(())
    }

    fn describe(&self) -> String {
        format!("simulated {}", self.options.board)
    }
}
