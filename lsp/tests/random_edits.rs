//! Thousands of random incremental edits, sent back to back through the
//! real transport: after each batch the server's text must equal the same
//! edits applied to a plain `String`, and no request may fail.

mod rng;
mod support;

use rng::Rng;
use serde_json::json;
use std::sync::Arc;
use support::Client;
use upy_lsp::runner::NoRunner;

const PIECES: &[&str] = &[
    "a",
    "x",
    " ",
    "é",
    "ß",
    "😀",
    "中",
    "\n",
    "\r\n",
    "\r",
    "(",
    ")",
    ".",
    ":",
    "'",
    "\"",
    "#",
    "\t",
    "import machine\n",
    "def f(a, b):\n    return a\n",
    "led = machine.Pin(2)\nled.",
    "    ",
    "class C:\n",
];

/// LSP position (line, UTF-16 column) of byte `offset` in `text`, with
/// `\n`, `\r\n` and a lone `\r` each ending a line.
fn position(text: &str, offset: usize) -> (u32, u32) {
    let mut line = 0u32;
    let mut line_start = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    (line, text[line_start..offset].encode_utf16().count() as u32)
}

fn to_pos(model: &str, o: usize, utf8: bool) -> serde_json::Value {
    let (l, c) = position(model, o);
    let c = if utf8 {
        let line_start =
            o - model[..o].chars().rev().take_while(|ch| *ch != '\n' && *ch != '\r').map(char::len_utf8).sum::<usize>();
        (o - line_start) as u32
    } else {
        c
    };
    json!({"line": l, "character": c})
}

/// A random char boundary that is not between `\r` and `\n`.
fn boundary(rng: &mut Rng, text: &str) -> usize {
    let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    offsets.push(text.len());
    let mut o = offsets[rng.below(offsets.len())];
    if o > 0 && text.as_bytes()[o - 1] == b'\r' && text.as_bytes().get(o) == Some(&b'\n') {
        o -= 1;
    }
    o
}

async fn run(seed: u64, edits: usize, utf8: bool) {
    let mut client = Client::start(Arc::new(NoRunner)).await;
    let caps = if utf8 { json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}) } else { json!({}) };
    let init = client.initialize(caps).await;
    let enc = init["capabilities"]["positionEncoding"].as_str().unwrap_or("utf-16").to_string();
    assert_eq!(enc, if utf8 { "utf-8" } else { "utf-16" });
    let uri = "file:///tmp/random.py";
    let mut model = String::from("import time\n\ndef main():\n    pass\n");
    client
        .notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "python", "version": 0, "text": model}}),
        )
        .await;
    let mut rng = Rng(seed);
    let mut pending = Vec::new();
    for version in 1..=edits {
        let a = boundary(&mut rng, &model);
        let b = boundary(&mut rng, &model);
        let (start, end) = (a.min(b), a.max(b));
        // Mostly small deletions: keep the document from growing without bound.
        let end = if end - start > 40 && rng.below(4) > 0 { start } else { end };
        let end =
            if model.as_bytes().get(end.wrapping_sub(1)) == Some(&b'\r') && model.as_bytes().get(end) == Some(&b'\n') {
                end - 1
            } else {
                end
            };
        let insert: String = (0..rng.below(3)).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        let change = if rng.below(200) == 0 {
            model = insert.clone();
            json!({"text": insert})
        } else {
            let range = json!({"start": to_pos(&model, start, utf8), "end": to_pos(&model, end, utf8)});
            model.replace_range(start..end, &insert);
            json!({"range": range, "text": insert})
        };
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
            )
            .await;
        if version % 50 == 0 {
            let at = boundary(&mut rng, &model);
            let pos = to_pos(&model, at, utf8);
            let tdp = json!({"textDocument": {"uri": uri}, "position": pos});
            pending.push(client.request_later("textDocument/completion", tdp.clone()).await);
            pending.push(client.request_later("textDocument/hover", tdp.clone()).await);
            pending.push(client.request_later("textDocument/signatureHelp", tdp).await);
        }
        if version % 250 == 0 {
            let text = client.request("upy/documentText", json!({"uri": uri})).await;
            assert_eq!(text.as_str(), Some(model.as_str()), "text differs after edit {version} (seed {seed})");
        }
    }
    for id in pending {
        let r = client.response(id).await;
        assert!(r.get("error").is_none(), "request failed: {r}");
    }
    let text = client.request("upy/documentText", json!({"uri": uri})).await;
    assert_eq!(text.as_str(), Some(model.as_str()));
    // Diagnostics keep coming: the server survived every intermediate text.
    client.diagnostics(uri).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_edits_utf16() {
    run(0x5eed_0001, 3000, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_edits_utf8() {
    run(0x5eed_0002, 2000, true).await;
}
