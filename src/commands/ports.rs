//! `upy ports [--json]`: serial ports with their USB ids, serial numbers
//! and the board or adapter they look like, and the running simulated
//! boards (`upy board`).

use clap::Args;

#[derive(Args)]
pub struct PortsArgs {
    /// One JSON array for tools (the VS Code extension's picker).
    #[arg(long)]
    pub json: bool,
}

pub fn main(args: PortsArgs) -> i32 {
    let ports = match upy_device::list_ports() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("upy ports: {e}");
            return 1;
        }
    };
    if args.json {
        let list: Vec<serde_json::Value> = ports.iter().map(|p| p.to_json()).collect();
        println!("{}", serde_json::Value::Array(list));
        return 0;
    }
    if ports.is_empty() {
        println!("no serial ports found (is the board plugged in? `upy board` serves a simulated one)");
    }
    let width = ports.iter().map(|p| p.path.len()).max().unwrap_or(0).max(20);
    for p in &ports {
        let mark = if p.is_candidate() { "*" } else { " " };
        let mut line = format!("{mark} {:<width$} {:<10} {}", p.path, p.usb_id().unwrap_or_default(), p.description());
        if let Some(serial) = &p.serial_number {
            line.push_str(&format!(" (serial {serial})"));
        }
        if let Some(url) = &p.webrepl {
            line.push_str(&format!(", WebREPL {url}"));
        }
        println!("{line}");
    }
    if ports.iter().any(|p| p.is_candidate()) {
        println!("* looks like a board: `--port auto` picks it when it is the only one");
    }
    0
}
