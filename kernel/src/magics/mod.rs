//! Notebook commands: `%name args` lines and `%%name args` cells.
//!
//! A `%` line at the start of a line is never valid Python, so a cell splits
//! cleanly at its magic lines: code and magics run in order (`%pins` after a
//! loop shows the board the loop left). A `%%name` first line hands the whole
//! cell body to that magic. Each magic is one file here, with its usage text.

mod autoscope;
mod board;
mod cat;
pub mod cell;
mod clear;
mod connect;
mod disconnect;
mod drive;
mod expect;
mod files;
mod get;
mod hardreset;
mod help;
mod local;
mod ls;
mod mip;
mod pins;
mod ports;
mod progress;
mod put;
mod scope;
mod sensor;
mod softreset;
mod time;
mod virtualtime;
mod waveform_checks;

use upy_vm::target::{ErrorInfo, InputSource, Interrupt, RunOutcome, RunRequest};

use crate::execution::output::CellOutput;
use crate::notebook_target::{NotebookTarget, Simulator, TargetFactory};
use crate::targets::{Place, Targets};

/// Notebook settings the magics change.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Show the waveform after a cell that toggled pins (`%autoscope`).
    pub autoscope: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { autoscope: true }
    }
}

/// What a magic can reach while it runs.
pub struct Context<'a> {
    pub settings: &'a mut Settings,
    /// The local session and the connected board; cells run on the current one.
    pub targets: &'a mut Targets,
    pub factory: &'a mut dyn TargetFactory,
    pub out: &'a mut CellOutput,
    pub input: &'a mut dyn InputSource,
    pub interrupt: &'a Interrupt,
    /// The cell was sent silently: no `Out[n]` for its last expression.
    pub silent: bool,
}

impl Context<'_> {
    /// The target cells run on now.
    pub fn target(&mut self) -> &mut dyn NotebookTarget {
        self.targets.current()
    }

    /// Run cell code on the target, streaming its output.
    pub fn run_code(&mut self, code: &str, want_result: bool) -> RunOutcome {
        let request = RunRequest { code, file_name: "<stdin>", want_result };
        self.targets.current().run(&request, self.out, self.input, self.interrupt)
    }

    /// Run a whole cell (code and magics) on `place`, then return to where
    /// cells ran before, unless the cell itself moved (`%connect` inside).
    pub fn run_cell_on(&mut self, place: Place, cell: &str) -> RunOutcome {
        let before = self.targets.place();
        self.targets.set_place(place);
        let outcome = cell::run_cell(self, cell);
        if self.targets.place() == place {
            self.targets.set_place(before);
        }
        outcome
    }

    /// The simulated board, or the error a magic that needs one reports.
    pub fn simulator(&mut self, magic: &str) -> Result<&mut dyn Simulator, ErrorInfo> {
        let on_board = self.targets.place() == Place::Board;
        let target = self.targets.current();
        let describe = target.describe();
        target.simulator().ok_or_else(|| {
            let mut message = format!("%{magic} needs the simulated board; this kernel runs on {describe}");
            if on_board {
                message.push_str(" (%local switches back, or %%local for one cell)");
            }
            ErrorInfo::new("UsageError", message)
        })
    }
}

pub trait Magic: Sync {
    fn name(&self) -> &'static str;
    /// Other names it answers to (`%reset` for `%softreset`).
    fn aliases(&self) -> &'static [&'static str] {
        &[]
    }
    /// One line, for `%help`'s list.
    fn summary(&self) -> &'static str;
    /// The full usage text: synopsis line first, then details.
    fn usage(&self) -> &'static str;
    /// Whether `%%name` (the cell form) exists.
    fn has_cell_form(&self) -> bool {
        false
    }
    /// Whether the `%%name` body is a whole cell (code and magics) run
    /// through [`cell::run_cell`], rather than code for this magic.
    fn body_is_cell(&self) -> bool {
        false
    }
    /// `body` is the cell below a `%%name` line; `None` for the line form.
    fn run(&self, ctx: &mut Context<'_>, args: &str, body: Option<&str>) -> RunOutcome;
}

static MAGICS: &[&dyn Magic] = &[
    &help::Help,
    &board::Board,
    &connect::Connect,
    &disconnect::Disconnect,
    &local::Local,
    &ports::Ports,
    &softreset::SoftReset,
    &hardreset::HardReset,
    &time::Time,
    &virtualtime::VirtualTime,
    &pins::Pins,
    &scope::Scope,
    &autoscope::AutoScope,
    &drive::Drive,
    &sensor::Sensor,
    &expect::Expect,
    &ls::Ls,
    &cat::Cat,
    &put::Put,
    &get::Get,
    &mip::Mip,
    &clear::Clear,
];

pub fn all() -> &'static [&'static dyn Magic] {
    MAGICS
}

pub fn find(name: &str) -> Option<&'static dyn Magic> {
    MAGICS.iter().copied().find(|m| m.name() == name || m.aliases().contains(&name))
}

/// Every name a magic answers to, aliases too (for completion).
pub fn names() -> Vec<&'static str> {
    MAGICS.iter().flat_map(|m| std::iter::once(m.name()).chain(m.aliases().iter().copied())).collect()
}

/// `%name`'s usage text, for inspection and `%help name`.
pub fn usage(name: &str) -> Option<String> {
    find(name).map(|m| m.usage().to_string())
}

