use upy_device::discovery::PortInfo;
use upy_vm::target::{ErrorInfo, RunOutcome};

use super::{ok, usage_error, Context, Magic};

pub struct Ports;

impl Magic for Ports {
    fn name(&self) -> &'static str {
        "ports"
    }
    fn summary(&self) -> &'static str {
        "list serial ports: USB ids and the board they look like"
    }
    fn usage(&self) -> &'static str {
        "%ports\n\nList this computer's serial ports: the port, its USB vendor:product id, and the\nboard or USB-serial adapter that id belongs to. Ports marked * look like a\nboard; `%connect auto` picks the only one. Serial numbers tell boards of a\nkind apart. Simulated boards served by `upy board` are listed too."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        if !args.trim().is_empty() {
            return usage_error(self, "%ports takes no arguments");
        }
        let ports = match upy_device::list_ports() {
            Ok(ports) => ports,
            Err(error) => return RunOutcome::Error(ErrorInfo::new("OSError", error.to_string())),
        };
        let connected = ctx.targets.board().map(|b| b.path().to_string());
        ctx.out.print(&table(&ports, connected.as_deref()));
        ok()
    }
}

fn table(ports: &[PortInfo], connected: Option<&str>) -> String {
    if ports.is_empty() {
        return "No serial ports found: is the board plugged in (with a data cable)? \
                `upy board --link PATH` serves a simulated board.\n"
            .to_string();
    }
    let rows: Vec<[String; 3]> = ports
        .iter()
        .map(|p| {
            let mark = if p.is_candidate() { " *" } else { "" };
            let here = if connected == Some(p.path.as_str()) { " (connected)" } else { "" };
            let serial = p.serial_number.as_deref().map(|s| format!(" (serial {s})")).unwrap_or_default();
            [
                p.path.clone(),
                p.usb_id().unwrap_or_else(|| "-".to_string()),
                format!("{}{serial}{mark}{here}", p.description()),
            ]
        })
        .collect();
    let header = ["PORT", "VID:PID", "BOARD"];
    let width = |i: usize| rows.iter().map(|r| r[i].len()).chain([header[i].len()]).max().unwrap_or(0);
    let (w0, w1) = (width(0), width(1));
    let mut text = format!("{:<w0$}  {:<w1$}  {}\n", header[0], header[1], header[2]);
    for [path, id, board] in &rows {
        text.push_str(&format!("{path:<w0$}  {id:<w1$}  {board}\n"));
    }
    if ports.iter().any(PortInfo::is_candidate) {
        text.push_str("* looks like a board\n");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use upy_device::discovery::recognise;

    fn port(path: &str, id: Option<(u16, u16)>) -> PortInfo {
        PortInfo {
            path: path.to_string(),
            vid: id.map(|i| i.0),
            pid: id.map(|i| i.1),
            known: id.and_then(|(vid, pid)| recognise(vid, pid)),
            ..PortInfo::default()
        }
    }

    #[test]
    fn a_table_of_ports_with_boards_marked() {
        let ports = [port("/dev/ttyS0", None), port("/dev/ttyUSB0", Some((0x10c4, 0xea60)))];
        let text = table(&ports, Some("/dev/ttyUSB0"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "PORT          VID:PID    BOARD");
        assert_eq!(lines[1], "/dev/ttyS0    -          serial port");
        assert_eq!(lines[2], "/dev/ttyUSB0  10c4:ea60  Silicon Labs CP210x USB-serial * (connected)");
        assert_eq!(lines[3], "* looks like a board");
    }

    #[test]
    fn no_ports_says_what_to_check() {
        assert!(table(&[], None).starts_with("No serial ports found"));
    }
}
