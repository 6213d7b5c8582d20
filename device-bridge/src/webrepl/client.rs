//! A board's WebREPL from this side: connect, log in, then terminal bytes
//! both ways (the raw REPL runs over them as over a serial port) and the
//! file transfers of WebREPL's binary messages.

use std::collections::VecDeque;
use std::io::{self, ErrorKind};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use super::request::{parse_reply, Op, Request};
use super::socket::{client_handshake, split, Incoming, WsReader, WsWriter};
use crate::error::DeviceError;

/// WebREPL's port on every MicroPython board.
pub const DEFAULT_PORT: u16 = 8266;
/// Bytes of file data per binary frame on upload, as `webrepl_cli.py` sends.
const PUT_FRAME: usize = 1024;
/// Terminal bytes per text frame: one raw-paste window fits in one frame.
const TEXT_FRAME: usize = 1024;

/// `ws://HOST[:PORT][/PATH]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub host: String,
    pub port: u16,
    pub path: String,
}

/// Whether a `--port` value names a WebREPL rather than a serial port.
pub fn is_webrepl(port: &str) -> bool {
    port.starts_with("ws://")
}

impl Address {
    pub fn parse(url: &str) -> Result<Address, String> {
        let rest = url.strip_prefix("ws://").ok_or_else(|| format!("{url}: a WebREPL address starts with ws://"))?;
        let (authority, path) = match rest.find('/') {
            Some(at) => (&rest[..at], &rest[at..]),
            None => (rest, "/"),
        };
        let (host, port) = match authority.rsplit_once(':') {
            // `[::1]:8266`, `host:8266`; a bare IPv6 address has no port.
            Some((host, port)) if !host.contains(':') || host.ends_with(']') => {
                let port = port.parse::<u16>().map_err(|_| format!("{url}: {port} is not a port number"))?;
                (host, port)
            }
            _ => (authority, DEFAULT_PORT),
        };
        if host.is_empty() {
            return Err(format!("{url}: no host"));
        }
        Ok(Address { host: host.trim_matches(['[', ']']).to_string(), port, path: path.to_string() })
    }
}

pub struct WebReplLink {
    url: String,
    reader: WsReader,
    writer: WsWriter,
    /// Terminal bytes received and not yet read.
    text: VecDeque<u8>,
    /// File-transfer bytes received and not yet read.
    binary: VecDeque<u8>,
}

impl WebReplLink {
    /// Connect and log in with `password`.
    pub fn connect(url: &str, password: &str, timeout: Duration) -> Result<WebReplLink, DeviceError> {
        let open_error = |reason: String| DeviceError::Open { port: url.to_string(), reason };
        let address = Address::parse(url).map_err(open_error)?;
        let addrs: Vec<_> = (address.host.as_str(), address.port)
            .to_socket_addrs()
            .map_err(|e| open_error(format!("cannot find {}: {e}", address.host)))?
            .collect();
        let mut last = None;
        let mut stream = None;
        for addr in addrs {
            match TcpStream::connect_timeout(&addr, timeout) {
                Ok(s) => {
                    stream = Some(s);
                    break;
                }
                Err(e) => last = Some(e),
            }
        }
        let mut stream = stream.ok_or_else(|| {
            let reason = last.map(|e| e.to_string()).unwrap_or_else(|| "no address".into());
            open_error(format!("{reason}: is the board on this network, and WebREPL started (import webrepl_setup)?"))
        })?;
        let _ = stream.set_nodelay(true);
        stream.set_read_timeout(Some(timeout)).map_err(|e| open_error(e.to_string()))?;
        let host = if address.port == DEFAULT_PORT {
            address.host.clone()
        } else {
            format!("{}:{}", address.host, address.port)
        };
        let leftover = client_handshake(&mut stream, &host, &address.path).map_err(|e| open_error(e.to_string()))?;
        let (reader, writer) = split(stream, leftover, false).map_err(|e| open_error(e.to_string()))?;
        let mut link =
            WebReplLink { url: url.to_string(), reader, writer, text: VecDeque::new(), binary: VecDeque::new() };
        link.log_in(password, timeout)?;
        Ok(link)
    }

