//! Finding the board: serial ports with their USB ids, and which of them are
//! likely MicroPython boards.
//!
//! Ports come from sysfs ([`crate::sysfs`]) with their USB descriptors, and
//! from the running simulated boards ([`crate::registry`]). A port is a
//! candidate when its USB vendor:product pair is a known board or a
//! USB-serial adapter that boards carry (CP210x, CH340, FTDI, …), or when it
//! is a simulated board. `auto` picks the only candidate, and lists them
//! when there are several.

use std::path::Path;

use crate::error::DeviceError;
use crate::registry::RunningBoard;
use crate::sysfs::SysTty;

/// What a USB id tells about the thing behind a port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceKind {
    /// A board speaking USB itself (its own MicroPython USB stack).
    NativeBoard,
    /// A USB-to-serial chip, as on most ESP32 and many other boards.
    SerialAdapter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownDevice {
    pub vid: u16,
    /// `None` matches every product of the vendor.
    pub pid: Option<u16>,
    pub name: &'static str,
    pub kind: DeviceKind,
}

const fn dev(vid: u16, pid: Option<u16>, name: &'static str, kind: DeviceKind) -> KnownDevice {
    KnownDevice { vid, pid, name, kind }
}

use DeviceKind::{NativeBoard, SerialAdapter};

/// Exact vendor:product pairs first; vendor-wide entries after them.
pub const KNOWN_DEVICES: &[KnownDevice] = &[
    dev(0x303a, Some(0x1001), "Espressif USB-Serial/JTAG (ESP32-S3/C3/C6)", NativeBoard),
    dev(0x303a, Some(0x4001), "Espressif ESP32-S2/S3 MicroPython (TinyUSB)", NativeBoard),
    dev(0x10c4, Some(0xea60), "Silicon Labs CP210x USB-serial", SerialAdapter),
    dev(0x1a86, Some(0x7523), "WCH CH340 USB-serial", SerialAdapter),
    dev(0x1a86, Some(0x7522), "WCH CH340K USB-serial", SerialAdapter),
    dev(0x1a86, Some(0x55d4), "WCH CH9102 USB-serial", SerialAdapter),
    dev(0x1a86, Some(0x55d3), "WCH CH343 USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6001), "FTDI FT232R USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6010), "FTDI FT2232 USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6014), "FTDI FT232H USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6015), "FTDI FT231X USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6011), "FTDI FT4232H USB-serial", SerialAdapter),
    dev(0x10c4, Some(0xea70), "Silicon Labs CP2105 USB-serial", SerialAdapter),
    dev(0x2e8a, Some(0x0005), "Raspberry Pi RP2040/RP2350 MicroPython", NativeBoard),
    dev(0x2e8a, Some(0x000c), "Raspberry Pi Debug Probe", SerialAdapter),
    dev(0x0d28, Some(0x0204), "BBC micro:bit (DAPLink)", NativeBoard),
    dev(0xf055, Some(0x9800), "MicroPython pyboard", NativeBoard),
    dev(0x239a, None, "Adafruit board", NativeBoard),
    dev(0x2341, None, "Arduino board", NativeBoard),
    dev(0x303a, None, "Espressif native USB", NativeBoard),
    dev(0x2e8a, None, "Raspberry Pi device", NativeBoard),
    dev(0xf055, None, "MicroPython board", NativeBoard),
];

/// Recognise a USB id.
pub fn recognise(vid: u16, pid: u16) -> Option<&'static KnownDevice> {
    KNOWN_DEVICES
        .iter()
        .find(|d| d.vid == vid && d.pid == Some(pid))
        .or_else(|| KNOWN_DEVICES.iter().find(|d| d.vid == vid && d.pid.is_none()))
}

