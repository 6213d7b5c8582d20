//! The Jupyter wire format: ZeroMQ frames ↔ messages.
//!
//! A message is `[identities…, "<IDS|MSG>", signature, header,
//! parent_header, metadata, content, buffers…]`; the signature covers the
//! four JSON frames exactly as sent, so they are checked before parsing.

mod replay;
mod signer;

pub use signer::{SignError, Signer};

use bytes::Bytes;
use jupyter_protocol::Header;
use serde::Serialize;
use serde_json::Value;

const DELIMITER: &[u8] = b"<IDS|MSG>";

/// Protocol version this kernel speaks.
pub const PROTOCOL_VERSION: &str = "5.3";

/// Why incoming frames were dropped.
#[derive(Debug, PartialEq, Eq)]
pub enum WireError {
    NoDelimiter,
    MissingFrames,
    BadSignature,
    /// Correctly signed, but that signature was already accepted.
    Replayed,
    BadJson(String),
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::NoDelimiter => write!(f, "no <IDS|MSG> delimiter"),
            WireError::MissingFrames => write!(f, "fewer than the five frames after the delimiter"),
            WireError::BadSignature => write!(f, "bad or missing signature"),
            WireError::Replayed => write!(f, "a replay of a message already received (same signature)"),
            WireError::BadJson(e) => write!(f, "malformed JSON frame: {e}"),
        }
    }
}

/// A decoded message. Content stays JSON until a handler reads it as the
/// request type it expects, so one odd field fails one request, not the
/// socket.
#[derive(Clone, Debug)]
pub struct Message {
    /// ROUTER identities of the sender (or the iopub topic when sending).
    pub identities: Vec<Bytes>,
    pub header: Header,
    pub parent_header: Option<Header>,
    pub metadata: Value,
    pub content: Value,
    pub buffers: Vec<Bytes>,
}

impl Message {
    pub fn msg_type(&self) -> &str {
        &self.header.msg_type
    }

    /// Check the signature, then parse. Frames failing either are dropped
    /// by the caller, never acted on.
    pub fn decode(frames: Vec<Bytes>, signer: &Signer) -> Result<Message, WireError> {
        let split = frames.iter().position(|f| f.as_ref() == DELIMITER).ok_or(WireError::NoDelimiter)?;
        let mut rest = frames.into_iter();
        let identities: Vec<Bytes> = rest.by_ref().take(split).collect();
        rest.next(); // the delimiter
        let mut next = || rest.next().ok_or(WireError::MissingFrames);
        let (signature, header, parent, metadata, content) = (next()?, next()?, next()?, next()?, next()?);
        let buffers: Vec<Bytes> = rest.collect();
        if !signer.verify(&signature, [&header, &parent, &metadata, &content]) {
            return Err(WireError::BadSignature);
        }
        if !signer.first_time(&signature) {
            return Err(WireError::Replayed);
        }
        let json = |b: &Bytes| serde_json::from_slice::<Value>(b).map_err(|e| WireError::BadJson(e.to_string()));
        let header: Header = serde_json::from_value(json(&header)?).map_err(|e| WireError::BadJson(e.to_string()))?;
        let parent_header = match json(&parent)? {
            Value::Object(map) if map.is_empty() => None,
            Value::Null => None,
            value => serde_json::from_value(value).ok(),
        };
        Ok(Message { identities, header, parent_header, metadata: json(&metadata)?, content: json(&content)?, buffers })
    }

    /// Serialize and sign into frames ready for a socket.
    pub fn encode(&self, signer: &Signer) -> Vec<Bytes> {
        let header = json_bytes(&self.header);
        let parent = match &self.parent_header {
            Some(h) => json_bytes(h),
            None => Bytes::from_static(b"{}"),
        };
        let metadata = json_bytes(&self.metadata);
        let content = json_bytes(&self.content);
        let signature = signer.sign([&header, &parent, &metadata, &content]);
        let mut frames = self.identities.clone();
        frames.push(Bytes::from_static(DELIMITER));
        frames.push(Bytes::from(signature));
        frames.extend([header, parent, metadata, content]);
        frames.extend(self.buffers.iter().cloned());
        frames
    }
}

/// These values serialize infallibly (string keys only); a failure would be
/// a bug, sent as `{}` rather than taking the kernel down.
fn json_bytes(value: &impl Serialize) -> Bytes {
    Bytes::from(serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec()))
}

/// Builds the kernel's own messages: one session id for the kernel's
/// lifetime, each message a child of the request it answers.
#[derive(Clone)]
pub struct MessageFactory {
    session: String,
}

impl MessageFactory {
    pub fn new() -> MessageFactory {
        MessageFactory { session: uuid::Uuid::new_v4().to_string() }
    }

    pub fn session(&self) -> &str {
        &self.session
    }

