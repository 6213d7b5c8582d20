//! Test doubles for unit tests.

use upy_vm::target::{
    Completion, CompletionKind, ErrorInfo, InputSource, Interrupt, OutputSink, RunOutcome, RunRequest, Target,
};

/// A target that knows a fixed list of (possibly dotted) names and records
/// what it was asked.
pub struct NamesTarget {
    names: Vec<String>,
    pub asked: Vec<String>,
    pub inspected: Vec<String>,
}

impl NamesTarget {
    pub fn new(names: &[&str]) -> NamesTarget {
        NamesTarget { names: names.iter().map(|n| n.to_string()).collect(), asked: Vec::new(), inspected: Vec::new() }
    }
}

impl Target for NamesTarget {
    fn run(
        &mut self,
        _: &RunRequest<'_>,
        _: &mut dyn OutputSink,
        _: &mut dyn InputSource,
        _: &Interrupt,
    ) -> RunOutcome {
        RunOutcome::Ok { result: None }
    }
    fn complete(&mut self, prefix: &str) -> Vec<Completion> {
        self.asked.push(prefix.to_string());
        self.names
            .iter()
            .filter(|n| n.starts_with(prefix))
            .map(|n| Completion { name: n.clone(), kind: CompletionKind::Function, detail: None })
            .collect()
    }
    fn inspect(&mut self, name: &str) -> Option<String> {
        self.inspected.push(name.to_string());
        self.names.iter().any(|n| n == name).then(|| format!("{name}: a test name"))
    }
    fn reset(&mut self) -> Result<(), ErrorInfo> {
        Ok(())
    }
    fn describe(&self) -> String {
        "names".to_string()
    }
}