/// One port as `upy ports` lists it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PortInfo {
    pub path: String,
    pub vid: Option<u16>,
    pub pid: Option<u16>,
    pub serial_number: Option<String>,
    pub manufacturer: Option<String>,
    pub product: Option<String>,
    /// What the USB id says, when it is a known board or adapter.
    pub known: Option<&'static KnownDevice>,
    /// A simulated board served by `upy board`: its profile.
    pub simulated: Option<String>,
    /// The WebREPL a simulated board also serves (`ws://127.0.0.1:PORT`).
    pub webrepl: Option<String>,
}

impl PortInfo {
    /// A port known only by the path the user gave.
    pub fn named(path: &str) -> PortInfo {
        PortInfo { path: path.to_string(), ..PortInfo::default() }
    }

    fn from_sysfs(dev: &Path, tty: SysTty) -> PortInfo {
        let path = dev.join(&tty.name).to_string_lossy().into_owned();
        match tty.usb {
            Some(usb) => PortInfo {
                known: recognise(usb.vid, usb.pid),
                path,
                vid: Some(usb.vid),
                pid: Some(usb.pid),
                serial_number: usb.serial_number,
                manufacturer: usb.manufacturer,
                product: usb.product.or(usb.interface),
                ..PortInfo::default()
            },
            None => PortInfo { path, ..PortInfo::default() },
        }
    }

    fn from_running(board: RunningBoard) -> PortInfo {
        PortInfo { path: board.path, simulated: Some(board.board), webrepl: board.webrepl, ..PortInfo::default() }
    }

    pub fn is_candidate(&self) -> bool {
        self.known.is_some() || self.simulated.is_some()
    }

    /// `303a:1001` or empty when the port is not USB.
    pub fn usb_id(&self) -> Option<String> {
        Some(format!("{:04x}:{:04x}", self.vid?, self.pid?))
    }

    /// Human description: the known name, else what the USB descriptor says.
    pub fn description(&self) -> String {
        if let Some(board) = &self.simulated {
            return format!("upy board (simulated {board})");
        }
        if let Some(known) = self.known {
            return known.name.to_string();
        }
        match (&self.manufacturer, &self.product) {
            (Some(m), Some(p)) => format!("{m} {p}"),
            (None, Some(p)) => p.clone(),
            (Some(m), None) => m.clone(),
            (None, None) => "serial port".to_string(),
        }
    }

    /// One JSON object, for `upy ports --json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "path": self.path,
            "vid": self.vid,
            "pid": self.pid,
            "usb_id": self.usb_id(),
            "serial_number": self.serial_number,
            "manufacturer": self.manufacturer,
            "product": self.product,
            "description": self.description(),
            "candidate": self.is_candidate(),
            "simulated": self.simulated,
            "webrepl": self.webrepl,
        })
    }
}

/// All serial ports of this machine, then the running simulated boards.
pub fn list_ports() -> Result<Vec<PortInfo>, DeviceError> {
    let mut infos = serial_ports();
    infos.extend(crate::registry::running_boards().into_iter().map(PortInfo::from_running));
    Ok(infos)
}

#[cfg(target_os = "linux")]
fn serial_ports() -> Vec<PortInfo> {
    ports_in(Path::new("/sys"), Path::new("/dev"))
}

/// Ports as sysfs under `sys` describes them, with device nodes under `dev`.
pub fn ports_in(sys: &Path, dev: &Path) -> Vec<PortInfo> {
    crate::sysfs::serial_ttys(sys).into_iter().map(|tty| PortInfo::from_sysfs(dev, tty)).collect()
}

#[cfg(not(target_os = "linux"))]
fn serial_ports() -> Vec<PortInfo> {
    let ports = serialport::available_ports().unwrap_or_default();
    let mut infos: Vec<PortInfo> = ports
        .into_iter()
        .map(|port| match port.port_type {
            serialport::SerialPortType::UsbPort(usb) => PortInfo {
                known: recognise(usb.vid, usb.pid),
                path: port.port_name,
                vid: Some(usb.vid),
                pid: Some(usb.pid),
                serial_number: usb.serial_number,
                manufacturer: usb.manufacturer,
                product: usb.product,
                ..PortInfo::default()
            },
            _ => PortInfo::named(&port.port_name),
        })
        .collect();
    infos.sort_by(|a, b| a.path.cmp(&b.path));
    infos
}

