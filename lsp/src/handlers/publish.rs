//! Publishing diagnostics for the unit a changed document belongs to.

use super::snapshot_state;
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
    // An edit that changed no token is carried over in microseconds, here;
    // anything else is analysed and checked on the blocking pool, so the
    // async workers stay free to answer requests (completion waits for
    // this analysis, not behind it).
    let quick = super::quick_snapshot(&server.state, uri)
        .filter(|snap| snap.analysis.diagnostics_known())
        .and_then(|snap| super::guard(|| Some(diagnostics_by_document(&snap.map(), snap.analysis.diagnostics()))).map(|d| (snap, d)));
    let (snap, by_doc) = match quick {
        Some(done) => done,
        None => {
            let state = server.state.clone();
            let target = uri.clone();
            let work = tokio::task::spawn_blocking(move || {
                let snap = snapshot_state(&state, &target)?;
                let current = |s: &std::sync::Mutex<crate::state::State>| {
                    let st = s.lock().unwrap_or_else(|e| e.into_inner());
                    st.docs.generation(&snap.unit.key) == snap.unit.generation
                };
                // Diagnostics cost more than the analysis: skip them if already stale.
                if !current(&state) {
                    return None;
                }
                let by_doc = super::guard(|| Some(diagnostics_by_document(&snap.map(), snap.analysis.diagnostics())))?;
                Some((snap, by_doc))
            });
            let Ok(Some(done)) = work.await else { return };
            done
        }
    };
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
