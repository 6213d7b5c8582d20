//! The editor's byte stream, checked a message at a time before tower-lsp
//! reads it. tower-lsp's reader stops for good at the first frame it cannot
//! decode (tokio-util ends a framed stream after a decoder error), so one
//! malformed message would end the server and every open document with it.
//! Here a good frame is passed on as it came; a bad one is replaced by a
//! message the server answers itself (`upy/invalidRequest`, an error reply
//! to the request's id, or `upy/invalidMessage`, logged to the editor's
//! output) and the stream goes on.

use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, DuplexStream};
use tower_lsp_server::jsonrpc::{Request, Response};

/// The method a malformed request that still had an id is turned into.
pub const INVALID_REQUEST: &str = "upy/invalidRequest";
/// The notification any other unreadable frame is turned into.
pub const INVALID_MESSAGE: &str = "upy/invalidMessage";

/// What `upy/invalidRequest` and `upy/invalidMessage` carry.
#[derive(Debug, Deserialize, serde::Serialize)]
pub struct InvalidParams {
    pub reason: String,
}

/// A header block this long with no end in sight is not a header.
const MAX_HEADER: usize = 8 * 1024;

/// The checked stream tower-lsp reads, and the task that fills it from
/// `input`; the stream ends when `input` does.
pub fn guard<I: AsyncRead + Unpin>(input: I) -> (DuplexStream, impl std::future::Future<Output = ()>) {
    let (reader, writer) = tokio::io::duplex(1 << 20);
    (reader, pump(input, writer))
}

async fn pump<I: AsyncRead + Unpin>(mut input: I, mut out: DuplexStream) {
    let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
    loop {
        let mut used = 0;
        while let Some((consumed, frame)) = next_frame(&buf[used..]) {
            used += consumed;
            let bytes = match frame {
                Frame::Good(body) => framed(body),
                Frame::Bad(replacement) => framed(replacement.to_string().as_bytes()),
                Frame::Empty => continue,
            };
            if out.write_all(&bytes).await.is_err() {
                return;
            }
        }
        buf.drain(..used);
        match input.read_buf(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
    }
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

enum Frame<'a> {
    /// A message tower-lsp reads as it is.
    Good(&'a [u8]),
    /// What to pass on instead of an unreadable frame.
    Bad(Value),
    /// `Content-Length: 0`: nothing to pass on.
    Empty,
}

/// The first whole frame in `buf` and how many bytes it took; None while
/// it is still arriving.
fn next_frame(buf: &[u8]) -> Option<(usize, Frame<'_>)> {
    let Some(header_end) = find(buf, b"\r\n\r\n") else {
        if buf.len() > MAX_HEADER {
            // No header ends: skip to where the next one may begin.
            let skip = find(&buf[1..], b"Content-Length").map_or(buf.len(), |at| at + 1);
            return Some((
                skip,
                Frame::Bad(invalid_message("the editor sent bytes that are not an LSP message header")),
            ));
        }
        return None;
    };
    let body_start = header_end + 4;
    let length = match content_length(&buf[..header_end]) {
        Ok(length) => length,
        Err(reason) => {
            // Garbage before a header: resume where the next one may begin.
            let skip = find(&buf[1..header_end], b"Content-Length").map_or(body_start, |at| at + 1);
            return Some((skip, Frame::Bad(invalid_message(&reason))));
        }
    };
    let body = buf.get(body_start..body_start + length)?;
    let frame = if body.is_empty() { Frame::Empty } else { check(body) };
    Some((body_start + length, frame))
}

fn content_length(header: &[u8]) -> Result<usize, String> {
    let text = std::str::from_utf8(header).map_err(|_| "an LSP message header that is not text".to_string())?;
    let mut length = None;
    for line in text.split("\r\n") {
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!("an LSP message header line without a colon: {line:?}"));
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .trim()
                    .parse::<usize>()
                    .map_err(|_| format!("a Content-Length that is not a number: {:?}", value.trim()))?,
            );
        }
    }
    length.ok_or_else(|| "an LSP message with no Content-Length header".to_string())
}

/// What tower-lsp accepts, decoded the way it decodes it.
#[derive(Deserialize)]
#[serde(untagged)]
enum Incoming {
    #[allow(dead_code)]
    Response(Response),
    #[allow(dead_code)]
    Request(Request),
}

