//! `workspace/executeCommand`: run a cell or a file through the
//! `CodeRunner`, interrupt it, or switch target. Output streams to the
//! client as `upy/output` notifications while the program prints.

use crate::analysis::cells::cell_code;
use crate::edit::{offset_at, LinePosition};
use crate::runner::{OutputStream, RunRequest, RunResult};
use crate::server::Server;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::*;

pub const COMMANDS: &[&str] = &["upy.runCell", "upy.runFile", "upy.interrupt", "upy.selectTarget"];

/// The `upy/output` notification.
pub enum UpyOutput {}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OutputParams {
    pub uri: Option<String>,
    pub stream: OutputStream,
    pub text: String,
}

impl Notification for UpyOutput {
    type Params = OutputParams;
    const METHOD: &'static str = "upy/output";
}

#[derive(Deserialize, Default)]
struct RunArgs {
    uri: String,
    #[serde(default)]
    line: u32,
    #[serde(default)]
    target: Option<String>,
}

#[derive(Deserialize)]
struct TargetArgs {
    target: String,
}

fn first_arg<T: for<'de> Deserialize<'de>>(params: &ExecuteCommandParams) -> jsonrpc::Result<T> {
    let v = params.arguments.first().cloned().unwrap_or(Value::Null);
    serde_json::from_value(v).map_err(|e| jsonrpc::Error::invalid_params(format!("{}: {e}", params.command)))
}

pub async fn execute(server: &Server, params: ExecuteCommandParams) -> jsonrpc::Result<Option<Value>> {
    match params.command.as_str() {
        "upy.runCell" | "upy.runFile" => {
            let args: RunArgs = first_arg(&params)?;
            let code = code_to_run(server, &args, params.command == "upy.runCell")?;
            let result = run(server, args.uri.clone(), code, args.target.as_deref() == Some("board")).await;
            Ok(Some(serde_json::to_value(result).unwrap_or(Value::Null)))
        }
        "upy.interrupt" => {
            server.runner.interrupt();
            Ok(None)
        }
        "upy.selectTarget" => {
            let args: TargetArgs = first_arg(&params)?;
            match server.runner.select_target(&args.target) {
                Ok(description) => Ok(Some(json!({ "target": description }))),
                Err(e) => Err(jsonrpc::Error { code: jsonrpc::ErrorCode::InvalidRequest, message: e.into(), data: None }),
            }
        }
        other => Err(jsonrpc::Error::invalid_params(format!("unknown command `{other}`"))),
    }
}

fn code_to_run(server: &Server, args: &RunArgs, cell: bool) -> jsonrpc::Result<String> {
    let uri: Uri = args.uri.parse().map_err(|_| jsonrpc::Error::invalid_params("bad uri"))?;
    let state = server.lock();
    let doc = state.docs.texts.get(&uri).ok_or_else(|| jsonrpc::Error::invalid_params("document is not open"))?;
    let text = doc.rope.to_string();
    if !cell {
        return Ok(text);
    }
    let offset = offset_at(&doc.rope, LinePosition { line: args.line, character: 0 }, state.encoding);
    match cell_code(&text, offset as u32) {
        Some((_, code)) => Ok(code.to_string()),
        // A file without markers is one cell.
        None => Ok(text),
    }
}

async fn run(server: &Server, uri: String, code: String, on_board: bool) -> RunResult {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(OutputStream, String)>();
    let runner = server.runner.clone();
    let file_name = if uri.ends_with(".py") { uri.rsplit('/').next().unwrap_or("<stdin>").to_string() } else { "<stdin>".into() };
    let task = tokio::task::spawn_blocking(move || {
        let request = RunRequest { code: &code, file_name: &file_name, on_board };
        runner.run(&request, &mut |stream, text| {
            // The receiver only goes away if the client did: nothing to do.
            let _ = tx.send((stream, text.to_string()));
        })
    });
    let mut sent_any = false;
    while let Some((stream, text)) = rx.recv().await {
        server.client.send_notification::<UpyOutput>(OutputParams { uri: Some(uri.clone()), stream, text }).await;
        sent_any = true;
    }
    if sent_any {
        // tower-lsp writes notifications and responses through two queues
        // merged as they become ready: give the last output a moment to
        // reach the client before the reply that says the run is over.
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    task.await.unwrap_or_else(|e| RunResult::Error {
        ename: "RuntimeError".into(),
        evalue: format!("the interpreter stopped: {e}"),
        traceback: Vec::new(),
    })
}
