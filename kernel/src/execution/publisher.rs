//! IOPub messages from the execution thread. Sends block when the iopub
//! queue is full, which slows a printing loop down to what the socket can
//! carry instead of buffering without bound.

use jupyter_protocol::Header;
use serde_json::{json, Map, Value};
use tokio::sync::mpsc;
use upy_vm::target::{ErrorInfo, MimeBundle, Stream};

use crate::channels::iopub::Item;
use crate::wire::MessageFactory;

#[derive(Clone)]
pub struct Publisher {
    queue: mpsc::Sender<Item>,
    factory: MessageFactory,
}

impl Publisher {
    pub fn new(queue: mpsc::Sender<Item>, factory: MessageFactory) -> Publisher {
        Publisher { queue, factory }
    }

    pub fn publish(&self, parent: &Header, msg_type: &str, content: Value) {
        let message = self.factory.broadcast(Some(parent), msg_type, content);
        // Closed only while the kernel shuts down; output then has nowhere to go.
        let _ = self.queue.blocking_send(Item::Publish(message));
    }

    pub fn status(&self, parent: &Header, state: &str) {
        self.publish(parent, "status", json!({ "execution_state": state }));
    }

    pub fn stream(&self, parent: &Header, stream: Stream, text: &str) {
        let name = match stream {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        };
        self.publish(parent, "stream", json!({ "name": name, "text": text }));
    }

    pub fn display(&self, parent: &Header, bundle: &MimeBundle) {
        self.publish(parent, "display_data", json!({ "data": bundle_json(bundle), "metadata": {}, "transient": {} }));
    }

    /// A display that later updates replace in place (`display_id`).
    pub fn display_with_id(&self, parent: &Header, bundle: &MimeBundle, display_id: &str, update: bool) {
        let msg_type = if update { "update_display_data" } else { "display_data" };
        self.publish(
            parent,
            msg_type,
            json!({ "data": bundle_json(bundle), "metadata": {}, "transient": { "display_id": display_id } }),
        );
    }

    pub fn execute_result(&self, parent: &Header, count: usize, bundle: &MimeBundle) {
        self.publish(
            parent,
            "execute_result",
            json!({ "execution_count": count, "data": bundle_json(bundle), "metadata": {}, "transient": {} }),
        );
    }

    pub fn error(&self, parent: &Header, error: &ErrorInfo) {
        self.publish(parent, "error", error_json(error));
    }

    pub fn clear_output(&self, parent: &Header, wait: bool) {
        self.publish(parent, "clear_output", json!({ "wait": wait }));
    }
}

/// A MIME bundle as the protocol's `data` object. JSON mime types carry
/// JSON, not a string holding it.
pub fn bundle_json(bundle: &MimeBundle) -> Value {
    let mut data = Map::new();
    for (mime, content) in bundle {
        let value = if mime.ends_with("json") {
            serde_json::from_str(content).unwrap_or_else(|_| Value::String(content.clone()))
        } else {
            Value::String(content.clone())
        };
        data.entry(mime.clone()).or_insert(value);
    }
    Value::Object(data)
}

pub fn error_json(error: &ErrorInfo) -> Value {
    json!({ "ename": error.ename, "evalue": error.evalue, "traceback": error.traceback })
}

/// The `text/plain` of a bundle, for history's output column.
pub fn plain_text(bundle: &MimeBundle) -> String {
    bundle.iter().find(|(mime, _)| mime == "text/plain").map(|(_, text)| text.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_keep_the_first_of_each_mime_and_parse_json() {
        let bundle = vec![
            ("image/svg+xml".to_string(), "<svg/>".to_string()),
            ("application/json".to_string(), "{\"a\": 1}".to_string()),
            ("text/plain".to_string(), "board".to_string()),
            ("text/plain".to_string(), "ignored".to_string()),
        ];
        assert_eq!(
            bundle_json(&bundle),
            json!({"image/svg+xml": "<svg/>", "application/json": {"a": 1}, "text/plain": "board"})
        );
        assert_eq!(plain_text(&bundle), "board");
    }
}
