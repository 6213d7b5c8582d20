//! Operators: arithmetic with the small-int fast path and big-int
//! promotion, floats, complex, sequences, sets, and user dunder methods with
//! reflected fallbacks.

use super::error::PyResult;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;
use crate::compile::code::Op;
use crate::objects::instance::Special;
use crate::objects::int::{big_binary, big_to_float};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;

#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv if y != 0 => {
            if x == i64::MIN && y == -1 {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod if y != 0 => {
            if y == -1 {
                0
            } else {
                Integer::mod_floor(&x, &y)
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        BinOp::Div if y != 0 => return Some(Value::Float(x as f64 / y as f64)),
        BinOp::Pow if (0..64).contains(&y) => x.checked_pow(y as u32)?,
        _ => return None,
    }))
}

#[inline(always)]
pub fn float_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mult => x * y,
        BinOp::Div if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// Small ints and floats without leaving the loop; `None` for anything
/// that needs the general path (overflow, division by zero, other types).
/// Always inlined: out of line, its `Option<Value>` comes back through
/// memory written as two words and read as one, which stalls the CPU's
/// store forwarding on every arithmetic op.
#[inline(always)]
pub fn numeric_fast(op: BinOp, a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_fast(op, x, y),
        (Value::Float(x), Value::Float(y)) => float_fast(op, x, y),
        _ => None,
    }
}

#[inline(always)]
pub fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Bool(match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    }))
}

/// Comparison of two floats without leaving the loop (IEEE semantics, as
/// Python's); `None` for identity and membership tests.
#[inline(always)]
pub fn float_compare(op: CmpOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Bool(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    }))
}

