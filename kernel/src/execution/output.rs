//! Where a cell's output goes: straight to iopub, as it is produced, up to
//! the lab's output limit per cell.

use jupyter_protocol::Header;
use upy_vm::target::{MimeBundle, OutputSink, Stream};

use super::publisher::Publisher;
use crate::limits::output_cap::{Admit, OutputCap};

pub struct CellOutput {
    publisher: Publisher,
    parent: Header,
    cap: OutputCap,
}

impl CellOutput {
    pub fn new(publisher: Publisher, parent: Header) -> CellOutput {
        CellOutput { publisher, parent, cap: OutputCap::new(None) }
    }

    /// At most `limit` bytes of printed text.
    pub fn limited(mut self, limit: Option<usize>) -> CellOutput {
        self.cap = OutputCap::new(limit);
        self
    }

    pub fn clear(&mut self, wait: bool) {
        self.publisher.clear_output(&self.parent, wait);
    }

    pub fn print(&mut self, text: &str) {
        self.write(Stream::Stdout, text);
    }

    /// Show `bundle` under `display_id`, or replace what is shown there.
    pub fn display_with_id(&mut self, bundle: &MimeBundle, display_id: &str, update: bool) {
        self.publisher.display_with_id(&self.parent, bundle, display_id, update);
    }
}

impl OutputSink for CellOutput {
    fn write(&mut self, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.cap.admit(text) {
            Admit::All => self.publisher.stream(&self.parent, stream, text),
            Admit::Part(part, notice) => {
                self.publisher.stream(&self.parent, stream, part);
                if !notice.is_empty() {
                    self.publisher.stream(&self.parent, Stream::Stderr, &notice);
                }
            }
            Admit::Notice(Some(notice)) => self.publisher.stream(&self.parent, Stream::Stderr, &notice),
            Admit::Notice(None) => {}
        }
    }

    fn display(&mut self, bundle: MimeBundle) {
        self.publisher.display(&self.parent, &bundle);
    }
}
