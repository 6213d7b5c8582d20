//! `machine.SPI` and `machine.SoftSPI`. With nothing attached, MISO is
//! wired to MOSI (a loopback), so a program reads back what it sent; a
//! device attached from outside answers instead while its chip-select pin
//! is low (or always, if it has none); a deselected device leaves MISO
//! floating high (0xff).

use super::devices::SpiDevice;
use super::pin::pin_id;
use super::state::Board;
use crate::native_object;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::{downcast, downcast_mut};
use crate::runtime::error::PyResult;
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::BTreeMap;

/// Which wires a device hangs on: a controller id, or a software bus's SCK pin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpiBusKey {
    Id(u8),
    Sck(u8),
}

struct Attached {
    cs: Option<u8>,
    device: Box<dyn SpiDevice>,
}

#[derive(Default)]
pub struct SpiDevices {
    devices: BTreeMap<SpiBusKey, Vec<Attached>>,
}

impl Extension for SpiDevices {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn devices(vm: &mut Vm) -> &mut SpiDevices {
    if vm.extensions.get::<SpiDevices>().is_none() {
        vm.extensions.insert(SpiDevices::default());
    }
    vm.extensions.get_mut::<SpiDevices>().expect("just inserted")
}

/// Attach `device` to `bus`, selected by chip-select pin `cs` (active low),
/// or always selected when `cs` is None.
pub fn attach(vm: &mut Vm, bus: SpiBusKey, cs: Option<u8>, device: Box<dyn SpiDevice>) {
    devices(vm).devices.entry(bus).or_default().push(Attached { cs, device });
}

/// Remove every device from `bus`: MISO reads MOSI again.
pub fn detach_all(vm: &mut Vm, bus: SpiBusKey) {
    devices(vm).devices.remove(&bus);
}

pub struct SpiObj {
    pub class: ObjRef,
    pub bus: SpiBusKey,
    pub id: Option<u8>,
    pub baudrate: u32,
    pub polarity: u8,
    pub phase: u8,
    pub bits: u8,
    pub lsb_first: bool,
    pub pins: (u8, u8, u8),
}
native_object!(SpiObj);

pub fn register(vm: &mut Vm, spi: ObjRef, soft: ObjRef) {
    vm.add_static(spi, "__new__", spi_new);
    let methods: [(&'static str, NativeFn); 7] = [
        ("init", init),
        ("deinit", deinit),
        ("read", read),
        ("readinto", readinto),
        ("write", write),
        ("write_readinto", write_readinto),
        ("__repr__", repr),
    ];
    for (n, f) in methods {
        vm.add_method(spi, n, f);
    }
    vm.add_static(soft, "__new__", soft_new);
}

const SETTINGS: &[&str] = &["baudrate", "polarity", "phase", "bits", "firstbit", "sck", "mosi", "miso"];

fn profile(vm: &Vm) -> &'static super::profile::BoardProfile {
    vm.extensions.get::<Board>().map(|b| b.profile).unwrap_or(&super::profile::GENERIC)
}

fn pin_kw(vm: &mut Vm, kw: KwArgs, name: &str) -> PyResult<Option<u8>> {
    match vm.kwarg(kw, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => pin_id(vm, v).map(Some),
    }
}

/// Apply `baudrate` (positional `args[1]` or keyword) and the keyword
/// settings to `o`; pins come back to the caller to check.
fn apply(vm: &mut Vm, o: &mut SpiObj, args: &[Value], kw: KwArgs) -> PyResult<(Option<u8>, Option<u8>, Option<u8>)> {
    vm.check_kwargs(kw, SETTINGS)?;
    if args.len() > 2 {
        return Err(vm.type_error(format!("function takes 2 positional arguments but {} were given", args.len())));
    }
    if let Some(b) = args.get(1).copied().or_else(|| vm.kwarg(kw, "baudrate")) {
        let b = vm.int_arg(b)?;
        if b <= 0 || b > u32::MAX as i64 {
            return Err(vm.value_error("baudrate must be positive"));
        }
        o.baudrate = b as u32;
    }
    for (name, slot) in [("polarity", &mut o.polarity), ("phase", &mut o.phase)] {
        if let Some(v) = vm.kwarg(kw, name) {
            *slot = (vm.int_arg(v)? & 1) as u8;
        }
    }
    if let Some(v) = vm.kwarg(kw, "bits") {
        let bits = vm.int_arg(v)?;
        if !(1..=32).contains(&bits) {
            return Err(vm.value_error("invalid bits"));
        }
        o.bits = bits as u8;
    }
    if let Some(v) = vm.kwarg(kw, "firstbit") {
        let lsb = super::pin::board_const(vm, "machine.SPI", "LSB").unwrap_or(1);
        o.lsb_first = vm.int_arg(v)? == lsb;
    }
    Ok((pin_kw(vm, kw, "sck")?, pin_kw(vm, kw, "mosi")?, pin_kw(vm, kw, "miso")?))
}

/// Check pins against what controller `id` can reach.
fn check_pins(vm: &mut Vm, id: u8, (sck, mosi, miso): (u8, u8, u8)) -> PyResult<()> {
    let Some(bus) = profile(vm).spi.iter().find(|b| b.id == id) else { return Ok(()) };
    for (pin, allowed, name) in
        [(sck, bus.sck_pins, "SCK"), (mosi, bus.mosi_pins, "MOSI"), (miso, bus.miso_pins, "MISO")]
    {
        if !allowed.is_empty() && !allowed.contains(&pin) {
            return Err(vm.value_error(format!("bad {name} pin")));
        }
    }
    Ok(())
}

fn spi_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = super::buses::class_arg(vm, args)?;
    let Some(&id) = args.get(1) else {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    };
    let id = vm.int_arg(id)?;
    let Some(bus) = profile(vm).spi.iter().find(|b| i64::from(b.id) == id) else {
        return Err(vm.value_error(format!("SPI({id}) doesn't exist")));
    };
    let mut o = SpiObj {
        class,
        bus: SpiBusKey::Id(bus.id),
        id: Some(bus.id),
        baudrate: bus.default_baudrate,
        polarity: 0,
        phase: 0,
        bits: 8,
        lsb_first: false,
        pins: (bus.sck, bus.mosi, bus.miso),
    };
    let (sck, mosi, miso) = apply(vm, &mut o, &args[1..], kw)?;
    o.pins = (sck.unwrap_or(o.pins.0), mosi.unwrap_or(o.pins.1), miso.unwrap_or(o.pins.2));
    check_pins(vm, bus.id, o.pins)?;
    Ok(vm.alloc(Object::Native(Box::new(o))))
}

