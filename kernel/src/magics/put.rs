use std::path::Path;

use upy_vm::target::RunOutcome;

use super::progress::TransferProgress;
use super::{ok, usage_error, words, Context, Magic};

pub struct Put;

impl Magic for Put {
    fn name(&self) -> &'static str {
        "put"
    }
    fn summary(&self) -> &'static str {
        "copy a file from this computer onto the board"
    }
    fn usage(&self) -> &'static str {
        "%put HOSTFILE [NAME]\n\nCopy HOSTFILE (a path on this computer, relative to the notebook's folder) onto\nthe board's filesystem as NAME (default: its file name): the connected board's\nwhen cells run on it (%connect), else the simulated board's flash. On a real\nboard the file is written under a temporary name and renamed when complete,\nwith its progress shown as it goes."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let (host, name) = match words(args).as_slice() {
            [host] => (host.clone(), file_name(host)),
            [host, name] => (host.clone(), name.clone()),
            _ => return usage_error(self, "expected HOSTFILE [NAME]"),
        };
        let data = match std::fs::read(&host) {
            Ok(data) => data,
            Err(err) => return usage_error(self, &format!("cannot read {host}: {err}")),
        };
        let written = match ctx.files_and_output(self.name()) {
            (Ok(mut files), out) => {
                let mut progress = TransferProgress::new(format!("put {name}"));
                files.write_with_progress(&name, &data, &mut |done, total| progress.update(out, done, total))
            }
            (Err(error), _) => return RunOutcome::Error(error),
        };
        match written {
            Ok(()) => {
                ctx.out.print(&format!("Copied {host} to {name} ({} bytes)\n", data.len()));
                ok()
            }
            Err(error) => error.outcome(self),
        }
    }
}

fn file_name(host: &str) -> String {
    Path::new(host).file_name().map_or_else(|| host.to_string(), |n| n.to_string_lossy().into_owned())
}
