//! `machine.I2C` and `machine.SoftI2C`, and the devices on the buses.
//!
//! Devices are attached from outside (a test, the kernel) by bus id or, for
//! a `SoftI2C` on pins of its own, by pins. A transfer is played out byte by
//! byte against the device: no device at the address is a NACK, which
//! raises `OSError` with the board's errno (ENODEV on the esp32, EIO on the
//! rp2's hardware controller, always ENODEV for `SoftI2C`); a device that
//! stretches the clock past the bus timeout raises ETIMEDOUT.

use super::buses::class_arg;
use super::devices::{I2cDevice, RegisterFile, Tmp102};
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

const ENODEV: i64 = 19;
const ETIMEDOUT: i64 = 110;

/// Which wires a device hangs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BusKey {
    /// A hardware controller, wherever its pins are routed.
    Id(u8),
    /// A software bus on pins no controller uses by default.
    Pins { scl: u8, sda: u8 },
}

/// The devices on every bus, held beside the board.
#[derive(Default)]
pub struct I2cDevices {
    devices: BTreeMap<(BusKey, u8), Box<dyn I2cDevice>>,
}

impl Extension for I2cDevices {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn devices(vm: &mut Vm) -> &mut I2cDevices {
    if vm.extensions.get::<I2cDevices>().is_none() {
        vm.extensions.insert(I2cDevices::default());
    }
    vm.extensions.get_mut::<I2cDevices>().expect("just inserted")
}

/// Put `device` at 7-bit address `addr` on `bus`, replacing any device
/// there. Fails for addresses above 0x7f.
pub fn attach_to(vm: &mut Vm, bus: BusKey, addr: u8, device: Box<dyn I2cDevice>) -> Result<(), String> {
    if addr > 0x7f {
        return Err(format!("I2C address {addr:#x} is not a 7-bit address"));
    }
    devices(vm).devices.insert((bus, addr), device);
    Ok(())
}

/// Put `device` at `addr` on hardware bus `bus_id` (`I2C(bus_id)`, and a
/// `SoftI2C` on that bus's default pins).
pub fn attach(vm: &mut Vm, bus_id: u8, addr: u8, device: Box<dyn I2cDevice>) -> Result<(), String> {
    attach_to(vm, BusKey::Id(bus_id), addr, device)
}

/// Remove the device at `addr`, returning it.
pub fn detach(vm: &mut Vm, bus: BusKey, addr: u8) -> Option<Box<dyn I2cDevice>> {
    devices(vm).devices.remove(&(bus, addr))
}

/// Attach a 256-byte register file at `addr` on bus `bus_id`.
pub fn attach_register_file(vm: &mut Vm, bus_id: u8, addr: u8) -> Result<(), String> {
    attach(vm, bus_id, addr, Box::new(RegisterFile::new()))
}

/// Attach a TMP102 reading `celsius` at its default address 0x48.
pub fn attach_temperature_sensor(vm: &mut Vm, bus_id: u8, celsius: f64) -> Result<(), String> {
    attach(vm, bus_id, super::devices::tmp102::DEFAULT_ADDRESS, Box::new(Tmp102::new(celsius)))
}

/// The device of type `T` at `addr`, to read or change its state.
pub fn device_mut<T: I2cDevice>(vm: &mut Vm, bus: BusKey, addr: u8) -> Option<&mut T> {
    devices(vm).devices.get_mut(&(bus, addr)).and_then(|d| d.as_any_mut().downcast_mut::<T>())
}

/// Change the reading of the TMP102 at `addr` on `bus_id`; false if there is none.
pub fn set_temperature(vm: &mut Vm, bus_id: u8, addr: u8, celsius: f64) -> bool {
    match device_mut::<Tmp102>(vm, BusKey::Id(bus_id), addr) {
        Some(t) => {
            t.set_celsius(celsius);
            true
        }
        None => false,
    }
}

pub struct I2cObj {
    pub class: ObjRef,
    pub bus: BusKey,
    /// The hardware id, or None for `SoftI2C`.
    pub id: Option<u8>,
    pub scl: u8,
    pub sda: u8,
    pub freq: u32,
    pub timeout_us: u32,
    /// `SoftI2C`'s primitive operations: the device a START + address byte
    /// selected, and whether it is being read.
    raw: Option<(u8, bool)>,
    raw_started: bool,
}
native_object!(I2cObj);

pub fn register(vm: &mut Vm, i2c: ObjRef, soft: ObjRef) {
    vm.add_static(i2c, "__new__", i2c_new);
    let methods: [(&'static str, NativeFn); 10] = [
        ("scan", scan),
        ("readfrom", readfrom),
        ("readfrom_into", readfrom_into),
        ("writeto", writeto),
        ("writevto", writevto),
        ("readfrom_mem", readfrom_mem),
        ("readfrom_mem_into", readfrom_mem_into),
        ("writeto_mem", writeto_mem),
        ("writeto_then_readfrom", writeto_then_readfrom),
        ("__repr__", repr),
    ];
    for (n, f) in methods {
        vm.add_method(i2c, n, f);
    }
    vm.add_static(soft, "__new__", soft_new);
    for (n, f) in [
        ("init", soft_init as NativeFn),
        ("start", raw_start),
        ("stop", raw_stop),
        ("readinto", raw_readinto),
        ("write", raw_write),
    ] {
        vm.add_method(soft, n, f);
    }
}

fn profile(vm: &Vm) -> &'static super::profile::BoardProfile {
    vm.extensions.get::<Board>().map(|b| b.profile).unwrap_or(&super::profile::GENERIC)
}

fn pin_kw(vm: &mut Vm, kw: KwArgs, name: &str) -> PyResult<Option<u8>> {
    match vm.kwarg(kw, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => pin_id(vm, v).map(Some),
    }
}

fn positive_kw(vm: &mut Vm, kw: KwArgs, name: &str, pos: Option<Value>, default: u32) -> PyResult<u32> {
    match pos.or_else(|| vm.kwarg(kw, name)) {
        None => Ok(default),
        Some(v) => {
            let n = vm.int_arg(v)?;
            if n <= 0 || n > u32::MAX as i64 {
                return Err(vm.value_error(format!("{name} must be positive")));
            }
            Ok(n as u32)
        }
    }
}

/// `I2C(id, *, scl, sda, freq, timeout)`; on the rp2 `I2C(id=0, freq, *, ...)`.
fn i2c_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = class_arg(vm, args)?;
    let rp2 = vm.board_name == "rp2";
    vm.check_kwargs(
        kw,
        if rp2 { &["id", "freq", "scl", "sda", "timeout"] } else { &["scl", "sda", "freq", "timeout"] },
    )?;
    let max_pos = if rp2 { 3 } else { 2 };
    if args.len() > max_pos {
        return Err(vm.type_error(format!(
            "function takes {} positional arguments but {} were given",
            max_pos - 1,
            args.len() - 1
        )));
    }
    let id = match args.get(1).copied().or_else(|| if rp2 { vm.kwarg(kw, "id") } else { None }) {
        Some(v) => vm.int_arg(v)?,
        None if rp2 => 0,
        None => return Err(vm.type_error("function missing 1 required positional arguments")),
    };
    let p = profile(vm);
    let Some(bus) = p.i2c.iter().find(|b| i64::from(b.id) == id) else {
        return Err(vm.value_error(format!("I2C({id}) doesn't exist")));
    };
    let scl = pin_kw(vm, kw, "scl")?.unwrap_or(bus.scl);
    let sda = pin_kw(vm, kw, "sda")?.unwrap_or(bus.sda);
    if !bus.scl_pins.is_empty() && !bus.scl_pins.contains(&scl) {
        return Err(vm.value_error("bad SCL pin"));
    }
    if !bus.sda_pins.is_empty() && !bus.sda_pins.contains(&sda) {
        return Err(vm.value_error("bad SDA pin"));
    }
    let freq = positive_kw(vm, kw, "freq", if rp2 { args.get(2).copied() } else { None }, bus.default_freq_hz)?;
    let timeout_us = positive_kw(vm, kw, "timeout", None, 50_000)?;
    let obj = I2cObj {
        class,
        bus: BusKey::Id(bus.id),
        id: Some(bus.id),
        scl,
        sda,
        freq,
        timeout_us,
        raw: None,
        raw_started: false,
    };
    Ok(vm.alloc(Object::Native(Box::new(obj))))
}

