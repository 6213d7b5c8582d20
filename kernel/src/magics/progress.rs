//! A transfer's progress in the notebook: one display that updates in
//! place (a bar in JupyterLab, a line of text elsewhere), at most every
//! tenth of a second and once at the end.

use std::time::{Duration, Instant};

use crate::execution::output::CellOutput;

const EVERY: Duration = Duration::from_millis(100);

pub struct TransferProgress {
    label: String,
    id: String,
    shown: bool,
    last: Option<Instant>,
}

impl TransferProgress {
    pub fn new(label: impl Into<String>) -> TransferProgress {
        TransferProgress {
            label: label.into(),
            id: format!("upy-transfer-{}", uuid::Uuid::new_v4()),
            shown: false,
            last: None,
        }
    }

    pub fn update(&mut self, out: &mut CellOutput, done: u64, total: u64) {
        let complete = done >= total;
        if !complete && self.last.is_some_and(|at| at.elapsed() < EVERY) {
            return;
        }
        self.last = Some(Instant::now());
        let percent = (done * 100).checked_div(total).unwrap_or(100).min(100);
        let text = format!("{}: {percent}% ({done} of {total} bytes)", self.label);
        let html = format!(
            "<div><progress value=\"{done}\" max=\"{}\" style=\"width: 20em\"></progress> {}</div>",
            total.max(1),
            html_escape(&text)
        );
        let bundle = vec![("text/plain".to_string(), text), ("text/html".to_string(), html)];
        out.display_with_id(&bundle, &self.id, self.shown);
        self.shown = true;
    }
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
