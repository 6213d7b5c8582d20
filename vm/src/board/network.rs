//! The `network` module of the simulated board: a Wi-Fi radio that sees a
//! fixed list of example networks. Connecting takes virtual time: the
//! station reports `STAT_CONNECTING`, then `STAT_GOT_IP` (one second later),
//! `STAT_WRONG_PASSWORD` or `STAT_NO_AP_FOUND` (three seconds later).
//! Constant values come from the board profile, as they differ per port.

use super::pin::board_const;
use super::state::Board;
use crate::native_object;
use crate::objects::class::Layout;
use crate::objects::function::{KwArgs, NativeFn};
use crate::objects::native::downcast;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A network the simulated radio can see.
pub struct SimNetwork {
    pub ssid: &'static str,
    pub bssid: [u8; 6],
    pub channel: u8,
    pub rssi: i8,
    /// 0 open, 3 WPA2-PSK (ESP-IDF's numbering).
    pub security: u8,
    pub key: &'static str,
}

pub static NETWORKS: &[SimNetwork] = &[
    SimNetwork {
        ssid: "upy-lab",
        bssid: [0x24, 0x0a, 0xc4, 0x10, 0x20, 0x30],
        channel: 6,
        rssi: -52,
        security: 3,
        key: "micropython",
    },
    SimNetwork {
        ssid: "CoffeeShop-Guest",
        bssid: [0x3c, 0x71, 0xbf, 0x44, 0x55, 0x66],
        channel: 1,
        rssi: -67,
        security: 0,
        key: "",
    },
    SimNetwork {
        ssid: "Neighbour-2.4G",
        bssid: [0xb8, 0x27, 0xeb, 0x77, 0x88, 0x99],
        channel: 11,
        rssi: -81,
        security: 3,
        key: "not-your-wifi",
    },
];

const CONNECT_NS: u64 = 1_000_000_000;
const FAIL_NS: u64 = 3_000_000_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    GotIp,
    NoApFound,
    WrongPassword,
}

#[derive(Default)]
struct Iface {
    active: bool,
    /// The network joined or being joined, the outcome and when it is known.
    attempt: Option<(usize, Outcome, u64)>,
    static_config: Option<[String; 4]>,
    ap_ssid: Option<String>,
    ap_key: String,
    ap_channel: i64,
    hidden: bool,
    security: i64,
    reconnects: i64,
    txpower: f64,
    pm: i64,
    max_clients: i64,
    last_ssid: Option<String>,
    last_key: Option<String>,
}

pub struct Wifi {
    ifaces: [Iface; 2],
    hostname: String,
    country: String,
    classes: Option<ObjRef>,
}

impl Extension for Wifi {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.classes);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn wifi(vm: &mut Vm) -> &mut Wifi {
    if vm.extensions.get::<Wifi>().is_none() {
        let hostname = match vm.board_name.as_str() {
            "rp2" => "PicoW".to_string(),
            name => format!("mpy-{name}"),
        };
        let mut ifaces: [Iface; 2] = Default::default();
        for i in &mut ifaces {
            i.txpower = 20.0;
            i.ap_channel = 1;
            i.max_clients = 4;
            i.reconnects = -1;
            i.pm = 1;
        }
        vm.extensions.insert(Wifi { ifaces, hostname, country: "XX".into(), classes: None });
    }
    vm.extensions.get_mut::<Wifi>().expect("just inserted")
}

pub struct WlanObj {
    pub class: ObjRef,
    pub iface: usize,
}
native_object!(WlanObj);

fn net_const(vm: &Vm, name: &str) -> i64 {
    board_const(vm, "network", name).unwrap_or(0)
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("network");
    let object = vm.types.object;
    let wlan = vm.new_class_raw("WLAN", vec![object], Layout::Object, false);
    vm.add_static(wlan, "__new__", wlan_new);
    let methods: [(&'static str, NativeFn); 10] = [
        ("active", active),
        ("connect", connect),
        ("disconnect", disconnect),
        ("scan", scan),
        ("status", status),
        ("isconnected", isconnected),
        ("ifconfig", ifconfig),
        ("config", config),
        ("__repr__", repr),
        ("__eq__", eq),
    ];
    for (n, f) in methods {
        vm.add_method(wlan, n, f);
    }
    vm.module_add(d, "WLAN", Value::Obj(wlan));
    let consts = vm.extensions.get::<Board>().map(|b| b.profile.consts).unwrap_or(&[]);
    for k in consts {
        match k.owner {
            "network" => vm.module_add(d, k.name, Value::Int(k.value)),
            "network.WLAN" => vm.class_set(wlan, k.name, Value::Int(k.value)),
            _ => {}
        }
    }
    vm.module_add_fn(d, "hostname", hostname);
    vm.module_add_fn(d, "country", country);
    wifi(vm).classes = Some(wlan);
    Ok(m)
}

fn wlan_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("WLAN", args, 1, 2)?;
    let class = super::buses::class_arg(vm, args)?;
    let id = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => net_const(vm, "STA_IF"),
    };
    let iface = if id == net_const(vm, "STA_IF") {
        0
    } else if id == net_const(vm, "AP_IF") {
        1
    } else {
        return Err(vm.value_error("invalid WLAN interface identifier"));
    };
    wifi(vm);
    Ok(vm.alloc(Object::Native(Box::new(WlanObj { class, iface }))))
}

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<usize> {
    match args.first().and_then(|&v| downcast::<WlanObj>(vm, v)) {
        Some(w) => Ok(w.iface),
        None => Err(vm.type_error("expected a WLAN")),
    }
}