/// A software bus on the default pins of a controller shares its devices.
fn soft_bus(vm: &Vm, scl: u8, sda: u8) -> BusKey {
    match profile(vm).i2c.iter().find(|b| b.scl == scl && b.sda == sda) {
        Some(b) => BusKey::Id(b.id),
        None => BusKey::Pins { scl, sda },
    }
}

/// Settings of `SoftI2C(scl, sda, *, freq, timeout)` (and its `init`).
fn soft_settings(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<(u8, u8, u32, u32)> {
    vm.check_kwargs(kw, &["scl", "sda", "freq", "timeout"])?;
    if args.len() > 3 {
        return Err(vm.type_error(format!("function takes 2 positional arguments but {} were given", args.len() - 1)));
    }
    let scl = vm.arg_or(args, kw, 1, "scl", Value::Undef);
    let sda = vm.arg_or(args, kw, 2, "sda", Value::Undef);
    if matches!(scl, Value::Undef) || matches!(sda, Value::Undef) {
        return Err(vm.type_error("function missing required argument: 'scl' and 'sda'"));
    }
    let (scl, sda) = (pin_id(vm, scl)?, pin_id(vm, sda)?);
    let freq = positive_kw(vm, kw, "freq", None, 400_000)?;
    let timeout = positive_kw(vm, kw, "timeout", None, 50_000)?;
    Ok((scl, sda, freq, timeout))
}

fn soft_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = class_arg(vm, args)?;
    let (scl, sda, freq, timeout_us) = soft_settings(vm, args, kw)?;
    let bus = soft_bus(vm, scl, sda);
    let obj = I2cObj { class, bus, id: None, scl, sda, freq, timeout_us, raw: None, raw_started: false };
    Ok(vm.alloc(Object::Native(Box::new(obj))))
}

