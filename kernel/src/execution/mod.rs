//! The execution thread: owns the target and answers shell requests in
//! order. It is a plain OS thread, not an async task, so a cell stuck in an
//! endless loop blocks only this thread; control and heartbeat keep answering
//! on the async runtime and reach the cell through the interrupt flag.

mod abort;
mod execute;
pub mod input;
pub mod output;
pub mod publisher;

use std::collections::VecDeque;
use std::sync::mpsc::Receiver;

use jupyter_protocol::{HistoryReply, IsCompleteReply};
use serde::Serialize;
use serde_json::json;
use tokio::sync::{mpsc::UnboundedSender, oneshot};
use upy_vm::target::Interrupt;

use crate::limits::{CellLimits, CpuBudget};
use crate::magics;
use crate::notebook_target::{NotebookTarget, TargetFactory};
use crate::requests::{comm, complete, history, inspect, is_complete, kernel_info};
use crate::targets::Targets;
use crate::wire::{Message, MessageFactory};

use input::StdinLink;
use publisher::Publisher;

// Requests pass through the queue one by one; boxing them would add an
// allocation per request for no saving.
#[allow(clippy::large_enum_variant)]
pub enum Job {
    /// A verified shell request, in arrival order.
    Shell(Message),
    /// Stop after the current request; reset the target first when the
    /// shutdown precedes a restart.
    Shutdown { restart: bool, done: oneshot::Sender<()> },
}

pub struct Executor {
    /// The local session and, after `%connect`, a board.
    pub targets: Targets,
    pub factory: Box<dyn TargetFactory>,
    pub jobs: Receiver<Job>,
    pub publisher: Publisher,
    pub messages: MessageFactory,
    pub shell: UnboundedSender<Message>,
    pub stdin: StdinLink,
    pub interrupt: Interrupt,
    /// Told when a shutdown arrives on shell (old clients send it there).
    pub exit: UnboundedSender<()>,
    /// Jobs taken off the channel early (while aborting after an error).
    held: VecDeque<Job>,
    execution_count: usize,
    history: history::History,
    abort: abort::AbortQueue,
    settings: magics::Settings,
    limits: CellLimits,
    budget: CpuBudget,
}

