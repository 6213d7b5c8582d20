//! Shell and stdin: ROUTER sockets whose replies come from the execution
//! thread. Receiving and sending run as two tasks on the split socket, so a
//! reply never waits for the next request to arrive.

use tokio::sync::mpsc;
use zeromq::{RouterSocket, SocketRecv, SocketSend};

use crate::wire::{Message, Signer};

/// Start both halves. Verified incoming messages go to `deliver`; messages
/// sent on the returned channel go out on the socket.
pub fn spawn(
    socket: RouterSocket,
    signer: Signer,
    channel: &'static str,
    deliver: impl Fn(Message) + Send + 'static,
) -> mpsc::UnboundedSender<Message> {
    let (mut send_half, mut recv_half) = socket.split();
    let (outgoing, mut to_send) = mpsc::unbounded_channel::<Message>();
    let send_signer = signer.clone();
    tokio::spawn(async move {
        while let Some(message) = to_send.recv().await {
            if let Some(frames) = super::frames(&message, &send_signer) {
                if let Err(err) = send_half.send(frames).await {
                    crate::log(&format!("{channel} send failed: {err}"));
                }
            }
        }
    });
    tokio::spawn(async move {
        loop {
            match recv_half.recv().await {
                Ok(frames) => {
                    if let Some(message) = super::accept(frames, &signer, channel) {
                        deliver(message);
                    }
                }
                Err(err) => {
                    crate::log(&format!("{channel} receive failed: {err}"));
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                }
            }
        }
    });
    outgoing
}