/// Resolve what the user typed after `--port`: `auto` (or nothing) picks the
/// only candidate; anything else is taken as it is, and no other port is
/// looked at (a USB port named is described from its own sysfs entry).
pub fn resolve_port(requested: Option<&str>) -> Result<PortInfo, DeviceError> {
    match requested {
        Some(path) if path != "auto" => Ok(describe_named(path)),
        _ => choose_auto(list_ports()?),
    }
}

fn describe_named(path: &str) -> PortInfo {
    if crate::webrepl::client::is_webrepl(path) || !cfg!(target_os = "linux") {
        return PortInfo::named(path);
    }
    let tty = crate::sysfs::tty_name(Path::new(path)).and_then(|name| crate::sysfs::describe(Path::new("/sys"), &name));
    match tty {
        Some(tty) => PortInfo { path: path.to_string(), ..PortInfo::from_sysfs(Path::new("/dev"), tty) },
        None => PortInfo::named(path),
    }
}

/// The `auto` rule, apart from the listing so it can be tested.
pub fn choose_auto(ports: Vec<PortInfo>) -> Result<PortInfo, DeviceError> {
    let mut candidates: Vec<PortInfo> = ports.iter().filter(|p| p.is_candidate()).cloned().collect();
    match candidates.len() {
        1 => Ok(candidates.remove(0)),
        0 => {
            // No known id: a single USB port is still a fair guess.
            let usb: Vec<&PortInfo> = ports.iter().filter(|p| p.vid.is_some()).collect();
            match usb.as_slice() {
                [only] => Ok((*only).clone()),
                [] => Err(DeviceError::NoPorts),
                several => Err(DeviceError::AmbiguousPort(several.iter().map(|p| describe_choice(p)).collect())),
            }
        }
        _ => Err(DeviceError::AmbiguousPort(candidates.iter().map(describe_choice).collect())),
    }
}