fn soft_init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    this(vm, args)?;
    let (scl, sda, freq, timeout_us) = soft_settings(vm, args, kw)?;
    let bus = soft_bus(vm, scl, sda);
    if let Some(o) = downcast_mut::<I2cObj>(vm, args[0]) {
        (o.scl, o.sda, o.freq, o.timeout_us, o.bus, o.raw, o.raw_started) =
            (scl, sda, freq, timeout_us, bus, None, false);
    }
    Ok(Value::None)
}

/// The bus, its NACK errno and its timeout.
fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(BusKey, i64, u32)> {
    let found = args.first().and_then(|&v| downcast::<I2cObj>(vm, v)).map(|o| (o.bus, o.id.is_some(), o.timeout_us));
    match found {
        Some((bus, hardware, timeout)) => {
            let errno = if hardware { profile(vm).i2c_nack_errno } else { ENODEV };
            Ok((bus, errno, timeout))
        }
        None => Err(vm.type_error("expected an I2C object")),
    }
}

/// One transaction: START, address, the bytes written, then (after a
/// repeated START if both) the bytes read, and STOP. Returns the bytes read
/// and how many written bytes were acknowledged.
fn transfer(vm: &mut Vm, args: &[Value], addr: i64, write: Option<&[u8]>, read: usize) -> PyResult<(Vec<u8>, usize)> {
    let (bus, nack_errno, timeout_us) = this(vm, args)?;
    let addr = match u8::try_from(addr) {
        Ok(a) if a <= 0x7f => a,
        _ => return Err(vm.os_error(nack_errno)),
    };
    let Some(dev) = devices(vm).devices.get_mut(&(bus, addr)) else {
        return Err(vm.os_error(nack_errno));
    };
    if dev.clock_stretch_us() > timeout_us {
        return Err(vm.os_error(ETIMEDOUT));
    }
    let mut acked = 0;
    if let Some(data) = write {
        dev.start(false);
        for &b in data {
            if !dev.write_byte(b) {
                break;
            }
            acked += 1;
        }
    }
    let mut out = Vec::with_capacity(read);
    if read > 0 || write.is_none() {
        dev.start(true);
        out.extend((0..read).map(|_| dev.read_byte()));
    }
    dev.stop();
    Ok((out, acked))
}

