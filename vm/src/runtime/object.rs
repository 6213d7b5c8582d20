//! Everything that lives in the heap. One variant per built-in type; the
//! payload types live in `objects/`, one file per type.

use super::heap::ObjRef;
use super::value::Value;
use crate::objects::array::Array;
use crate::objects::class::Class;
use crate::objects::descriptors::Property;
use crate::objects::dict::Dict;
use crate::objects::function::{BoundMethod, Function, NativeFunction};
use crate::objects::generator::Generator;
use crate::objects::instance::Instance;
use crate::objects::iter::Iter;
use crate::objects::memoryview::MemoryView;
use crate::objects::module::Module;
use crate::objects::native::NativeObject;
use crate::objects::range::Range;
use crate::objects::set::Set;
use crate::objects::slice::Slice;
use crate::objects::str::PyStr;
use num_bigint::BigInt;

pub enum Object {
    /// An empty slot waiting for reuse.
    Free,
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    Complex(f64, f64),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Dict),
    Set(Box<Set>),
    Range(Range),
    Slice(Box<Slice>),
    Function(Box<Function>),
    NativeFunction(Box<NativeFunction>),
    BoundMethod(BoundMethod),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Module(Module),
    /// A closure variable shared between a function and the functions
    /// nested in it.
    Cell(Value),
    Generator(Box<Generator>),
    Iter(Iter),
    Property(Box<Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: ObjRef,
        obj: Value,
    },
    MemoryView(Box<MemoryView>),
    Array(Box<Array>),
    /// Objects defined by modules (`machine.Pin`, `collections.deque`, …).
    Native(Box<dyn NativeObject>),
}

fn push(out: &mut Vec<ObjRef>, v: Value) {
    if let Value::Obj(r) = v {
        out.push(r);
    }
}

impl Object {
    /// Push every heap reference this object holds.
    pub fn trace(&self, out: &mut Vec<ObjRef>) {
        match self {
            Object::Free
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::BigInt(_)
            | Object::Complex(..)
            | Object::Range(_) => {}
            Object::List(items) => items.iter().for_each(|&v| push(out, v)),
            Object::Tuple(items) => items.iter().for_each(|&v| push(out, v)),
            Object::Dict(d) => d.trace(out),
            Object::Set(s) => s.items.trace(out),
            Object::Slice(sl) => {
                push(out, sl.start);
                push(out, sl.stop);
                push(out, sl.step);
            }
            Object::Function(f) => f.trace(out),
            Object::NativeFunction(f) => push(out, f.bound),
            Object::BoundMethod(m) => {
                push(out, m.func);
                push(out, m.this);
            }
            Object::Class(c) => c.trace(out),
            Object::Instance(i) => i.trace(out),
            Object::Module(m) => {
                out.push(m.dict);
            }
            Object::Cell(v) => push(out, *v),
            Object::Generator(g) => g.trace(out),
            Object::Iter(it) => it.trace(out),
            Object::Property(p) => {
                push(out, p.fget);
                push(out, p.fset);
                push(out, p.fdel);
                push(out, p.doc);
            }
            Object::StaticMethod(v) | Object::ClassMethod(v) => push(out, *v),
            Object::Super { class, obj } => {
                out.push(*class);
                push(out, *obj);
            }
            Object::MemoryView(m) => out.push(m.obj),
            Object::Array(a) => a.trace(out),
            Object::Native(n) => n.trace(out),
        }
    }

    /// Approximate bytes owned beyond the slot itself.
    pub fn payload_bytes(&self) -> usize {
        const V: usize = std::mem::size_of::<Value>();
        match self {
            Object::Str(s) => s.as_str().len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.capacity(),
            Object::Array(a) => a.data.capacity() + a.objects.capacity() * V,
            Object::BigInt(b) => (b.bits() as usize).div_ceil(8),
            Object::List(items) => items.capacity() * V,
            Object::Tuple(items) => items.len() * V,
            Object::Dict(d) => d.payload_bytes(),
            Object::Set(s) => s.items.payload_bytes(),
            Object::Instance(i) => i.dict.payload_bytes(),
            Object::Class(c) => c.payload_bytes(),
            Object::Generator(g) => g.payload_bytes(),
            Object::Native(n) => n.payload_bytes(),
            _ => 0,
        }
    }
}
