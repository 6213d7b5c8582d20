//! Standard output written on the spot. tokio's `Stdout` hands each write
//! to its pool of blocking threads; a message's header and body are two
//! writes, and while an analysis kept a core busy each hand-off waited to be
//! scheduled: measured, that added 2–3 ms to a completion asked for right
//! after a keystroke. A write to the editor's pipe takes microseconds; it
//! blocks only when the editor stops reading, and then nothing could be
//! sent anyway.

use std::io::Write;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct DirectStdout(std::io::Stdout);

impl DirectStdout {
    pub fn new() -> DirectStdout {
        DirectStdout(std::io::stdout())
    }
}

impl Default for DirectStdout {
    fn default() -> Self {
        DirectStdout::new()
    }
}

impl tokio::io::AsyncWrite for DirectStdout {
    fn poll_write(self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let mut out = self.0.lock();
        // Stdout buffers by line; a message has no line of its own to end.
        Poll::Ready(out.write_all(buf).and_then(|()| out.flush()).map(|()| buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(self.0.lock().flush())
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        self.poll_flush(cx)
    }
}
