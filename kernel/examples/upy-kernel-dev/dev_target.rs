//! TEST DOUBLE. A target that understands a few Python-shaped statements,
//! one per line, so the kernel's protocol can be exercised before the VM
//! runs Python: `print(...)`, `x = input(...)`, `time.sleep(s)`,
//! `for i in range(n):`, `while True:`, `display('<b>html</b>')`, `raise`,
//! integer arithmetic and assignments. It is not the kernel's target.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use upy_kernel::{NotebookTarget, Simulator, TargetFactory};
use upy_vm::target::{
    Completion, CompletionKind, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Stream, Target,
};

use crate::dev_board::DevBoard;
use crate::expr::{eval, Value};

pub struct DevFactory;

pub const BOARDS: [&str; 3] = ["esp32", "rp2", "generic"];

impl TargetFactory for DevFactory {
    fn initial(&mut self) -> Result<Box<dyn NotebookTarget>, String> {
        Ok(Box::new(DevTarget::new("generic")))
    }
    fn board(&mut self, name: &str) -> Result<Box<dyn NotebookTarget>, String> {
        if BOARDS.contains(&name) {
            Ok(Box::new(DevTarget::new(name)))
        } else {
            Err(format!("no board named {name}"))
        }
    }
    fn board_names(&self) -> Vec<String> {
        BOARDS.iter().map(|b| b.to_string()).collect()
    }
}

pub struct DevTarget {
    vars: HashMap<String, Value>,
    board: DevBoard,
}

const BUILTINS: &[(&str, &str)] = &[
    ("print", "print(*objects, sep=' ', end='\\n', file=sys.stdout)\n\nPrint objects to the stream file."),
    ("input", "input(prompt='')\n\nRead a line from standard input."),
    ("zip", "zip(*iterables)\n\nIterate over several iterables in parallel, producing tuples."),
    ("range", "range(stop) / range(start, stop[, step])\n\nAn immutable sequence of numbers."),
    ("display", "display(obj)\n\nShow a rich representation of obj in the notebook."),
    ("len", "len(obj)\n\nThe number of items of a container."),
];

const MODULE_MEMBERS: &[(&str, &[&str])] =
    &[("time", &["sleep", "sleep_ms", "ticks_ms"]), ("sys", &["stderr", "stdout"])];

impl DevTarget {
    pub fn new(board: &str) -> DevTarget {
        DevTarget { vars: HashMap::new(), board: DevBoard::new(board) }
    }
}

impl Target for DevTarget {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        let lines: Vec<(usize, &str)> = request
            .code
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .collect();
        let mut run = Run { vars: &mut self.vars, board: &mut self.board, out, input, interrupt, result: None };
        match run.block(&lines, request.want_result) {
            Ok(()) => RunOutcome::Ok { result: run.result.take().map(|v| vec![("text/plain".to_string(), v.repr())]) },
            Err((line, ename, evalue)) => RunOutcome::Error(error(request.file_name, line, &ename, &evalue)),
        }
    }

    fn complete(&mut self, prefix: &str) -> Vec<Completion> {
        if let Some((module, partial)) = prefix.rsplit_once('.') {
            let members = MODULE_MEMBERS.iter().find(|(m, _)| *m == module).map_or(&[][..], |(_, members)| *members);
            return members
                .iter()
                .filter(|m| m.starts_with(partial))
                .map(|m| Completion { name: m.to_string(), kind: CompletionKind::Function, detail: None })
                .collect();
        }
        let builtins = BUILTINS
            .iter()
            .map(|(name, doc)| (name.to_string(), CompletionKind::Function, doc.lines().next().map(str::to_string)));
        let modules = MODULE_MEMBERS.iter().map(|(m, _)| (m.to_string(), CompletionKind::Module, None));
        let vars = self.vars.keys().map(|v| (v.clone(), CompletionKind::Variable, None));
        builtins
            .chain(modules)
            .chain(vars)
            .filter(|(name, _, _)| name.starts_with(prefix))
            .map(|(name, kind, detail)| Completion { name, kind, detail })
            .collect()
    }

    fn inspect(&mut self, name: &str) -> Option<String> {
        if let Some((_, doc)) = BUILTINS.iter().find(|(n, _)| *n == name) {
            return Some(doc.to_string());
        }
        self.vars.get(name).map(|v| format!("{name} = {}", v.repr()))
    }

    fn reset(&mut self) -> Result<(), ErrorInfo> {
        self.vars.clear();
        self.board.reset();
        Ok(())
    }

    fn describe(&self) -> String {
        format!("dev test double on a simulated {}", self.board.name)
    }
}

