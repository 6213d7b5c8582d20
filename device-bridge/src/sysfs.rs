//! Serial ports and their USB descriptors, read from Linux's sysfs rather
//! than through libudev (so building needs no system library).
//!
//! `/sys/class/tty/NAME/device` leads to the device behind each terminal.
//! For a USB port, one of that device's ancestors is the USB device itself,
//! the directory holding `idVendor`, `idProduct`, `serial`,
//! `manufacturer` and `product`: one level up for a CDC-ACM port
//! (`ttyACM*`, whose device is the USB interface), two for a USB-serial
//! chip (`ttyUSB*`, whose device hangs below the interface). Terminals
//! with no device (virtual consoles, `ptmx`) are not serial ports, nor
//! are the legacy `ttyS*` slots with no UART behind them (type 0).

use std::path::{Path, PathBuf};

/// What sysfs says of one terminal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SysTty {
    /// `ttyUSB0`
    pub name: String,
    pub usb: Option<UsbDescriptor>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsbDescriptor {
    pub vid: u16,
    pub pid: u16,
    pub serial_number: Option<String>,
    pub manufacturer: Option<String>,
    pub product: Option<String>,
    /// The interface's own name, where the device gives one (`Board CDC`).
    pub interface: Option<String>,
}

/// Levels to climb from a terminal's device to its USB device.
const MAX_CLIMB: usize = 6;

/// Every serial port under `sys` (normally `/sys`), sorted by name.
pub fn serial_ttys(sys: &Path) -> Vec<SysTty> {
    let Ok(entries) = std::fs::read_dir(sys.join("class/tty")) else { return Vec::new() };
    let mut ttys: Vec<SysTty> =
        entries.filter_map(|e| e.ok()).filter_map(|e| describe(sys, &e.file_name().to_string_lossy())).collect();
    ttys.sort_by(|a, b| a.name.cmp(&b.name));
    ttys
}

/// One terminal by name, `None` when it is not a serial port.
pub fn describe(sys: &Path, name: &str) -> Option<SysTty> {
    let class_dir = sys.join("class/tty").join(name);
    let device = std::fs::canonicalize(class_dir.join("device")).ok()?;
    if name.starts_with("ttyS") && read(&class_dir.join("type")).as_deref() == Some("0") {
        return None;
    }
    Some(SysTty { name: name.to_string(), usb: usb_descriptor(&device) })
}

fn usb_descriptor(device: &Path) -> Option<UsbDescriptor> {
    let mut below: Option<PathBuf> = None;
    let mut dir = device.to_path_buf();
    for _ in 0..MAX_CLIMB {
        if dir.join("idVendor").is_file() {
            let hex = |file: &str| read(&dir.join(file)).and_then(|v| u16::from_str_radix(&v, 16).ok());
            let interface = below.as_ref().and_then(|b| read(&b.join("interface")));
            return Some(UsbDescriptor {
                vid: hex("idVendor")?,
                pid: hex("idProduct")?,
                serial_number: read(&dir.join("serial")),
                manufacturer: read(&dir.join("manufacturer")),
                product: read(&dir.join("product")),
                interface,
            });
        }
        below = Some(dir.clone());
        dir = dir.parent()?.to_path_buf();
    }
    None
}

