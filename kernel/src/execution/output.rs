//! Where a cell's output goes: straight to iopub, as it is produced.

use jupyter_protocol::Header;
use upy_vm::target::{MimeBundle, OutputSink, Stream};

use super::publisher::Publisher;

pub struct CellOutput {
    publisher: Publisher,
    parent: Header,
}

impl CellOutput {
    pub fn new(publisher: Publisher, parent: Header) -> CellOutput {
        CellOutput { publisher, parent }
    }

    pub fn clear(&mut self, wait: bool) {
        self.publisher.clear_output(&self.parent, wait);
    }

    pub fn print(&mut self, text: &str) {
        self.write(Stream::Stdout, text);
    }
}

impl OutputSink for CellOutput {
    fn write(&mut self, stream: Stream, text: &str) {
        if !text.is_empty() {
            self.publisher.stream(&self.parent, stream, text);
        }
    }

    fn display(&mut self, bundle: MimeBundle) {
        self.publisher.display(&self.parent, &bundle);
    }
}