    fn log_in(&mut self, password: &str, timeout: Duration) -> Result<(), DeviceError> {
        let doing = "logging in to WebREPL";
        self.wait_for_text(b"Password: ", timeout, doing)?;
        let mut line = password.as_bytes().to_vec();
        line.push(b'\r');
        self.writer.text(&line).map_err(|e| self.lost(doing, &e))?;
        let deadline = Instant::now() + timeout;
        loop {
            let seen: Vec<u8> = self.text.iter().copied().collect();
            if let Some(at) = find(&seen, b"WebREPL connected\r\n") {
                // The friendly prompt after it is of no use to the raw REPL.
                self.text.drain(..at + b"WebREPL connected\r\n".len());
                return Ok(());
            }
            if find(&seen, b"Access denied").is_some() {
                return Err(DeviceError::Open {
                    port: self.url.clone(),
                    reason: "WebREPL refused the password (--password, or UPY_WEBREPL_PASSWORD)".into(),
                });
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(DeviceError::Timeout { port: self.url.clone(), waited: timeout, doing: doing.into() });
            }
            self.receive(deadline - now, doing)?;
        }
    }

    fn wait_for_text(&mut self, marker: &[u8], timeout: Duration, doing: &str) -> Result<(), DeviceError> {
        let deadline = Instant::now() + timeout;
        loop {
            let seen: Vec<u8> = self.text.iter().copied().collect();
            if let Some(at) = find(&seen, marker) {
                self.text.drain(..at + marker.len());
                return Ok(());
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(DeviceError::Timeout { port: self.url.clone(), waited: timeout, doing: doing.into() });
            }
            self.receive(deadline - now, doing)?;
        }
    }

    /// Take one frame off the connection into the text or binary queue.
    /// `Ok(false)`: nothing came within `timeout`.
    fn receive(&mut self, timeout: Duration, doing: &str) -> Result<bool, DeviceError> {
        let writer = &mut self.writer;
        let got = self.reader.recv(Some(timeout), &mut |ping| {
            let _ = writer.pong(&ping);
        });
        match got {
            Ok(None) => Ok(false),
            Ok(Some(Incoming::Text(bytes))) => {
                self.text.extend(bytes);
                Ok(true)
            }
            Ok(Some(Incoming::Binary(bytes))) => {
                self.binary.extend(bytes);
                Ok(true)
            }
            Ok(Some(Incoming::Closed)) => {
                Err(self.lost(doing, &io::Error::new(ErrorKind::UnexpectedEof, "the board closed the connection")))
            }
            Err(e) => Err(self.lost(doing, &e)),
        }
    }

    fn lost(&self, doing: &str, e: &io::Error) -> DeviceError {
        DeviceError::Disconnected { port: self.url.clone(), doing: doing.to_string(), reason: e.to_string() }
    }

    /// Terminal bytes: what is queued, else what arrives within `timeout`
    /// (0 when nothing does). A closed connection is `UnexpectedEof`.
    pub fn read(&mut self, buf: &mut [u8], timeout: Duration) -> io::Result<usize> {
        let deadline = Instant::now() + timeout;
        while self.text.is_empty() {
            let now = Instant::now();
            if now >= deadline {
                return Ok(0);
            }
            match self.receive(deadline - now, "reading") {
                Ok(_) => {}
                Err(DeviceError::Disconnected { reason, .. }) => {
                    return Err(io::Error::new(ErrorKind::UnexpectedEof, reason))
                }
                Err(e) => return Err(io::Error::other(e.to_string())),
            }
        }
        let n = buf.len().min(self.text.len());
        for (slot, b) in buf.iter_mut().zip(self.text.drain(..n)) {
            *slot = b;
        }
        Ok(n)
    }

    pub fn bytes_waiting(&self) -> usize {
        self.text.len()
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        for chunk in bytes.chunks(TEXT_FRAME) {
            self.writer.text(chunk)?;
        }
        Ok(())
    }

    /// `(major, minor, micro)` of the board's MicroPython.
    pub fn version(&mut self, timeout: Duration) -> Result<(u8, u8, u8), DeviceError> {
        self.request(&Request { op: Op::Version, size: 0, name: String::new() })?;
        let v = self.read_binary(3, timeout, "asking the WebREPL version")?;
        Ok((v[0], v[1], v[2]))
    }

