//! Comms: this kernel registers no comm targets, so it reports none and
//! closes any comm a client opens (the protocol's polite refusal).

use jupyter_protocol::{CommClose, CommId, CommInfoReply};
use serde_json::Value;

pub fn info() -> CommInfoReply {
    CommInfoReply::default()
}

/// The `comm_close` answering a `comm_open`, or `None` if it names no comm.
pub fn refuse_open(content: &Value) -> Option<CommClose> {
    let comm_id = content.get("comm_id")?.as_str()?.to_string();
    Some(CommClose { comm_id: CommId(comm_id), data: Default::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_opened_comms_and_lists_none() {
        let close =
            refuse_open(&serde_json::json!({"comm_id": "abc", "target_name": "jupyter.widget", "data": {}})).unwrap();
        assert_eq!(close.comm_id.0, "abc");
        assert!(refuse_open(&serde_json::json!({"target_name": "x"})).is_none());
        assert_eq!(serde_json::to_value(info()).unwrap(), serde_json::json!({"status": "ok", "comms": {}}));
    }
}
