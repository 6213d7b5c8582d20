//! `list`: the constructor and methods. Sorting lives in `list/sort.rs`.

pub mod sort;

use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use sort::sort_values;

pub fn register(vm: &mut Vm) {
    let l = vm.types.list;
    vm.add_static(l, "__new__", list_new);
    vm.add_method(l, "append", list_append);
    vm.add_method(l, "__init__", list_init);
    vm.add_method(l, "extend", list_extend);
    vm.add_method(l, "insert", list_insert);
    vm.add_method(l, "pop", list_pop);
    vm.add_method(l, "remove", list_remove);
    vm.add_method(l, "index", list_index);
    vm.add_method(l, "count", list_count);
    vm.add_method(l, "clear", list_clear);
    vm.add_method(l, "copy", list_copy);
    vm.add_method(l, "reverse", list_reverse);
    vm.add_method(l, "sort", list_sort);
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_ctor_args(args, 1)?;
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter_rooted(it)?,
        None => vec![],
    };
    Ok(vm.new_list(items))
}

/// The list inside `v` (a list, or an instance of a list subclass).
pub fn list_ref(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    let inner = vm.unwrap_builtin(v);
    match inner.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Object::List(_)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("argument should be a 'list' not a '{t}'")))
        }
    }
}

fn items_mut(vm: &mut Vm, r: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(r) {
        Object::List(l) => l,
        // `list_ref` checked the variant; nothing else can replace it.
        _ => unreachable!("list_ref returned a non-list"),
    }
}

fn len_of(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Object::List(l) => l.len(),
        _ => 0,
    }
}