    /// Upload with WebREPL's put message: the board writes `name` itself.
    pub fn put_file(
        &mut self,
        name: &str,
        data: &[u8],
        timeout: Duration,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(), DeviceError> {
        let doing = format!("sending {name} over WebREPL");
        let size = u32::try_from(data.len()).map_err(|_| DeviceError::Local(format!("{name}: too large")))?;
        self.request(&Request { op: Op::Put, size, name: name.to_string() })?;
        self.expect_reply(name, timeout, &doing)?;
        let total = data.len() as u64;
        progress(0, total);
        let mut sent = 0u64;
        for chunk in data.chunks(PUT_FRAME) {
            self.writer.binary(chunk).map_err(|e| self.lost(&doing, &e))?;
            sent += chunk.len() as u64;
            progress(sent, total);
        }
        self.expect_reply(name, timeout, &doing)
    }

    /// Download with WebREPL's get message: the board sends the file in
    /// chunks, each asked for with a zero byte and prefixed by its length.
    pub fn get_file(
        &mut self,
        name: &str,
        total: u64,
        timeout: Duration,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Vec<u8>, DeviceError> {
        let doing = format!("fetching {name} over WebREPL");
        self.request(&Request { op: Op::Get, size: 0, name: name.to_string() })?;
        self.expect_reply(name, timeout, &doing)?;
        let mut data = Vec::with_capacity(total as usize);
        progress(0, total);
        loop {
            self.writer.binary(&[0]).map_err(|e| self.lost(&doing, &e))?;
            let header = self.read_binary(2, timeout, &doing)?;
            let len = u16::from_le_bytes([header[0], header[1]]) as usize;
            if len == 0 {
                break;
            }
            data.extend(self.read_binary(len, timeout, &doing)?);
            progress(data.len() as u64, total.max(data.len() as u64));
        }
        self.expect_reply(name, timeout, &doing)?;
        Ok(data)
    }

    fn request(&mut self, request: &Request) -> Result<(), DeviceError> {
        let record = request.encode().map_err(DeviceError::Local)?;
        self.writer.binary(&record).map_err(|e| self.lost("sending a WebREPL request", &e))
    }

    fn expect_reply(&mut self, name: &str, timeout: Duration, doing: &str) -> Result<(), DeviceError> {
        let record = self.read_binary(4, timeout, doing)?;
        match parse_reply(&record) {
            Some(0) => Ok(()),
            Some(status) => {
                Err(DeviceError::Local(format!("{name}: the board's WebREPL refused it (status {status})")))
            }
            None => Err(DeviceError::Protocol {
                port: self.url.clone(),
                doing: doing.to_string(),
                got: crate::error::show_bytes(&record),
            }),
        }
    }

    fn read_binary(&mut self, n: usize, timeout: Duration, doing: &str) -> Result<Vec<u8>, DeviceError> {
        let deadline = Instant::now() + timeout;
        while self.binary.len() < n {
            let now = Instant::now();
            if now >= deadline {
                return Err(DeviceError::Timeout { port: self.url.clone(), waited: timeout, doing: doing.into() });
            }
            self.receive(deadline - now, doing)?;
        }
        Ok(self.binary.drain(..n).collect())
    }

    pub fn close(&mut self) {
        self.writer.close();
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let a = Address::parse("ws://192.168.4.1:8266").unwrap();
        assert_eq!((a.host.as_str(), a.port, a.path.as_str()), ("192.168.4.1", 8266, "/"));
        let a = Address::parse("ws://esp32.local").unwrap();
        assert_eq!((a.host.as_str(), a.port), ("esp32.local", 8266));
        let a = Address::parse("ws://[::1]:9000/repl").unwrap();
        assert_eq!((a.host.as_str(), a.port, a.path.as_str()), ("::1", 9000, "/repl"));
        assert!(Address::parse("ws://:8266").is_err());
        assert!(Address::parse("ws://host:port").is_err());
        assert!(Address::parse("http://host").is_err());
        assert!(is_webrepl("ws://x") && !is_webrepl("/dev/ttyUSB0"));
    }
}
