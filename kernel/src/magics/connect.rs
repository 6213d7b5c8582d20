use upy_vm::target::{RunOutcome, Target};

use super::{ok, usage_error, words, Context, Magic};
use upy_device::port::PASSWORD_ENV;
use upy_device::webrepl::client::is_webrepl;

use crate::board_target::BoardTarget;
use crate::targets::Place;

pub struct Connect;

impl Magic for Connect {
    fn name(&self) -> &'static str {
        "connect"
    }
    fn summary(&self) -> &'static str {
        "run cells on a real board over its serial port"
    }
    fn usage(&self) -> &'static str {
        "%connect [PORT|auto|ws://HOST:8266] [--baud N] [--password PW]\n\nConnect to a board running MicroPython on serial port PORT (/dev/ttyUSB0, COM3,\nthe link `upy board --link` made), or to its WebREPL over Wi-Fi\n(ws://192.168.4.1:8266), without resetting it, and run the following cells on\nit: output streams back as the board prints, the kernel's interrupt stops the\nboard's program, and %put/%get/%ls/%cat/%mip act on its filesystem.\n`auto` picks the only port that looks like a board (%ports lists them).\nWithout PORT, return to the board connected before (after %local), else auto.\nThe simulated board's session stays as it is: %local returns to it.\n--baud sets the speed (default 115200; USB boards ignore it).\n--password gives the WebREPL password; without it, UPY_WEBREPL_PASSWORD, else\nthe notebook asks."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let Connecting { port, baud, password } = match parse(&words(args)) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(self, &message),
        };
        if port.is_none() && ctx.targets.set_place(Place::Board) {
            let text = format!("Cells run on {} again.\n", ctx.target().describe());
            ctx.out.print(&text);
            return ok();
        }
        let password = match port.as_deref().filter(|p| is_webrepl(p)) {
            Some(url) => password
                .or_else(|| std::env::var(PASSWORD_ENV).ok())
                .or_else(|| ctx.input.read_line(&format!("WebREPL password for {url}: "), true)),
            None => None,
        };
        // Reopening the connected port: let go of it first, or it is busy.
        ctx.targets.release_port(port.as_deref());
        match BoardTarget::open(port.as_deref(), baud, password) {
            Ok(board) => {
                let text = format!(
                    "Connected to {}. Cells now run on the board; %local returns to the simulated board.\n",
                    board.describe()
                );
                ctx.targets.connect(board);
                ctx.out.print(&text);
                ok()
            }
            Err(error) => RunOutcome::Error(error),
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
struct Connecting {
    port: Option<String>,
    baud: Option<u32>,
    password: Option<String>,
}

/// `[PORT] [--baud N] [--password PW]`, in any order; `--baud=N` too.
fn parse(words: &[String]) -> Result<Connecting, String> {
    let mut port = None;
    let mut baud = None;
    let mut password = None;
    let mut rest = words.iter();
    while let Some(word) = rest.next() {
        if word == "--password" {
            password = Some(rest.next().ok_or("--password needs the password")?.clone());
            continue;
        }
        if let Some(value) = word.strip_prefix("--password=") {
            password = Some(value.to_string());
            continue;
        }
        let value = if word == "--baud" {
            Some(rest.next().ok_or("--baud needs a number")?.as_str())
        } else {
            word.strip_prefix("--baud=")
        };
        match value {
            Some(value) => {
                let n = value
                    .parse::<u32>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--baud {value}: not a baud rate"))?;
                baud = Some(n);
            }
            None if word.starts_with("--") => return Err(format!("unknown option {word}")),
            None if port.is_some() => return Err("expected one PORT".to_string()),
            None => port = Some(word.clone()),
        }
    }
    Ok(Connecting { port, baud, password })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &str) -> Result<(Option<String>, Option<u32>), String> {
        parse(&words(args)).map(|c| (c.port, c.baud))
    }

    #[test]
    fn a_webrepl_address_with_its_password() {
        assert_eq!(
            parse(&words("ws://192.168.4.1:8266 --password secret")),
            Ok(Connecting { port: Some("ws://192.168.4.1:8266".into()), baud: None, password: Some("secret".into()) })
        );
        assert_eq!(parse(&words("--password")), Err("--password needs the password".into()));
    }

    #[test]
    fn port_and_baud_in_any_order() {
        assert_eq!(parsed(""), Ok((None, None)));
        assert_eq!(parsed("auto"), Ok((Some("auto".into()), None)));
        assert_eq!(parsed("--baud 9600 /dev/ttyUSB0"), Ok((Some("/dev/ttyUSB0".into()), Some(9600))));
        assert_eq!(parsed("COM3 --baud=460800"), Ok((Some("COM3".into()), Some(460800))));
    }

    #[test]
    fn bad_arguments_are_explained() {
        assert_eq!(parsed("--baud"), Err("--baud needs a number".into()));
        assert_eq!(parsed("--baud fast"), Err("--baud fast: not a baud rate".into()));
        assert_eq!(parsed("a b"), Err("expected one PORT".into()));
        assert_eq!(parsed("--speed 9"), Err("unknown option --speed".into()));
    }
}