fn not_started(vm: &mut Vm) -> crate::runtime::error::Exc {
    vm.err(ExcKind::OSError, "Wifi Not Started")
}

/// The station's state now: the attempt's outcome once its time has come.
fn station(vm: &mut Vm) -> (i64, Option<usize>) {
    let now = vm.clock.now_ns();
    let attempt = wifi(vm).ifaces[0].attempt;
    match attempt {
        None => (net_const(vm, "STAT_IDLE"), None),
        Some((_, _, at)) if now < at => (net_const(vm, "STAT_CONNECTING"), None),
        Some((n, Outcome::GotIp, _)) => (net_const(vm, "STAT_GOT_IP"), Some(n)),
        Some((_, Outcome::NoApFound, _)) => (net_const(vm, "STAT_NO_AP_FOUND"), None),
        Some((_, Outcome::WrongPassword, _)) => (net_const(vm, "STAT_WRONG_PASSWORD"), None),
    }
}

fn active(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("active", args, 1, 2)?;
    let i = this(vm, args)?;
    match args.get(1) {
        None => Ok(Value::Bool(wifi(vm).ifaces[i].active)),
        Some(&v) => {
            let on = vm.truthy(v)?;
            let iface = &mut wifi(vm).ifaces[i];
            iface.active = on;
            if !on {
                iface.attempt = None;
            }
            Ok(Value::None)
        }
    }
}

fn opt_str(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm.str_arg(v).map(Some),
    }
}

fn connect(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    vm.check_kwargs(kw, &["ssid", "key", "bssid"])?;
    vm.check_args("connect", args, 1, 3)?;
    let i = this(vm, args)?;
    if i != 0 {
        return Err(vm.err(ExcKind::OSError, "the access point interface cannot connect"));
    }
    let ssid = vm.arg_or(args, kw, 1, "ssid", Value::None);
    let ssid = opt_str(vm, Some(ssid))?;
    let key = vm.arg_or(args, kw, 2, "key", Value::None);
    let key = opt_str(vm, Some(key))?;
    let bssid = match vm.kwarg(kw, "bssid") {
        None | Some(Value::None) => None,
        Some(b) => Some(vm.bytes_like(b)?),
    };
    if !wifi(vm).ifaces[0].active {
        return Err(not_started(vm));
    }
    let now = vm.clock.now_ns();
    let iface = &mut wifi(vm).ifaces[0];
    let ssid = ssid.or_else(|| iface.last_ssid.clone()).unwrap_or_default();
    let key = key.or_else(|| iface.last_key.clone()).unwrap_or_default();
    iface.last_ssid = Some(ssid.clone());
    iface.last_key = Some(key.clone());
    let found = NETWORKS.iter().position(|n| n.ssid == ssid && bssid.as_deref().is_none_or(|b| b == n.bssid));
    iface.attempt = Some(match found {
        None => (0, Outcome::NoApFound, now + FAIL_NS),
        Some(n) if NETWORKS[n].security != 0 && NETWORKS[n].key != key => (n, Outcome::WrongPassword, now + FAIL_NS),
        Some(n) => (n, Outcome::GotIp, now + CONNECT_NS),
    });
    Ok(Value::None)
}

fn disconnect(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("disconnect", args, 1, 1)?;
    let i = this(vm, args)?;
    wifi(vm).ifaces[i].attempt = None;
    Ok(Value::None)
}

