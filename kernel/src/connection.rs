//! The connection file a Jupyter client writes: where to bind, and the key.

use std::path::Path;

use anyhow::Context;
pub use jupyter_protocol::ConnectionInfo;

pub fn load(path: &Path) -> anyhow::Result<ConnectionInfo> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading connection file {}", path.display()))?;
    parse(&text).with_context(|| format!("in connection file {}", path.display()))
}

pub fn parse(text: &str) -> anyhow::Result<ConnectionInfo> {
    let info: ConnectionInfo = serde_json::from_str(text)?;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_jupyter_client_writes() {
        let info = parse(
            r#"{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003,
                "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1",
                "key": "a0436f6c-1916-498b", "transport": "tcp",
                "signature_scheme": "hmac-sha256", "kernel_name": "micropython"}"#,
        )
        .unwrap();
        assert_eq!(info.shell_url(), "tcp://127.0.0.1:5001");
        assert_eq!(info.hb_url(), "tcp://127.0.0.1:5005");
        assert_eq!(info.key, "a0436f6c-1916-498b");
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        assert!(parse("{\"shell_port\": 1").is_err());
        assert!(load(Path::new("/nonexistent/kernel.json")).is_err());
    }
}
