//! `neopixel.NeoPixel`: a strip of RGB(W) LEDs on a pin; `write()` shows the
//! buffer on the simulated board.

use super::pin::pin_id;
use super::state::Board;
use crate::native_object;
use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::{downcast, downcast_mut};
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct NeoPixelObj {
    pub class: ObjRef,
    pub pin: u8,
    pub n: usize,
    pub bpp: usize,
    pub buf: Vec<u8>,
}
native_object!(NeoPixelObj);

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("neopixel");
    let object = vm.types.object;
    let c = vm.new_class_raw("NeoPixel", vec![object], Layout::Object, false);
    vm.add_static(c, "__new__", np_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__setitem__", np_setitem),
        ("__getitem__", np_getitem),
        ("__len__", np_len),
        ("fill", np_fill),
        ("write", np_write),
    ];
    for &(n, f) in methods {
        vm.add_method(c, n, f);
    }
    vm.class_set(c, "ORDER", Value::None);
    let order = vm.new_tuple(vec![Value::Int(1), Value::Int(0), Value::Int(2), Value::Int(3)]);
    vm.class_set(c, "ORDER", order);
    vm.module_add(d, "NeoPixel", Value::Obj(c));
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.classes.neopixel = Some(c);
    }
    Ok(m)
}

fn np_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["bpp", "timing"])?;
    if args.len() < 3 {
        return Err(vm.type_error("NeoPixel(pin, n) needs a pin and a length"));
    }
    let pin = pin_id(vm, args[1])?;
    let n = vm.int_arg(args[2])?;
    if !(0..=4096).contains(&n) {
        return Err(vm.value_error("invalid number of pixels"));
    }
    let bpp = match vm.kwarg(kw, "bpp") {
        Some(b) => vm.int_arg(b)?,
        None => 3,
    };
    if bpp != 3 && bpp != 4 {
        return Err(vm.value_error("bpp must be 3 or 4"));
    }
    let class = args[0].as_obj().expect("class");
    let (n, bpp) = (n as usize, bpp as usize);
    Ok(vm.alloc(Object::Native(Box::new(NeoPixelObj { class, pin, n, bpp, buf: vec![0; n * bpp] }))))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(usize, usize)> {
    match args.first().and_then(|&v| downcast::<NeoPixelObj>(vm, v)) {
        Some(p) => Ok((p.n, p.bpp)),
        None => Err(vm.type_error("expected a NeoPixel")),
    }
}

fn index(vm: &mut Vm, i: Value, n: usize) -> PyResult<usize> {
    let i = vm.int_arg(i)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("index out of range"));
    }
    Ok(j as usize)
}

fn colour(vm: &mut Vm, v: Value, bpp: usize) -> PyResult<Vec<u8>> {
    let items = vm.collect_iter(v)?;
    if items.len() != bpp {
        return Err(vm.value_error(format!("expected a tuple of {bpp} colour values")));
    }
    let mut out = Vec::with_capacity(bpp);
    for it in items {
        out.push(vm.int_arg(it)?.clamp(0, 255) as u8);
    }
    Ok(out)
}

fn np_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__setitem__", args, 3, 3)?;
    let (n, bpp) = this(vm, args)?;
    let i = index(vm, args[1], n)?;
    let c = colour(vm, args[2], bpp)?;
    if let Some(p) = downcast_mut::<NeoPixelObj>(vm, args[0]) {
        p.buf[i * bpp..(i + 1) * bpp].copy_from_slice(&c);
    }
    Ok(Value::None)
}

fn np_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("__getitem__", args, 2, 2)?;
    let (n, bpp) = this(vm, args)?;
    let i = index(vm, args[1], n)?;
    let c: Vec<Value> = match downcast::<NeoPixelObj>(vm, args[0]) {
        Some(p) => p.buf[i * bpp..(i + 1) * bpp].iter().map(|&b| Value::Int(b as i64)).collect(),
        None => vec![],
    };
    Ok(vm.new_tuple(c))
}

fn np_len(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (n, _) = this(vm, args)?;
    Ok(Value::Int(n as i64))
}

fn np_fill(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("fill", args, 2, 2)?;
    let (_, bpp) = this(vm, args)?;
    let c = colour(vm, args[1], bpp)?;
    if let Some(p) = downcast_mut::<NeoPixelObj>(vm, args[0]) {
        for px in p.buf.chunks_mut(bpp) {
            px.copy_from_slice(&c);
        }
    }
    Ok(Value::None)
}

fn np_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (_, bpp) = this(vm, args)?;
    let (pin, buf) = match downcast::<NeoPixelObj>(vm, args[0]) {
        Some(p) => (p.pin, p.buf.clone()),
        None => return Ok(Value::None),
    };
    show_bytes(vm, pin, &buf, bpp);
    Ok(Value::None)
}

/// Show colour data on the strip at `pin` (RGB order, `bpp` bytes each).
pub fn show_bytes(vm: &mut Vm, pin: u8, data: &[u8], bpp: usize) {
    let colours: Vec<(u8, u8, u8)> =
        data.chunks(bpp.max(1)).filter(|c| c.len() >= 3).map(|c| (c[0], c[1], c[2])).collect();
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.neopixels.insert(pin, colours);
    }
}