fn scan(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("scan", args, 1, 1)?;
    let i = this(vm, args)?;
    if !wifi(vm).ifaces[i].active {
        return Err(not_started(vm));
    }
    let mut out = Vec::new();
    for n in NETWORKS {
        let ssid = vm.new_bytes(n.ssid.as_bytes().to_vec());
        vm.temp_roots.push(ssid);
        let bssid = vm.new_bytes(n.bssid.to_vec());
        vm.temp_roots.push(bssid);
        let t = vm.new_tuple(vec![
            ssid,
            bssid,
            Value::Int(n.channel.into()),
            Value::Int(n.rssi.into()),
            Value::Int(n.security.into()),
            Value::Bool(false),
        ]);
        out.push(t);
        vm.temp_roots.push(t);
    }
    let list = vm.new_list(out);
    let keep = vm.temp_roots.len() - NETWORKS.len() * 3;
    vm.temp_roots.truncate(keep);
    Ok(list)
}

fn status(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("status", args, 1, 2)?;
    let i = this(vm, args)?;
    let Some(&param) = args.get(1) else {
        if i == 1 {
            return Ok(Value::Int(net_const(vm, "STAT_IDLE")));
        }
        return Ok(Value::Int(station(vm).0));
    };
    match vm.str_arg(param)?.as_str() {
        "rssi" => match station(vm).1 {
            Some(n) if i == 0 => Ok(Value::Int(NETWORKS[n].rssi.into())),
            _ => Err(vm.err(ExcKind::OSError, "STA must be connected")),
        },
        "stations" => {
            if i != 1 {
                return Err(vm.err(ExcKind::OSError, "AP required"));
            }
            Ok(vm.new_list(vec![]))
        }
        _ => Err(vm.value_error("unknown status param")),
    }
}

fn isconnected(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("isconnected", args, 1, 1)?;
    let i = this(vm, args)?;
    vm.run_due()?;
    // The access point has no simulated stations.
    Ok(Value::Bool(i == 0 && station(vm).1.is_some()))
}

fn ifconfig(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ifconfig", args, 1, 2)?;
    let i = this(vm, args)?;
    if let Some(&cfg) = args.get(1) {
        if vm.as_str(cfg) == Some("dhcp") {
            wifi(vm).ifaces[i].static_config = None;
            return Ok(Value::None);
        }
        let items = vm.collect_iter(cfg)?;
        if items.len() != 4 {
            return Err(
                vm.value_error("requested length 4 but object has length {}".replace("{}", &items.len().to_string()))
            );
        }
        let mut parts: [String; 4] = Default::default();
        for (slot, v) in parts.iter_mut().zip(items) {
            let s = vm.str_arg(v)?;
            if s.parse::<std::net::Ipv4Addr>().is_err() {
                return Err(vm.value_error("invalid arguments"));
            }
            *slot = s;
        }
        wifi(vm).ifaces[i].static_config = Some(parts);
        return Ok(Value::None);
    }
    let connected = i == 1 || station(vm).1.is_some();
    let fixed = wifi(vm).ifaces[i].static_config.clone();
    let parts: Vec<String> = match (fixed, connected, i) {
        (Some(p), ..) => p.to_vec(),
        (None, true, 0) => ["192.168.1.42", "255.255.255.0", "192.168.1.1", "192.168.1.1"].map(String::from).to_vec(),
        (None, true, _) => ["192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0"].map(String::from).to_vec(),
        (None, false, _) => vec!["0.0.0.0".to_string(); 4],
    };
    let mut vals = Vec::new();
    for p in parts {
        let s = vm.new_str(p);
        vm.temp_roots.push(s);
        vals.push(s);
    }
    let t = vm.new_tuple(vals);
    let keep = vm.temp_roots.len() - 4;
    vm.temp_roots.truncate(keep);
    Ok(t)
}

fn mac(vm: &Vm, iface: usize) -> Vec<u8> {
    let n = vm.extensions.get::<Board>().map(|b| b.profile.unique_id_len).unwrap_or(6);
    let mut m: Vec<u8> = vec![0x24, 0x0a, 0xc4, 0x5e, 0x1a, 0x7c];
    if n == 8 {
        // The Pico W's radio has its own address.
        m = vec![0x28, 0xcd, 0xc1, 0x0e, 0x2b, 0x40];
    }
    m[5] = m[5].wrapping_add(iface as u8);
    m
}

fn default_ap_ssid(vm: &Vm) -> String {
    let m = mac(vm, 1);
    match vm.board_name.as_str() {
        "rp2" => format!("PICO{:02X}{:02X}", m[4], m[5]),
        _ => format!("ESP_{:02X}{:02X}{:02X}", m[3], m[4], m[5]),
    }
}

fn config(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, args)?;
    if args.len() > 1 && !kw.is_empty() {
        return Err(vm.type_error("either pos or kw args are allowed"));
    }
    if let Some(&param) = args.get(1) {
        vm.check_args("config", args, 2, 2)?;
        let name = vm.str_arg(param)?;
        return get_config(vm, i, &name);
    }
    for &(k, v) in kw {
        let name = vm.str_of(k).to_string();
        set_config(vm, i, &name, v)?;
    }
    Ok(Value::None)
}

