//! `initialize`: negotiate the position encoding, read settings and
//! `upy.toml`, and advertise what the server does.

use crate::analysis::semantic_tokens::{TOKEN_MODIFIERS, TOKEN_TYPES};
use crate::analysis::stubs::StubSet;
use crate::edit::PositionEncoding;
use crate::handlers::execute_command::COMMANDS;
use crate::runner::TargetChoice;
use crate::server::Server;
use crate::state::project_board;
use tower_lsp_server::ls_types::*;

pub fn initialize(server: &Server, params: InitializeParams) -> InitializeResult {
    let offered: Vec<String> = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
        .map(|v| v.iter().map(|e| e.as_str().to_string()).collect())
        .unwrap_or_default();
    let enc = PositionEncoding::negotiate(offered.iter().map(String::as_str));
    let root = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .and_then(|f| f.uri.to_file_path().map(|p| p.into_owned()))
        .or_else(|| {
            #[allow(deprecated)]
            params.root_uri.as_ref().and_then(|u| u.to_file_path().map(|p| p.into_owned()))
        });
    {
        let mut state = server.lock();
        state.encoding = enc;
        state.setting_board = params.initialization_options.as_ref().and_then(super::configuration::board_setting);
        state.project_board = root.as_deref().and_then(project_board);
        state.user_stub_roots = root.as_deref().map(crate::analysis::stubs::user::roots).unwrap_or_default();
        state.workspace_root = root;
        state.client_shows_progress =
            params.capabilities.window.as_ref().and_then(|w| w.work_done_progress).unwrap_or(false);
        // Load the board's stubs while the client is still sending the
        // first document: its diagnostics then need only the parse and
        // the checks.
        let board = state.setting_board.or(state.project_board).unwrap_or_default();
        std::thread::spawn(move || StubSet::for_board(board));
    }
    // The same settings pick where "Run cell" runs; a port is only opened
    // by the first run, so start-up never waits on a serial line. With the
    // board on "auto", runs go to the simulated board upy.toml names (else
    // the one `upy lsp --board` gave, esp32).
    let mut choice =
        params.initialization_options.and_then(|o| serde_json::from_value::<TargetChoice>(o).ok()).unwrap_or_default();
    if choice.board.as_deref().and_then(crate::analysis::board::Board::parse).is_none() {
        choice.board = server.lock().project_board.map(|b| b.name().to_string());
    }
    server.runner.configure(&choice);
    InitializeResult {
        server_info: Some(ServerInfo { name: "upy".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
        capabilities: capabilities(enc),
        offset_encoding: None,
    }
}

fn capabilities(enc: PositionEncoding) -> ServerCapabilities {
    let kind = match enc {
        PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
    };
    ServerCapabilities {
        position_encoding: Some(kind),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            ..Default::default()
        })),
        notebook_document_sync: Some(OneOf::Left(NotebookDocumentSyncOptions {
            notebook_selector: vec![NotebookSelector::ByCells {
                notebook: None,
                cells: vec![NotebookCellSelector { language: "python".into() }],
            }],
            save: None,
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".into(), " ".into(), "(".into(), ",".into()]),
            ..Default::default()
        }),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        signature_help_provider: Some(SignatureHelpOptions {
            trigger_characters: Some(vec!["(".into(), ",".into()]),
            retrigger_characters: Some(vec!["=".into()]),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: SemanticTokensLegend {
                    token_types: TOKEN_TYPES.iter().map(|t| SemanticTokenType::new(t)).collect(),
                    token_modifiers: TOKEN_MODIFIERS.iter().map(|m| SemanticTokenModifier::new(m)).collect(),
                },
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                work_done_progress_options: Default::default(),
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..Default::default()
        })),
        code_lens_provider: Some(CodeLensOptions { resolve_provider: Some(false) }),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: COMMANDS.iter().map(|c| c.to_string()).collect(),
            work_done_progress_options: Default::default(),
        }),
        ..Default::default()
    }
}
