//! `execute_request`: run a cell and report it.

use std::collections::HashMap;

use jupyter_protocol::ExecuteRequest;
use serde_json::{json, Map, Value};
use upy_vm::target::{Discard, ErrorInfo, NoInput, RunOutcome, RunRequest};

use super::input::CellInput;
use super::output::CellOutput;
use super::publisher::{bundle_json, error_json, plain_text};
use super::{Executor, Job};
use crate::magics;
use crate::wire::Message;

impl Executor {
    pub(super) fn execute(&mut self, request: &Message) {
        // The reply's metadata says when the cell began, as ipykernel's
        // does: with the reply's own date, a client sees how long the cell
        // took in the kernel apart from the trip to it and back.
        let started = chrono::Utc::now();
        let parent = request.header.clone();
        let cell = match read_request(&request.content) {
            Ok(cell) => cell,
            Err(problem) => return self.reply_bad_request(request, "execute_reply", &problem),
        };
        if self.abort.covers(request) {
            let reply = json!({ "status": "aborted", "execution_count": self.execution_count, "user_expressions": {}, "payload": [] });
            return self.reply(request, "execute_reply", reply);
        }

        let store = cell.store_history && !cell.silent;
        if store {
            self.execution_count += 1;
        }
        let count = self.execution_count;
        if !cell.silent {
            self.publisher.publish(&parent, "execute_input", json!({ "code": cell.code, "execution_count": count }));
        }

        self.interrupt.clear();
        let mut payload = Vec::new();
        let outcome = match magics::pager_query(&cell.code) {
            Some(name) => self.page(name, &mut payload),
            None => self.run_cell_within_budget(request, &cell),
        };
        self.interrupt.clear();

        let reply = match outcome {
            RunOutcome::Ok { result } => {
                let mut output = String::new();
                if let Some(bundle) = result.filter(|_| !cell.silent) {
                    self.publisher.execute_result(&parent, count, &bundle);
                    output = plain_text(&bundle);
                }
                if store {
                    self.history.record(count, &cell.code, &output);
                }
                let expressions = self.user_expressions(cell.user_expressions.as_ref());
                json!({ "status": "ok", "execution_count": count, "payload": payload, "user_expressions": expressions })
            }
            RunOutcome::Error(error) => {
                if store {
                    self.history.record(count, &cell.code, "");
                }
                self.publisher.error(&parent, &error);
                if cell.stop_on_error {
                    self.begin_abort();
                }
                let mut reply = error_json(&error);
                reply["status"] = json!("error");
                reply["execution_count"] = json!(count);
                reply["user_expressions"] = json!({});
                reply["payload"] = json!([]);
                reply
            }
        };
        let status = reply["status"].clone();
        let mut message = self.messages.reply(request, "execute_reply", reply);
        message.metadata = json!({ "started": started, "status": status });
        let _ = self.shell.send(message);
    }

    /// A cell stopped by its CPU budget says so instead of a bare
    /// KeyboardInterrupt.
    fn run_cell_within_budget(&mut self, request: &Message, cell: &ExecuteRequest) -> RunOutcome {
        self.budget.begin();
        let outcome = self.run_cell(request, cell);
        match (self.budget.end(), outcome) {
            (Some(over), RunOutcome::Error(mut error)) if error.ename == "KeyboardInterrupt" => {
                let last = format!("{}: {}", over.ename, over.evalue);
                match error.traceback.last_mut() {
                    Some(line) if line.starts_with("KeyboardInterrupt") => *line = last,
                    _ => error.traceback.push(last),
                }
                error.evalue = over.evalue;
                RunOutcome::Error(error)
            }
            (_, outcome) => outcome,
        }
    }

    fn run_cell(&mut self, request: &Message, cell: &ExecuteRequest) -> RunOutcome {
        let mut out = CellOutput::new(self.publisher.clone(), request.header.clone()).limited(self.limits.output_bytes);
        let mut input = CellInput::new(&self.stdin, request, cell.allow_stdin, &self.interrupt);
        let mut ctx = magics::Context {
            settings: &mut self.settings,
            targets: &mut self.targets,
            factory: self.factory.as_mut(),
            out: &mut out,
            input: &mut input,
            interrupt: &self.interrupt,
            silent: cell.silent,
        };
        magics::cell::run_cell(&mut ctx, &cell.code)
    }

    /// `name?`: the documentation, as IPython's pager payload.
    fn page(&mut self, name: &str, payload: &mut Vec<Value>) -> RunOutcome {
        let text = match name.strip_prefix('%') {
            Some(magic) => magics::usage(magic),
            None => self.targets.current().inspect(name).or_else(|| magics::usage(name)),
        };
        match text {
            Some(text) => {
                payload.push(json!({ "source": "page", "data": { "text/plain": text }, "start": 0 }));
                magics::ok()
            }
            None => RunOutcome::Error(ErrorInfo::new("NameError", format!("name '{name}' isn't defined"))),
        }
    }

    fn user_expressions(&mut self, expressions: Option<&HashMap<String, String>>) -> Value {
        let mut results = Map::new();
        for (name, code) in expressions.into_iter().flatten() {
            let request = RunRequest { code, file_name: "<stdin>", want_result: true };
            let outcome = self.targets.current().run(&request, &mut Discard, &mut NoInput, &self.interrupt);
            let value = match outcome {
                RunOutcome::Ok { result: Some(bundle) } => {
                    json!({ "status": "ok", "data": bundle_json(&bundle), "metadata": {} })
                }
                RunOutcome::Ok { result: None } => {
                    json!({ "status": "ok", "data": { "text/plain": "None" }, "metadata": {} })
                }
                RunOutcome::Error(error) => {
                    let mut value = error_json(&error);
                    value["status"] = json!("error");
                    value
                }
            };
            results.insert(name.clone(), value);
        }
        Value::Object(results)
    }

    fn begin_abort(&mut self) {
        while let Ok(job) = self.jobs.try_recv() {
            self.held.push_back(job);
        }
        let waiting = self.held.iter().filter_map(|job| match job {
            Job::Shell(m) if m.msg_type() == "execute_request" => Some(m),
            _ => None,
        });
        self.abort.begin(waiting);
    }
}

/// Read an execute request, filling fields older or terse clients omit.
fn read_request(content: &Value) -> Result<ExecuteRequest, String> {
    let mut content = content.clone();
    let Some(map) = content.as_object_mut() else {
        return Err("content is not an object".to_string());
    };
    for (key, default) in [
        ("silent", json!(false)),
        ("store_history", json!(true)),
        ("allow_stdin", json!(false)),
        ("stop_on_error", json!(true)),
    ] {
        map.entry(key).or_insert(default);
    }
    if map.get("user_expressions").is_some_and(Value::is_null) {
        map.remove("user_expressions");
    }
    serde_json::from_value(content).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_terse_requests_with_protocol_defaults() {
        let cell = read_request(&json!({"code": "1"})).unwrap();
        assert!(!cell.silent && cell.store_history && !cell.allow_stdin && cell.stop_on_error);
        assert!(cell.user_expressions.is_none());
        let cell = read_request(&json!({"code": "1", "silent": true, "user_expressions": {"a": "x"}})).unwrap();
        assert!(cell.silent);
        assert_eq!(cell.user_expressions.unwrap()["a"], "x");
        assert!(read_request(&json!({"silent": false})).is_err(), "code is required");
        assert!(read_request(&json!([1])).is_err());
    }
}