/// A sysfs attribute, trimmed; `None` when missing or empty.
fn read(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The sysfs name of a device path: `/dev/ttyACM0` and links to it
/// (`/dev/serial/by-id/…`) give `ttyACM0`.
pub fn tty_name(path: &Path) -> Option<String> {
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let name = real.file_name()?.to_string_lossy().into_owned();
    Some(name)
}

#[cfg(test)]
pub(crate) mod fake {
    //! A sysfs tree laid out as Linux lays it out, in a temporary folder.

    use std::path::Path;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, format!("{text}\n")).unwrap();
    }

    fn link(at: &Path, to: &Path) {
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(to, at).unwrap();
    }

    /// A USB device at `usb` (e.g. `devices/pci0000:00/usb1/1-2`) with a
    /// terminal `name`; `acm`: the terminal's device is the interface
    /// (CDC-ACM), else it hangs below it (a USB-serial chip).
    #[allow(clippy::too_many_arguments)]
    pub fn usb_tty(
        sys: &Path,
        usb: &str,
        name: &str,
        acm: bool,
        vid: &str,
        pid: &str,
        serial: Option<&str>,
        product: &str,
    ) {
        let device = sys.join(usb);
        write(&device.join("idVendor"), vid);
        write(&device.join("idProduct"), pid);
        write(&device.join("manufacturer"), "Maker");
        write(&device.join("product"), product);
        if let Some(serial) = serial {
            write(&device.join("serial"), serial);
        }
        let interface = device.join(format!("{}:1.0", device.file_name().unwrap().to_string_lossy()));
        write(&interface.join("interface"), "Board CDC");
        let tty_device = if acm { interface.clone() } else { interface.join(name) };
        std::fs::create_dir_all(tty_device.join("tty").join(name)).unwrap();
        link(&sys.join("class/tty").join(name).join("device"), &tty_device);
    }

    /// A built-in UART (`type` 4) or an empty legacy slot (`type` 0).
    pub fn uart(sys: &Path, name: &str, kind: &str) {
        let device = sys.join("devices/platform/serial8250").join(name);
        std::fs::create_dir_all(&device).unwrap();
        write(&sys.join("class/tty").join(name).join("type"), kind);
        link(&sys.join("class/tty").join(name).join("device"), &device);
    }

    /// A virtual console: no device at all.
    pub fn console(sys: &Path, name: &str) {
        std::fs::create_dir_all(sys.join("class/tty").join(name)).unwrap();
    }
}

#[cfg(test)]
mod tests {
    use super::fake::*;
    use super::*;

    #[test]
    fn usb_ports_carry_their_descriptors() {
        let sys = tempfile::tempdir().unwrap();
        let sys = sys.path();
        usb_tty(sys, "devices/pci0000:00/usb1/1-2", "ttyUSB0", false, "10c4", "ea60", Some("0001"), "CP2102N");
        usb_tty(sys, "devices/pci0000:00/usb1/1-3", "ttyACM0", true, "2e8a", "0005", Some("E660"), "Board in FS mode");
        uart(sys, "ttyS0", "4");
        uart(sys, "ttyS1", "0");
        console(sys, "tty1");
        let ttys = serial_ttys(sys);
        let names: Vec<&str> = ttys.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["ttyACM0", "ttyS0", "ttyUSB0"]);
        let acm = ttys[0].usb.as_ref().unwrap();
        assert_eq!((acm.vid, acm.pid), (0x2e8a, 0x0005));
        assert_eq!(acm.serial_number.as_deref(), Some("E660"));
        assert_eq!(acm.product.as_deref(), Some("Board in FS mode"));
        assert_eq!(acm.interface.as_deref(), Some("Board CDC"));
        assert_eq!(ttys[1].usb, None);
        let usb = ttys[2].usb.as_ref().unwrap();
        assert_eq!((usb.vid, usb.pid), (0x10c4, 0xea60));
        assert_eq!(usb.manufacturer.as_deref(), Some("Maker"));
        assert_eq!(usb.serial_number.as_deref(), Some("0001"));
    }

    #[test]
    fn one_port_by_name() {
        let sys = tempfile::tempdir().unwrap();
        usb_tty(sys.path(), "devices/usb2/2-1", "ttyUSB3", false, "1a86", "7523", None, "USB Serial");
        let tty = describe(sys.path(), "ttyUSB3").unwrap();
        assert_eq!(tty.usb.unwrap().serial_number, None);
        assert_eq!(describe(sys.path(), "ttyUSB9"), None);
    }
}
