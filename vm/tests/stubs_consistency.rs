//! The stubs promise exactly what the simulator has: for every board, every
//! module, class, function and constant a stub declares exists in the VM's
//! module of that board (with the declared integer/bool value for literal
//! constants), and every public name the VM's module has is in the stub.
//!
//! Every module is compared and the differences printed; the test fails
//! for every module except those in `PENDING`, which are still being
//! written and are reported as warnings until they leave the list.

use std::collections::{BTreeMap, BTreeSet};
use upy_vm::runtime::object::Object;
use upy_vm::runtime::value::Value;
use upy_vm::syntax::ast::{Arg, Constant, ExprKind, Stmt, StmtKind};
use upy_vm::syntax::{parse, ParseOptions};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest};
use upy_vm::{stubs, Session, SessionOptions};

mod support;

/// Modules whose stub and VM do not agree yet (reported, not failed).
///
/// The stubs now cover micropython-stubs 1.29 (issue #21); the VM halves
/// of these are the modules helper's (issue #17, branch wip/modules), not
/// yet merged here: `machine` (DAC, TouchPad, I2S, SDCard, Counter,
/// Encoder, ADCBlock, wake_reason and the sleep constants, I2CTarget and
/// USBDevice on rp2, mem8/16/32), `network` (the PM_/SEC_/AUTH_/MODE_
/// constants, ipconfig, PPP, LAN), `bluetooth` (the gattc_ and pairing
/// methods), `micropython` (RingIO), `_thread` (stack_size), `vfs`,
/// `deflate`, `platform`, `upysh`, `apa106` (no VM module yet), and the
/// modules whose stubs that helper writes with them (`framebuf`, `dht`,
/// `onewire`, `ds18x20`, `neopixel`, `esp`, `esp32`). `rp2` gains DMA,
/// DMATimer, Flash and the assembler classes.
const PENDING: &[&str] = &[
    "machine",
    "umachine",
    "network",
    "bluetooth",
    "ubluetooth",
    "micropython",
    "_thread",
    "vfs",
    "deflate",
    "platform",
    "uplatform",
    "upysh",
    "apa106",
    "rp2",
];

/// Modules the simulated board refuses to import, with an error naming the
/// board (`upy_vm::modules::unavailable`): nothing of theirs to compare.
fn not_simulated(module: &str) -> bool {
    let top = module.split('.').next().unwrap_or(module);
    upy_vm::modules::unavailable::NOT_SIMULATED.iter().any(|(m, _)| *m == top || top.strip_prefix('u') == Some(*m))
}

#[derive(Clone, Debug, PartialEq)]
enum Literal {
    Int(i64),
    Bool(bool),
}

#[derive(Clone, Debug, Default)]
struct StubClass {
    members: BTreeSet<String>,
    bases: Vec<String>,
    literals: BTreeMap<String, Literal>,
}

/// What one stub module declares.
#[derive(Debug, Default)]
struct StubModule {
    functions: BTreeSet<String>,
    constants: BTreeMap<String, Option<Literal>>,
    classes: BTreeMap<String, StubClass>,
    /// `from m import *`: everything public of `m` is here too.
    star_imports: Vec<String>,
}

impl StubModule {
    fn all_names(&self) -> BTreeSet<String> {
        self.functions.iter().chain(self.constants.keys()).chain(self.classes.keys()).cloned().collect()
    }

    /// A class's members with those of its bases in the same module.
    fn members(&self, class: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut todo = vec![class.to_string()];
        while let Some(c) = todo.pop() {
            if let Some(k) = self.classes.get(&c) {
                out.extend(k.members.iter().cloned());
                todo.extend(k.bases.iter().cloned());
            }
        }
        out
    }
}

fn literal(e: &upy_vm::syntax::ast::Expr) -> Option<Literal> {
    match &e.kind {
        ExprKind::Const(Constant::Int(i)) => Some(Literal::Int(*i)),
        ExprKind::Const(Constant::True) => Some(Literal::Bool(true)),
        ExprKind::Const(Constant::False) => Some(Literal::Bool(false)),
        ExprKind::UnaryOp { operand, .. } => match literal(operand) {
            Some(Literal::Int(i)) => Some(Literal::Int(-i)),
            _ => None,
        },
        _ => None,
    }
}

fn target_name(e: &upy_vm::syntax::ast::Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Name(n) => Some(n),
        _ => None,
    }
}

fn is_type_alias(annotation: &upy_vm::syntax::ast::Expr) -> bool {
    matches!(&annotation.kind, ExprKind::Name(n) if n == "TypeAlias")
}

