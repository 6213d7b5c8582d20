//! IOPub: everything the kernel broadcasts, in the order it was produced.
//!
//! Producers (the execution thread, the control task) push onto one bounded
//! channel, so a cell's outputs always precede its `idle` status and a cell
//! that prints in a tight loop is slowed down rather than growing memory.
//! A stream message waits up to [`COALESCE`] for more text of the same
//! stream and cell, and goes out as one message with it: a cell's few
//! prints (or a flood of them) cost one message each few milliseconds, not
//! one per print, and every message is work for the notebook server that
//! relays it (it parses each one to track the kernel's activity). A slow
//! loop's lines still go out within those milliseconds of being printed.
//!
//! The socket is XPUB: when a client subscribes, it gets `iopub_welcome`
//! (JEP 65) and knows from then on it sees everything.

use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;
use zeromq::{SocketRecv, SocketSend, XPubSocket};

use crate::wire::{Message, MessageFactory, Signer};

// Messages pass through the queue one by one; boxing them would add an
// allocation per output for no saving.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    Publish(Message),
    /// Answered once everything queued before it has been sent.
    Flush(oneshot::Sender<()>),
}

/// Bound of queued messages before producers wait.
pub const QUEUE: usize = 256;
/// Merged stream text is cut at this size so one message stays small.
const MERGE_LIMIT: usize = 64 * 1024;
/// How long a stream message waits for more text before it goes out.
/// Anything else the cell publishes (its result, its `idle` status) sends
/// it at once, so a cell's reply is never held back by it.
pub const COALESCE: Duration = Duration::from_millis(5);

pub async fn serve(mut socket: XPubSocket, mut items: mpsc::Receiver<Item>, signer: Signer, factory: MessageFactory) {
    let mut held: Option<Item> = None;
    loop {
        let item = match held.take() {
            Some(item) => item,
            None => tokio::select! {
                item = items.recv() => match item {
                    Some(item) => item,
                    None => return,
                },
                subscription = socket.recv() => {
                    if let Ok(frames) = subscription {
                        if let Some(topic) = subscribed_topic(frames.get(0).map(|f| f.as_ref())) {
                            let welcome = factory.broadcast(None, "iopub_welcome", json!({ "subscription": topic }));
                            send(&mut socket, &welcome, &signer).await;
                        }
                    }
                    continue;
                }
            },
        };
        match item {
            Item::Flush(done) => {
                let _ = done.send(());
            }
            Item::Publish(mut message) => {
                let deadline = Instant::now() + COALESCE;
                while is_stream(&message) {
                    let next = match items.try_recv() {
                        Ok(next) => Some(next),
                        Err(mpsc::error::TryRecvError::Empty) => {
                            tokio::time::timeout_at(deadline, items.recv()).await.ok().flatten()
                        }
                        Err(mpsc::error::TryRecvError::Disconnected) => None,
                    };
                    match next {
                        Some(Item::Publish(next)) if mergeable(&message, &next) => merge(&mut message, &next),
                        Some(other) => {
                            held = Some(other);
                            break;
                        }
                        None => break,
                    }
                }
                send(&mut socket, &message, &signer).await;
            }
        }
    }
}

async fn send(socket: &mut XPubSocket, message: &Message, signer: &Signer) {
    if let Some(frames) = super::frames(message, signer) {
        if let Err(err) = socket.send(frames).await {
            crate::log(&format!("iopub send failed: {err}"));
        }
    }
}

/// `\x01topic` is a subscription (`\x00topic` an unsubscription).
fn subscribed_topic(frame: Option<&[u8]>) -> Option<String> {
    match frame {
        Some([1, topic @ ..]) => Some(String::from_utf8_lossy(topic).into_owned()),
        _ => None,
    }
}

fn is_stream(message: &Message) -> bool {
    message.msg_type() == "stream"
}

fn mergeable(first: &Message, next: &Message) -> bool {
    is_stream(next)
        && first.content.get("name") == next.content.get("name")
        && first.parent_header.as_ref().map(|h| &h.msg_id) == next.parent_header.as_ref().map(|h| &h.msg_id)
        && text_len(first) + text_len(next) <= MERGE_LIMIT
}

fn text_len(message: &Message) -> usize {
    message.content.get("text").and_then(Value::as_str).map_or(0, str::len)
}

fn merge(into: &mut Message, next: &Message) {
    let extra = next.content.get("text").and_then(Value::as_str).unwrap_or("");
    if let Some(Value::String(text)) = into.content.get_mut("text") {
        text.push_str(extra);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(factory: &MessageFactory, parent: &Message, name: &str, text: &str) -> Message {
        factory.broadcast(Some(&parent.header), "stream", json!({"name": name, "text": text}))
    }

    #[test]
    fn merges_only_same_stream_of_same_request() {
        let factory = MessageFactory::new();
        let parent = factory.broadcast(None, "execute_request", json!({}));
        let other_parent = factory.broadcast(None, "execute_request", json!({}));
        let mut a = stream(&factory, &parent, "stdout", "1\n");
        let b = stream(&factory, &parent, "stdout", "2\n");
        assert!(mergeable(&a, &b));
        merge(&mut a, &b);
        assert_eq!(a.content["text"], "1\n2\n");
        assert!(!mergeable(&a, &stream(&factory, &parent, "stderr", "x")));
        assert!(!mergeable(&a, &stream(&factory, &other_parent, "stdout", "x")));
        let status = factory.broadcast(Some(&parent.header), "status", json!({"execution_state": "idle"}));
        assert!(!mergeable(&a, &status));
    }

    #[test]
    fn merged_text_stays_bounded() {
        let factory = MessageFactory::new();
        let parent = factory.broadcast(None, "execute_request", json!({}));
        let big = "x".repeat(MERGE_LIMIT);
        assert!(!mergeable(&stream(&factory, &parent, "stdout", &big), &stream(&factory, &parent, "stdout", "y")));
    }

    #[test]
    fn reads_subscriptions() {
        assert_eq!(subscribed_topic(Some(b"\x01")), Some(String::new()));
        assert_eq!(subscribed_topic(Some(b"\x01kernel")), Some("kernel".to_string()));
        assert_eq!(subscribed_topic(Some(b"\x00")), None);
        assert_eq!(subscribed_topic(None), None);
    }
}
