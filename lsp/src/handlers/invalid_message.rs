//! `upy/invalidRequest` and `upy/invalidMessage`: what `input` passes on in
//! place of a frame tower-lsp could not read. The editor hears why (an error
//! reply to a request it waits on, and a line in its output either way); the
//! server and its documents carry on.

use crate::input::InvalidParams;
use crate::server::Server;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::MessageType;

pub async fn request(server: &Server, params: InvalidParams) -> Result<()> {
    log(server, &params.reason).await;
    Err(Error {
        code: ErrorCode::InvalidRequest,
        message: format!("upy could not read this request: {}", params.reason).into(),
        data: None,
    })
}

pub async fn notification(server: &Server, params: InvalidParams) {
    log(server, &params.reason).await;
}

async fn log(server: &Server, reason: &str) {
    server.client.log_message(MessageType::ERROR, format!("upy: dropped a message it could not read: {reason}")).await;
}