impl NotebookTarget for DevTarget {
    fn simulator(&mut self) -> Option<&mut dyn Simulator> {
        Some(&mut self.board)
    }
}

fn error(file: &str, line: usize, ename: &str, evalue: &str) -> ErrorInfo {
    let mut info = ErrorInfo::new(ename, evalue);
    info.traceback.insert(0, "Traceback (most recent call last):".to_string());
    info.traceback.insert(1, format!("  File \"{file}\", line {line}, in <module>"));
    info
}

type Failure = (usize, String, String);

struct Run<'a> {
    vars: &'a mut HashMap<String, Value>,
    board: &'a mut DevBoard,
    out: &'a mut dyn OutputSink,
    input: &'a mut dyn InputSource,
    interrupt: &'a Interrupt,
    result: Option<Value>,
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

impl Run<'_> {
    fn block(&mut self, lines: &[(usize, &str)], want_result: bool) -> Result<(), Failure> {
        let mut i = 0;
        while i < lines.len() {
            let (line_no, line) = lines[i];
            let text = line.trim();
            let body_end = (i + 1..lines.len()).find(|&j| indent(lines[j].1) <= indent(line)).unwrap_or(lines.len());
            let body = &lines[i + 1..body_end];
            let last = body_end == lines.len();
            let fail = |(ename, evalue): (String, String)| (line_no, ename, evalue);
            self.check_interrupt(line_no)?;
            if text == "while True:" {
                loop {
                    self.check_interrupt(line_no)?;
                    self.block(body, false)?;
                    std::thread::sleep(Duration::from_micros(200));
                }
            } else if let Some(rest) = text.strip_prefix("for ").and_then(|r| r.strip_suffix(':')) {
                let (var, iterable) = rest.split_once(" in ").ok_or_else(|| syntax(line_no))?;
                let count = iterable
                    .trim()
                    .strip_prefix("range(")
                    .and_then(|r| r.strip_suffix(')'))
                    .ok_or_else(|| syntax(line_no))?;
                let Value::Int(count) = eval(count, self.vars).map_err(fail)? else {
                    return Err(syntax(line_no));
                };
                for n in 0..count {
                    self.vars.insert(var.trim().to_string(), Value::Int(n));
                    self.block(body, false)?;
                }
            } else if !body.is_empty() {
                return Err(syntax(line_no));
            } else {
                self.statement(line_no, text, want_result && last)?;
            }
            i = body_end;
        }
        Ok(())
    }

    fn check_interrupt(&self, line: usize) -> Result<(), Failure> {
        if self.interrupt.take() {
            return Err((line, "KeyboardInterrupt".to_string(), String::new()));
        }
        Ok(())
    }

    fn statement(&mut self, line: usize, text: &str, want_result: bool) -> Result<(), Failure> {
        let fail = |(ename, evalue): (String, String)| (line, ename, evalue);
        if text == "pass" || text.starts_with("import ") || text.starts_with("from ") {
            return Ok(());
        }
        if text == "raise" {
            return Err((line, "RuntimeError".to_string(), "no active exception to reraise".to_string()));
        }
        if let Some(name) = text.strip_prefix("raise ") {
            let (ename, message) = match name.split_once('(') {
                Some((ename, args)) => (ename, args.trim_end_matches(')').trim_matches(['\'', '"'])),
                None => (name, ""),
            };
            return Err((line, ename.trim().to_string(), message.to_string()));
        }
        if let Some(args) = call_args(text, &["time.sleep", "sleep"]) {
            let seconds: f64 = args.trim().parse().map_err(|_| syntax(line))?;
            return self.sleep(line, Duration::from_secs_f64(seconds.max(0.0)));
        }
        if let Some(args) = call_args(text, &["print"]) {
            return self.print(line, &args);
        }
        if let Some(args) = call_args(text, &["display"]) {
            let html = eval(&args, self.vars).map_err(fail)?.str();
            self.out.display(vec![("text/html".to_string(), html.clone()), ("text/plain".to_string(), html)]);
            return Ok(());
        }
        let (target, expression) = match text.split_once('=') {
            Some((name, value)) if is_name(name.trim()) && !value.starts_with('=') => (Some(name.trim()), value.trim()),
            _ => (None, text),
        };
        let value = if let Some(prompt) = call_args(expression, &["input"]) {
            self.read(line, &prompt, false)?
        } else if let Some(prompt) = call_args(expression, &["getpass", "getpass.getpass"]) {
            self.read(line, &prompt, true)?
        } else {
            eval(expression, self.vars).map_err(fail)?
        };
        match target {
            Some(name) => {
                self.vars.insert(name.to_string(), value);
            }
            None if want_result && value != Value::None => self.result = Some(value),
            None => {}
        }
        Ok(())
    }

    fn read(&mut self, line: usize, prompt: &str, password: bool) -> Result<Value, Failure> {
        let prompt = if prompt.trim().is_empty() {
            String::new()
        } else {
            eval(prompt, self.vars).map_err(|(e, v)| (line, e, v))?.str()
        };
        match self.input.read_line(&prompt, password) {
            Some(text) => Ok(Value::Str(text)),
            None if self.interrupt.is_set() => self.check_interrupt(line).map(|_| Value::None),
            None => Err((line, "EOFError".to_string(), "no input available (stdin is not connected)".to_string())),
        }
    }

    fn sleep(&mut self, line: usize, duration: Duration) -> Result<(), Failure> {
        if self.board.virtual_time {
            self.board.advance(duration);
            return Ok(());
        }
        let started = Instant::now();
        while started.elapsed() < duration {
            self.check_interrupt(line)?;
            std::thread::sleep(Duration::from_millis(2).min(duration));
        }
        self.board.advance(duration);
        Ok(())
    }

    fn print(&mut self, line: usize, args: &str) -> Result<(), Failure> {
        let mut words = Vec::new();
        let mut stream = Stream::Stdout;
        let mut end = "\n".to_string();
        for arg in split_args(args) {
            match arg.split_once('=') {
                Some(("file", value)) if value.trim() == "sys.stderr" => stream = Stream::Stderr,
                Some(("end", value)) => end = eval(value, self.vars).map_err(|(e, v)| (line, e, v))?.str(),
                _ => words.push(eval(&arg, self.vars).map_err(|(e, v)| (line, e, v))?.str()),
            }
        }
        self.out.write(stream, &(words.join(" ") + &end));
        Ok(())
    }
}

fn syntax(line: usize) -> Failure {
    (line, "SyntaxError".to_string(), "invalid syntax".to_string())
}

fn is_name(text: &str) -> bool {
    text.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The argument text of `name(args)` if `text` is a call of one of `names`.
fn call_args(text: &str, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|name| text.strip_prefix(name)?.trim_start().strip_prefix('(')?.strip_suffix(')').map(str::to_string))
}

/// Split at top-level commas, outside quotes and brackets.
fn split_args(args: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let (mut depth, mut quote) = (0i32, None::<char>);
    for c in args.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    parts.into_iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}
