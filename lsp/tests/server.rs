//! The server end to end, in process: documents, notebooks, settings,
//! code actions, cells and the run-cell plumbing.

mod support;

use serde_json::{json, Value};
use std::sync::Arc;
use support::Client;
use upy_lsp::runner::{EchoRunner, NoRunner};

async fn open(client: &mut Client, uri: &str, text: &str) -> Vec<Value> {
    client
        .notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}),
        )
        .await;
    client.diagnostics(uri).await
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags.iter().map(|d| d["code"].as_str().unwrap_or("").to_string()).collect()
}

fn pos(line: u32, character: u32) -> Value {
    json!({"line": line, "character": character})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capabilities_and_diagnostics() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    let init = c.initialize(json!({})).await;
    let caps = &init["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2);
    assert!(caps["notebookDocumentSync"].is_object());
    let diags =
        open(&mut c, "file:///w/a.py", "import threading\nprint(undefined_name, threading)\nmachine.Pin(2)\n").await;
    assert_eq!(codes(&diags), ["MPY201", "MPY101", "MPY101"]);
    assert_eq!(diags[1]["range"], json!({"start": pos(1, 6), "end": pos(1, 20)}));
    assert_eq!(diags[0]["source"], "upy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_fix_adds_the_missing_import() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/fix.py";
    let diags = open(&mut c, uri, "\"\"\"Doc.\"\"\"\nimport time\nmachine.reset(time)\n").await;
    assert_eq!(codes(&diags), ["MPY101"]);
    let actions = c
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diags[0]["range"], "context": {"diagnostics": diags}}),
        )
        .await;
    let action = &actions[0];
    assert_eq!(action["title"], "Add `import machine`");
    let edit = &action["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "import machine\n");
    assert_eq!(edit["range"]["start"], pos(2, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn board_from_settings_and_comment() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/pins.py";
    let generic = open(&mut c, uri, "from machine import Pin\np = Pin(20)\n").await;
    assert!(!codes(&generic).contains(&"MPY303".to_string()), "{generic:?}");
    c.notify("workspace/didChangeConfiguration", json!({"settings": {"upy": {"board": "esp32"}}})).await;
    let esp32 = c.diagnostics(uri).await;
    assert_eq!(codes(&esp32), ["MPY303"]);
    // A `# board:` comment wins over the setting.
    let uri2 = "file:///w/pins2.py";
    let rp2 = open(&mut c, uri2, "# board: rp2\nfrom machine import Pin\np = Pin(20)\n").await;
    assert!(codes(&rp2).is_empty(), "{rp2:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notebook_cells_are_one_program() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let nb = "file:///w/lab.ipynb";
    let cell = |i: u32| format!("vscode-notebook-cell:/w/lab.ipynb#C{i}");
    c.notify(
        "notebookDocument/didOpen",
        json!({
            "notebookDocument": {"uri": nb, "notebookType": "jupyter-notebook", "version": 1, "cells": [
                {"kind": 2, "document": cell(1)}, {"kind": 1, "document": cell(2)}, {"kind": 2, "document": cell(3)}]},
            "cellTextDocuments": [
                {"uri": cell(1), "languageId": "python", "version": 1, "text": "import machine\nled = machine.Pin(2)\n"},
                {"uri": cell(2), "languageId": "markdown", "version": 1, "text": "# Notes"},
                {"uri": cell(3), "languageId": "python", "version": 1, "text": "led.on()\nprint(missing)\n"}]
        }),
    )
    .await;
    let d3 = c.diagnostics(&cell(3)).await;
    assert_eq!(codes(&d3), ["MPY101"], "{d3:?}");
    assert_eq!(d3[0]["range"]["start"], pos(1, 6));
    // Completion in a later cell sees the instance made in an earlier one.
    let items =
        c.request("textDocument/completion", json!({"textDocument": {"uri": cell(3)}, "position": pos(0, 4)})).await;
    let labels: Vec<&str> = items["items"].as_array().unwrap().iter().filter_map(|i| i["label"].as_str()).collect();
    assert!(labels.contains(&"on") && labels.contains(&"value"), "{labels:?}");
    // Edit the last cell: the error goes away.
    c.notify(
        "notebookDocument/didChange",
        json!({"notebookDocument": {"uri": nb, "version": 2}, "change": {"cells": {"textContent": [
            {"document": {"uri": cell(3), "version": 2}, "changes": [{"range": {"start": pos(1, 6), "end": pos(1, 13)}, "text": "led"}]}]}}}),
    )
    .await;
    let d3 = c.diagnostics(&cell(3)).await;
    assert!(d3.is_empty(), "{d3:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_cell_streams_output() {
    let mut c = Client::start(Arc::new(EchoRunner::default())).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/cells.py";
    open(&mut c, uri, "# %% setup\nx = 1\n# %% blink\nprint(x)\n").await;
    let lenses = c.request("textDocument/codeLens", json!({"textDocument": {"uri": uri}})).await;
    let lenses = lenses.as_array().unwrap();
    assert_eq!(lenses.len(), 4);
    assert_eq!(lenses[2]["range"]["start"], pos(2, 0));
    let cmd = &lenses[2]["command"];
    assert_eq!(cmd["command"], "upy.runCell");
    let result =
        c.request("workspace/executeCommand", json!({"command": "upy.runCell", "arguments": cmd["arguments"]})).await;
    assert_eq!(result["status"], "ok");
    c.drain().await;
    let output: Vec<&Value> = c.notifications.iter().filter(|n| n["method"] == "upy/output").collect();
    assert_eq!(output.len(), 1);
    assert_eq!(output[0]["params"]["text"], "print(x)\n");
    assert_eq!(output[0]["params"]["stream"], "stdout");
    let target = c
        .request(
            "workspace/executeCommand",
            json!({"command": "upy.selectTarget", "arguments": [{"target": "/dev/ttyUSB0"}]}),
        )
        .await;
    assert_eq!(target["target"], "echo (/dev/ttyUSB0)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_offers_names_from_the_live_session() {
    let mut c = Client::start(Arc::new(EchoRunner::default())).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/live.py";
    open(&mut c, uri, "secret_level = 3\n").await;
    let r = c.request("workspace/executeCommand", json!({"command": "upy.runFile", "arguments": [{"uri": uri}]})).await;
    assert_eq!(r["status"], "ok");
    // The definition leaves the file; the session still has the name.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "sec"}]}),
    )
    .await;
    let items =
        c.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": pos(0, 3)})).await;
    let live: Vec<&Value> =
        items["items"].as_array().unwrap().iter().filter(|i| i["label"] == "secret_level").collect();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0]["detail"], "live");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn board_from_upy_toml() {
    let dir = std::env::temp_dir().join(format!("upy-lsp-toml-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("upy.toml"), "board = \"esp32\"\n").unwrap();
    let mut c = Client::start(Arc::new(NoRunner)).await;
    let root = format!("file://{}", dir.display());
    c.request("initialize", json!({"capabilities": {}, "processId": null, "rootUri": root})).await;
    c.notify("initialized", json!({})).await;
    let diags = open(&mut c, &format!("{root}/main.py"), "from machine import Pin\np = Pin(24)\n").await;
    assert_eq!(codes(&diags), ["MPY303"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_interpreter_running_reports_why() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/run.py";
    open(&mut c, uri, "print(1)\n").await;
    let result =
        c.request("workspace/executeCommand", json!({"command": "upy.runFile", "arguments": [{"uri": uri}]})).await;
    assert_eq!(result["status"], "error");
    assert!(result["evalue"].as_str().unwrap().contains("without an interpreter"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn navigation_requests() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/nav.py";
    let text = "import machine\n\nclass Blinker:\n    def __init__(self, pin):\n        self.led = machine.Pin(pin)\n\n    def blink(self):\n        self.led.on()\n\nb = Blinker(2)\nb.blink()\n";
    open(&mut c, uri, text).await;
    let tdp = |line, ch| json!({"textDocument": {"uri": uri}, "position": pos(line, ch)});
    // Definition of a user class.
    let def = c.request("textDocument/definition", tdp(9, 5)).await;
    assert_eq!(def["range"]["start"], pos(2, 6));
    // Definition of a stub method lands in a stub file on disk.
    let def = c.request("textDocument/definition", tdp(7, 18)).await;
    let path = def["uri"].as_str().unwrap();
    assert!(path.starts_with("file://") && path.ends_with("machine.pyi"), "{def}");
    // References and rename of `b`.
    let refs = c
        .request(
            "textDocument/references",
            json!({"textDocument": {"uri": uri}, "position": pos(9, 0), "context": {"includeDeclaration": true}}),
        )
        .await;
    assert_eq!(refs.as_array().unwrap().len(), 2);
    let edit = c
        .request(
            "textDocument/rename",
            json!({"textDocument": {"uri": uri}, "position": pos(10, 0), "newName": "blinker"}),
        )
        .await;
    assert_eq!(edit["changes"][uri].as_array().unwrap().len(), 2);
    let bad = c
        .request_later(
            "textDocument/rename",
            json!({"textDocument": {"uri": uri}, "position": pos(10, 0), "newName": "class"}),
        )
        .await;
    assert!(c.response(bad).await.get("error").is_some());
    // Outline, folding, semantic tokens, hover.
    let symbols = c.request("textDocument/documentSymbol", json!({"textDocument": {"uri": uri}})).await;
    let names: Vec<&str> = symbols.as_array().unwrap().iter().filter_map(|s| s["name"].as_str()).collect();
    assert_eq!(names, ["Blinker", "b"]);
    assert_eq!(symbols[0]["children"].as_array().unwrap().len(), 2);
    let folds = c.request("textDocument/foldingRange", json!({"textDocument": {"uri": uri}})).await;
    assert!(folds.as_array().unwrap().iter().any(|f| f["startLine"] == 2 && f["endLine"] == 7), "{folds}");
    let tokens = c.request("textDocument/semanticTokens/full", json!({"textDocument": {"uri": uri}})).await;
    assert!(tokens["data"].as_array().unwrap().len() >= 5 * 10);
    let hover = c.request("textDocument/hover", tdp(7, 19)).await;
    assert!(hover["contents"]["value"].as_str().unwrap().contains("def Pin.on"), "{hover}");
    let sig = c.request("textDocument/signatureHelp", tdp(9, 12)).await;
    assert_eq!(sig["signatures"][0]["label"], "Blinker(pin)");
    assert_eq!(sig["activeParameter"], 0);
}

#[test]
fn deeply_nested_code_is_diagnosed_not_fatal() {
    // Same stack size as `run_stdio` gives its workers.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_stack_size(16 << 20)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut c = Client::start(Arc::new(NoRunner)).await;
        c.initialize(json!({})).await;
        let text = format!(
            "x = {}1{}\ny = {}1\nz = {}\nw = {}\n",
            "(".repeat(3000),
            ")".repeat(3000),
            "-".repeat(20000),
            vec!["a"; 20000].join("+"),
            vec!["a"; 150].join(".b(").to_string() + &")".repeat(149)
        );
        let diags = open(&mut c, "file:///w/deep.py", &text).await;
        assert!(codes(&diags).contains(&"MPY001".to_string()), "{diags:?}");
        let hover = c
            .request(
                "textDocument/hover",
                json!({"textDocument": {"uri": "file:///w/deep.py"}, "position": pos(3, 600)}),
            )
            .await;
        let _ = hover;
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_messages_are_answered_and_lose_nothing() {
    let mut c = Client::start(Arc::new(NoRunner)).await;
    c.initialize(json!({})).await;
    let uri = "file:///w/kept.py";
    open(&mut c, uri, "import machine\nled = machine.Pin(2)\nled.\n").await;
    // Not JSON; a method nobody serves; a JSON-RPC 1.0 request (answered
    // on its id); a header with no length; garbage between messages.
    c.send_raw(b"Content-Length: 10\r\n\r\n{not json}").await;
    c.send_raw(b"Content-Length: 50\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"x\",\"params\":1}").await;
    c.send_raw(b"Content-Length: 43\r\n\r\n{\"jsonrpc\":\"1.0\",\"id\":901,\"method\":\"hover\"}").await;
    c.send_raw(b"Content-Type: text/plain\r\n\r\n").await;
    c.send_raw(b"stray bytes").await;
    let reply = c.response(901).await;
    assert_eq!(reply["error"]["code"], -32600, "{reply}");
    assert!(reply["error"]["message"].as_str().unwrap().contains("could not read"), "{reply}");
    // The server still answers, with the document as it was.
    let items =
        c.request("textDocument/completion", json!({"textDocument": {"uri": uri}, "position": pos(2, 4)})).await;
    let labels: Vec<&str> = items["items"].as_array().unwrap().iter().filter_map(|i| i["label"].as_str()).collect();
    assert!(labels.contains(&"value"), "{labels:?}");
    let text = c.request("upy/documentText", json!({"uri": uri})).await;
    assert_eq!(text, "import machine\nled = machine.Pin(2)\nled.\n");
    c.drain().await;
    let logged = c
        .notifications
        .iter()
        .filter(|n| {
            n["method"] == "window/logMessage"
                && n["params"]["message"].as_str().unwrap_or("").contains("could not read")
        })
        .count();
    assert!(logged >= 4, "each bad frame is logged: {:?}", c.notifications);
}
