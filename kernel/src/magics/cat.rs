use upy_vm::target::RunOutcome;

use super::{ok, usage_error, words, Context, Magic};

pub struct Cat;

impl Magic for Cat {
    fn name(&self) -> &'static str {
        "cat"
    }
    fn summary(&self) -> &'static str {
        "print a file from the board's filesystem"
    }
    fn usage(&self) -> &'static str {
        "%cat PATH\n\nPrint a file of the board's filesystem as text: the connected board's when\ncells run on it (%connect), else the simulated board's flash."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let path = match words(args).as_slice() {
            [path] => path.clone(),
            _ => return usage_error(self, "expected one path"),
        };
        let data = match ctx.files(self.name()) {
            Ok(mut files) => files.read(&path),
            Err(error) => return RunOutcome::Error(error),
        };
        match data {
            Ok(bytes) => {
                let mut text = String::from_utf8_lossy(&bytes).into_owned();
                if !text.ends_with('\n') && !text.is_empty() {
                    text.push('\n');
                }
                ctx.out.print(&text);
                ok()
            }
            Err(error) => error.outcome(self),
        }
    }
}
