//! `textDocument/signatureHelp`

use super::snapshot;
use crate::proto::utf16_range;
use crate::server::Server;
use tower_lsp_server::ls_types::*;

pub fn signature_help(server: &Server, params: SignatureHelpParams) -> Option<SignatureHelp> {
    let uri = params.text_document_position_params.text_document.uri;
    let snap = snapshot(server, &uri)?;
    let offset = snap.offset(&uri, params.text_document_position_params.position)?;
    let help = crate::analysis::signature_help::signature_help(&snap.analysis.near(offset), offset)?;
    let active_parameter = help.signatures.get(help.active_signature).and_then(|s| s.active_param).map(|p| p as u32);
    Some(SignatureHelp {
        signatures: help
            .signatures
            .into_iter()
            .map(|s| SignatureInformation {
                parameters: Some(
                    s.params
                        .iter()
                        .map(|r| ParameterInformation {
                            label: ParameterLabel::LabelOffsets(utf16_range(&s.label, *r)),
                            documentation: None,
                        })
                        .collect(),
                ),
                active_parameter: s.active_param.map(|p| p as u32),
                documentation: s
                    .doc
                    .map(|d| Documentation::MarkupContent(MarkupContent { kind: MarkupKind::Markdown, value: d })),
                label: s.label,
            })
            .collect(),
        active_signature: Some(help.active_signature as u32),
        active_parameter,
    })
}
