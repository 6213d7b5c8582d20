use std::path::Path;

use upy_vm::target::RunOutcome;

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
        "%put HOSTFILE [NAME]\n\nCopy HOSTFILE (a path on this computer, relative to the notebook's folder) onto\nthe simulated board's flash filesystem as NAME (default: its file name)."
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
        let written = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.fs_write(&name, &data),
            Err(error) => return RunOutcome::Error(error),
        };
        match written {
            Ok(()) => {
                ctx.out
                    .print(&format!("Copied {host} to {name} ({} bytes)\n", data.len()));
                ok()
            }
            Err(message) => usage_error(self, &message),
        }
    }
}

fn file_name(host: &str) -> String {
    Path::new(host)
        .file_name()
        .map_or_else(|| host.to_string(), |n| n.to_string_lossy().into_owned())
}