/// A `UsageError` carrying the magic's usage text below the message.
pub fn usage_error(magic: &dyn Magic, message: &str) -> RunOutcome {
    let mut traceback = vec![format!("UsageError: {message}"), String::new()];
    traceback.extend(magic.usage().lines().map(str::to_string));
    RunOutcome::Error(ErrorInfo { ename: "UsageError".to_string(), evalue: message.to_string(), traceback })
}

pub fn ok() -> RunOutcome {
    RunOutcome::Ok { result: None }
}

/// How a cell runs.
#[derive(Debug, PartialEq, Eq)]
pub enum Plan {
    /// `%%name args` then the body.
    Cell { name: String, args: String, body: String },
    /// Code and `%name` lines, in order.
    Steps(Vec<Step>),
}

#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Code, preceded by as many newlines as lines before it in the cell so
    /// tracebacks give the line numbers the user sees.
    Code(String),
    Line {
        name: String,
        args: String,
    },
}

pub fn plan(cell: &str) -> Plan {
    let first_line_start = cell.len() - cell.trim_start_matches(['\n', '\r', ' ', '\t']).len();
    let first_line_start = cell[..first_line_start].rfind('\n').map_or(0, |i| i + 1);
    let rest = &cell[first_line_start..];
    if let Some(header) = rest.strip_prefix("%%") {
        let (line, body) = header.split_once('\n').unwrap_or((header, ""));
        let (name, args) = split_name(line);
        return Plan::Cell { name, args, body: body.to_string() };
    }
    let mut steps = Vec::new();
    let mut code = String::new();
    let mut has_code = false;
    for (line_no, line) in cell.split_inclusive('\n').enumerate() {
        if let Some(magic) = line.strip_prefix('%') {
            if has_code {
                steps.push(Step::Code(std::mem::take(&mut code)));
                has_code = false;
            }
            let (name, args) = split_name(magic.trim_end_matches(['\n', '\r']));
            steps.push(Step::Line { name, args });
            code = "\n".repeat(line_no + 1);
        } else {
            has_code |= !line.trim().is_empty();
            code.push_str(line);
        }
    }
    if has_code {
        steps.push(Step::Code(code));
    }
    Plan::Steps(steps)
}

fn split_name(line: &str) -> (String, String) {
    let line = line.trim();
    match line.split_once(char::is_whitespace) {
        Some((name, args)) => (name.to_string(), args.trim().to_string()),
        None => (line.to_string(), String::new()),
    }
}

/// `name?` or `name??` alone in a cell: show its documentation (IPython's
/// pager), returning the name (`%name` for a command's usage).
pub fn pager_query(cell: &str) -> Option<&str> {
    let text = cell.trim();
    let query = text.strip_suffix("??").or_else(|| text.strip_suffix('?'))?.trim();
    let name = query.strip_prefix('%').unwrap_or(query);
    let valid = !name.is_empty()
        && name.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        });
    valid.then_some(query)
}

/// Split `a b "c d"` into words; double quotes group (host paths may hold spaces).
pub fn words(args: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in args.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut current));
                    any = false;
                }
            }
            c => {
                current.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(name: &str, args: &str) -> Step {
        Step::Line { name: name.to_string(), args: args.to_string() }
    }

    #[test]
    fn plain_code_is_one_step() {
        assert_eq!(plan("x = 1\nx"), Plan::Steps(vec![Step::Code("x = 1\nx".to_string())]));
    }

    #[test]
    fn cell_magics_take_the_body() {
        assert_eq!(
            plan("\n%%time  \nfor i in range(3):\n    pass\n"),
            Plan::Cell {
                name: "time".to_string(),
                args: String::new(),
                body: "for i in range(3):\n    pass\n".to_string()
            }
        );
    }

    #[test]
    fn line_magics_split_the_cell_and_keep_line_numbers() {
        let steps = match plan("%board rp2\nx = 1\nprint(x)\n%pins\n1/0\n") {
            Plan::Steps(steps) => steps,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            steps,
            vec![
                line("board", "rp2"),
                Step::Code("\nx = 1\nprint(x)\n".to_string()),
                line("pins", ""),
                Step::Code("\n\n\n\n1/0\n".to_string()),
            ]
        );
    }

    #[test]
    fn magics_with_arguments() {
        assert_eq!(plan("%time  sum(range(10))"), Plan::Steps(vec![line("time", "sum(range(10))")]));
        assert_eq!(words(r#"put "my file.py" main.py"#), vec!["put", "my file.py", "main.py"]);
        assert_eq!(words("  "), Vec::<String>::new());
    }

    #[test]
    fn percent_inside_code_is_code() {
        assert_eq!(
            plan("x = 10 % 3\n  %notmagic"),
            Plan::Steps(vec![Step::Code("x = 10 % 3\n  %notmagic".to_string())])
        );
    }

    #[test]
    fn pager_queries() {
        assert_eq!(pager_query("zip?"), Some("zip"));
        assert_eq!(pager_query(" machine.Pin?? \n"), Some("machine.Pin"));
        assert_eq!(pager_query("x = 1?"), None);
        assert_eq!(pager_query("?"), None);
        assert_eq!(pager_query("%time?"), Some("%time"));
        assert_eq!(pager_query("%?"), None);
    }

    #[test]
    fn every_magic_has_usage_starting_with_its_synopsis() {
        for magic in all() {
            assert!(magic.usage().starts_with(&format!("%{}", magic.name())), "{}", magic.name());
            assert!(!magic.summary().is_empty());
        }
    }
}
