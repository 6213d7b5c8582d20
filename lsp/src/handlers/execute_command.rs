//! `workspace/executeCommand`: run a cell or a file through the
//! `CodeRunner`, interrupt it, switch target, put a file on the target,
//! reset it, or draw the simulated board's pins. Output streams to the
//! client as `upy/output` notifications while the program prints.

use crate::analysis::cells::cell_code;
use crate::edit::{offset_at, LinePosition};
use crate::runner::{OutputStream, Place, RunRequest, RunResult, TargetChoice};
use crate::server::Server;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::*;

pub const COMMANDS: &[&str] = &[
    "upy.runCell",
    "upy.runFile",
    "upy.interrupt",
    "upy.selectTarget",
    "upy.putFile",
    "upy.resetTarget",
    "upy.pinsSvg",
    "upy.releasePort",
];

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

/// `{uri, line}` runs the cell at `line` of the open document (code
/// lenses); `{uri, code, line}` runs `code` as it starts at `line` (the
/// extension's cell and selection commands). `target` is `local`, `board`
/// or absent (the selected target).
#[derive(Deserialize, Default)]
struct RunArgs {
    uri: String,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    line: u32,
    #[serde(default)]
    target: Option<String>,
}

/// `{target: "esp32" | "/dev/ttyUSB0" | "auto" | "local"}`, or the settings
/// shape `{board, port, baudrate, virtualTime}`.
#[derive(Deserialize)]
#[serde(untagged)]
enum TargetArgs {
    Named { target: String },
    Settings(TargetChoice),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PutFileArgs {
    path: String,
    content_base64: String,
}

#[derive(Deserialize, Default)]
struct PinsArgs {
    #[serde(default)]
    board: Option<String>,
}

fn first_arg<T: for<'de> Deserialize<'de>>(params: &ExecuteCommandParams) -> jsonrpc::Result<T> {
    let v = params.arguments.first().cloned().unwrap_or(Value::Null);
    serde_json::from_value(v).map_err(|e| jsonrpc::Error::invalid_params(format!("{}: {e}", params.command)))
}

/// Like `first_arg`, for commands whose argument may be left out.
fn optional_arg<T: for<'de> Deserialize<'de> + Default>(params: &ExecuteCommandParams) -> jsonrpc::Result<T> {
    match params.arguments.first() {
        None | Some(Value::Null) => Ok(T::default()),
        Some(_) => first_arg(params),
    }
}

/// A failure the user must read (a wrong port, a busy board), as the
/// command's error.
fn failed(message: String) -> jsonrpc::Error {
    jsonrpc::Error { code: jsonrpc::ErrorCode::InvalidRequest, message: message.into(), data: None }
}

/// Runs blocking runner work (serial I/O, waiting for a run to stop) off
/// the async runtime, so other requests keep being answered.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, String> + Send + 'static) -> jsonrpc::Result<T> {
    match tokio::task::spawn_blocking(f).await {
        Ok(result) => result.map_err(failed),
        Err(e) => Err(failed(format!("the interpreter stopped: {e}"))),
    }
}

pub async fn execute(server: &Server, params: ExecuteCommandParams) -> jsonrpc::Result<Option<Value>> {
    match params.command.as_str() {
        "upy.runCell" | "upy.runFile" => {
            let args: RunArgs = first_arg(&params)?;
            let place = match args.target.as_deref() {
                None | Some("") | Some("current") => Place::Current,
                Some("local") => Place::Local,
                Some("board") => Place::Board,
                Some(other) => {
                    return Err(jsonrpc::Error::invalid_params(format!(
                        "unknown run target `{other}`: use local or board"
                    )))
                }
            };
            let code = code_to_run(server, &args, params.command == "upy.runCell")?;
            let result = run(server, args.uri.clone(), code, place).await;
            Ok(Some(serde_json::to_value(result).unwrap_or(Value::Null)))
        }
        "upy.interrupt" => {
            server.runner.interrupt();
            Ok(None)
        }
        "upy.selectTarget" => {
            let choice = match first_arg::<TargetArgs>(&params)? {
                TargetArgs::Named { target } => TargetChoice::from_name(&target),
                TargetArgs::Settings(choice) => choice,
            };
            let runner = server.runner.clone();
            let description = blocking(move || runner.select_target(&choice)).await?;
            Ok(Some(json!({ "target": description })))
        }
        "upy.putFile" => {
            let args: PutFileArgs = first_arg(&params)?;
            let data = base64::engine::general_purpose::STANDARD.decode(args.content_base64.trim()).map_err(|e| {
                jsonrpc::Error::invalid_params(format!("upy.putFile: contentBase64 is not base64: {e}"))
            })?;
            put_file(server, args.path.clone(), data, params.work_done_progress_params.work_done_token).await?;
            Ok(Some(json!({ "path": args.path })))
        }
        "upy.resetTarget" => {
            let runner = server.runner.clone();
            let description = blocking(move || runner.reset()).await?;
            Ok(Some(json!({ "target": description })))
        }
        "upy.releasePort" => {
            let runner = server.runner.clone();
            blocking(move || runner.release_port()).await?;
            Ok(None)
        }
        "upy.pinsSvg" => {
            let args: PinsArgs = optional_arg(&params)?;
            let runner = server.runner.clone();
            let svg = blocking(move || runner.pins_svg(args.board.as_deref())).await?;
            Ok(Some(json!({ "svg": svg })))
        }
        other => Err(jsonrpc::Error::invalid_params(format!("unknown command `{other}`"))),
    }
}