/// `SoftSPI(baudrate=500000, *, polarity, phase, bits, firstbit, sck, mosi, miso)`.
fn soft_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = super::buses::class_arg(vm, args)?;
    let mut o = SpiObj {
        class,
        bus: SpiBusKey::Sck(0),
        id: None,
        baudrate: 500_000,
        polarity: 0,
        phase: 0,
        bits: 8,
        lsb_first: false,
        pins: (0, 0, 0),
    };
    let (sck, mosi, miso) = apply(vm, &mut o, args, kw)?;
    let (Some(sck), Some(mosi), Some(miso)) = (sck, mosi, miso) else {
        return Err(vm.value_error("must specify all of sck/mosi/miso"));
    };
    o.pins = (sck, mosi, miso);
    o.bus = soft_bus(vm, sck);
    Ok(vm.alloc(Object::Native(Box::new(o))))
}

/// A software bus on a controller's default clock pin shares its devices.
fn soft_bus(vm: &Vm, sck: u8) -> SpiBusKey {
    match profile(vm).spi.iter().find(|b| b.sck == sck) {
        Some(b) => SpiBusKey::Id(b.id),
        None => SpiBusKey::Sck(sck),
    }
}

fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|&v| downcast::<SpiObj>(vm, v)) else {
        return Err(vm.type_error("expected an SPI object"));
    };
    let mut copy = SpiObj { ..*o };
    let (sck, mosi, miso) = apply(vm, &mut copy, args, kw)?;
    copy.pins = (sck.unwrap_or(copy.pins.0), mosi.unwrap_or(copy.pins.1), miso.unwrap_or(copy.pins.2));
    match copy.id {
        Some(id) => check_pins(vm, id, copy.pins)?,
        None => copy.bus = soft_bus(vm, copy.pins.0),
    }
    if let Some(o) = downcast_mut::<SpiObj>(vm, args[0]) {
        *o = copy;
    }
    Ok(Value::None)
}

