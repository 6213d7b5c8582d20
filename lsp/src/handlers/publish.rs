//! Publishing diagnostics for the unit a changed document belongs to.

use crate::proto::diagnostics_by_document;
use crate::server::Server;
use tower_lsp_server::ls_types::Uri;

pub async fn publish(server: &Server, uri: &Uri) {
    // Let edits already queued behind this one land first: a burst of
    // keystrokes is then analysed once, for its last state.
    let generation = {
        let state = server.lock();
        state.docs.generation(&state.docs.unit_key(uri))
    };
    tokio::task::yield_now().await;
    {
        let state = server.lock();
        if state.docs.generation(&state.docs.unit_key(uri)) != generation {
            return;
        }
    }
    // The analysis itself is quick (carried over, one function re-checked,
    // or statements re-parsed), and done here at the priority of requests;
    // diagnostics it does not know yet are worked out on the checking
    // thread, behind requests (completion does not wait for them).
    let Some(snap) = super::snapshot(server, uri) else { return };
    let done = if snap.analysis.diagnostics_known() {
        super::guard(|| Some(diagnostics_by_document(&snap.map(), snap.analysis.diagnostics()))).map(|d| (snap, d))
    } else {
        let state = server.state.clone();
        let work = server.checker.run(move || {
            // Diagnostics cost more than the analysis: skip them if already stale.
            let current = {
                let st = state.lock().unwrap_or_else(|e| e.into_inner());
                st.docs.generation(&snap.unit.key) == snap.unit.generation
            };
            if !current {
                return None;
            }
            let by_doc = super::guard(|| Some(diagnostics_by_document(&snap.map(), snap.analysis.diagnostics())))?;
            Some((snap, by_doc))
        });
        work.await.flatten()
    };
    let Some((snap, by_doc)) = done else { return };
    let _guard = server.publish_lock.lock().await;
    // A newer change will publish its own diagnostics.
    if server.lock().docs.generation(&snap.unit.key) != snap.unit.generation {
        return;
    }
    for (doc, list) in by_doc {
        let version = snap.unit.parts.iter().find(|(u, _, _)| *u == doc).map(|(_, _, v)| *v);
        server.client.publish_diagnostics(doc, list, version).await;
    }
}