fn describe_choice(p: &PortInfo) -> String {
    let serial = p.serial_number.as_deref().map(|s| format!(", serial {s}")).unwrap_or_default();
    match p.usb_id() {
        Some(id) => format!("{} ({}, {id}{serial})", p.path, p.description()),
        None => format!("{} ({})", p.path, p.description()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usb(path: &str, vid: u16, pid: u16) -> PortInfo {
        PortInfo {
            path: path.into(),
            vid: Some(vid),
            pid: Some(pid),
            known: recognise(vid, pid),
            ..PortInfo::default()
        }
    }

    #[test]
    fn recognition_table() {
        let cases: &[(u16, u16, &str)] = &[
            (0x303a, 0x1001, "Espressif USB-Serial/JTAG (ESP32-S3/C3/C6)"),
            (0x303a, 0x80d1, "Espressif native USB"),
            (0x10c4, 0xea60, "Silicon Labs CP210x USB-serial"),
            (0x1a86, 0x7523, "WCH CH340 USB-serial"),
            (0x1a86, 0x55d4, "WCH CH9102 USB-serial"),
            (0x0403, 0x6001, "FTDI FT232R USB-serial"),
            (0x0403, 0x6010, "FTDI FT2232 USB-serial"),
            (0x0403, 0x6014, "FTDI FT232H USB-serial"),
            (0x0403, 0x6015, "FTDI FT231X USB-serial"),
            (0x2e8a, 0x0005, "Raspberry Pi RP2040/RP2350 MicroPython"),
            (0xf055, 0x9800, "MicroPython pyboard"),
        ];
        for &(vid, pid, name) in cases {
            assert_eq!(recognise(vid, pid).map(|d| d.name), Some(name), "{vid:04x}:{pid:04x}");
        }
        assert_eq!(recognise(0x046d, 0xc52b), None, "a Logitech receiver is no board");
        assert_eq!(recognise(0x0403, 0x1234), None, "FTDI matches by exact product only");
    }

    #[test]
    fn auto_picks_the_only_candidate() {
        let ports = vec![
            PortInfo::named("/dev/ttyS0"),
            usb("/dev/ttyUSB0", 0x10c4, 0xea60),
            usb("/dev/ttyACM0", 0x046d, 0xc52b),
        ];
        assert_eq!(choose_auto(ports).unwrap().path, "/dev/ttyUSB0");
    }

    #[test]
    fn auto_lists_the_choices_when_there_are_several() {
        let err =
            choose_auto(vec![usb("/dev/ttyUSB0", 0x1a86, 0x7523), usb("/dev/ttyACM0", 0x2e8a, 0x0005)]).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("/dev/ttyUSB0 (WCH CH340 USB-serial, 1a86:7523)"), "{text}");
        assert!(text.contains("/dev/ttyACM0 (Raspberry Pi RP2040/RP2350 MicroPython, 2e8a:0005)"), "{text}");
    }

    #[test]
    fn auto_with_nothing_plugged_in() {
        assert!(matches!(choose_auto(vec![]), Err(DeviceError::NoPorts)));
    }

    #[test]
    fn json_has_the_usb_ids() {
        let json = usb("/dev/ttyACM0", 0x2e8a, 0x0005).to_json();
        assert_eq!(json["usb_id"], "2e8a:0005");
        assert_eq!(json["vid"], 0x2e8a);
        assert_eq!(json["candidate"], true);
    }

    #[test]
    fn ports_from_sysfs_carry_names_and_serial_numbers() {
        use crate::sysfs::fake::{uart, usb_tty};
        let sys = tempfile::tempdir().unwrap();
        usb_tty(sys.path(), "devices/usb1/1-1", "ttyACM0", true, "303a", "1001", Some("F4:12:FA"), "USB JTAG");
        usb_tty(sys.path(), "devices/usb1/1-2", "ttyUSB0", false, "1a86", "55d4", Some("5678"), "USB Single Serial");
        uart(sys.path(), "ttyS0", "4");
        let ports = ports_in(sys.path(), Path::new("/dev"));
        let summary: Vec<(String, String, bool)> =
            ports.iter().map(|p| (p.path.clone(), p.description(), p.is_candidate())).collect();
        assert_eq!(
            summary,
            vec![
                ("/dev/ttyACM0".into(), "Espressif USB-Serial/JTAG (ESP32-S3/C3/C6)".into(), true),
                ("/dev/ttyS0".into(), "serial port".into(), false),
                ("/dev/ttyUSB0".into(), "WCH CH9102 USB-serial".into(), true),
            ]
        );
        assert_eq!(ports[0].serial_number.as_deref(), Some("F4:12:FA"));
        assert_eq!(ports[0].to_json()["serial_number"], "F4:12:FA");
        // Two candidates: `auto` lists both, serial numbers shown.
        let text = choose_auto(ports).unwrap_err().to_string();
        assert!(
            text.contains("/dev/ttyACM0 (Espressif USB-Serial/JTAG (ESP32-S3/C3/C6), 303a:1001, serial F4:12:FA)"),
            "{text}"
        );
        assert!(text.contains("/dev/ttyUSB0 (WCH CH9102 USB-serial, 1a86:55d4, serial 5678)"), "{text}");
    }

    #[test]
    fn a_simulated_board_is_a_candidate() {
        let simulated = PortInfo { simulated: Some("esp32".into()), ..PortInfo::named("/tmp/board") };
        assert_eq!(simulated.description(), "upy board (simulated esp32)");
        let chosen = choose_auto(vec![PortInfo::named("/dev/ttyS0"), simulated.clone()]).unwrap();
        assert_eq!(chosen.path, "/tmp/board");
        let other = PortInfo { path: "/tmp/other".into(), ..simulated };
        let text = choose_auto(vec![chosen, other]).unwrap_err().to_string();
        assert!(text.contains("/tmp/board (upy board (simulated esp32)), /tmp/other"), "{text}");
    }
}