fn read_stub(source: &str) -> StubModule {
    let parsed = parse(source, ParseOptions::default());
    let mut m = StubModule::default();
    for stmt in &parsed.module.body {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                m.functions.insert(f.name.name.clone());
            }
            StmtKind::ClassDef(c) => {
                let mut class = StubClass::default();
                for b in &c.bases {
                    if let Arg::Positional(e) = b {
                        if let Some(n) = target_name(e) {
                            class.bases.push(n.to_string());
                        }
                    }
                }
                class_body(&c.body, &mut class);
                m.classes.insert(c.name.name.clone(), class);
            }
            StmtKind::AnnAssign { target, annotation, value } if !is_type_alias(annotation) => {
                if let Some(n) = target_name(target) {
                    m.constants.insert(n.to_string(), value.as_ref().and_then(literal));
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    if let Some(n) = target_name(t) {
                        m.constants.insert(n.to_string(), literal(value));
                    }
                }
            }
            StmtKind::ImportFrom { module: Some(module), names, .. } if names.iter().any(|a| a.name.name == "*") => {
                m.star_imports.push(module.name.clone());
            }
            _ => {}
        }
    }
    m
}

fn class_body(body: &[Stmt], class: &mut StubClass) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                class.members.insert(f.name.name.clone());
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(n) = target_name(target) {
                    class.members.insert(n.to_string());
                    if let Some(l) = value.as_ref().and_then(literal) {
                        class.literals.insert(n.to_string(), l);
                    }
                }
            }
            StmtKind::Assign { targets, .. } => {
                for t in targets {
                    if let Some(n) = target_name(t) {
                        class.members.insert(n.to_string());
                    }
                }
            }
            _ => {}
        }
    }
}

/// A name the comparison looks at: public, or a dunder other than the
/// constructor (stubs spell construction `__init__`, the VM `__new__`).
fn compared(name: &str) -> bool {
    if name.starts_with("__") && name.ends_with("__") {
        // `__buffer__` tells type checkers an object is a buffer (PEP 688);
        // no MicroPython object has it as an attribute.
        return !matches!(name, "__init__" | "__new__" | "__buffer__");
    }
    !name.starts_with('_')
}

fn session(board: &str) -> Session {
    Session::new(SessionOptions { board: board.into(), virtual_time: true, ..Default::default() })
}

fn import(s: &mut Session, module: &str) -> Result<Value, String> {
    let mut cap = support::Capture::default();
    let code = format!("import {module}\n");
    match s.run(
        &RunRequest { code: &code, file_name: "<check>", want_result: false },
        &mut cap,
        &mut support::NoInput,
        &Interrupt::new(),
    ) {
        RunOutcome::Ok { .. } => s.lookup(module).ok_or_else(|| "imported but not bound".to_string()),
        RunOutcome::Error(e) => Err(format!("import fails: {}", e.traceback.last().cloned().unwrap_or_default())),
    }
}

fn is_class(s: &Session, v: Value) -> bool {
    matches!(v.as_obj().map(|r| s.vm.heap.get(r)), Some(Object::Class(_)))
}

fn vm_literal(v: Value) -> Option<Literal> {
    match v {
        Value::Int(i) => Some(Literal::Int(i)),
        Value::Bool(b) => Some(Literal::Bool(b)),
        _ => None,
    }
}

/// Names a VM class inherits from classes the stub module does not define
/// (`object`, `dict` for `OrderedDict`, …): the stub gets those from its own
/// base classes, so they are not compared.
fn foreign_inherited(s: &mut Session, class: Value, stub: &StubModule) -> BTreeSet<String> {
    let mro = match class.as_obj().map(|r| s.vm.heap.get(r)) {
        Some(Object::Class(c)) => c.mro.clone(),
        _ => return BTreeSet::new(),
    };
    let mut out = BTreeSet::new();
    for k in mro.into_iter().skip(1) {
        if !stub.classes.contains_key(s.vm.class_name(k)) {
            out.extend(s.attributes(Value::Obj(k)));
        }
    }
    out
}