fn get_config(vm: &mut Vm, i: usize, name: &str) -> PyResult<Value> {
    let connected = station(vm).1;
    let default_ssid = default_ap_ssid(vm);
    let hostname = wifi(vm).hostname.clone();
    let f = &wifi(vm).ifaces[i];
    let ap_ssid = f.ap_ssid.clone().unwrap_or(default_ssid);
    let (ap_channel, hidden, reconnects, txpower, pm, max_clients) =
        (f.ap_channel, f.hidden, f.reconnects, f.txpower, f.pm, f.max_clients);
    let security = if i == 1 && f.ap_key.is_empty() { 0 } else { f.security.max(3) };
    Ok(match name {
        "mac" => {
            let m = mac(vm, i);
            vm.new_bytes(m)
        }
        "ssid" | "essid" => {
            let s = if i == 0 { connected.map(|n| NETWORKS[n].ssid.to_string()).unwrap_or_default() } else { ap_ssid };
            vm.new_str(s)
        }
        "channel" => {
            Value::Int(if i == 0 { connected.map(|n| NETWORKS[n].channel.into()).unwrap_or(0) } else { ap_channel })
        }
        "hidden" => Value::Bool(hidden),
        "security" | "authmode" => Value::Int(security),
        "reconnects" => Value::Int(reconnects),
        "txpower" => Value::Float(txpower),
        "pm" => Value::Int(pm),
        "max_clients" => Value::Int(max_clients),
        "hostname" | "dhcp_hostname" => vm.new_str(hostname),
        _ => return Err(vm.value_error("unknown config param")),
    })
}

fn set_config(vm: &mut Vm, i: usize, name: &str, v: Value) -> PyResult<()> {
    match name {
        "ssid" | "essid" => {
            let s = vm.str_arg(v)?;
            wifi(vm).ifaces[i].ap_ssid = Some(s);
        }
        "key" | "password" => {
            let s = vm.str_arg(v)?;
            wifi(vm).ifaces[i].ap_key = s;
        }
        "hostname" | "dhcp_hostname" => set_hostname(vm, v)?,
        "mac" => {
            if vm.bytes_like(v)?.len() != 6 {
                return Err(vm.value_error("invalid buffer length"));
            }
        }
        "txpower" => {
            let p = vm.float_arg(v)?;
            wifi(vm).ifaces[i].txpower = p;
        }
        "hidden" => {
            let h = vm.truthy(v)?;
            wifi(vm).ifaces[i].hidden = h;
        }
        "channel" | "security" | "authmode" | "reconnects" | "pm" | "max_clients" => {
            let n = vm.int_arg(v)?;
            let f = &mut wifi(vm).ifaces[i];
            match name {
                "channel" => f.ap_channel = n,
                "security" | "authmode" => f.security = n,
                "reconnects" => f.reconnects = n,
                "pm" => f.pm = n,
                _ => f.max_clients = n,
            }
        }
        _ => return Err(vm.value_error("unknown config param")),
    }
    Ok(())
}

fn set_hostname(vm: &mut Vm, v: Value) -> PyResult<()> {
    let name = vm.str_arg(v)?;
    if name.len() > 32 {
        return Err(vm.value_error("hostname too long"));
    }
    wifi(vm).hostname = name;
    Ok(())
}

fn hostname(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("hostname", args, 0, 1)?;
    match args.first() {
        Some(&v) => set_hostname(vm, v).map(|_| Value::None),
        None => {
            let h = wifi(vm).hostname.clone();
            Ok(vm.new_str(h))
        }
    }
}

fn country(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("country", args, 0, 1)?;
    match args.first() {
        Some(&v) => {
            let code = vm.str_arg(v)?;
            if code.len() != 2 {
                return Err(vm.value_error("invalid country code"));
            }
            wifi(vm).country = code;
            Ok(Value::None)
        }
        None => {
            let c = wifi(vm).country.clone();
            Ok(vm.new_str(c))
        }
    }
}

fn repr(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let i = this(vm, args)?;
    let text = if i == 0 { "<WLAN STA_IF>" } else { "<WLAN AP_IF>" };
    Ok(vm.new_str(text))
}

/// Every `WLAN(STA_IF)` is the same interface, so they compare equal.
fn eq(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let a = this(vm, args)?;
    let b = args.get(1).and_then(|&v| downcast::<WlanObj>(vm, v)).map(|w| w.iface);
    Ok(Value::Bool(b == Some(a)))
}