fn scan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("scan", args, 1, 1)?;
    let (bus, _, timeout) = this(vm, args)?;
    let found: Vec<Value> = devices(vm)
        .devices
        .iter()
        .filter(|((b, a), d)| *b == bus && (0x08..=0x77).contains(a) && d.clock_stretch_us() <= timeout)
        .map(|((_, a), _)| Value::Int(*a as i64))
        .collect();
    Ok(vm.new_list(found))
}

fn nbytes(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = vm.int_arg(v)?;
    vm.reserve(n.max(0) as usize)?;
    Ok(n.max(0) as usize)
}

fn readfrom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readfrom", args, 3, 4)?;
    let addr = vm.int_arg(args[1])?;
    let n = nbytes(vm, args[2])?;
    let (data, _) = transfer(vm, args, addr, None, n)?;
    Ok(vm.new_bytes(data))
}

fn readfrom_into(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readfrom_into", args, 3, 4)?;
    let addr = vm.int_arg(args[1])?;
    let n = crate::modules::buffer_bytes(vm, args[2])?.len();
    let (data, _) = transfer(vm, args, addr, None, n)?;
    crate::modules::write_into_buffer(vm, args[2], 0, &data)?;
    Ok(Value::None)
}

fn writeto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("writeto", args, 3, 4)?;
    let addr = vm.int_arg(args[1])?;
    let data = crate::modules::buffer_bytes(vm, args[2])?;
    let (_, acked) = transfer(vm, args, addr, Some(&data), 0)?;
    Ok(Value::Int(acked as i64))
}

/// Write `out_buf`, then read `in_buf` after a repeated start: a register
/// read in one call (CircuitPython's name, kept for the labs that use it).
fn writeto_then_readfrom(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("writeto_then_readfrom", args, 4, 4)?;
    let addr = vm.int_arg(args[1])?;
    let out = crate::modules::buffer_bytes(vm, args[2])?;
    let n = crate::modules::buffer_bytes(vm, args[3])?.len();
    let (data, _) = transfer(vm, &args[..1], addr, Some(&out), n)?;
    crate::modules::write_into_buffer(vm, args[3], 0, &data)?;
    Ok(Value::None)
}

fn writevto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("writevto", args, 3, 4)?;
    let addr = vm.int_arg(args[1])?;
    let mut data = Vec::new();
    for part in vm.collect_iter(args[2])? {
        data.extend(crate::modules::buffer_bytes(vm, part)?);
    }
    let (_, acked) = transfer(vm, args, addr, Some(&data), 0)?;
    Ok(Value::Int(acked as i64))
}

/// The register address as the bytes sent before the data, most
/// significant first.
fn memaddr(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Vec<u8>> {
    vm.check_kwargs(kw, &["addrsize"])?;
    let mem = vm.int_arg(args[2])?;
    let size = match vm.kwarg(kw, "addrsize") {
        Some(v) => vm.int_arg(v)?,
        None => 8,
    };
    if !(8..=32).contains(&size) || size % 8 != 0 {
        return Err(vm.value_error("invalid addrsize"));
    }
    let n = (size / 8) as usize;
    Ok((mem as u32).to_be_bytes()[4 - n..].to_vec())
}

fn readfrom_mem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readfrom_mem", args, 4, 4)?;
    let addr = vm.int_arg(args[1])?;
    let reg = memaddr(vm, args, kw)?;
    let n = nbytes(vm, args[3])?;
    let (data, _) = transfer(vm, args, addr, Some(&reg), n)?;
    Ok(vm.new_bytes(data))
}

