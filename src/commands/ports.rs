//! `upy ports [--json]`: serial ports with their USB ids and the board or
//! adapter they look like.

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
    for p in &ports {
        let mark = if p.is_candidate() { "*" } else { " " };
        println!("{mark} {:<20} {:<10} {}", p.path, p.usb_id().unwrap_or_default(), p.description());
    }
    0
}