/// Compare one module on one board; each difference is one line.
fn compare(board: &str, module: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(source) = stubs::stub_source(board, module) else {
        return vec![format!("no stub for {module}")];
    };
    let mut stub = read_stub(source);
    // `from time import *`: the stub of `time` says what is here.
    for other in stub.star_imports.clone() {
        if let Some(src) = stubs::stub_source(board, &other) {
            let o = read_stub(src);
            let keep = |n: &String| !stubs::is_checker_only(&other, n);
            stub.functions.extend(o.functions.into_iter().filter(keep));
            stub.constants.extend(o.constants.into_iter().filter(|(n, _)| keep(n)));
            stub.classes.extend(o.classes.into_iter().filter(|(n, _)| keep(n)));
        }
    }
    let mut s = session(board);
    if not_simulated(module) {
        // The refusal must name the board, so a user learns where to run it.
        return match import(&mut s, module) {
            Err(e) if e.contains(&format!("simulated {board} board")) || e.contains("simulated board") => Vec::new(),
            Err(e) => vec![format!("{module}: refused without naming the board: {e}")],
            Ok(_) => vec![format!("{module}: listed as not simulated, yet it imports")],
        };
    }
    let m = match import(&mut s, module) {
        Ok(m) => m,
        Err(e) => return vec![e],
    };
    let vm_names: BTreeSet<String> =
        s.attributes(m).into_iter().filter(|n| compared(n) && !n.starts_with("__")).collect();
    let stub_names: BTreeSet<String> =
        stub.all_names().into_iter().filter(|n| compared(n) && !stubs::is_checker_only(module, n)).collect();
    for n in stub_names.difference(&vm_names) {
        problems.push(format!("{module}.{n}: in the stub, missing from the VM"));
    }
    for n in vm_names.difference(&stub_names) {
        problems.push(format!("{module}.{n}: in the VM, missing from the stub"));
    }
    for n in stub_names.intersection(&vm_names) {
        let Some(v) = s.lookup(&format!("{module}.{n}")) else { continue };
        if stub.classes.contains_key(n) {
            if !is_class(&s, v) {
                problems.push(format!("{module}.{n}: a class in the stub, not in the VM"));
                continue;
            }
            let inherited = foreign_inherited(&mut s, v, &stub);
            let declared: BTreeSet<String> = stub.members(n).into_iter().filter(|x| compared(x)).collect();
            let have: BTreeSet<String> = s
                .attributes(v)
                .into_iter()
                .filter(|x| compared(x) && (!x.starts_with("__") || declared.contains(x)))
                .filter(|x| !inherited.contains(x) || declared.contains(x))
                .collect();
            for x in declared.difference(&have) {
                problems.push(format!("{module}.{n}.{x}: in the stub, missing from the VM"));
            }
            for x in have.difference(&declared) {
                problems.push(format!("{module}.{n}.{x}: in the VM, missing from the stub"));
            }
            let mut literals = BTreeMap::new();
            let mut todo = vec![n.clone()];
            while let Some(c) = todo.pop() {
                if let Some(k) = stub.classes.get(&c) {
                    for (name, l) in &k.literals {
                        literals.entry(name.clone()).or_insert_with(|| l.clone());
                    }
                    todo.extend(k.bases.iter().cloned());
                }
            }
            for (x, want) in literals {
                let got = s.lookup(&format!("{module}.{n}.{x}")).and_then(vm_literal);
                if got.as_ref() != Some(&want) {
                    problems.push(format!("{module}.{n}.{x}: stub says {want:?}, VM has {got:?}"));
                }
            }
        } else if let Some(Some(want)) = stub.constants.get(n) {
            let got = vm_literal(v);
            if got.as_ref() != Some(want) {
                problems.push(format!("{module}.{n}: stub says {want:?}, VM has {got:?}"));
            }
        } else if stub.functions.contains(n) && is_class(&s, v) {
            // a class is callable too; stubs may declare a factory as a function
        }
    }
    problems
}

#[test]
fn every_stub_name_exists_in_the_vm_and_back() {
    let mut enforced_failures = Vec::new();
    let mut report = String::new();
    for board in upy_boards::names() {
        for module in stubs::stub_modules(board) {
            let problems = compare(board, module);
            let enforced = !PENDING.contains(&module);
            if problems.is_empty() {
                continue;
            }
            let tag = if enforced { "FAIL" } else { "warning" };
            report.push_str(&format!("[{tag}] {board}/{module}: {} differences\n", problems.len()));
            for p in &problems {
                report.push_str(&format!("    {p}\n"));
            }
            if enforced {
                enforced_failures.push(format!("{board}/{module}"));
            }
        }
    }
    eprintln!("{report}");
    assert!(enforced_failures.is_empty(), "stubs and VM differ in {enforced_failures:?}:\n{report}");
}

#[test]
fn the_checker_reads_classes_members_and_literals() {
    let m = read_stub("\"\"\"doc\"\"\"\nfrom typing import Final\nX: Final = -3\n_T: TypeAlias = int\nclass A:\n    K: Final = 2\n    def f(self) -> None: ...\nclass B(A):\n    def g(self) -> None: ...\ndef h() -> None: ...\n");
    assert_eq!(m.constants.get("X"), Some(&Some(Literal::Int(-3))));
    assert!(!m.constants.contains_key("_T"));
    assert_eq!(m.members("B"), ["K", "f", "g"].iter().map(|s| s.to_string()).collect());
    assert!(m.functions.contains("h"));
}

#[test]
fn port_modules_exist_only_on_their_port() {
    for (board, present, absent) in [("esp32", "esp32", "rp2"), ("rp2", "rp2", "esp32")] {
        let mut s = session(board);
        assert!(import(&mut s, present).is_ok(), "{board}: {present}");
        assert!(import(&mut s, absent).is_err(), "{board}: {absent}");
    }
    let mut s = session("generic");
    assert!(import(&mut s, "esp32").is_err() && import(&mut s, "rp2").is_err());
}
