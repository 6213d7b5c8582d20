//! TEST DOUBLE — not MicroPython. A `Target` that understands just enough of
//! a script to exercise the board protocol before the real VM session
//! exists: `print(...)` of literals and names (with `end=`), assignments,
//! `input(...)`, `time.sleep(...)`, `while True:` blocks, `raise E('msg')`
//! and `sys.exit()`. Globals persist between runs, so a soft reset (a fresh
//! double from the factory) is observable.

use std::collections::HashMap;
use std::thread::sleep;
use std::time::{Duration, Instant};

use upy_vm::target::{
    Completion, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Stream, Target,
};

#[derive(Clone, Debug)]
enum Value {
    Str(String),
    Int(i64),
    Float(f64),
}

impl Value {
    fn str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
        }
    }
    fn repr(&self) -> String {
        match self {
            Value::Str(s) => format!("'{s}'"),
            other => other.str(),
        }
    }
}

#[derive(Default)]
pub struct ScriptTarget {
    globals: HashMap<String, Value>,
}

impl ScriptTarget {
    pub fn new() -> ScriptTarget {
        ScriptTarget::default()
    }
}

struct Ctx<'a> {
    out: &'a mut dyn OutputSink,
    input: &'a mut dyn InputSource,
    interrupt: &'a Interrupt,
}

fn error_at(line: usize, ename: &str, evalue: &str) -> ErrorInfo {
    let last = if evalue.is_empty() { format!("{ename}: ") } else { format!("{ename}: {evalue}") };
    ErrorInfo {
        ename: ename.into(),
        evalue: evalue.into(),
        traceback: vec![
            "Traceback (most recent call last):".into(),
            format!("  File \"<stdin>\", line {line}, in <module>"),
            last,
        ],
    }
}

fn kbd(line: usize) -> ErrorInfo {
    error_at(line, "KeyboardInterrupt", "")
}

/// One statement with its line number and (for `while True:`) its body.
#[derive(Debug)]
struct Stmt {
    line: usize,
    text: String,
    body: Vec<Stmt>,
}

fn parse_block(lines: &[(usize, usize, String)], mut i: usize, indent: usize) -> (Vec<Stmt>, usize) {
    let mut stmts = Vec::new();
    while i < lines.len() {
        let (number, this_indent, text) = &lines[i];
        if *this_indent < indent {
            break;
        }
        i += 1;
        let mut stmt = Stmt { line: *number, text: text.clone(), body: Vec::new() };
        if text.ends_with(':') {
            let body_indent = lines.get(i).map(|l| l.1).unwrap_or(indent + 1);
            if body_indent > *this_indent {
                let (body, next) = parse_block(lines, i, body_indent);
                stmt.body = body;
                i = next;
            }
        }
        stmts.push(stmt);
    }
    (stmts, i)
}

impl ScriptTarget {
    fn eval(&self, expr: &str, line: usize, ctx: &mut Ctx<'_>) -> Result<Value, ErrorInfo> {
        let expr = expr.trim();
        if let Some(inner) = expr.strip_prefix("input(").and_then(|e| e.strip_suffix(')')) {
            let prompt = if inner.trim().is_empty() { String::new() } else { self.eval(inner, line, ctx)?.str() };
            return match ctx.input.read_line(&prompt, false) {
                Some(text) => Ok(Value::Str(text)),
                None if ctx.interrupt.take() => Err(kbd(line)),
                None => Err(error_at(line, "EOFError", "")),
            };
        }
        if (expr.starts_with('\'') && expr.ends_with('\'') || expr.starts_with('"') && expr.ends_with('"'))
            && expr.len() >= 2
        {
            return Ok(Value::Str(expr[1..expr.len() - 1].replace("\\n", "\n")));
        }
        if let Ok(i) = expr.parse::<i64>() {
            return Ok(Value::Int(i));
        }
        if let Ok(f) = expr.parse::<f64>() {
            return Ok(Value::Float(f));
        }
        self.globals
            .get(expr)
            .cloned()
            .ok_or_else(|| error_at(line, "NameError", &format!("name '{expr}' isn't defined")))
    }

    fn exec_block(&mut self, block: &[Stmt], ctx: &mut Ctx<'_>, want_result: bool) -> Result<Option<Value>, ErrorInfo> {
        let mut last = None;
        for stmt in block {
            last = self.exec_stmt(stmt, ctx, want_result)?;
        }
        Ok(last)
    }