fn check(body: &[u8]) -> Frame<'_> {
    if serde_json::from_slice::<Incoming>(body).is_ok() {
        return Frame::Good(body);
    }
    let value = match serde_json::from_slice::<Value>(body) {
        Ok(value) => value,
        Err(e) => return Frame::Bad(invalid_message(&format!("a message that is not JSON ({e})"))),
    };
    let method = value.get("method").and_then(Value::as_str).map(str::to_string);
    let id = value.get("id").filter(|id| id.is_string() || id.as_i64().is_some());
    let reason = match &method {
        Some(m) => format!("a `{m}` message that is not a JSON-RPC 2.0 request or notification"),
        None => "a message that is neither a JSON-RPC 2.0 request nor a response".to_string(),
    };
    match (method, id) {
        // A request the editor waits on: answer its id with the error.
        (Some(_), Some(id)) => Frame::Bad(json!({
            "jsonrpc": "2.0", "id": id, "method": INVALID_REQUEST, "params": {"reason": reason},
        })),
        _ => Frame::Bad(invalid_message(&reason)),
    }
}

fn invalid_message(reason: &str) -> Value {
    json!({"jsonrpc": "2.0", "method": INVALID_MESSAGE, "params": {"reason": reason}})
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some((used, frame)) = next_frame(&input[at..]) {
            at += used;
            match frame {
                Frame::Good(body) => out.push(serde_json::from_slice(body).unwrap()),
                Frame::Bad(v) => out.push(v),
                Frame::Empty => {}
            }
        }
        out
    }

    fn msg(body: &str) -> Vec<u8> {
        framed(body.as_bytes())
    }

    #[test]
    fn good_messages_pass_unchanged_and_bad_ones_are_replaced() {
        let mut input = msg(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#);
        input.extend(msg("{not json}"));
        input.extend(msg(r#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":3,"extra":{"#));
        input.extend(msg(r#"{"jsonrpc":"2.0","id":8,"method":5}"#));
        input.extend(msg(r#"{"foo":1}"#));
        input.extend(msg(r#"{"jsonrpc":"2.0","id":2,"result":null}"#));
        let out = frames(&input);
        assert_eq!(out.len(), 6);
        assert_eq!(out[0]["method"], "shutdown");
        assert_eq!(out[1]["method"], INVALID_MESSAGE);
        assert!(out[1]["params"]["reason"].as_str().unwrap().contains("not JSON"));
        assert_eq!(out[2]["method"], INVALID_MESSAGE, "unparseable: its id cannot be trusted");
        assert_eq!(out[3]["method"], INVALID_MESSAGE, "a method that is not a string");
        assert_eq!(out[4]["method"], INVALID_MESSAGE);
        assert_eq!(out[5]["result"], Value::Null);
    }

    #[test]
    fn a_request_with_an_id_is_answered_on_that_id() {
        let out = frames(&msg(r#"{"jsonrpc":"1.0","id":"abc","method":"textDocument/hover"}"#));
        assert_eq!(out[0]["method"], INVALID_REQUEST);
        assert_eq!(out[0]["id"], "abc");
    }

    #[test]
    fn bad_headers_are_skipped_to_the_next_message() {
        let mut input = b"Content-Type: text/plain\r\n\r\n".to_vec();
        input.extend(b"Content-Length: x\r\n\r\n");
        input.extend(msg(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#));
        let out = frames(&input);
        assert_eq!(out.len(), 3);
        assert!(out[0]["params"]["reason"].as_str().unwrap().contains("no Content-Length"));
        assert!(out[1]["params"]["reason"].as_str().unwrap().contains("not a number"));
        assert_eq!(out[2]["method"], "initialized");
    }

    #[test]
    fn garbage_before_a_header_is_skipped() {
        let mut input = b"garbage".to_vec();
        input.extend(msg(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#));
        let out = frames(&input);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1]["method"], "initialized");
        let mut input = vec![b'x'; MAX_HEADER + 10];
        input.extend(msg(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#));
        let out = frames(&input);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1]["method"], "initialized");
    }

    #[test]
    fn a_frame_still_arriving_waits() {
        let whole = msg(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        for cut in 0..whole.len() {
            assert!(next_frame(&whole[..cut]).is_none(), "cut at {cut}");
        }
        assert!(next_frame(&whole).is_some());
    }
}