fn deinit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("deinit", args, 1, 1)?;
    Ok(Value::None)
}

fn reverse_if(lsb_first: bool, b: u8) -> u8 {
    if lsb_first {
        b.reverse_bits()
    } else {
        b
    }
}

/// Clock `out` onto MOSI and return what MISO carried.
fn exchange(vm: &mut Vm, this: Value, out: &[u8]) -> PyResult<Vec<u8>> {
    let Some((bus, lsb)) = downcast::<SpiObj>(vm, this).map(|o| (o.bus, o.lsb_first)) else {
        return Err(vm.type_error("expected an SPI object"));
    };
    let levels: Vec<Option<u8>> = {
        let board = vm.extensions.get::<Board>();
        let attached = vm.extensions.get::<SpiDevices>().and_then(|d| d.devices.get(&bus));
        attached
            .map(|a| a.iter().map(|d| d.cs.map(|p| board.and_then(|b| b.level(p)).unwrap_or(1))).collect())
            .unwrap_or_default()
    };
    let Some(list) = devices(vm).devices.get_mut(&bus).filter(|l| !l.is_empty()) else {
        return Ok(out.to_vec());
    };
    let mut answer = vec![0xffu8; out.len()];
    for (dev, cs_level) in list.iter_mut().zip(levels) {
        if cs_level.unwrap_or(0) != 0 {
            continue;
        }
        for (i, &b) in out.iter().enumerate() {
            // The wire carries bits in `firstbit` order; devices think MSB first.
            let got = dev.device.transfer(reverse_if(lsb, b));
            answer[i] &= reverse_if(lsb, got);
        }
    }
    Ok(answer)
}

fn fill_byte(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<u8> {
    match args.get(i) {
        Some(&v) => Ok(vm.int_arg(v)? as u8),
        None => Ok(0),
    }
}

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("read", args, 2, 3)?;
    let n = vm.int_arg(args[1])?.max(0) as usize;
    vm.reserve(n)?;
    let fill = fill_byte(vm, args, 2)?;
    let got = exchange(vm, args[0], &vec![fill; n])?;
    Ok(vm.new_bytes(got))
}

fn readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readinto", args, 2, 3)?;
    let n = crate::modules::buffer_bytes(vm, args[1])?.len();
    let fill = fill_byte(vm, args, 2)?;
    let got = exchange(vm, args[0], &vec![fill; n])?;
    crate::modules::write_into_buffer(vm, args[1], 0, &got)?;
    Ok(Value::None)
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 2)?;
    let data = crate::modules::buffer_bytes(vm, args[1])?;
    exchange(vm, args[0], &data)?;
    Ok(Value::None)
}

fn write_readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write_readinto", args, 3, 3)?;
    let data = crate::modules::buffer_bytes(vm, args[1])?;
    let cap = crate::modules::buffer_bytes(vm, args[2])?.len();
    if cap != data.len() {
        return Err(vm.value_error("buffers must be the same length"));
    }
    let got = exchange(vm, args[0], &data)?;
    crate::modules::write_into_buffer(vm, args[2], 0, &got)?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|&v| downcast::<SpiObj>(vm, v)) else {
        return Err(vm.type_error("expected an SPI object"));
    };
    let (sck, mosi, miso) = o.pins;
    let head = match o.id {
        Some(id) => format!("SPI({id}, "),
        None => "SoftSPI(".to_string(),
    };
    let text = format!(
        "{head}baudrate={}, polarity={}, phase={}, bits={}, sck={sck}, mosi={mosi}, miso={miso})",
        o.baudrate, o.polarity, o.phase, o.bits
    );
    Ok(vm.new_str(text))
}
