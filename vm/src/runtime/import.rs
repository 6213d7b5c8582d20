//! `import`: built-in modules first (made on first import), then `.py`
//! files on the search path (the script's folder, the flash filesystem).

use super::error::{ExcKind, PyResult};
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;

/// Where `.py` source for a module name can be found. The session installs
/// one that reads the script's folder and the simulated flash.
pub trait ModuleSource: Send {
    /// Source text and file name shown in tracebacks for `name`
    /// (dotted names use `/`).
    fn find(&mut self, vm_path: &[String], name: &str) -> Option<(String, String)>;
}

pub struct ModuleLoader(pub Box<dyn ModuleSource>);

impl crate::runtime::extensions::Extension for ModuleLoader {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Vm {
    pub fn import_name(&mut self, name: Value, fromlist: Value, level: Value, globals: ObjRef) -> PyResult<Value> {
        // A program may put its own `__import__` in builtins.
        let key = self.intern("__import__");
        if let Some(f) = self.namespace_get(self.builtins, key) {
            let native = matches!(f.as_obj().map(|r| self.heap.get(r)), Some(Object::NativeFunction(nf)) if nf.name == "__import__");
            if !native {
                return self.call(f, &[name, Value::Obj(globals), Value::None, fromlist, level]);
            }
        }
        let mut full = self.str_of(name).to_string();
        if let Value::Int(lvl) = level {
            if lvl > 0 {
                let pkg_key = self.intern("__name__");
                let cur = self.namespace_get(globals, pkg_key).map(|v| self.str_of(v).to_string()).unwrap_or_default();
                let mut parts: Vec<&str> = cur.split('.').collect();
                for _ in 0..lvl {
                    parts.pop();
                }
                let mut prefix = parts.join(".");
                if !full.is_empty() {
                    if !prefix.is_empty() {
                        prefix.push('.');
                    }
                    prefix.push_str(&full);
                }
                full = prefix;
            }
        }
        let mut module = Value::None;
        let mut top = Value::None;
        let mut path = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                path.push('.');
            }
            path.push_str(part);
            let m = self.import_one(&path)?;
            if i > 0 {
                // Make `pkg.sub` reachable as an attribute of `pkg`.
                if let Some(Object::Module(pm)) = module.as_obj().map(|r| self.heap.get(r)) {
                    let d = pm.dict;
                    let k = self.intern(part);
                    self.dict_set_str_key(d, k, m);
                }
            } else {
                top = m;
            }
            module = m;
        }
        if fromlist.is_none() {
            Ok(top)
        } else {
            Ok(module)
        }
    }

    /// Import one fully qualified module name.
    pub fn import_one(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        if let Some(m) = self.namespace_get(self.modules, key) {
            return Ok(m);
        }
        let short = name
            .strip_prefix('u')
            .filter(|s| self.builtin_modules.contains_key(s) && !self.builtin_modules.contains_key(name));
        let builtin = self
            .builtin_modules
            .get(name)
            .copied()
            .or_else(|| short.and_then(|s| self.builtin_modules.get(s).copied()));
        // A .py file of the same name wins over a built-in, as on a board
        // (except for the core modules a board always has built in).
        if let Some(m) = self.import_source(name)? {
            return Ok(m);
        }
        if let Some(make) = builtin {
            let m = make(self)?;
            // A built-in module's attributes are read-only, as in ROM
            // (`builtins` excepted: a program may override a builtin).
            if let Some(Object::Module(md)) = m.as_obj().map(|r| self.heap.get(r)).filter(|_| name != "builtins") {
                let d = md.dict;
                if let Object::Dict(dd) = self.heap.get_mut(d) {
                    dd.fixed = true;
                }
            }
            let modules = self.modules;
            self.dict_set_str_key(modules, key, m);
            return Ok(m);
        }
        if let Some(refused) = crate::modules::unavailable::refusal(self, name) {
            return Err(refused);
        }
        Err(self.err(ExcKind::ImportError, format!("no module named '{name}'")))
    }

    fn import_source(&mut self, name: &str) -> PyResult<Option<Value>> {
        let path: Vec<String> = match self.heap.get(self.sys_path) {
            Object::List(l) => l.iter().map(|&v| self.str_of(v).to_string()).collect(),
            _ => vec![],
        };
        // A filesystem the user mounted comes first, then the flash.
        let sys_path = Value::Obj(self.sys_path);
        let found = match crate::modules::vfs::find_module(self, sys_path, name)? {
            Some(found) => Some(found),
            None => match self.extensions.get_mut::<ModuleLoader>() {
                Some(loader) => loader.0.find(&path, name),
                None => None,
            },
        };
        let Some((source, file)) = found else { return Ok(None) };
        let (m, dict) = self.new_module(name);
        let fkey = self.intern("__file__");
        let fv = self.new_str(file.clone());
        self.dict_set_str_key(dict, fkey, fv);
        let key = self.intern(name);
        let modules = self.modules;
        self.dict_set_str_key(modules, key, m);
        let r = self.exec_source(&source, &file, dict);
        if let Err(e) = r {
            // A failed import leaves no half-made module behind.
            let _ = self.namespace_delete(modules, key);
            return Err(e);
        }
        Ok(Some(m))
    }

    /// Compile and run source text in a globals dict.
    pub fn exec_source(&mut self, source: &str, file: &str, globals: ObjRef) -> PyResult<Value> {
        let code = self.compile_source(source, file, false)?;
        self.run_code(code, globals)
    }

    /// `from m import *`: the names in `m.__all__`, else every public name
    /// in `m.__dict__`. `m` may be any object (sys.modules can hold one).
    pub fn import_star(&mut self, module: Value, ns: ObjRef) -> PyResult<()> {
        let all = self.intern("__all__");
        if let Some(names) = self.get_attr_opt(module, all)? {
            for k in self.collect_iter(names)? {
                let v = self.get_attr(module, k)?;
                self.dict_set_str_key(ns, k, v);
            }
            return Ok(());
        }
        let d = match module.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Module(m)) => m.dict,
            _ => {
                let dn = self.names.dict;
                match self.get_attr(module, dn)?.as_obj() {
                    Some(d) => d,
                    None => return Err(self.type_error("import * needs a namespace")),
                }
            }
        };
        let entries: Vec<(Value, Value)> = match self.heap.get(d) {
            Object::Dict(dd) => dd.iter().map(|e| (e.key, e.value)).collect(),
            _ => vec![],
        };
        for (k, v) in entries {
            if self.str_of(k).starts_with('_') {
                continue;
            }
            self.dict_set_str_key(ns, k, v);
        }
        Ok(())
    }
}
