//! A virtual board's WebREPL (`upy board --webrepl PORT --password PW`):
//! the board's REPL over WebSocket on this machine, so WebREPL clients —
//! this crate's, MicroPython's `webrepl_cli.py`, the browser page — can be
//! tested without a board on Wi-Fi.
//!
//! As on a board, one client at a time (a second is turned away); the
//! REPL is the same one the pseudo-terminal serves, and file transfers are
//! done by the board between reads of its input.

use std::io;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use nix::poll::{poll, PollFd, PollFlags};

use super::request::{reply, Op, Request, REQUEST_LEN};
use super::socket::{server_handshake, split, Incoming, Upgrade, WsWriter};
use crate::error::DeviceError;
use crate::virtual_board::{Console, FileAction};

/// Longest password a board accepts (`webrepl_cfg.py`).
pub const PASSWORD_MAX: usize = 9;
/// File bytes per chunk of a download, as a board sends them.
const GET_CHUNK: usize = 256;

pub struct WebReplServer {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl WebReplServer {
    /// Where it listens (the port is the one asked for, or the one the
    /// system chose for port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `ws://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("ws://{}", self.addr)
    }

    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for WebReplServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Serve `console` as a WebREPL at `bind` (`127.0.0.1:8266`).
pub fn serve(
    console: Console,
    bind: &str,
    password: &str,
    version: (u8, u8, u8),
) -> Result<WebReplServer, DeviceError> {
    if password.is_empty() || password.len() > PASSWORD_MAX {
        return Err(DeviceError::Local(format!("a WebREPL password has 1 to {PASSWORD_MAX} characters")));
    }
    let listener = TcpListener::bind(bind).map_err(|e| DeviceError::Local(format!("cannot listen on {bind}: {e}")))?;
    let addr = listener.local_addr().map_err(|e| DeviceError::Local(e.to_string()))?;
    let stop = Arc::new(AtomicBool::new(false));
    let busy = Arc::new(AtomicBool::new(false));
    let password = password.to_string();
    let stopping = stop.clone();
    let thread = thread::Builder::new()
        .name("webrepl".into())
        .spawn(move || {
            while !stopping.load(Ordering::SeqCst) {
                let ready = {
                    let mut fds = [PollFd::new(listener.as_fd(), PollFlags::POLLIN)];
                    poll(&mut fds, 100u16).unwrap_or(0) > 0
                };
                if !ready {
                    continue;
                }
                let Ok((stream, _)) = listener.accept() else { continue };
                // One WebREPL at a time, as on a board; a client that has
                // just left gets a moment to finish leaving.
                let deadline = Instant::now() + Duration::from_secs(1);
                while busy.swap(true, Ordering::SeqCst) && Instant::now() < deadline {
                    thread::sleep(Duration::from_millis(5));
                }
                if Instant::now() >= deadline {
                    drop(stream);
                    continue;
                }
                let (console, password, busy, stopping) =
                    (console.clone(), password.clone(), busy.clone(), stopping.clone());
                let _ = thread::Builder::new().name("webrepl-client".into()).spawn(move || {
                    let _ = session(stream, &console, &password, version, &stopping);
                    busy.store(false, Ordering::SeqCst);
                });
            }
        })
        .map_err(|e| DeviceError::Local(format!("cannot start WebREPL: {e}")))?;
    Ok(WebReplServer { addr, stop, thread: Some(thread) })
}

fn session(
    mut stream: TcpStream,
    console: &Console,
    password: &str,
    version: (u8, u8, u8),
    stopping: &AtomicBool,
) -> io::Result<()> {
    let _ = stream.set_nodelay(true);
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let leftover = match server_handshake(&mut stream)? {
        Upgrade::WebSocket(leftover) => leftover,
        Upgrade::Http => return Ok(()),
    };
    let (mut reader, writer) = split(stream, leftover, true)?;
    let writer = Arc::new(Mutex::new(writer));
    let send = |f: &dyn Fn(&mut WsWriter) -> io::Result<()>| f(&mut writer.lock().unwrap_or_else(|e| e.into_inner()));
    let pong = |ping: Vec<u8>| {
        let _ = send(&|w| w.pong(&ping));
    };

    send(&|w| w.text(b"Password: "))?;
    let mut typed = Vec::new();
    loop {
        let frame = reader.recv(Some(Duration::from_secs(60)), &mut |p| pong(p))?;
        let bytes = match frame {
            Some(Incoming::Text(b)) | Some(Incoming::Binary(b)) => b,
            Some(Incoming::Closed) | None => return Ok(()),
        };
        match bytes.iter().position(|&b| b == b'\r' || b == b'\n') {
            Some(end) => {
                typed.extend_from_slice(&bytes[..end]);
                break;
            }
            None => typed.extend_from_slice(&bytes),
        }
    }
    if typed != password.as_bytes() {
        send(&|w| w.text(b"\r\nAccess denied\r\n"))?;
        send(&|w| {
            w.close();
            Ok(())
        })?;
        return Ok(());
    }
    let output = console.listen();
    send(&|w| w.text(b"\r\nWebREPL connected\r\n>>> "))?;

    // The board's output, as it prints, until the session ends.
    let done = Arc::new(AtomicBool::new(false));
    {
        let (writer, done) = (writer.clone(), done.clone());
        thread::Builder::new().name("webrepl-output".into()).spawn(move || {
            while !done.load(Ordering::SeqCst) {
                match output.recv_timeout(Duration::from_millis(100)) {
                    Ok(bytes) => {
                        if writer.lock().unwrap_or_else(|e| e.into_inner()).text(&bytes).is_err() {
                            break;
                        }
                    }
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => break,
                }
            }
        })?;
    }

    let mut files = FileTransfers::default();
    let result = loop {
        if stopping.load(Ordering::SeqCst) {
            break Ok(());
        }
        match reader.recv(Some(Duration::from_millis(100)), &mut |p| pong(p)) {
            Ok(None) => {}
            Ok(Some(Incoming::Text(bytes))) => {
                if !console.type_bytes(&bytes) {
                    break Ok(());
                }
            }
            Ok(Some(Incoming::Binary(bytes))) => {
                if let Err(e) = files.take(&bytes, console, version, &send) {
                    break Err(e);
                }
            }
            Ok(Some(Incoming::Closed)) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    // The output thread notices within its poll; it need not be waited for.
    done.store(true, Ordering::SeqCst);
    send(&|w| {
        w.close();
        Ok(())
    })?;
    result
}

/// WebREPL's binary stream: requests, the data of an upload, the zero
/// bytes that ask for each chunk of a download.
#[derive(Default)]
struct FileTransfers {
    header: Vec<u8>,
    /// An upload: its name, how many bytes are still to come, the data.
    put: Option<(String, usize, Vec<u8>)>,
    /// A download: the file and how far it has been sent.
    get: Option<(Vec<u8>, usize)>,
}

type Send<'a> = dyn Fn(&dyn Fn(&mut WsWriter) -> io::Result<()>) -> io::Result<()> + 'a;

impl FileTransfers {
    fn take(&mut self, mut bytes: &[u8], console: &Console, version: (u8, u8, u8), send: &Send<'_>) -> io::Result<()> {
        while !bytes.is_empty() {
            if let Some((_, remaining, data)) = &mut self.put {
                let n = (*remaining).min(bytes.len());
                data.extend_from_slice(&bytes[..n]);
                *remaining -= n;
                bytes = &bytes[n..];
                if *remaining == 0 {
                    let (name, _, data) = self.put.take().unwrap_or_default();
                    let status = status_of(console.file(FileAction::Write(name, data)).recv());
                    send(&|w| w.binary(&reply(status)))?;
                }
                continue;
            }
            if let Some((data, sent)) = &mut self.get {
                // Each byte from the client asks for the next chunk.
                bytes = &bytes[1..];
                let end = (*sent + GET_CHUNK).min(data.len());
                let mut chunk = ((end - *sent) as u16).to_le_bytes().to_vec();
                chunk.extend_from_slice(&data[*sent..end]);
                *sent = end;
                send(&|w| w.binary(&chunk))?;
                if chunk.len() == 2 {
                    self.get = None;
                    send(&|w| w.binary(&reply(0)))?;
                }
                continue;
            }
            let n = (REQUEST_LEN - self.header.len()).min(bytes.len());
            self.header.extend_from_slice(&bytes[..n]);
            bytes = &bytes[n..];
            if self.header.len() < REQUEST_LEN {
                continue;
            }
            let record = std::mem::take(&mut self.header);
            let Ok(request) = Request::decode(&record) else {
                send(&|w| w.binary(&reply(1)))?;
                continue;
            };
            match request.op {
                Op::Version => send(&|w| w.binary(&[version.0, version.1, version.2]))?,
                Op::Put => {
                    send(&|w| w.binary(&reply(0)))?;
                    self.put = Some((request.name, request.size as usize, Vec::new()));
                    if request.size == 0 {
                        self.take_empty_put(console, send)?;
                    }
                }
                Op::Get => match console.file(FileAction::Read(request.name)).recv() {
                    Ok(Ok(data)) => {
                        send(&|w| w.binary(&reply(0)))?;
                        self.get = Some((data, 0));
                    }
                    _ => send(&|w| w.binary(&reply(1)))?,
                },
            }
        }
        Ok(())
    }

    fn take_empty_put(&mut self, console: &Console, send: &Send<'_>) -> io::Result<()> {
        let (name, _, data) = self.put.take().unwrap_or_default();
        let status = status_of(console.file(FileAction::Write(name, data)).recv());
        send(&|w| w.binary(&reply(status)))
    }
}

fn status_of<E>(answer: Result<Result<Vec<u8>, String>, E>) -> u16 {
    match answer {
        Ok(Ok(_)) => 0,
        _ => 1,
    }
}

/// `(1, 24, 0)` from a banner's `MicroPython v1.24.0 on …`.
pub fn version_of(banner: &str) -> (u8, u8, u8) {
    let numbers: Vec<u8> = banner
        .split_whitespace()
        .find_map(|w| w.strip_prefix('v'))
        .unwrap_or("")
        .split(['.', '-'])
        .map_while(|n| n.parse().ok())
        .collect();
    (numbers.first().copied().unwrap_or(0), numbers.get(1).copied().unwrap_or(0), numbers.get(2).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn version_from_the_banner() {
        assert_eq!(super::version_of("MicroPython v1.24.0 on 2024-10-25"), (1, 24, 0));
        assert_eq!(super::version_of("nothing"), (0, 0, 0));
    }
}
