//! A WebSocket as WebREPL uses it, over tungstenite's frame codec: the
//! HTTP upgrade on both ends, and frames in and out.
//!
//! The frame level rather than tungstenite's message level, because a
//! board's terminal output comes in text frames that may end inside a
//! UTF-8 sequence (or hold bytes that are not UTF-8 at all, from
//! `sys.stdout.buffer.write`): here a text frame is bytes, as on the
//! board. The server side is lenient as MicroPython's is: the reference
//! client, `webrepl_cli.py`, sends no `Sec-WebSocket-Version`, a key that
//! is not base64, and unmasked frames.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::{self, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tungstenite::protocol::frame::coding::{CloseCode, Control, Data, OpCode};
use tungstenite::protocol::frame::{CloseFrame, Frame, FrameSocket};

/// A request or response head larger than this is not a WebSocket upgrade.
const HEAD_MAX: usize = 8192;

/// What arrived.
#[derive(Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Terminal bytes.
    Text(Vec<u8>),
    /// File-transfer bytes.
    Binary(Vec<u8>),
    /// The other end closed the connection.
    Closed,
}

/// The reading half. Continuation frames keep the type of the frame they
/// continue; pings are answered through the writing half.
pub struct WsReader {
    socket: FrameSocket<TcpStream>,
    /// Server side: client frames are masked (or, from webrepl_cli.py, not).
    unmask: bool,
    last_data: Data,
}

/// The writing half; the client masks its frames, as the protocol wants.
pub struct WsWriter {
    socket: FrameSocket<TcpStream>,
    mask: bool,
}

/// Both halves over one TCP connection.
pub fn split(stream: TcpStream, leftover: Vec<u8>, server: bool) -> io::Result<(WsReader, WsWriter)> {
    let writer = stream.try_clone()?;
    Ok((
        WsReader { socket: FrameSocket::from_partially_read(stream, leftover), unmask: server, last_data: Data::Text },
        WsWriter { socket: FrameSocket::new(writer), mask: !server },
    ))
}

impl WsReader {
    /// The next data frame, or `None` when nothing came within `timeout`
    /// (`None` as the timeout: wait for ever). A ping is answered on `pong`.
    pub fn recv(&mut self, timeout: Option<Duration>, pong: &mut dyn FnMut(Vec<u8>)) -> io::Result<Option<Incoming>> {
        let timeout = timeout.map(|t| t.max(Duration::from_millis(1)));
        self.socket.get_mut().set_read_timeout(timeout)?;
        loop {
            let frame = match self.socket.read(Some(1 << 20)) {
                Ok(Some(frame)) => frame,
                Ok(None) => return Ok(Some(Incoming::Closed)),
                Err(tungstenite::Error::Io(e)) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    return Ok(None)
                }
                Err(tungstenite::Error::Io(e))
                    if matches!(e.kind(), ErrorKind::ConnectionReset | ErrorKind::UnexpectedEof) =>
                {
                    return Ok(Some(Incoming::Closed))
                }
                Err(tungstenite::Error::Io(e)) => return Err(e),
                Err(e) => return Err(io::Error::new(ErrorKind::InvalidData, e.to_string())),
            };
            let opcode = frame.header().opcode;
            let mask = frame.header().mask;
            let mut payload = frame.into_payload().to_vec();
            if let (true, Some(mask)) = (self.unmask, mask) {
                for (i, b) in payload.iter_mut().enumerate() {
                    *b ^= mask[i % 4];
                }
            }
            let data = match opcode {
                OpCode::Data(Data::Continue) => self.last_data,
                OpCode::Data(data) => data,
                OpCode::Control(Control::Ping) => {
                    pong(payload);
                    continue;
                }
                OpCode::Control(Control::Close) => return Ok(Some(Incoming::Closed)),
                OpCode::Control(_) => continue,
            };
            self.last_data = data;
            return Ok(Some(match data {
                Data::Binary => Incoming::Binary(payload),
                _ => Incoming::Text(payload),
            }));
        }
    }
}

impl WsWriter {
    pub fn text(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.send(OpCode::Data(Data::Text), bytes)
    }

    pub fn binary(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.send(OpCode::Data(Data::Binary), bytes)
    }

    pub fn pong(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.send(OpCode::Control(Control::Pong), bytes)
    }