/// A number as the arithmetic code sees it.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Vm {
    pub fn to_num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Object::BigInt(b) => Some(Num::Big(b.clone())),
                Object::Complex(a, b) => Some(Num::Complex(*a, *b)),
                Object::Instance(i) => match i.base {
                    crate::objects::instance::BaseData::Value(inner) if !matches!(inner, Value::Obj(_)) => {
                        self.to_num(inner)
                    }
                    crate::objects::instance::BaseData::Value(inner) => {
                        match inner.as_obj().map(|x| self.heap.get(x)) {
                            Some(Object::BigInt(_)) | Some(Object::Complex(..)) => self.to_num(inner),
                            _ => None,
                        }
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// A big integer result, demoted to a small int when it fits.
    pub fn int_value(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Object::BigInt(b)),
        }
    }

    /// `a op b` as MicroPython does it: the left operand's type first, then
    /// the right one's reflected method (`__radd__`), else TypeError.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (self.to_num(a), self.to_num(b)) {
            if !self.is_user_instance(a) && !self.is_user_instance(b) {
                return self.num_op(op, x, y);
            }
        }
        let (name, rname, sym) = self.dunder_names(op);
        if self.is_user_instance(a) {
            if let Some(v) = self.instance_binary(op, name, a, b, false)? {
                return Ok(v);
            }
        } else if let Some(v) = self.seq_op(op, a, b)? {
            return Ok(v);
        }
        if self.is_user_instance(b) {
            if let Some(v) = self.instance_binary(op, rname, b, a, true)? {
                return Ok(v);
            }
            // Built-in sequences take subclasses of their type on the right
            // (`(1,) + MyTuple()`).
            let ub = self.unwrap_builtin(b);
            if !ub.is(b) && !self.is_user_instance(a) {
                if let Some(v) = self.seq_op(op, a, ub)? {
                    return Ok(v);
                }
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", sym)))
    }

    /// Instances of Python classes and of module-defined native types
    /// (`array.array`) take part in operators through their dunders.
    fn is_user_instance(&self, v: Value) -> bool {
        matches!(v.as_obj().map(|r| self.heap.get(r)), Some(Object::Instance(_) | Object::Native(_)))
    }

    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Value::Obj(r) = a {
            match (op, self.heap.get(r)) {
                (BinOp::Add, Object::List(_)) => {
                    let items = self.collect_iter(b)?;
                    if let Object::List(l) = self.heap.get_mut(r) {
                        l.extend(items);
                    }
                    return Ok(a);
                }
                (BinOp::BitOr, Object::Dict(_)) if !self.is_user_instance(b) => {
                    self.dict_merge_into(a, b)?;
                    return Ok(a);
                }
                (BinOp::Add, Object::ByteArray(_) | Object::Array(_)) => {
                    if let Some(v) = crate::objects::array::inplace_add(self, a, b)? {
                        return Ok(v);
                    }
                }
                (_, Object::Instance(_) | Object::Native(_)) => {
                    // `__iadd__`, else the built-in base's own `+=` (which
                    // answers with the built-in value), else `__add__`.
                    // MicroPython's firmware has only `__iadd__` and `__isub__`
                    // (MICROPY_PY_ALL_INPLACE_SPECIAL_METHODS is off): a class's
                    // other in-place methods are never called.
                    let name = self.inplace_name(op);
                    let own = matches!(op, BinOp::Add | BinOp::Sub);
                    match self.special_lookup(a, name) {
                        Some(Special::Method(f)) if own => {
                            let v = self.call_special(a, f, &[b])?;
                            if !v.is(self.not_implemented) {
                                return Ok(v);
                            }
                        }
                        Some(Special::Base(inner)) => return self.inplace_op(op, inner, b),
                        _ => {}
                    }
                }
                (BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub, Object::Set(s)) if !s.frozen => {
                    let result = self.binary_op(op, a, b)?;
                    let items = match result.as_obj().map(|x| self.heap.get(x)) {
                        Some(Object::Set(s2)) => s2.items.clone(),
                        _ => return Ok(result),
                    };
                    if let Object::Set(s) = self.heap.get_mut(r) {
                        s.items = items;
                    }
                    return Ok(a);
                }
                _ => {}
            }
        }
        self.binary_op(op, a, b)
    }

    fn inplace_name(&self, op: BinOp) -> Value {
        let n = &self.names;
        match op {
            BinOp::Add => n.iadd,
            BinOp::Sub => n.isub,
            BinOp::Mult => n.imul,
            BinOp::MatMult => n.imatmul,
            BinOp::Div => n.itruediv,
            BinOp::FloorDiv => n.ifloordiv,
            BinOp::Mod => n.imod,
            BinOp::Pow => n.ipow,
            BinOp::LShift => n.ilshift,
            BinOp::RShift => n.irshift,
            BinOp::BitOr => n.ior,
            BinOp::BitXor => n.ixor,
            BinOp::BitAnd => n.iand,
        }
    }

    fn dunder_names(&self, op: BinOp) -> (Value, Value, &'static str) {
        let n = &self.names;
        match op {
            BinOp::Add => (n.add, n.radd, "__add__"),
            BinOp::Sub => (n.sub, n.rsub, "__sub__"),
            BinOp::Mult => (n.mul, n.rmul, "__mul__"),
            BinOp::MatMult => (n.matmul, n.rmatmul, "__matmul__"),
            BinOp::Div => (n.truediv, n.rtruediv, "__truediv__"),
            BinOp::FloorDiv => (n.floordiv, n.rfloordiv, "__floordiv__"),
            BinOp::Mod => (n.mod_, n.rmod, "__mod__"),
            BinOp::Pow => (n.pow, n.rpow, "__pow__"),
            BinOp::LShift => (n.lshift, n.rlshift, "__lshift__"),
            BinOp::RShift => (n.rshift, n.rrshift, "__rshift__"),
            BinOp::BitOr => (n.or_, n.ror, "__or__"),
            BinOp::BitXor => (n.xor, n.rxor, "__xor__"),
            BinOp::BitAnd => (n.and_, n.rand, "__and__"),
        }
    }

    /// The built-in value inside an instance of a subclass of a built-in.
    pub fn unwrap_builtin(&self, v: Value) -> Value {
        match v.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Instance(i)) => match i.base {
                crate::objects::instance::BaseData::Value(inner) => inner,
                _ => v,
            },
            _ => v,
        }
    }

    pub fn num_op(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
        use Num::*;
        // An operator floats (or complex numbers) lack is refused naming the
        // operands as written, as MicroPython's generic error does: `1 & 0.5`
        // is `'int', 'float'`.
        let widest = match (&x, &y) {
            (Complex(..), _) | (_, Complex(..)) => 2,
            (Float(_), _) | (_, Float(_)) => 1,
            _ => 0,
        };
        let lacking = match op {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMult => widest > 0,
            BinOp::Mod => widest > 1,
            _ => false,
        };
        if lacking {
            let name = |n: &Num| match n {
                Int(_) | Big(_) => "int",
                Float(_) => "float",
                Complex(..) => "complex",
            };
            let (ta, tb) = (name(&x), name(&y));
            return Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", op_symbol(op))));
        }
        let is_float = matches!(x, Float(_));
        match (x, y) {
            (Complex(a, b), y) => {
                let c = num_complex(y);
                crate::objects::complex::binary(self, op, (a, b), c)
            }
            (x, Complex(c, d)) => {
                let a = num_complex(x);
                crate::objects::complex::binary(self, op, a, (c, d))
            }
            (Float(_), Int(_) | Big(_)) | (Int(_) | Big(_), Float(_)) if !float_takes(op) => {
                // Refused under the operands' own types, as MicroPython does.
                let (ta, tb) = if is_float { ("float", "int") } else { ("int", "float") };
                let name = op_symbol(op);
                Err(self.type_error(format!("unsupported types for {name}: '{ta}', '{tb}'")))
            }
            (Float(a), y) => crate::objects::float::binary(self, op, a, num_float(y)),
            (x, Float(b)) => crate::objects::float::binary(self, op, num_float(x), b),
            (Int(a), Int(b)) => {
                if let Some(v) = int_fast(op, a, b) {
                    return Ok(v);
                }
                big_binary(self, op, BigInt::from(a), BigInt::from(b))
            }
            (Int(a), Big(b)) => big_binary(self, op, BigInt::from(a), b),
            (Big(a), Int(b)) => big_binary(self, op, a, BigInt::from(b)),
            (Big(a), Big(b)) => big_binary(self, op, a, b),
        }
    }

    /// str/bytes/list/tuple concatenation and repetition, set operations,
    /// `%` formatting. `None` when the operands are not sequences.
    /// `a |= b` for dicts: b's items stored into a in b's table order.
    fn dict_merge_into(&mut self, a: Value, b: Value) -> PyResult<()> {
        self.check_dict_mutable(a.as_obj().expect("dict"))?;
        let items: Vec<(Value, Value)> = match b.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Dict(d)) => d.iter().map(|e| (e.key, e.value)).collect(),
            // Anything `dict.update` takes (pairs) is merged the same way.
            _ => {
                let update = self.intern("update");
                self.call_method(a, update, &[b])?;
                return Ok(());
            }
        };
        for (k, v) in items {
            self.dict_set(a, k, v)?;
        }
        Ok(())
    }

    fn seq_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (Value::Obj(ra), rb) = (a, b) else {
            if let (BinOp::Mult, Value::Obj(_)) = (op, b) {
                if matches!(a, Value::Int(_) | Value::Bool(_)) && !self.is_user_instance(b) {
                    return self.seq_op(op, b, a);
                }
            }
            return Ok(None);
        };
        if op == BinOp::Add {
            // A concatenation is checked against the heap limit before it
            // is made (`sum(lists, [])` makes one per item, in a native).
            let size = |v: Value| v.as_obj().map_or(0, |r| self.heap.get(r).payload_bytes());
            self.reserve(size(a).saturating_add(size(b)))?;
        }
        match (op, self.heap.get(ra)) {
            (BinOp::BitOr, Object::Dict(d)) if !self.is_user_instance(b) => {
                // A copy of the left table, then the right's items in turn.
                let mut copy = d.clone();
                copy.fixed = false;
                let out = self.new_dict(copy);
                self.temp_roots.push(out);
                let r = self.dict_merge_into(out, b);
                self.temp_roots.pop();
                r.map(|()| Some(out))
            }
            (BinOp::Add, Object::Str(x)) => {
                if let Some(Object::Str(y)) = rb.as_obj().map(|r| self.heap.get(r)) {
                    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                    s.push_str(x.as_str());
                    s.push_str(y.as_str());
                    return Ok(Some(self.new_str(s)));
                }
                Ok(None)
            }
            // The template's `%` comes before any `__rmod__`, as in MicroPython.
            (BinOp::Mod, Object::Str(_) | Object::Bytes(_)) => self.percent_format(a, b).map(Some),
            (BinOp::Add, Object::List(x)) => {
                if let Some(Object::List(y)) = rb.as_obj().map(|r| self.heap.get(r)) {
                    let mut v = x.clone();
                    v.extend_from_slice(y);
                    return Ok(Some(self.new_list(v)));
                }
                Ok(None)
            }
            (BinOp::Add, Object::Tuple(x)) => {
                if let Some(Object::Tuple(y)) = rb.as_obj().map(|r| self.heap.get(r)) {
                    let mut v = x.to_vec();
                    v.extend_from_slice(y);
                    return Ok(Some(self.new_tuple(v)));
                }
                Ok(None)
            }
            (_, Object::Bytes(_)) => crate::objects::bytes::binary_op(self, op, a, b),
            (_, Object::ByteArray(_) | Object::Array(_) | Object::MemoryView(_)) => {
                crate::objects::array::binary_op(self, op, a, b)
            }
            (BinOp::Mult, _) => {
                if !matches!(self.heap.get(ra), Object::Str(_) | Object::List(_) | Object::Tuple(_)) {
                    return Ok(None);
                }
                let Some(n) = self.int_arg_maybe(b)? else { return Ok(None) };
                let n = n.max(0) as usize;
                let unit = match self.heap.get(ra) {
                    Object::Str(s) => s.as_str().len(),
                    Object::List(l) => l.len() * 16,
                    Object::Tuple(t) => t.len() * 16,
                    _ => return Ok(None),
                };
                match unit.checked_mul(n) {
                    Some(total) => self.reserve(total)?,
                    None => return Err(self.memory_error()),
                }
                let v = match self.heap.get(ra) {
                    Object::Str(s) => {
                        let s = s.as_str().repeat(n);
                        self.new_str(s)
                    }
                    Object::List(l) => {
                        let v = l.repeat(n);
                        self.new_list(v)
                    }
                    Object::Tuple(t) => {
                        let v = t.repeat(n);
                        self.new_tuple(v)
                    }
                    _ => return Ok(None),
                };
                Ok(Some(v))
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Object::Set(_)) => self.set_op(op, a, b),
            _ => Ok(None),
        }
    }

    pub fn unary_op(&mut self, op: Op, a: Value) -> PyResult<Value> {
        match (op, a) {
            (Op::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.int_value(-BigInt::from(i)),
            }),
            (Op::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (Op::Neg, Value::Bool(b)) => Ok(Value::Int(-(b as i64))),
            (Op::Pos, Value::Int(_) | Value::Float(_)) => Ok(a),
            (Op::Pos, Value::Bool(b)) => Ok(Value::Int(b as i64)),
            (Op::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (Op::Invert, Value::Bool(b)) => Ok(Value::Int(!(b as i64))),
            _ => {
                if let Value::Obj(r) = a {
                    match self.heap.get(r) {
                        Object::BigInt(b) => {
                            let b = b.clone();
                            return Ok(match op {
                                Op::Neg => self.int_value(-b),
                                Op::Invert => self.int_value(!b),
                                _ => a,
                            });
                        }
                        Object::Complex(x, y) => {
                            let (x, y) = (*x, *y);
                            return Ok(match op {
                                Op::Neg => self.alloc(Object::Complex(-x, -y)),
                                Op::Pos => a,
                                _ => return Err(self.type_error("unsupported type for __invert__: 'complex'")),
                            });
                        }
                        Object::Instance(_) | Object::Native(_) => {
                            let name = match op {
                                Op::Neg => self.names.neg,
                                Op::Pos => self.names.pos,
                                _ => self.names.invert,
                            };
                            match self.special_lookup(a, name) {
                                Some(Special::Method(f)) => return self.call_special(a, f, &[]),
                                Some(Special::Base(inner)) => return self.unary_op(op, inner),
                                None => {}
                            }
                        }
                        _ => {}
                    }
                }
                let t = self.type_name(a);
                let n = match op {
                    Op::Neg => "__neg__",
                    Op::Pos => "__pos__",
                    _ => "__invert__",
                };
                Err(self.type_error(format!("unsupported type for {n}: '{t}'")))
            }
        }
    }

    pub fn compare_op(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::Eq => return self.eq_op(a, b, false),
            CmpOp::NotEq => return self.eq_op(a, b, true),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => return self.rich_compare(op, a, b),
        }))
    }

    /// `a == b` (`ne`: `a != b`) as MicroPython answers it. An instance is
    /// asked first through `__ne__` (for `!=`) then `__eq__`, the left
    /// operand before the right; what a program's method returns is the
    /// answer, unconverted. Neither answering means identity.
    pub fn eq_op(&mut self, a: Value, b: Value, ne: bool) -> PyResult<Value> {
        if !self.is_user_instance(a) && !self.is_user_instance(b) {
            let e = self.eq(a, b)?;
            return Ok(Value::Bool(e != ne));
        }
        for (x, y) in [(a, b), (b, a)] {
            if !self.is_user_instance(x) {
                continue;
            }
            if ne {
                let n = self.names.ne;
                if let Some(Special::Method(f)) = self.special_lookup(x, n) {
                    let v = self.call_special(x, f, &[y])?;
                    if !v.is(self.not_implemented) {
                        return Ok(v);
                    }
                }
            }
            let n = self.names.eq;
            match self.special_lookup(x, n) {
                Some(Special::Method(f)) => {
                    let v = self.call_special(x, f, &[y])?;
                    if !v.is(self.not_implemented) {
                        return Ok(if ne { Value::Bool(!self.truthy(v)?) } else { v });
                    }
                }
                Some(Special::Base(inner)) => {
                    let e = self.eq(inner, y)?;
                    return Ok(Value::Bool(e != ne));
                }
                None => {}
            }
        }
        Ok(Value::Bool(a.is(b) != ne))
    }

    /// `a == b` as a truth, for containers, `in` and `index`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if self.is_user_instance(a) || self.is_user_instance(b) {
            let v = self.eq_op(a, b, false)?;
            return self.truthy(v);
        }
        if a.is(b) {
            // NaN is not equal to itself, in a complex too.
            return Ok(match a {
                Value::Float(f) => !f.is_nan(),
                Value::Obj(r) => !matches!(self.heap.get(r), Object::Complex(x, y) if x.is_nan() || y.is_nan()),
                _ => true,
            });
        }
        if let Some(r) = crate::objects::array::equal(self, a, b)? {
            return Ok(r);
        }
        // Containers holding instances need element-wise user equality.
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if matches!(self.heap.get(x), Object::List(_) | Object::Tuple(_) | Object::Dict(_) | Object::Set(_)) {
                self.check_stack()?;
            }
            let pair = match (self.heap.get(x), self.heap.get(y)) {
                (Object::List(p), Object::List(q)) => Some((p.clone(), q.clone())),
                (Object::Tuple(p), Object::Tuple(q)) => Some((p.to_vec(), q.to_vec())),
                _ => None,
            };
            if let Some((p, q)) = pair {
                if p.len() != q.len() {
                    return Ok(false);
                }
                for (u, v) in p.into_iter().zip(q) {
                    if !self.eq(u, v)? {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            if let (Object::Dict(p), Object::Dict(q)) = (self.heap.get(x), self.heap.get(y)) {
                if p.len() != q.len() {
                    return Ok(false);
                }
                // Two OrderedDicts are equal only in the same order.
                if p.is_ordered() && q.is_ordered() {
                    let (p, q): (Vec<_>, Vec<_>) = (p.iter().copied().collect(), q.iter().copied().collect());
                    for (e1, e2) in p.into_iter().zip(q) {
                        if !self.eq(e1.key, e2.key)? || !self.eq(e1.value, e2.value)? {
                            return Ok(false);
                        }
                    }
                    return Ok(true);
                }
                let entries: Vec<(Value, Value)> = p.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in entries {
                    match self.dict_get(b, k)? {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                return Ok(true);
            }
        }
        Ok(super::hash::keys_equal(&self.heap, a, b))
    }

    fn rich_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        use std::cmp::Ordering;
        // Only the left operand is asked, as in MicroPython: there is no
        // reflected `__gt__` for `a < b`.
        if self.is_user_instance(a) {
            let n = &self.names;
            let (name, sym) = match op {
                CmpOp::Lt => (n.lt, "__lt__"),
                CmpOp::LtE => (n.le, "__le__"),
                CmpOp::Gt => (n.gt, "__gt__"),
                _ => (n.ge, "__ge__"),
            };
            match self.special_lookup(a, name) {
                Some(Special::Method(f)) => {
                    let v = self.call_special(a, f, &[b])?;
                    if !v.is(self.not_implemented) {
                        return Ok(v);
                    }
                }
                Some(Special::Base(inner)) => return self.rich_compare(op, inner, b),
                None => {}
            }
            let (ta, tb) = (self.type_name(a), self.type_name(b));
            return Err(self.type_error(format!("unsupported types for {sym}: '{ta}', '{tb}'")));
        }
        // Built-in sequences compare with subclasses of their type.
        if matches!(a, Value::Obj(_)) && self.is_user_instance(b) {
            let ub = self.unwrap_builtin(b);
            if !ub.is(b) {
                return self.rich_compare(op, a, ub);
            }
        }
        if let Some(r) = crate::objects::array::order(self, op, a, b)? {
            return Ok(Value::Bool(r));
        }
        // Sets compare by inclusion.
        if let (Some(Object::Set(_)), Some(Object::Set(_))) =
            (a.as_obj().map(|r| self.heap.get(r)), b.as_obj().map(|r| self.heap.get(r)))
        {
            return self.set_compare(op, a, b);
        }
        let ord = self.ordering(op, a, b)?;
        let r = match ord {
            None => false,
            Some(o) => match op {
                CmpOp::Lt => o == Ordering::Less,
                CmpOp::LtE => o != Ordering::Greater,
                CmpOp::Gt => o == Ordering::Greater,
                _ => o != Ordering::Less,
            },
        };
        Ok(Value::Bool(r))
    }

    /// Order two values of comparable built-in types (`None` when a float
    /// is NaN); TypeError otherwise.
    pub fn ordering(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Option<std::cmp::Ordering>> {
        use std::cmp::Ordering;
        if let (Some(x), Some(y)) = (self.to_num(a), self.to_num(b)) {
            return Ok(match (x, y) {
                (Num::Int(p), Num::Int(q)) => Some(p.cmp(&q)),
                (Num::Complex(..), _) | (_, Num::Complex(..)) => {
                    let (ta, tb) = (self.type_name(a), self.type_name(b));
                    return Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", cmp_dunder(op))));
                }
                (Num::Float(p), Num::Float(q)) => p.partial_cmp(&q),
                (Num::Big(p), Num::Big(q)) => Some(p.cmp(&q)),
                (Num::Big(p), Num::Int(q)) => Some(p.cmp(&BigInt::from(q))),
                (Num::Int(p), Num::Big(q)) => Some(BigInt::from(p).cmp(&q)),
                (Num::Float(p), Num::Int(q)) => p.partial_cmp(&(q as f64)),
                (Num::Int(p), Num::Float(q)) => (p as f64).partial_cmp(&q),
                // MicroPython compares an int with a float as floats.
                (Num::Float(p), Num::Big(q)) => p.partial_cmp(&big_to_float(&q)),
                (Num::Big(p), Num::Float(q)) => big_to_float(&p).partial_cmp(&q),
            });
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            match (self.heap.get(x), self.heap.get(y)) {
                (Object::Str(p), Object::Str(q)) => return Ok(Some(p.as_str().cmp(q.as_str()))),
                (Object::Bytes(p) | Object::ByteArray(p), Object::Bytes(q) | Object::ByteArray(q)) => {
                    return Ok(Some(p.cmp(q)))
                }
                (Object::List(p), Object::List(q)) => {
                    let (p, q) = (p.clone(), q.clone());
                    return self.seq_ordering(op, &p, &q);
                }
                (Object::Tuple(p), Object::Tuple(q)) => {
                    let (p, q) = (p.to_vec(), q.to_vec());
                    return self.seq_ordering(op, &p, &q);
                }
                _ => {}
            }
        }
        let _ = Ordering::Equal;
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!("unsupported types for {}: '{ta}', '{tb}'", cmp_dunder(op))))
    }

    fn seq_ordering(&mut self, op: CmpOp, p: &[Value], q: &[Value]) -> PyResult<Option<std::cmp::Ordering>> {
        self.check_stack()?;
        // MicroPython answers `<` and `<=` by asking `>` and `>=` with the
        // operands swapped, so that is what a user's method sees; and only
        // a result that is True itself counts as yes.
        let (op, p, q, swapped) = match op {
            CmpOp::Lt => (CmpOp::Gt, q, p, true),
            CmpOp::LtE => (CmpOp::GtE, q, p, true),
            _ => (op, p, q, false),
        };
        let order = |o: std::cmp::Ordering| if swapped { o.reverse() } else { o };
        for (&x, &y) in p.iter().zip(q.iter()) {
            if !self.eq(x, y)? {
                let v = self.rich_compare(op, x, y)?;
                let greater = v.is(Value::Bool(true));
                return Ok(Some(order(if greater { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less })));
            }
        }
        Ok(Some(order(p.len().cmp(&q.len()))))
    }

    /// Total order for sorting: `a < b` through `__lt__` where needed.
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let v = self.rich_compare(CmpOp::Lt, a, b)?;
        self.truthy(v)
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::LtE => "__le__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    }
}

/// The dunder name MicroPython's messages give an operator.
pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__add__",
        BinOp::Sub => "__sub__",
        BinOp::Mult => "__mul__",
        BinOp::MatMult => "__matmul__",
        BinOp::Div => "__truediv__",
        BinOp::FloorDiv => "__floordiv__",
        BinOp::Mod => "__mod__",
        BinOp::Pow => "__pow__",
        BinOp::LShift => "__lshift__",
        BinOp::RShift => "__rshift__",
        BinOp::BitOr => "__or__",
        BinOp::BitXor => "__xor__",
        BinOp::BitAnd => "__and__",
    }
}

/// A real number as a float (big ints the way MicroPython converts them).
fn num_float(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Big(b) => big_to_float(&b),
        Num::Float(f) => f,
        Num::Complex(a, _) => a,
    }
}

fn num_complex(n: Num) -> (f64, f64) {
    match n {
        Num::Complex(a, b) => (a, b),
        n => (num_float(n), 0.0),
    }
}

/// The binary operations a float has.
fn float_takes(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
}
