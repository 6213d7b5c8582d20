//! The WebREPL password for a `ws://` port: from `--password`, else the
//! environment (`UPY_WEBREPL_PASSWORD`), else asked at the terminal.

use std::io::IsTerminal;

use upy_device::port::PASSWORD_ENV;
use upy_device::webrepl::client::is_webrepl;

/// `None` for a serial port, or when there is nobody to ask (the bridge
/// then says which option to give).
pub fn for_port(port: &str, given: Option<&str>) -> Option<String> {
    if !is_webrepl(port) {
        return None;
    }
    if let Some(password) = given {
        return Some(password.to_string());
    }
    if let Ok(password) = std::env::var(PASSWORD_ENV) {
        return Some(password);
    }
    if !std::io::stdin().is_terminal() {
        return None;
    }
    rpassword::prompt_password(format!("WebREPL password for {port}: ")).ok()
}
