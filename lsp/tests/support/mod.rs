//! A minimal LSP client over in-memory pipes, driving the real server
//! (transport, routing, concurrency and all) inside the test process.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf};
use tokio::sync::mpsc;
use upy_lsp::runner::CodeRunner;

pub struct Client {
    writer: WriteHalf<DuplexStream>,
    incoming: mpsc::UnboundedReceiver<Value>,
    next_id: i64,
    /// Responses read while waiting for another one.
    responses: HashMap<i64, Value>,
    /// Server-to-client notifications, in order.
    pub notifications: Vec<Value>,
}

impl Client {
    pub async fn start(runner: Arc<dyn CodeRunner>) -> Client {
        let (client_io, server_io) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_io);
        tokio::spawn(upy_lsp::serve(server_read, server_write, runner));
        let (client_read, writer) = tokio::io::split(client_io);
        let (tx, incoming) = mpsc::unbounded_channel();
        tokio::spawn(read_loop(client_read, tx));
        Client { writer, incoming, next_id: 1, responses: HashMap::new(), notifications: Vec::new() }
    }

    async fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer.write_all(frame.as_bytes()).await.expect("server reads");
    }

    /// Bytes as they are, framed or not: for malformed input.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).await.expect("server reads");
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params})).await;
    }

    /// Send a request without waiting; returns its id.
    pub async fn request_later(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})).await;
        id
    }

    /// Wait for the response to request `id` (the whole message).
    pub async fn response(&mut self, id: i64) -> Value {
        loop {
            if let Some(v) = self.responses.remove(&id) {
                return v;
            }
            let msg = tokio::time::timeout(std::time::Duration::from_secs(30), self.incoming.recv())
                .await
                .expect("server answers within 30 s")
                .expect("server still running");
            self.file(msg).await;
        }
    }

    async fn file(&mut self, msg: Value) {
        if msg.get("method").is_some() {
            if let Some(id) = msg.get("id") {
                // A request from the server (e.g. workDoneProgress): accept it.
                let reply = json!({"jsonrpc": "2.0", "id": id, "result": null});
                self.send(reply).await;
            } else {
                self.notifications.push(msg);
            }
        } else if let Some(id) = msg.get("id").and_then(Value::as_i64) {
            self.responses.insert(id, msg);
        }
    }

    /// Request and return the `result`, panicking on an error response.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.request_later(method, params).await;
        let msg = self.response(id).await;
        assert!(msg.get("error").is_none(), "{method} failed: {msg}");
        msg["result"].clone()
    }

    pub async fn initialize(&mut self, capabilities: Value) -> Value {
        let result =
            self.request("initialize", json!({"capabilities": capabilities, "processId": null, "rootUri": null})).await;
        self.notify("initialized", json!({})).await;
        result
    }

    /// Wait until a `publishDiagnostics` for `uri` arrives and return its diagnostics
    /// (the latest one when several are already queued).
    pub async fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            if let Some(pos) = self
                .notifications
                .iter()
                .rposition(|n| n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri)
            {
                let n = self.notifications.remove(pos);
                self.notifications
                    .retain(|m| !(m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri));
                return n["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
            }
            let msg = tokio::time::timeout(std::time::Duration::from_secs(30), self.incoming.recv())
                .await
                .expect("diagnostics within 30 s")
                .expect("server still running");
            self.file(msg).await;
        }
    }

    /// Read everything the server has sent so far into `notifications`.
    pub async fn drain(&mut self) {
        while let Ok(Some(msg)) =
            tokio::time::timeout(std::time::Duration::from_millis(200), self.incoming.recv()).await
        {
            self.file(msg).await;
        }
    }
}

async fn read_loop(read: ReadHalf<DuplexStream>, tx: mpsc::UnboundedSender<Value>) {
    let mut reader = BufReader::new(read);
    loop {
        let mut len = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                len = v.parse().expect("numeric length");
            }
        }
        let mut body = vec![0u8; len];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        let Ok(v) = serde_json::from_slice(&body) else { return };
        if tx.send(v).is_err() {
            return;
        }
    }
}