fn readfrom_mem_into(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readfrom_mem_into", args, 4, 4)?;
    let addr = vm.int_arg(args[1])?;
    let reg = memaddr(vm, args, kw)?;
    let n = crate::modules::buffer_bytes(vm, args[3])?.len();
    let (data, _) = transfer(vm, args, addr, Some(&reg), n)?;
    crate::modules::write_into_buffer(vm, args[3], 0, &data)?;
    Ok(Value::None)
}

fn writeto_mem(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_args("writeto_mem", args, 4, 4)?;
    let addr = vm.int_arg(args[1])?;
    let mut data = memaddr(vm, args, kw)?;
    data.extend(crate::modules::buffer_bytes(vm, args[3])?);
    transfer(vm, args, addr, Some(&data), 0)?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|&v| downcast::<I2cObj>(vm, v)) else {
        return Err(vm.type_error("expected an I2C object"));
    };
    let text = match o.id {
        Some(id) if vm.board_name == "rp2" => {
            format!("I2C({id}, freq={}, scl={}, sda={}, timeout={})", o.freq, o.scl, o.sda, o.timeout_us)
        }
        Some(id) => format!("I2C({id}, scl={}, sda={}, freq={})", o.scl, o.sda, o.freq),
        None => format!("SoftI2C(scl={}, sda={}, freq={})", o.scl, o.sda, o.freq),
    };
    Ok(vm.new_str(text))
}

// ----- SoftI2C's primitive operations -----

fn raw_start(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("start", args, 1, 1)?;
    this(vm, args)?;
    if let Some(o) = downcast_mut::<I2cObj>(vm, args[0]) {
        o.raw = None;
        o.raw_started = true;
    }
    Ok(Value::None)
}

fn raw_stop(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("stop", args, 1, 1)?;
    let (bus, _, _) = this(vm, args)?;
    let selected = downcast_mut::<I2cObj>(vm, args[0]).and_then(|o| {
        o.raw_started = false;
        o.raw.take()
    });
    if let Some((addr, _)) = selected {
        if let Some(d) = devices(vm).devices.get_mut(&(bus, addr)) {
            d.stop();
        }
    }
    Ok(Value::None)
}

/// Bytes after a START: the first is the address and direction, the rest
/// go to the device it selected. Returns the number of ACKs, stopping at
/// the first NACK as MicroPython does.
fn raw_write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 2)?;
    let (bus, _, _) = this(vm, args)?;
    let data = crate::modules::buffer_bytes(vm, args[1])?;
    let (mut selected, started) =
        downcast::<I2cObj>(vm, args[0]).map(|o| (o.raw, o.raw_started)).unwrap_or((None, false));
    let mut acks = 0;
    for &b in &data {
        let ack = match selected {
            None if started => {
                let (addr, read) = (b >> 1, b & 1 == 1);
                match devices(vm).devices.get_mut(&(bus, addr)) {
                    Some(d) => {
                        d.start(read);
                        selected = Some((addr, read));
                        true
                    }
                    None => false,
                }
            }
            Some((addr, false)) => devices(vm).devices.get_mut(&(bus, addr)).map(|d| d.write_byte(b)).unwrap_or(false),
            _ => false,
        };
        if !ack {
            break;
        }
        acks += 1;
    }
    if let Some(o) = downcast_mut::<I2cObj>(vm, args[0]) {
        o.raw = selected;
    }
    Ok(Value::Int(acks))
}

fn raw_readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readinto", args, 2, 3)?;
    let (bus, _, _) = this(vm, args)?;
    let n = crate::modules::buffer_bytes(vm, args[1])?.len();
    let selected = downcast::<I2cObj>(vm, args[0]).and_then(|o| o.raw);
    // Nobody driving SDA: the pull-ups make every bit 1.
    let data: Vec<u8> =
        match selected.and_then(|(addr, read)| if read { devices(vm).devices.get_mut(&(bus, addr)) } else { None }) {
            Some(d) => (0..n).map(|_| d.read_byte()).collect(),
            None => vec![0xff; n],
        };
    crate::modules::write_into_buffer(vm, args[1], 0, &data)?;
    Ok(Value::None)
}
