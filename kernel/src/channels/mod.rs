//! One task per socket. Sockets bind to the connection file's transport and
//! address only; every incoming message is signature-checked before anyone
//! sees it.

pub mod control;
pub mod heartbeat;
pub mod iopub;
pub mod router;

use bytes::Bytes;
use zeromq::ZmqMessage;

use crate::wire::{Message, Signer};

/// Decode incoming frames, logging and dropping what fails the signature
/// check or does not parse.
pub fn accept(frames: ZmqMessage, signer: &Signer, channel: &str) -> Option<Message> {
    match Message::decode(frames.into_vec(), signer) {
        Ok(msg) => Some(msg),
        Err(err) => {
            crate::log(&format!("dropped a message on {channel}: {err}"));
            None
        }
    }
}

pub fn frames(message: &Message, signer: &Signer) -> Option<ZmqMessage> {
    let frames: Vec<Bytes> = message.encode(signer);
    ZmqMessage::try_from(frames).ok()
}
