//! Finding the board: serial ports with their USB ids, and which of them are
//! likely MicroPython boards.
//!
//! A port is a candidate when its USB vendor:product pair is a known board or
//! a USB-serial adapter that boards carry (CP210x, CH340, FTDI, …). `auto`
//! picks the only candidate, and explains itself when there are none or
//! several.

use crate::error::DeviceError;

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
    dev(0x1a86, Some(0x55d4), "WCH CH9102 USB-serial", SerialAdapter),
    dev(0x1a86, Some(0x55d3), "WCH CH343 USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6001), "FTDI FT232R USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6010), "FTDI FT2232 USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6014), "FTDI FT232H USB-serial", SerialAdapter),
    dev(0x0403, Some(0x6015), "FTDI FT231X USB-serial", SerialAdapter),
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

/// One serial port as `upy ports` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortInfo {
    pub path: String,
    pub vid: Option<u16>,
    pub pid: Option<u16>,
    pub serial_number: Option<String>,
    pub manufacturer: Option<String>,
    pub product: Option<String>,
    /// What the USB id says, when it is a known board or adapter.
    pub known: Option<&'static KnownDevice>,
}

impl PortInfo {
    pub fn is_candidate(&self) -> bool {
        self.known.is_some()
    }

    /// `303a:1001` or empty when the port is not USB.
    pub fn usb_id(&self) -> Option<String> {
        Some(format!("{:04x}:{:04x}", self.vid?, self.pid?))
    }

    /// Human description: the known name, else what the USB descriptor says.
    pub fn description(&self) -> String {
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
        })
    }
}

/// All serial ports of this machine.
pub fn list_ports() -> Result<Vec<PortInfo>, DeviceError> {
    let ports =
        serialport::available_ports().map_err(|e| DeviceError::Local(format!("cannot list serial ports: {e}")))?;
    let mut infos: Vec<PortInfo> = ports.into_iter().map(port_info).collect();
    infos.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(infos)
}

fn port_info(port: serialport::SerialPortInfo) -> PortInfo {
    match port.port_type {
        serialport::SerialPortType::UsbPort(usb) => PortInfo {
            known: recognise(usb.vid, usb.pid),
            path: port.port_name,
            vid: Some(usb.vid),
            pid: Some(usb.pid),
            serial_number: usb.serial_number,
            manufacturer: usb.manufacturer,
            product: usb.product,
        },
        _ => PortInfo {
            path: port.port_name,
            vid: None,
            pid: None,
            serial_number: None,
            manufacturer: None,
            product: None,
            known: None,
        },
    }
}

/// Resolve what the user typed after `--port`: `auto` (or nothing) picks the
/// only candidate; anything else is taken as a path.
pub fn resolve_port(requested: Option<&str>) -> Result<PortInfo, DeviceError> {
    match requested {
        Some(path) if path != "auto" => {
            let listed = list_ports().unwrap_or_default().into_iter().find(|p| p.path == path);
            Ok(listed.unwrap_or(PortInfo {
                path: path.to_string(),
                vid: None,
                pid: None,
                serial_number: None,
                manufacturer: None,
                product: None,
                known: None,
            }))
        }
        _ => choose_auto(list_ports()?),
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
    match p.usb_id() {
        Some(id) => format!("{} ({}, {})", p.path, p.description(), id),
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
            serial_number: None,
            manufacturer: None,
            product: None,
            known: recognise(vid, pid),
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
            PortInfo {
                path: "/dev/ttyS0".into(),
                vid: None,
                pid: None,
                serial_number: None,
                manufacturer: None,
                product: None,
                known: None,
            },
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
}