fn item_at(vm: &Vm, r: ObjRef, i: usize) -> Option<Value> {
    match vm.heap.get(r) {
        Object::List(l) => l.get(i).copied(),
        _ => None,
    }
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("append", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    vm.list_append(Value::Obj(r), args[1])?;
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("extend", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    extend_from(vm, r, args[1])?;
    Ok(Value::None)
}

/// Append every item of `src` to the list `r` (also `l += src`).
pub fn extend_from(vm: &mut Vm, r: ObjRef, src: Value) -> PyResult<()> {
    let extra = match src.as_obj().map(|s| vm.heap.get(s)) {
        Some(Object::List(s)) => s.len(),
        Some(Object::Tuple(s)) => s.len(),
        _ => {
            // `collect_iter` has checked the heap limit as it went; the items
            // go into the list at once so the collector can see them.
            let items = vm.collect_iter(src)?;
            let n = items.len();
            items_mut(vm, r).extend(items);
            vm.heap.grew(n * std::mem::size_of::<Value>());
            return Ok(());
        }
    };
    vm.reserve(extra * std::mem::size_of::<Value>())?;
    vm.heap.grew(extra * std::mem::size_of::<Value>());
    let s = src.as_obj().expect("checked above");
    if s == r {
        items_mut(vm, r).extend_from_within(..);
        return Ok(());
    }
    // Two heap slots cannot be borrowed at once: copy through a buffer.
    let items: Vec<Value> = match vm.heap.get(s) {
        Object::List(l) => l.clone(),
        Object::Tuple(t) => t.to_vec(),
        _ => vec![],
    };
    items_mut(vm, r).extend(items);
    Ok(())
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("insert", args, 3, 3)?;
    let r = list_ref(vm, args[0])?;
    let i = vm.to_index(args[1])?;
    let len = len_of(vm, r) as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    // Append first so growth is accounted (and limited) like `append`,
    // then rotate the new item into place.
    vm.list_append(Value::Obj(r), args[2])?;
    items_mut(vm, r)[at as usize..].rotate_right(1);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("pop", args, 1, 2)?;
    let r = list_ref(vm, args[0])?;
    let l = items_mut(vm, r);
    if args.len() == 1 {
        return match l.pop() {
            Some(v) => Ok(v),
            None => Err(vm.index_error("pop from empty list")),
        };
    }
    let len = l.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = vm.seq_index("list", len, args[1])?;
    Ok(items_mut(vm, r).remove(j))
}

/// Position of the first item equal to `x` in `start..stop` (re-reading the
/// list each step, since `__eq__` may mutate it).
fn find(vm: &mut Vm, r: ObjRef, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(len_of(vm, r)) {
        let Some(v) = item_at(vm, r, i) else { break };
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("remove", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    match find(vm, r, args[1], 0, usize::MAX)? {
        Some(i) => {
            let l = items_mut(vm, r);
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("object not in sequence")),
    }
}

/// Clamp `start`/`stop` arguments of `index` the way slices are clamped.
pub fn index_bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        let j = if i < 0 { i + len as i64 } else { i };
        j.clamp(0, len as i64) as usize
    };
    let start = match args.get(2) {
        Some(&v) => clamp(vm.to_index(v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => clamp(vm.to_index(v)?),
        None => len,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("index", args, 2, 4)?;
    let r = list_ref(vm, args[0])?;
    let (start, stop) = index_bounds(vm, args, len_of(vm, r))?;
    match find(vm, r, args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("object not in sequence")),
    }
}

fn list_count(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("count", args, 2, 2)?;
    let r = list_ref(vm, args[0])?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = item_at(vm, r, i) {
        if vm.eq(v, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("clear", args, 1, 1)?;
    let r = list_ref(vm, args[0])?;
    items_mut(vm, r).clear();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("copy", args, 1, 1)?;
    let r = list_ref(vm, args[0])?;
    let n = len_of(vm, r);
    vm.reserve(n * std::mem::size_of::<Value>())?;
    let items = items_mut(vm, r).clone();
    Ok(vm.new_list(items))
}

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("reverse", args, 1, 1)?;
    let r = list_ref(vm, args[0])?;
    items_mut(vm, r).reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    // Keyword-only arguments, checked as MicroPython's argument parser does.
    if args.len() > 1 {
        return Err(vm.type_error("extra positional arguments given"));
    }
    if kw.iter().any(|&(k, _)| !matches!(vm.str_of(k), "key" | "reverse")) {
        return Err(vm.type_error("extra keyword arguments given"));
    }
    let r = list_ref(vm, args[0])?;
    let key = vm.kwarg(kw, "key").unwrap_or(Value::None);
    let reverse = match vm.kwarg(kw, "reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    sort_list(vm, r, key, reverse)?;
    Ok(Value::None)
}

/// Sort the list `r` in place (shared by `list.sort` and `sorted`). As in
/// CPython the list looks empty while user code (keys, `__lt__`) runs; if
/// that code puts anything into it, the sorted items still win and
/// ValueError is raised.
pub fn sort_list(vm: &mut Vm, r: ObjRef, key: Value, reverse: bool) -> PyResult<()> {
    let items = std::mem::take(items_mut(vm, r));
    if items.len() < 2 {
        *items_mut(vm, r) = items;
        return Ok(());
    }
    // `sort_values` roots its own copy before running user code; this one
    // restores the list if sorting fails.
    let original = vm.new_list(items.clone());
    vm.temp_roots.push(original);
    let sorted = sort_values(vm, items, key, reverse);
    vm.temp_roots.pop();
    let sorted = match sorted {
        Ok(s) => s,
        Err(e) => {
            let back = match original.as_obj().map(|o| vm.heap.get_mut(o)) {
                Some(Object::List(l)) => std::mem::take(l),
                _ => vec![],
            };
            *items_mut(vm, r) = back;
            return Err(e);
        }
    };
    let modified = !items_mut(vm, r).is_empty();
    *items_mut(vm, r) = sorted;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// `list.__init__(self, iterable=())`: fills an instance of a list
/// subclass (plain lists are complete after `__new__`).
fn list_init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("list", args, 1, 2)?;
    let r = list_ref(vm, args[0])?;
    let items = match args.get(1) {
        Some(&it) => vm.collect_iter_rooted(it)?,
        None => vec![],
    };
    if let Object::List(l) = vm.heap.get_mut(r) {
        *l = items;
    }
    Ok(Value::None)
}

// ----- subscripts -----

impl Vm {
    /// `l[i]`, `l[a:b:c]`.
    pub(crate) fn list_get_item(&mut self, r: ObjRef, key: Value) -> PyResult<Value> {
        let len = len_of(self, r);
        if self.is_slice(key) {
            let s = self.resolve_slice(key, len)?;
            let items: Vec<Value> = match self.heap.get(r) {
                Object::List(l) => s.indices().map(|i| l[i]).collect(),
                _ => vec![],
            };
            return Ok(self.new_list(items));
        }
        let j = self.seq_index("list", len, key)?;
        Ok(items_mut(self, r)[j])
    }

    /// `l[i] = v`, `l[a:b] = seq`: MicroPython replaces slices of step 1
    /// only, and only from a list or tuple.
    pub(crate) fn list_set_item(&mut self, r: ObjRef, key: Value, v: Value) -> PyResult<()> {
        let len = len_of(self, r);
        if self.is_slice(key) {
            let Some((a, b)) = self.fast_slice(key, len)? else {
                return Err(self.err(crate::runtime::error::ExcKind::NotImplementedError, ""));
            };
            let items = self.tuple_or_list_items(v)?;
            items_mut(self, r).splice(a..b, items);
            return Ok(());
        }
        let j = self.seq_index("list", len, key)?;
        items_mut(self, r)[j] = v;
        Ok(())
    }

    /// `del l[i]`, `del l[a:b]` (step 1 only, as MicroPython).
    pub(crate) fn list_del_item(&mut self, r: ObjRef, key: Value) -> PyResult<()> {
        let len = len_of(self, r);
        if self.is_slice(key) {
            let Some((a, b)) = self.fast_slice(key, len)? else {
                return Err(self.err(crate::runtime::error::ExcKind::NotImplementedError, ""));
            };
            items_mut(self, r).drain(a..b);
            return Ok(());
        }
        let j = self.seq_index("list", len, key)?;
        items_mut(self, r).remove(j);
        Ok(())
    }

    /// The items of a list or tuple (exactly those types: MicroPython takes
    /// nothing else where it wants an array of objects).
    pub fn tuple_or_list_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v.as_obj().map(|o| self.heap.get(o)) {
            Some(Object::List(l)) => Ok(l.clone()),
            Some(Object::Tuple(t)) => Ok(t.to_vec()),
            _ => {
                let t = self.type_name(v);
                Err(self.type_error(format!("object '{t}' isn't a tuple or list")))
            }
        }
    }
}
