//! The routing table: each LSP method goes to its handler in `handlers/`.
//! Notifications that change documents apply their change synchronously at
//! the start of the handler (in arrival order), then await publishing.

use crate::handlers;
use crate::runner::CodeRunner;
use crate::state::State;
use std::sync::{Arc, Mutex, MutexGuard};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

pub struct Server {
    pub client: Client,
    pub state: Arc<Mutex<State>>,
    pub runner: Arc<dyn CodeRunner>,
    /// Held while checking a unit is current and publishing its diagnostics,
    /// so an older analysis never overwrites a newer one.
    pub publish_lock: tokio::sync::Mutex<()>,
    /// Works out diagnostics, one run at a time, behind requests.
    pub checker: crate::checker::Checker,
}

impl Server {
    pub fn new(client: Client, runner: Arc<dyn CodeRunner>) -> Server {
        Server {
            client,
            state: Arc::default(),
            runner,
            publish_lock: tokio::sync::Mutex::new(()),
            checker: crate::checker::Checker::new(),
        }
    }

    /// The state; a handler that panicked while holding it leaves it usable.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[derive(serde::Deserialize)]
pub struct DocumentTextParams {
    pub uri: Uri,
}

impl Server {
    /// `upy/documentText`: the server's copy of a document. Lets tests (and
    /// a curious client) check that incremental edits landed as sent.
    pub async fn document_text(&self, params: DocumentTextParams) -> Result<Option<String>> {
        Ok(self.lock().docs.texts.get(&params.uri).map(|d| d.rope.to_string()))
    }
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        Ok(handlers::initialize::initialize(self, params))
    }

    async fn initialized(&self, _: InitializedParams) {}

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let uri = handlers::did_open::apply(self, params);
        handlers::publish::publish(self, &uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = handlers::did_change::apply(self, params);
        handlers::publish::publish(self, &uri).await;
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = handlers::did_close::apply(self, params);
        if let Some(uri) = uri {
            self.client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn notebook_did_open(&self, params: DidOpenNotebookDocumentParams) {
        let uri = handlers::notebook::did_open(self, params);
        handlers::publish::publish(self, &uri).await;
    }

    async fn notebook_did_change(&self, params: DidChangeNotebookDocumentParams) {
        let (uri, closed) = handlers::notebook::did_change(self, params);
        for c in closed {
            self.client.publish_diagnostics(c, Vec::new(), None).await;
        }
        handlers::publish::publish(self, &uri).await;
    }

    async fn notebook_did_close(&self, params: DidCloseNotebookDocumentParams) {
        for c in handlers::notebook::did_close(self, params) {
            self.client.publish_diagnostics(c, Vec::new(), None).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let units = handlers::configuration::apply(self, params);
        for uri in units {
            handlers::publish::publish(self, &uri).await;
        }
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        Ok(handlers::guard(|| handlers::completion::completion(self, params)))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        Ok(handlers::guard(|| handlers::hover::hover(self, params)))
    }

    async fn signature_help(&self, params: SignatureHelpParams) -> Result<Option<SignatureHelp>> {
        Ok(handlers::guard(|| handlers::signature_help::signature_help(self, params)))
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        Ok(handlers::guard(|| handlers::definition::definition(self, params)))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        Ok(handlers::guard(|| handlers::references::references(self, params)))
    }

    async fn document_highlight(&self, params: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        Ok(handlers::guard(|| handlers::references::highlight(self, params)))
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        Ok(handlers::guard(|| handlers::rename::prepare(self, params)))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        handlers::rename::rename(self, params)
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        Ok(handlers::guard(|| handlers::document_symbol::document_symbol(self, params)))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        Ok(handlers::guard(|| handlers::folding_range::folding_range(self, params)))
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        Ok(handlers::guard(|| handlers::semantic_tokens::full(self, params)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        Ok(handlers::guard(|| handlers::code_action::code_action(self, params)))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        Ok(handlers::guard(|| handlers::code_lens::code_lens(self, params)))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        handlers::execute_command::execute(self, params).await
    }
}
