//! Compiled code: the bytecode of one function, class body, module or cell.

use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};
use std::sync::atomic::{AtomicU32, AtomicU64};
use std::sync::Arc;

/// One instruction. Operands are indices into the code's tables or jump
/// targets (instruction indices).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    LoadConst(u32),
    LoadNone,
    LoadTrue,
    LoadFalse,
    LoadInt(i32),
    /// Locals live in slots of the frame.
    LoadFast(u32),
    StoreFast(u32),
    /// `LoadFast a` then `LoadFast b`; the second op follows and is skipped
    /// (it stays for jumps that land on it).
    LoadFast2(u32, u32),
    /// `LoadFast a` then `LoadInt k`, the same way.
    LoadFastInt(u32, i32),
    /// `LoadFast a`, `LoadFast b`, `Binary op` (or `Inplace op`): when
    /// both are small ints or floats the result is pushed and the next two
    /// ops are skipped; otherwise it acts as `LoadFast2` and they run.
    BinaryFast2(BinOp, u32, u32),
    /// `LoadFast a`, `LoadInt k`, `Binary op` (or `Inplace op`), the same
    /// way; the fallback acts as `LoadFastInt`.
    BinaryFastInt(BinOp, u32, i32),
    /// `LoadFast a`, `LoadInt k`, `LoadSubscr` for a list or tuple with an
    /// item at k; the fallback acts as `LoadFastInt`.
    LoadFastIndex(u32, i32),
    /// `LoadFast a` then `LoadAttr n` for a plain instance attribute; the
    /// fallback acts as `LoadFast`.
    LoadFastAttr(u32, u32),
    /// `Compare op` then `PopJumpIfFalse t` for two ints or two floats; the
    /// fallback acts as `Compare` and the jump op runs.
    CompareJumpIfFalse(CmpOp, u32),
    DeleteFast(u32),
    /// A slot holding a cell (captured or captured-by-inner variable).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object in slot n itself (to build a closure tuple).
    LoadClosure(u32),
    /// Wrap the value in slot n in a fresh cell (a parameter captured by an
    /// inner function).
    MakeCell(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module and class bodies: local namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Class bodies reading a variable of an enclosing function: the class
    /// namespace first, then the cell in slot n.
    LoadClassDeref(u32, u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `[method, self]` (no bound method allocated) or `[Undef, callable]`.
    LoadMethod(u32),
    /// Call what `LoadMethod` pushed with n positional arguments.
    CallMethod(u32),
    /// Like CallMethod with keyword names in const n (a tuple of str).
    CallMethodKw(u32, u32),
    LoadSubscr,
    StoreSubscr,
    DeleteSubscr,
    Binary(BinOp),
    Inplace(BinOp),
    Neg,
    Pos,
    Invert,
    Not,
    Compare(CmpOp),
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push the next item, or pop the iterator and jump when exhausted.
    ForIter(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// n key/value pairs on the stack.
    BuildMap(u32),
    BuildSlice(u32),
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// Comprehension appends into the collection n below the top.
    ListAppend(u32),
    SetAdd(u32),
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate`, for the keywords of a call: a key given twice is
    /// a TypeError.
    KwMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Star-unpacking: n before the starred target, m after.
    UnpackEx(u32, u32),
    /// Call with n positional arguments.
    Call(u32),
    /// Call with n arguments, the last ones keywords named by const m.
    CallKw(u32, u32),
    /// Call with a tuple of positionals and a dict of keywords (or None).
    CallEx,
    /// Make a function from code n; flags say what is on the stack below:
    /// 1 defaults tuple, 2 kw-defaults dict, 4 closure tuple.
    MakeFunction(u32, u8),
    Return,
    Yield,
    /// Delegate to the iterator below the sent value (`yield from`, `await`).
    YieldFrom,
    GetAwaitable,
    /// Exception handling: the handler is at the target, the stack is
    /// trimmed to its depth when the block was set up.
    SetupExcept(u32),
    SetupFinally(u32),
    PopBlock,
    /// Leave an `except` body: restore the previously handled exception.
    PopExcept,
    /// Re-raise the exception on top of the stack.
    Reraise,
    /// `raise` with 0, 1 (exc) or 2 (exc, cause) operands.
    Raise(u32),
    /// Does the exception on top match the class below it? Pops the class,
    /// pushes a bool.
    ExceptMatch,
    /// Call `__enter__`; leaves `__exit__` below the result.
    WithEnter,
    /// After a with-body with an exception on top: call `__exit__` with it;
    /// pushes whether to suppress.
    WithExit,
    /// `async with`: push `__aexit__` and the awaitable of `__aenter__()`.
    WithEnterAsync,
    /// `async for`: replace the iterable with `__aiter__()`.
    GetAIter,
    /// `async for`: push the awaitable of `__anext__()`.
    GetANext,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    LoadBuildClass,
    /// Format the value on top: conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// and whether a spec string is above it.
    FormatValue(u8, bool),
    LoadAssertionError,
    /// Set the value returned to a notebook as `Out[n]`.
    SetResult,
}

// The loop copies an op per step: keep it three words.
const _: () = assert!(std::mem::size_of::<Op>() <= 12);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Code {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub file: Arc<str>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// Source line (1-based) of each op.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Nested code (functions, lambdas, comprehensions, class bodies).
    pub codes: Vec<Arc<Code>>,
    /// Interned names (str values) used by name/attribute ops.
    pub names: Vec<Value>,
    /// Local slot names; parameters first.
    pub varnames: Vec<Arc<str>>,
    pub nlocals: u32,
    pub argcount: u32,
    pub kwonlycount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Slots that hold cells, created on entry (variables captured by inner
    /// functions that are not parameters).
    pub cell_slots: Vec<u32>,
    /// Parameters captured by inner functions: wrap their slot in a cell.
    pub cell_params: Vec<u32>,
    /// Where free variables (from the closure tuple) are placed.
    pub free_slots: Vec<u32>,
    pub first_line: u32,
    pub max_stack: u32,
    /// Positional parameters only, no cells, not a generator: a call with
    /// exactly `argcount` positional arguments needs no binding work.
    pub fast_call: bool,
    /// One inline cache per entry of `names`, for `LoadGlobal`: where the
    /// name was last found (see `runtime::globals_cache`).
    pub global_cache: Box<[GlobalCacheSlot]>,
    /// One hint per entry of `names`, for `LoadAttr`/`StoreAttr` on plain
    /// instances: the position in the instance dict where the name was last
    /// found. Instances of one class fill their dicts in the same order, so
    /// the hint usually holds and saves hashing and probing; it is always
    /// checked against the key there, so a stale hint only costs a miss.
    pub attr_hints: Box<[AtomicU32]>,
}

/// Two words: (entry index << 32 | 1 for globals, 2 for builtins) and
/// (globals dict << 32 | its version when found in builtins). Atomics with
/// relaxed ordering are plain loads and stores, and keep `Code` shareable.
#[derive(Default, Debug)]
pub struct GlobalCacheSlot(pub AtomicU64, pub AtomicU64);

impl Code {
    pub fn line_of(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }

    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        for v in self.consts.iter().chain(self.names.iter()) {
            if let Value::Obj(r) = v {
                out.push(*r);
            }
        }
        for c in &self.codes {
            c.trace(out);
        }
    }

    pub fn is_generator_like(&self) -> bool {
        matches!(self.kind, CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator)
    }
}
