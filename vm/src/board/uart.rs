//! `machine.UART`. Each port has a host-side end: what the program writes
//! is kept for the host to take (`uart_take_tx`), and the host feeds bytes
//! the program then reads (`uart_feed`). With the loopback switch on, TX is
//! also wired to RX, so a program reads back what it sent. Sending takes
//! the time the baud rate says, on the VM clock; reads wait for data up to
//! the port's `timeout` (first byte) and `timeout_char` (between bytes).

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
use std::collections::{BTreeMap, VecDeque};

/// The host keeps at most this much unread output per port.
const MAX_HOST_TX: usize = 1 << 20;

#[derive(Default)]
pub struct Port {
    pub rx: VecDeque<u8>,
    /// Receive buffer size: bytes fed beyond it are lost, as on the chip.
    pub rx_capacity: usize,
    pub tx_to_host: Vec<u8>,
    pub loopback: bool,
    /// When the last queued byte has left the shift register (VM clock).
    pub tx_done_ns: u64,
}

#[derive(Default)]
pub struct Uarts {
    pub ports: BTreeMap<u8, Port>,
}

impl Extension for Uarts {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn port(vm: &mut Vm, id: u8) -> &mut Port {
    if vm.extensions.get::<Uarts>().is_none() {
        vm.extensions.insert(Uarts::default());
    }
    let ports = &mut vm.extensions.get_mut::<Uarts>().expect("just inserted").ports;
    ports.entry(id).or_insert_with(|| Port { rx_capacity: 256, ..Port::default() })
}

/// Bytes arriving on UART `id`'s RX line from the host. Returns how many
/// fit in the receive buffer (the rest are lost, as on the chip).
pub fn uart_feed(vm: &mut Vm, id: u8, bytes: &[u8]) -> usize {
    let p = port(vm, id);
    let room = p.rx_capacity.saturating_sub(p.rx.len()).min(bytes.len());
    p.rx.extend(&bytes[..room]);
    room
}

/// Everything the program sent on UART `id` since the last call.
pub fn uart_take_tx(vm: &mut Vm, id: u8) -> Vec<u8> {
    std::mem::take(&mut port(vm, id).tx_to_host)
}

/// Wire UART `id`'s TX to its RX (or undo it).
pub fn uart_set_loopback(vm: &mut Vm, id: u8, on: bool) {
    port(vm, id).loopback = on;
}

pub struct UartObj {
    pub class: ObjRef,
    pub id: u8,
    pub baudrate: u32,
    pub bits: u8,
    pub parity: Option<u8>,
    pub stop: u8,
    pub tx: u8,
    pub rx: u8,
    pub timeout_ms: u32,
    pub timeout_char_ms: u32,
    pub invert: i64,
    pub flow: i64,
}
native_object!(UartObj);

pub fn register(vm: &mut Vm, class: ObjRef) {
    vm.add_static(class, "__new__", uart_new);
    let methods: [(&'static str, NativeFn); 11] = [
        ("init", init),
        ("deinit", deinit),
        ("any", any),
        ("read", read),
        ("readinto", readinto),
        ("readline", readline),
        ("write", write),
        ("sendbreak", sendbreak),
        ("flush", flush),
        ("txdone", txdone),
        ("__repr__", repr),
    ];
    for (n, f) in methods {
        vm.add_method(class, n, f);
    }
}

const SETTINGS: &[&str] = &[
    "baudrate",
    "bits",
    "parity",
    "stop",
    "tx",
    "rx",
    "rts",
    "cts",
    "txbuf",
    "rxbuf",
    "timeout",
    "timeout_char",
    "invert",
    "flow",
];

fn profile(vm: &Vm) -> &'static super::profile::BoardProfile {
    vm.extensions.get::<Board>().map(|b| b.profile).unwrap_or(&super::profile::GENERIC)
}

/// Nanoseconds one character takes on the wire.
fn char_ns(o: &UartObj) -> u64 {
    let bits = 1 + o.bits as u64 + o.parity.is_some() as u64 + o.stop as u64;
    bits * 1_000_000_000 / o.baudrate.max(1) as u64
}

/// Apply positional (`baudrate, bits, parity, stop` from `args[1]`) and
/// keyword settings to `o`.
fn apply(vm: &mut Vm, o: &mut UartObj, args: &[Value], kw: KwArgs) -> PyResult<()> {
    vm.check_kwargs(kw, SETTINGS)?;
    if args.len() > 5 {
        return Err(vm.type_error(format!("function takes 5 positional arguments but {} were given", args.len())));
    }
    let get = |vm: &Vm, i: usize, name: &str| args.get(i).copied().or_else(|| vm.kwarg(kw, name));
    if let Some(v) = get(vm, 1, "baudrate") {
        let b = vm.int_arg(v)?;
        if b <= 0 || b > 5_000_000 {
            return Err(vm.value_error("invalid baudrate"));
        }
        o.baudrate = b as u32;
    }
    if let Some(v) = get(vm, 2, "bits") {
        let b = vm.int_arg(v)?;
        if !(5..=8).contains(&b) {
            return Err(vm.value_error("invalid data bits"));
        }
        o.bits = b as u8;
    }
    if let Some(v) = get(vm, 3, "parity") {
        o.parity = match v {
            Value::None => None,
            _ => match vm.int_arg(v)? {
                p @ 0..=1 => Some(p as u8),
                _ => return Err(vm.value_error("invalid parity")),
            },
        };
    }
    if let Some(v) = get(vm, 4, "stop") {
        let s = vm.int_arg(v)?;
        if !(1..=2).contains(&s) {
            return Err(vm.value_error("invalid stop bits"));
        }
        o.stop = s as u8;
    }
    let bus = profile(vm).uart.iter().find(|b| b.id == o.id);
    for (name, allowed) in [("tx", bus.map(|b| b.tx_pins)), ("rx", bus.map(|b| b.rx_pins))] {
        if let Some(v) = vm.kwarg(kw, name) {
            let pin = pin_id(vm, v)?;
            if allowed.is_some_and(|a| !a.is_empty() && !a.contains(&pin)) {
                return Err(vm.value_error(format!("bad {} pin", name.to_uppercase())));
            }
            if name == "tx" {
                o.tx = pin;
            } else {
                o.rx = pin;
            }
        }
    }
    for name in ["rts", "cts"] {
        if let Some(v) = vm.kwarg(kw, name) {
            pin_id(vm, v)?;
        }
    }
    for (name, slot) in [("timeout", &mut o.timeout_ms), ("timeout_char", &mut o.timeout_char_ms)] {
        if let Some(v) = vm.kwarg(kw, name) {
            *slot = vm.int_arg(v)?.clamp(0, u32::MAX as i64) as u32;
        }
    }
    for (name, slot) in [("invert", &mut o.invert), ("flow", &mut o.flow)] {
        if let Some(v) = vm.kwarg(kw, name) {
            *slot = vm.int_arg(v)?;
        }
    }
    if let Some(v) = vm.kwarg(kw, "rxbuf") {
        let n = vm.int_arg(v)?.clamp(32, 1 << 16) as usize;
        port(vm, o.id).rx_capacity = n;
    }
    if let Some(v) = vm.kwarg(kw, "txbuf") {
        vm.int_arg(v)?;
    }
    Ok(())
}

fn uart_new(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let class = super::buses::class_arg(vm, args)?;
    let Some(&id) = args.get(1) else {
        return Err(vm.type_error("function missing 1 required positional arguments"));
    };
    let id = vm.int_arg(id)?;
    let Some(bus) = profile(vm).uart.iter().find(|b| i64::from(b.id) == id) else {
        let verb = if vm.board_name == "esp32" { "does not exist" } else { "doesn't exist" };
        return Err(vm.value_error(format!("UART({id}) {verb}")));
    };
    let mut o = UartObj {
        class,
        id: bus.id,
        baudrate: bus.default_baudrate,
        bits: 8,
        parity: None,
        stop: 1,
        tx: bus.tx,
        rx: bus.rx,
        timeout_ms: 0,
        timeout_char_ms: 0,
        invert: 0,
        flow: 0,
    };
    apply(vm, &mut o, &args[1..], kw)?;
    port(vm, bus.id);
    Ok(vm.alloc(Object::Native(Box::new(o))))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<(u8, u64, u64, u64)> {
    match args.first().and_then(|&v| downcast::<UartObj>(vm, v)) {
        Some(o) => {
            let c = char_ns(o);
            // A wait between characters is never shorter than one character.
            let char_wait = (o.timeout_char_ms as u64 * 1_000_000).max(c);
            Ok((o.id, o.timeout_ms as u64 * 1_000_000, char_wait, c))
        }
        None => Err(vm.type_error("expected a UART")),
    }
}

fn init(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|&v| downcast::<UartObj>(vm, v)) else {
        return Err(vm.type_error("expected a UART"));
    };
    let mut copy = UartObj { ..*o };
    apply(vm, &mut copy, args, kw)?;
    if let Some(o) = downcast_mut::<UartObj>(vm, args[0]) {
        *o = copy;
    }
    Ok(Value::None)
}

fn deinit(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("deinit", args, 1, 1)?;
    this(vm, args)?;
    Ok(Value::None)
}

fn available(vm: &mut Vm, id: u8) -> usize {
    port(vm, id).rx.len()
}

/// Wait until `want` bytes are buffered: up to `first` for the first byte,
/// then up to `between` for each further one. Sleeping runs timers, which
/// is how data can arrive during a run.
fn wait_for(vm: &mut Vm, id: u8, want: usize, first: u64, between: u64) -> PyResult<()> {
    let mut have = available(vm, id);
    let mut deadline = vm.clock.now_ns().saturating_add(if have == 0 { first } else { between });
    while have < want {
        let now = vm.clock.now_ns();
        if now >= deadline {
            break;
        }
        vm.sleep_ns((deadline - now).min(1_000_000))?;
        let now_have = available(vm, id);
        if now_have > have {
            have = now_have;
            deadline = vm.clock.now_ns().saturating_add(between);
        }
    }
    Ok(())
}

fn take(vm: &mut Vm, id: u8, n: usize) -> Vec<u8> {
    let rx = &mut port(vm, id).rx;
    let n = n.min(rx.len());
    rx.drain(..n).collect()
}

fn any(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("any", args, 1, 1)?;
    let (id, ..) = this(vm, args)?;
    vm.run_due()?;
    Ok(Value::Int(available(vm, id) as i64))
}

fn read(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("read", args, 1, 2)?;
    let (id, first, between, _) = this(vm, args)?;
    let want = match args.get(1) {
        Some(&v) if !v.is_none() => vm.int_arg(v)?.max(0) as usize,
        _ => usize::MAX,
    };
    if want == 0 {
        return Ok(vm.new_bytes(vec![]));
    }
    wait_for(vm, id, want, first, between)?;
    let data = take(vm, id, want);
    Ok(if data.is_empty() { Value::None } else { vm.new_bytes(data) })
}

fn readinto(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readinto", args, 2, 3)?;
    let (id, first, between, _) = this(vm, args)?;
    let cap = crate::modules::buffer_bytes(vm, args[1])?.len();
    let want = match args.get(2) {
        Some(&v) => (vm.int_arg(v)?.max(0) as usize).min(cap),
        None => cap,
    };
    wait_for(vm, id, want, first, between)?;
    let data = take(vm, id, want);
    if data.is_empty() && want > 0 {
        return Ok(Value::None);
    }
    crate::modules::write_into_buffer(vm, args[1], 0, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn readline(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("readline", args, 1, 1)?;
    let (id, first, between, _) = this(vm, args)?;
    let mut line = Vec::new();
    let mut wait = first;
    loop {
        wait_for(vm, id, 1, wait, between)?;
        let Some(b) = port(vm, id).rx.pop_front() else { break };
        line.push(b);
        if b == b'\n' {
            break;
        }
        wait = between;
    }
    Ok(if line.is_empty() { Value::None } else { vm.new_bytes(line) })
}

fn write(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("write", args, 2, 2)?;
    let (id, _, _, char_time) = this(vm, args)?;
    let data = match vm.as_str(args[1]) {
        Some(s) => s.as_bytes().to_vec(),
        None => crate::modules::buffer_bytes(vm, args[1])?,
    };
    let now = vm.clock.now_ns();
    let p = port(vm, id);
    p.tx_done_ns = p.tx_done_ns.max(now).saturating_add(char_time * data.len() as u64);
    if p.loopback {
        let room = p.rx_capacity.saturating_sub(p.rx.len()).min(data.len());
        p.rx.extend(&data[..room]);
    }
    if p.tx_to_host.len() + data.len() > MAX_HOST_TX {
        let drop = (p.tx_to_host.len() + data.len() - MAX_HOST_TX).min(p.tx_to_host.len());
        p.tx_to_host.drain(..drop);
    }
    p.tx_to_host.extend_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

/// A break holds TX low for about 13 bit times.
fn sendbreak(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sendbreak", args, 1, 1)?;
    let (id, _, _, char_time) = this(vm, args)?;
    let now = vm.clock.now_ns();
    let p = port(vm, id);
    p.tx_done_ns = p.tx_done_ns.max(now).saturating_add(char_time * 13 / 10);
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("flush", args, 1, 1)?;
    let (id, ..) = this(vm, args)?;
    let done = port(vm, id).tx_done_ns;
    let now = vm.clock.now_ns();
    if done > now {
        vm.sleep_ns(done - now)?;
    }
    Ok(Value::None)
}

fn txdone(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("txdone", args, 1, 1)?;
    let (id, ..) = this(vm, args)?;
    let done = port(vm, id).tx_done_ns;
    Ok(Value::Bool(vm.clock.now_ns() >= done))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(o) = args.first().and_then(|&v| downcast::<UartObj>(vm, v)) else {
        return Err(vm.type_error("expected a UART"));
    };
    let parity = match o.parity {
        None => "None".to_string(),
        Some(p) => p.to_string(),
    };
    let text = format!(
        "UART({}, baudrate={}, bits={}, parity={parity}, stop={}, tx={}, rx={}, timeout={}, timeout_char={})",
        o.id, o.baudrate, o.bits, o.stop, o.tx, o.rx, o.timeout_ms, o.timeout_char_ms
    );
    Ok(vm.new_str(text))
}
