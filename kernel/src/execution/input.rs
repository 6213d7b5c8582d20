//! `input()` in a cell: an `input_request` on stdin, then the execution
//! thread waits for the matching `input_reply` — or for an interrupt.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use jupyter_protocol::InputRequest;
use tokio::sync::mpsc::UnboundedSender;
use upy_vm::target::{InputSource, Interrupt};

use crate::wire::{Message, MessageFactory};

/// How often a wait for input looks at the interrupt flag.
const POLL: Duration = Duration::from_millis(20);

pub struct StdinLink {
    pub factory: MessageFactory,
    pub outgoing: UnboundedSender<Message>,
    pub replies: Receiver<Message>,
}

pub struct CellInput<'a> {
    link: &'a StdinLink,
    /// The execute_request: input requests go to its sender, as its children.
    request: &'a Message,
    allow_stdin: bool,
    interrupt: &'a Interrupt,
}

impl<'a> CellInput<'a> {
    pub fn new(
        link: &'a StdinLink,
        request: &'a Message,
        allow_stdin: bool,
        interrupt: &'a Interrupt,
    ) -> CellInput<'a> {
        CellInput { link, request, allow_stdin, interrupt }
    }
}

impl InputSource for CellInput<'_> {
    fn read_line(&mut self, prompt: &str, password: bool) -> Option<String> {
        if !self.allow_stdin {
            return None;
        }
        // Replies to earlier, abandoned prompts must not answer this one.
        while self.link.replies.try_recv().is_ok() {}
        let ask = self.link.factory.reply(
            self.request,
            "input_request",
            InputRequest { prompt: prompt.to_string(), password },
        );
        let asked_id = ask.header.msg_id.clone();
        self.link.outgoing.send(ask).ok()?;
        loop {
            match self.link.replies.recv_timeout(POLL) {
                Ok(reply) => {
                    let answers_us = reply.parent_header.as_ref().is_none_or(|p| p.msg_id == asked_id);
                    if answers_us {
                        return reply.content.get("value").and_then(|v| v.as_str()).map(str::to_string);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    if self.interrupt.is_set() {
                        return None;
                    }
                }
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }
}