    fn exec_stmt(&mut self, stmt: &Stmt, ctx: &mut Ctx<'_>, want_result: bool) -> Result<Option<Value>, ErrorInfo> {
        let text = stmt.text.as_str();
        let line = stmt.line;
        if ctx.interrupt.take() {
            return Err(kbd(line));
        }
        if text.starts_with("import ") || text == "pass" {
            return Ok(None);
        }
        if text == "while True:" {
            loop {
                if ctx.interrupt.take() {
                    return Err(kbd(line));
                }
                self.exec_block(&stmt.body, ctx, false)?;
                if stmt.body.iter().all(|s| s.text == "pass") {
                    std::hint::spin_loop();
                }
            }
        }
        if let Some(args) = text.strip_prefix("print(").and_then(|t| t.strip_suffix(')')) {
            let (args, end) = match args.find("end=") {
                Some(at) => (args[..at].trim_end().trim_end_matches(','), self.eval(&args[at + 4..], line, ctx)?.str()),
                None => (args, "\n".to_string()),
            };
            let mut parts = Vec::new();
            for arg in args.split(',').filter(|a| !a.trim().is_empty()) {
                parts.push(self.eval(arg, line, ctx)?.str());
            }
            ctx.out.write(Stream::Stdout, &format!("{}{end}", parts.join(" ")));
            return Ok(None);
        }
        if let Some(secs) = text
            .strip_prefix("time.sleep(")
            .and_then(|t| t.strip_suffix(')'))
            .map(|s| s.trim().parse::<f64>().unwrap_or(0.0))
            .or_else(|| {
                text.strip_prefix("time.sleep_ms(")
                    .and_then(|t| t.strip_suffix(')'))
                    .map(|s| s.trim().parse::<f64>().unwrap_or(0.0) / 1000.0)
            })
        {
            let until = Instant::now() + Duration::from_secs_f64(secs);
            while Instant::now() < until {
                if ctx.interrupt.take() {
                    return Err(kbd(line));
                }
                sleep(Duration::from_millis(2));
            }
            return Ok(None);
        }
        if text == "sys.exit()" {
            return Err(error_at(line, "SystemExit", ""));
        }
        if let Some(rest) = text.strip_prefix("raise ") {
            let (name, msg) = match rest.find('(') {
                Some(open) => (
                    &rest[..open],
                    self.eval(rest[open + 1..].trim_end_matches(')'), line, ctx).map(|v| v.str()).unwrap_or_default(),
                ),
                None => (rest, String::new()),
            };
            return Err(error_at(line, name.trim(), &msg));
        }
        if let Some((name, expr)) = text.split_once(" = ") {
            let value = self.eval(expr, line, ctx)?;
            self.globals.insert(name.trim().to_string(), value);
            return Ok(None);
        }
        match self.eval(text, line, ctx) {
            Ok(v) if want_result => Ok(Some(v)),
            Ok(_) => Ok(None),
            Err(e) if e.ename == "NameError" && !text.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                Err(error_at(line, "SyntaxError", "invalid syntax"))
            }
            Err(e) => Err(e),
        }
    }
}

impl Target for ScriptTarget {
    fn run(
        &mut self,
        request: &RunRequest<'_>,
        out: &mut dyn OutputSink,
        input: &mut dyn InputSource,
        interrupt: &Interrupt,
    ) -> RunOutcome {
        let lines: Vec<(usize, usize, String)> = request
            .code
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|(i, l)| (i + 1, l.len() - l.trim_start().len(), l.trim().to_string()))
            .collect();
        let (block, _) = parse_block(&lines, 0, 0);
        let mut ctx = Ctx { out, input, interrupt };
        match self.exec_block(&block, &mut ctx, request.want_result) {
            Ok(Some(v)) => RunOutcome::Ok { result: Some(vec![("text/plain".into(), v.repr())]) },
            Ok(None) => RunOutcome::Ok { result: None },
            Err(e) => RunOutcome::Error(e),
        }
    }

    fn complete(&mut self, _prefix: &str) -> Vec<Completion> {
        Vec::new()
    }

    fn inspect(&mut self, _name: &str) -> Option<String> {
        None
    }

    fn reset(&mut self) -> Result<(), ErrorInfo> {
        self.globals.clear();
        Ok(())
    }

    fn describe(&self) -> String {
        "script test double".into()
    }
}

/// No filesystem: WebREPL transfers to this double fail with a status.
impl upy_device::virtual_board::BoardFiles for ScriptTarget {}
