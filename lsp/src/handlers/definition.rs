//! `textDocument/definition`: user code, or the stub file — written once to
//! a cache folder so every editor can open it as a normal file.

use super::snapshot;
use crate::analysis::definition::{definition as find, Definition};
use crate::analysis::stubs::StubSet;
use crate::edit::position_at;
use crate::server::Server;
use ropey::Rope;
use std::path::PathBuf;
use tower_lsp_server::ls_types::*;

pub fn definition(server: &Server, params: GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
    let uri = params.text_document_position_params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position_params.position)?;
    let location = match find(&snap.analysis, offset)? {
        Definition::Local(span) => {
            let (doc, range) = snap.map().range(span)?;
            Location { uri: doc, range }
        }
        Definition::Stub { module, folder, span } => {
            let stubs = &snap.analysis.stubs;
            let (path, source) = stub_file(stubs, &module, &folder)?;
            let rope = Rope::from_str(&source);
            let pos = |o: u32| {
                let p = position_at(&rope, o as usize, snap.enc);
                Position::new(p.line, p.character)
            };
            Location { uri: Uri::from_file_path(&path)?, range: Range::new(pos(span.start), pos(span.end)) }
        }
    };
    Some(GotoDefinitionResponse::Scalar(location))
}

/// Where a stub is mirrored on disk: `<cache>/upy/stubs/<folder>/<module>.pyi`.
fn stub_file(stubs: &StubSet, module: &str, folder: &str) -> Option<(PathBuf, String)> {
    let m = stubs.module(module)?;
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    let path = base.join("upy").join("stubs").join(folder).join(format!("{}.pyi", m.name.replace('.', "/")));
    let source = m.source.to_string();
    let current = std::fs::read_to_string(&path).ok();
    if current.as_deref() != Some(source.as_str()) {
        std::fs::create_dir_all(path.parent()?).ok()?;
        std::fs::write(&path, &source).ok()?;
    }
    Some((path, source))
}