    /// Say goodbye; errors are of no interest any more.
    pub fn close(&mut self) {
        let frame = Frame::close(Some(CloseFrame { code: CloseCode::Normal, reason: "".into() }));
        let _ = self.send_frame(frame);
        let _ = self.socket.get_mut().shutdown(std::net::Shutdown::Both);
    }

    fn send(&mut self, opcode: OpCode, bytes: &[u8]) -> io::Result<()> {
        self.send_frame(Frame::message(bytes.to_vec(), opcode, true))
    }

    fn send_frame(&mut self, mut frame: Frame) -> io::Result<()> {
        if self.mask {
            frame.header_mut().mask = Some(new_mask());
        }
        self.socket.send(frame).map_err(|e| match e {
            tungstenite::Error::Io(e) => e,
            other => io::Error::other(other.to_string()),
        })
    }
}

/// Frame masks need only differ from frame to frame.
fn new_mask() -> [u8; 4] {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    (hasher.finish() as u32).to_le_bytes()
}

/// The client's upgrade request; returns bytes read past the response.
pub fn client_handshake(stream: &mut TcpStream, host: &str, path: &str) -> io::Result<Vec<u8>> {
    let key = tungstenite::handshake::client::generate_key();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: {key}\r\n\r\n"
    );
    stream.write_all(request.as_bytes())?;
    let (head, rest) = read_head(stream)?;
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut response = httparse::Response::new(&mut headers);
    match response.parse(&head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return Err(bad_data("the answer to the WebSocket upgrade is not HTTP")),
    }
    if response.code != Some(101) {
        return Err(bad_data(&format!(
            "the server refused the WebSocket upgrade ({} {})",
            response.code.unwrap_or(0),
            response.reason.unwrap_or("")
        )));
    }
    let expected = tungstenite::handshake::derive_accept_key(key.as_bytes());
    let accept = header(response.headers, "sec-websocket-accept");
    if accept.map(|a| a.trim()) != Some(expected.as_str()) {
        return Err(bad_data("the server's Sec-WebSocket-Accept does not match the key"));
    }
    Ok(rest)
}

/// What a connection to the server asked for.
pub enum Upgrade {
    /// A WebSocket: the bytes read past the request.
    WebSocket(Vec<u8>),
    /// A plain HTTP request (a browser looking at the port).
    Http,
}

/// The server's side of the upgrade, accepting whatever key the client
/// sends, as MicroPython's server does.
pub fn server_handshake(stream: &mut TcpStream) -> io::Result<Upgrade> {
    let (head, rest) = read_head(stream)?;
    let mut headers = [httparse::EMPTY_HEADER; 32];
    let mut request = httparse::Request::new(&mut headers);
    match request.parse(&head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return Err(bad_data("not an HTTP request")),
    }
    let Some(key) = header(request.headers, "sec-websocket-key") else {
        let body = "This is a MicroPython WebREPL (upy board): connect with a WebREPL client.\r\n";
        let _ = write!(
            stream,
            "HTTP/1.0 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        return Ok(Upgrade::Http);
    };
    let accept = tungstenite::handshake::derive_accept_key(key.trim().as_bytes());
    write!(
        stream,
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
    )?;
    Ok(Upgrade::WebSocket(rest))
}

fn header<'h>(headers: &'h [httparse::Header<'_>], name: &str) -> Option<&'h str> {
    headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)).and_then(|h| std::str::from_utf8(h.value).ok())
}

/// Read up to the blank line ending an HTTP head; returns the head and
/// what came after it.
fn read_head(stream: &mut TcpStream) -> io::Result<(Vec<u8>, Vec<u8>)> {
    let mut got = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        if let Some(end) = got.windows(4).position(|w| w == b"\r\n\r\n") {
            let rest = got.split_off(end + 4);
            return Ok((got, rest));
        }
        if got.len() > HEAD_MAX {
            return Err(bad_data("HTTP head too long"));
        }
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Err(io::Error::new(ErrorKind::UnexpectedEof, "the connection closed during the WebSocket upgrade"));
        }
        got.extend_from_slice(&buf[..n]);
    }
}

fn bad_data(message: &str) -> io::Error {
    io::Error::new(ErrorKind::InvalidData, message.to_string())
}
