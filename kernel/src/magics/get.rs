use std::path::Path;

use upy_vm::target::RunOutcome;

use super::progress::TransferProgress;
use super::{ok, usage_error, words, Context, Magic};

pub struct Get;

impl Magic for Get {
    fn name(&self) -> &'static str {
        "get"
    }
    fn summary(&self) -> &'static str {
        "copy a file from the board to this computer"
    }
    fn usage(&self) -> &'static str {
        "%get NAME [HOSTFILE]\n\nCopy NAME from the board's filesystem (the connected board's when cells run on\nit, else the simulated board's flash) to HOSTFILE on this computer (default:\nNAME's file name, in the notebook's folder)."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let (name, host) = match words(args).as_slice() {
            [name] => (name.clone(), file_name(name)),
            [name, host] => (name.clone(), host.clone()),
            _ => return usage_error(self, "expected NAME [HOSTFILE]"),
        };
        let data = match ctx.files_and_output(self.name()) {
            (Ok(mut files), out) => {
                let mut progress = TransferProgress::new(format!("get {name}"));
                files.read_with_progress(&name, &mut |done, total| progress.update(out, done, total))
            }
            (Err(error), _) => return RunOutcome::Error(error),
        };
        let data = match data {
            Ok(data) => data,
            Err(error) => return error.outcome(self),
        };
        match std::fs::write(&host, &data) {
            Ok(()) => {
                ctx.out.print(&format!("Copied {name} to {host} ({} bytes)\n", data.len()));
                ok()
            }
            Err(err) => usage_error(self, &format!("cannot write {host}: {err}")),
        }
    }
}

fn file_name(name: &str) -> String {
    Path::new(name).file_name().map_or_else(|| name.to_string(), |n| n.to_string_lossy().into_owned())
}