impl Executor {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        target: Box<dyn NotebookTarget>,
        factory: Box<dyn TargetFactory>,
        jobs: Receiver<Job>,
        publisher: Publisher,
        messages: MessageFactory,
        shell: UnboundedSender<Message>,
        stdin: StdinLink,
        interrupt: Interrupt,
        exit: UnboundedSender<()>,
    ) -> Executor {
        Executor {
            targets: Targets::new(target),
            factory,
            jobs,
            publisher,
            messages,
            shell,
            stdin,
            interrupt,
            exit,
            held: VecDeque::new(),
            execution_count: 0,
            history: history::History::default(),
            abort: abort::AbortQueue::default(),
            settings: magics::Settings::default(),
            limits: CellLimits::default(),
            budget: CpuBudget::new(None),
        }
    }

    /// Cells run within `limits`; the budget's watchdog must be started on
    /// the kernel's runtime (`CpuBudget::watch`).
    pub fn with_limits(mut self, limits: CellLimits) -> (Executor, CpuBudget) {
        self.budget = CpuBudget::new(limits.cpu_time);
        self.limits = limits;
        let budget = self.budget.clone();
        (self, budget)
    }

    pub fn spawn(self) -> std::io::Result<std::thread::JoinHandle<()>> {
        // Native code calling back into Python runs on this thread's stack.
        std::thread::Builder::new()
            .name("upy-kernel-execution".to_string())
            .stack_size(upy_vm::SESSION_STACK_SIZE)
            .spawn(move || self.run())
    }

    fn run(mut self) {
        loop {
            let job = match self.held.pop_front() {
                Some(job) => job,
                None => match self.jobs.recv() {
                    Ok(job) => job,
                    Err(_) => return,
                },
            };
            match job {
                Job::Shell(request) => {
                    if self.handle(request) {
                        return;
                    }
                }
                Job::Shutdown { restart, done } => {
                    self.shut_down(restart);
                    let _ = done.send(());
                    return;
                }
            }
        }
    }

    fn shut_down(&mut self, restart: bool) {
        self.interrupt.clear();
        // The board is left in its friendly REPL, as a terminal finds it.
        self.targets.disconnect();
        if restart {
            if let Err(error) = self.targets.local().reset() {
                crate::log(&format!("reset before restart failed: {}", error.evalue));
            }
        }
    }

    /// Answer one shell request between `busy` and `idle`. Returns whether
    /// the kernel is shutting down.
    fn handle(&mut self, request: Message) -> bool {
        let parent = request.header.clone();
        self.publisher.status(&parent, "busy");
        let mut stopping = false;
        match request.msg_type() {
            "execute_request" => self.execute(&request),
            "kernel_info_request" => self.reply(&request, "kernel_info_reply", kernel_info::reply()),
            "complete_request" => {
                let (code, cursor) = code_and_cursor(&request);
                let reply = complete::complete(&code, cursor, self.targets.current(), &magics::names());
                self.reply(&request, "complete_reply", reply);
            }
            "inspect_request" => {
                let (code, cursor) = code_and_cursor(&request);
                let reply = inspect::inspect(&code, cursor, self.targets.current(), magics::usage);
                self.reply(&request, "inspect_reply", reply);
            }
            "is_complete_request" => {
                let (code, _) = code_and_cursor(&request);
                let reply = match is_complete::check(&code) {
                    is_complete::Verdict::Complete => IsCompleteReply::complete(),
                    is_complete::Verdict::Incomplete { indent } => IsCompleteReply::incomplete(indent),
                    is_complete::Verdict::Invalid => IsCompleteReply::invalid(),
                };
                self.reply(&request, "is_complete_reply", reply);
            }
            "history_request" => match serde_json::from_value::<history::Request>(request.content.clone()) {
                Ok(query) => self.reply(&request, "history_reply", HistoryReply::new(self.history.answer(&query))),
                Err(err) => self.reply_bad_request(&request, "history_reply", &err.to_string()),
            },
            "comm_info_request" => self.reply(&request, "comm_info_reply", comm::info()),
            "comm_open" => {
                if let Some(close) = comm::refuse_open(&request.content) {
                    self.publisher.publish(&parent, "comm_close", serde_json::to_value(close).unwrap_or_default());
                }
            }
            "comm_msg" | "comm_close" => {}
            "shutdown_request" => {
                let restart = request.content.get("restart").and_then(|r| r.as_bool()).unwrap_or(false);
                self.shut_down(restart);
                self.reply(&request, "shutdown_reply", json!({ "status": "ok", "restart": restart }));
                stopping = true;
            }
            other => crate::log(&format!("unhandled shell message {other}")),
        }
        self.publisher.status(&parent, "idle");
        if stopping {
            let _ = self.exit.send(());
        }
        stopping
    }

    fn reply(&self, request: &Message, msg_type: &str, content: impl Serialize) {
        let _ = self.shell.send(self.messages.reply(request, msg_type, content));
    }

    fn reply_bad_request(&self, request: &Message, msg_type: &str, problem: &str) {
        crate::log(&format!("bad {}: {problem}", request.msg_type()));
        let content = json!({ "status": "error", "ename": "BadRequest", "evalue": problem, "traceback": [] });
        self.reply(request, msg_type, content);
    }
}

fn code_and_cursor(request: &Message) -> (String, usize) {
    let code = request.content.get("code").and_then(|c| c.as_str()).unwrap_or("").to_string();
    let cursor =
        request.content.get("cursor_pos").and_then(|c| c.as_u64()).map_or_else(|| code.chars().count(), |c| c as usize);
    (code, cursor)
}