/// The code to run, preceded by blank lines up to where it starts in the
/// document, so tracebacks name the document's lines.
fn code_to_run(server: &Server, args: &RunArgs, cell: bool) -> jsonrpc::Result<String> {
    if let Some(code) = &args.code {
        return Ok(format!("{}{code}", "\n".repeat(args.line as usize)));
    }
    let uri: Uri = args.uri.parse().map_err(|_| jsonrpc::Error::invalid_params("bad uri"))?;
    let state = server.lock();
    let doc = state.docs.texts.get(&uri).ok_or_else(|| jsonrpc::Error::invalid_params("document is not open"))?;
    let text = doc.rope.to_string();
    if !cell {
        return Ok(text);
    }
    let offset = offset_at(&doc.rope, LinePosition { line: args.line, character: 0 }, state.encoding);
    match cell_code(&text, offset as u32) {
        Some((cell, code)) => {
            // The body starts on the line after the `# %%` marker.
            let first_line = doc.rope.byte_to_line(cell.marker.start as usize) + 1;
            Ok(format!("{}{code}", "\n".repeat(first_line)))
        }
        // A file without markers is one cell.
        None => Ok(text),
    }
}

/// Upload with the editor's progress shown (`$/progress`): on the token the
/// client sent, else on one the server asks for; without either, quietly.
async fn put_file(server: &Server, path: String, data: Vec<u8>, token: Option<ProgressToken>) -> jsonrpc::Result<()> {
    let token = match token {
        Some(token) => Some(token),
        None if !server.lock().client_shows_progress => None,
        None => {
            static UPLOADS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
            let n = UPLOADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let token = ProgressToken::String(format!("upy-put-{n}"));
            server.client.create_work_done_progress(token.clone()).await.ok().map(|()| token)
        }
    };
    let progress = match token {
        Some(token) => {
            Some(server.client.progress(token, format!("Uploading {path}")).with_percentage(0).begin().await)
        }
        None => None,
    };
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<u32>();
    let runner = server.runner.clone();
    let task = tokio::task::spawn_blocking(move || {
        let mut last = 0;
        runner.put_file_with_progress(&path, &data, &mut |done, total| {
            let percent = (done * 100).checked_div(total).unwrap_or(100) as u32;
            if percent != last {
                last = percent;
                let _ = tx.send(percent);
            }
        })
    });
    while let Some(percent) = rx.recv().await {
        if let Some(progress) = &progress {
            progress.report(percent).await;
        }
    }
    if let Some(progress) = progress {
        progress.finish().await;
    }
    match task.await {
        Ok(result) => result.map_err(failed),
        Err(e) => Err(failed(format!("the interpreter stopped: {e}"))),
    }
}

async fn run(server: &Server, uri: String, code: String, place: Place) -> RunResult {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(OutputStream, String)>();
    let runner = server.runner.clone();
    let file_name =
        if uri.ends_with(".py") { uri.rsplit('/').next().unwrap_or("<stdin>").to_string() } else { "<stdin>".into() };
    let task = tokio::task::spawn_blocking(move || {
        let request = RunRequest { code: &code, file_name: &file_name, place };
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
