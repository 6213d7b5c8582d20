//! The pseudo-terminal a virtual board lives on.
//!
//! Clients (the bridge, `mpremote`, a terminal program) open the slave side
//! like a serial port; the board reads and writes the master side. The board
//! keeps a slave descriptor of its own open so that reading the master does
//! not fail while no client is attached, and so that a client can close and
//! reopen the port, as with a real board.

use std::fs::File;
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::fcntl::{fcntl, FcntlArg, FdFlag, OFlag};
use nix::sys::termios::{cfmakeraw, tcgetattr, tcsetattr, SetArg};

use crate::error::DeviceError;

pub struct Pty {
    pub master: File,
    /// Held open for the life of the board (see the module comment).
    pub slave_keepalive: OwnedFd,
    pub slave_path: PathBuf,
}

pub fn open_pty() -> Result<Pty, DeviceError> {
    let fail = |what: &str, e: nix::Error| DeviceError::Local(format!("cannot create a pseudo-terminal ({what}): {e}"));
    let pair = nix::pty::openpty(None, None).map_err(|e| fail("openpty", e))?;
    // Raw mode: no echo, no line buffering, no newline translation — the
    // board does its own echo and `\r\n`, byte for byte like a UART.
    let mut termios = tcgetattr(pair.slave.as_fd()).map_err(|e| fail("tcgetattr", e))?;
    cfmakeraw(&mut termios);
    tcsetattr(pair.slave.as_fd(), SetArg::TCSANOW, &termios).map_err(|e| fail("tcsetattr", e))?;
    let slave_path = nix::unistd::ttyname(pair.slave.as_fd()).map_err(|e| fail("ttyname", e))?;
    // Non-blocking master: the board never hangs on a client that stopped
    // reading; writes wait with poll() and can be abandoned on shutdown.
    fcntl(pair.master.as_fd(), FcntlArg::F_SETFL(OFlag::O_NONBLOCK | OFlag::O_RDWR)).map_err(|e| fail("fcntl", e))?;
    // openpty() does not set close-on-exec: without it a child process
    // started meanwhile (by this program or a test beside it) would inherit
    // the master and keep the terminal alive after the board stops.
    for fd in [pair.master.as_fd(), pair.slave.as_fd()] {
        fcntl(fd, FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC)).map_err(|e| fail("fcntl", e))?;
    }
    Ok(Pty { master: File::from(pair.master), slave_keepalive: pair.slave, slave_path })
}

/// Point `link` at the slave device (replacing an old link, never a file).
pub fn make_link(link: &Path, target: &Path) -> Result<(), DeviceError> {
    if let Ok(meta) = std::fs::symlink_metadata(link) {
        if !meta.file_type().is_symlink() {
            return Err(DeviceError::Local(format!(
                "{} exists and is not a symbolic link: not replacing it",
                link.display()
            )));
        }
        let _ = std::fs::remove_file(link);
    }
    std::os::unix::fs::symlink(target, link)
        .map_err(|e| DeviceError::Local(format!("cannot create link {}: {e}", link.display())))
}
