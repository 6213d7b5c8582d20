//! Ways real boards misbehave when a port opens, for testing clients:
//!
//! - **answers late**: input is held back for a while after the port
//!   opens (a board busy with a long `boot.py`, a slow USB stack), then
//!   handled in order;
//! - **chatty**: a burst of log lines when the port opens (an application
//!   logging as it starts), before the REPL answers what was typed;
//! - **reset on open**: the board restarts when the port opens (ESP32 dev
//!   boards whose DTR/RTS lines drive EN and GPIO0): its state is lost, what
//!   the client sends while it boots is dropped, then it prints the ROM's
//!   boot log and MicroPython's banner and waits at the friendly prompt.

use std::thread;
use std::time::Duration;

use super::wire::ByteOutput;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Quirks {
    pub answer_late: Option<Duration>,
    pub chatty: bool,
    /// How long the board takes to boot.
    pub reset_on_open: Option<Duration>,
}

impl Quirks {
    pub fn acts_on_open(&self) -> bool {
        self.answer_late.is_some() || self.chatty || self.reset_on_open.is_some()
    }

    /// `slow`, `chatty`, `reset` (with defaults), comma-separated.
    pub fn parse(text: &str) -> Result<Quirks, String> {
        let mut quirks = Quirks::default();
        for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match word {
                "slow" => quirks.answer_late = Some(Duration::from_millis(1500)),
                "chatty" => quirks.chatty = true,
                "reset" => quirks.reset_on_open = Some(Duration::from_millis(700)),
                other => return Err(format!("unknown board behaviour '{other}' (slow, chatty, reset)")),
            }
        }
        Ok(quirks)
    }
}

/// Lines an ESP32 application logs, printed a few at a time over ~300 ms
/// (input waits meanwhile).
pub fn chatter(out: &mut ByteOutput) {
    for i in 0..30u32 {
        let line = format!(
            "I ({}) app: sensor {} reading {} mV, wifi rssi -{} dBm, heap {} bytes free\r\n",
            1000 + i * 10,
            i % 4,
            3300 - i * 7,
            40 + i % 9,
            110_000 - i * 64
        );
        out.text(&line);
        if i % 3 == 2 {
            thread::sleep(Duration::from_millis(30));
        }
    }
}

/// What an ESP32's ROM and bootloader print on a power-on reset.
pub const BOOT_LOG: &str = "ets Jul 29 2019 12:21:46\r\n\r\n\
rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)\r\n\
configsip: 0, SPIWP:0xee\r\n\
clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\r\n\
mode:DIO, clock div:2\r\n\
load:0x3fff0030,len:4728\r\n\
load:0x40078000,len:14888\r\n\
load:0x40080400,len:3368\r\n\
entry 0x400805cc\r\n";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaviours_by_name() {
        let q = Quirks::parse("slow, reset").unwrap();
        assert!(q.answer_late.is_some() && q.reset_on_open.is_some() && !q.chatty);
        assert!(Quirks::parse("chatty").unwrap().acts_on_open());
        assert!(!Quirks::parse("").unwrap().acts_on_open());
        assert!(Quirks::parse("grumpy").is_err());
    }
}