    fn header(&self, msg_type: &str) -> Header {
        Header {
            msg_id: uuid::Uuid::new_v4().to_string(),
            username: "kernel".to_string(),
            session: self.session.clone(),
            date: chrono::Utc::now(),
            msg_type: msg_type.to_string(),
            version: PROTOCOL_VERSION.to_string(),
        }
    }

    /// A message on a ROUTER socket answering `parent`: routed back to the
    /// parent's sender.
    pub fn reply(&self, parent: &Message, msg_type: &str, content: impl Serialize) -> Message {
        Message {
            identities: parent.identities.clone(),
            header: self.header(msg_type),
            parent_header: Some(parent.header.clone()),
            metadata: Value::Object(Default::default()),
            content: serde_json::to_value(content).unwrap_or(Value::Null),
            buffers: Vec::new(),
        }
    }

    /// A message for iopub, with `parent` (if any) as its parent header.
    pub fn broadcast(&self, parent: Option<&Header>, msg_type: &str, content: impl Serialize) -> Message {
        let topic = format!("kernel.{}.{}", self.session, msg_type);
        Message {
            identities: vec![Bytes::from(topic)],
            header: self.header(msg_type),
            parent_header: parent.cloned(),
            metadata: Value::Object(Default::default()),
            content: serde_json::to_value(content).unwrap_or(Value::Null),
            buffers: Vec::new(),
        }
    }
}

impl Default for MessageFactory {
    fn default() -> Self {
        MessageFactory::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn request(signer: &Signer) -> Vec<Bytes> {
        let factory = MessageFactory::new();
        let mut msg = factory.broadcast(None, "execute_request", json!({"code": "1"}));
        msg.identities = vec![Bytes::from_static(b"client-a"), Bytes::from_static(b"client-b")];
        msg.buffers = vec![Bytes::from_static(b"raw")];
        msg.encode(signer)
    }

    #[test]
    fn round_trips_identities_content_and_buffers() {
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        let msg = Message::decode(request(&signer), &signer).unwrap();
        assert_eq!(msg.identities, vec![Bytes::from_static(b"client-a"), Bytes::from_static(b"client-b")]);
        assert_eq!(msg.msg_type(), "execute_request");
        assert_eq!(msg.content, json!({"code": "1"}));
        assert_eq!(msg.buffers, vec![Bytes::from_static(b"raw")]);
        assert!(msg.parent_header.is_none());
    }

    #[test]
    fn drops_messages_signed_with_another_key() {
        let frames = request(&Signer::new("hmac-sha256", "attacker").unwrap());
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        assert_eq!(Message::decode(frames, &signer).unwrap_err(), WireError::BadSignature);
    }

    #[test]
    fn drops_a_tampered_content_frame() {
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        let mut frames = request(&signer);
        let content = frames.len() - 2; // before the one buffer
        frames[content] = Bytes::from_static(b"{\"code\":\"import os\"}");
        assert_eq!(Message::decode(frames, &signer).unwrap_err(), WireError::BadSignature);
    }

    #[test]
    fn drops_a_replayed_message_and_accepts_the_next() {
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        let frames = request(&signer);
        assert!(Message::decode(frames.clone(), &signer).is_ok());
        // The same frames again, on any channel (the signer is shared).
        assert_eq!(Message::decode(frames, &signer.clone()).unwrap_err(), WireError::Replayed);
        assert!(Message::decode(request(&signer), &signer).is_ok());
    }

    #[test]
    fn rejects_malformed_framing() {
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        assert_eq!(Message::decode(vec![Bytes::from_static(b"x")], &signer).unwrap_err(), WireError::NoDelimiter);
        let short = vec![Bytes::from_static(DELIMITER), Bytes::from_static(b"sig")];
        assert_eq!(Message::decode(short, &signer).unwrap_err(), WireError::MissingFrames);
        let unsigned = Signer::new("", "").unwrap();
        let bad_json: Vec<Bytes> =
            [DELIMITER, b"", b"not json", b"{}", b"{}", b"{}"].iter().map(|f| Bytes::copy_from_slice(f)).collect();
        assert!(matches!(Message::decode(bad_json, &unsigned), Err(WireError::BadJson(_))));
    }

    #[test]
    fn a_reply_goes_back_to_the_sender_with_the_request_as_parent() {
        let signer = Signer::new("hmac-sha256", "k").unwrap();
        let request = Message::decode(request(&signer), &signer).unwrap();
        let factory = MessageFactory::new();
        let reply = factory.reply(&request, "execute_reply", json!({"status": "ok"}));
        assert_eq!(reply.identities, request.identities);
        assert_eq!(reply.parent_header.as_ref().unwrap().msg_id, request.header.msg_id);
        assert_eq!(reply.header.session, factory.session());
        let frames = reply.encode(&signer);
        let back = Message::decode(frames, &signer).unwrap();
        assert_eq!(back.parent_header.unwrap().msg_id, request.header.msg_id);
    }
}
