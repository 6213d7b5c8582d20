//! What carries a board's terminal bytes: a serial port (USB or UART, or a
//! virtual board's pseudo-terminal), or WebREPL over the network. The raw
//! REPL protocol above is the same for both.

use std::io::{self, ErrorKind, Read, Write};
use std::time::Duration;

use serialport::SerialPort;

use crate::webrepl::client::WebReplLink;

pub enum Transport {
    Serial(Box<dyn SerialPort>),
    WebRepl(Box<WebReplLink>),
}

impl Transport {
    /// Bytes that arrive within `timeout`: `Ok(0)` when none did. A port
    /// that went away is an error (`UnexpectedEof` when it closed).
    pub fn read(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize> {
        match self {
            Transport::Serial(port) => {
                let _ = port.set_timeout(timeout.max(Duration::from_millis(1)));
                match port.read(buf) {
                    Ok(0) => Err(io::Error::new(ErrorKind::UnexpectedEof, "end of file")),
                    Ok(n) => Ok(n),
                    Err(e)
                        if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock | ErrorKind::Interrupted) =>
                    {
                        Ok(0)
                    }
                    Err(e) => Err(e),
                }
            }
            Transport::WebRepl(link) => link.read(buf, timeout),
        }
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self {
            // No flush: it is tcdrain(), which waits for the bytes to leave
            // the UART and costs a scheduling round trip on every command.
            Transport::Serial(port) => port.write_all(bytes),
            Transport::WebRepl(link) => link.write_all(bytes),
        }
    }

    /// Bytes a read would return at once.
    pub fn bytes_waiting(&self) -> usize {
        match self {
            Transport::Serial(port) => port.bytes_to_read().unwrap_or(0) as usize,
            Transport::WebRepl(link) => link.bytes_waiting(),
        }
    }

    pub fn webrepl(&mut self) -> Option<&mut WebReplLink> {
        match self {
            Transport::WebRepl(link) => Some(link),
            Transport::Serial(_) => None,
        }
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        if let Transport::WebRepl(link) = self {
            link.close();
        }
    }
}
