//! `kernel_info_reply`: who this kernel is and what language it speaks.

use jupyter_protocol::{CodeMirrorMode, HelpLink, KernelInfoReply, LanguageInfo, ReplyStatus};

use crate::wire::PROTOCOL_VERSION;

/// The MicroPython release whose language the VM follows.
pub const MICROPYTHON_VERSION: &str = "1.24";

pub fn reply() -> KernelInfoReply {
    KernelInfoReply {
        status: ReplyStatus::Ok,
        protocol_version: PROTOCOL_VERSION.to_string(),
        implementation: "upy".to_string(),
        implementation_version: env!("CARGO_PKG_VERSION").to_string(),
        language_info: LanguageInfo {
            name: "micropython".to_string(),
            version: MICROPYTHON_VERSION.to_string(),
            mimetype: Some("text/x-python".to_string()),
            file_extension: Some(".py".to_string()),
            pygments_lexer: Some("python3".to_string()),
            codemirror_mode: Some(CodeMirrorMode::CustomMode { name: "python".to_string(), version: 3 }),
            nbconvert_exporter: Some("python".to_string()),
        },
        banner: format!(
            "MicroPython {MICROPYTHON_VERSION} in the upy kernel {}\nType %help for the notebook commands.",
            env!("CARGO_PKG_VERSION")
        ),
        help_links: vec![
            link("MicroPython documentation", "https://docs.micropython.org/en/latest/"),
            link("MicroPython differences from CPython", "https://docs.micropython.org/en/latest/genrst/index.html"),
            link("machine module", "https://docs.micropython.org/en/latest/library/machine.html"),
        ],
        debugger: false,
        error: None,
    }
}

fn link(text: &str, url: &str) -> HelpLink {
    HelpLink { text: text.to_string(), url: url.to_string() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn language_info_is_what_the_issue_asks() {
        let value = serde_json::to_value(super::reply()).unwrap();
        let info = &value["language_info"];
        assert_eq!(info["name"], "micropython");
        assert_eq!(info["mimetype"], "text/x-python");
        assert_eq!(info["file_extension"], ".py");
        assert_eq!(info["pygments_lexer"], "python3");
        assert_eq!(info["codemirror_mode"], serde_json::json!({"name": "python", "version": 3}));
        assert_eq!(value["status"], "ok");
        assert_eq!(value["implementation"], "upy");
    }
}
