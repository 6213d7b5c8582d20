use upy_vm::target::RunOutcome;

use super::{ok, usage_error, words, Context, Magic};

pub struct Ls;

impl Magic for Ls {
    fn name(&self) -> &'static str {
        "ls"
    }
    fn summary(&self) -> &'static str {
        "list files on the board's filesystem"
    }
    fn usage(&self) -> &'static str {
        "%ls [PATH]\n\nList a directory of the board's filesystem (default: /): the connected board's\nwhen cells run on it (%connect), else the simulated board's flash."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let path = match words(args).as_slice() {
            [] => "/".to_string(),
            [path] => path.clone(),
            _ => return usage_error(self, "expected at most one path"),
        };
        let listing = match ctx.files(self.name()) {
            Ok(mut files) => files.list(&path),
            Err(error) => return RunOutcome::Error(error),
        };
        match listing {
            Ok(entries) => {
                let mut text = String::new();
                for entry in entries {
                    if entry.is_dir {
                        text.push_str(&format!("{:>8}  {}/\n", "", entry.name));
                    } else {
                        text.push_str(&format!("{:>8}  {}\n", entry.size, entry.name));
                    }
                }
                ctx.out.print(&text);
                ok()
            }
            Err(error) => error.outcome(self),
        }
    }
}
