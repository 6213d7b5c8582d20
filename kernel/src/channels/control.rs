//! Control: interrupt, shutdown and kernel_info, answered on the async
//! runtime so they are served while a cell runs an endless loop.

use std::time::Duration;

use jupyter_protocol::{InterruptReply, ShutdownReply, ShutdownRequest};
use tokio::sync::{mpsc, oneshot};
use upy_vm::target::Interrupt;
use zeromq::{RouterSocket, SocketRecv, SocketSend};

use super::iopub::Item;
use crate::execution::Job;
use crate::requests::kernel_info;
use crate::wire::{Message, MessageFactory, Signer};

/// How long shutdown waits for the execution thread to stop its cell and
/// reset the target before replying anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

pub struct Control {
    pub signer: Signer,
    pub factory: MessageFactory,
    pub iopub: mpsc::Sender<Item>,
    pub interrupt: Interrupt,
    pub jobs: std::sync::mpsc::Sender<Job>,
    /// Told once a shutdown has been answered; the kernel then exits.
    pub exit: mpsc::UnboundedSender<()>,
}

impl Control {
    pub async fn serve(self, mut socket: RouterSocket) {
        loop {
            let frames = match socket.recv().await {
                Ok(frames) => frames,
                Err(err) => {
                    crate::log(&format!("control receive failed: {err}"));
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            };
            let Some(request) = super::accept(frames, &self.signer, "control") else {
                continue;
            };
            self.status(&request, "busy").await;
            let shutting_down = match request.msg_type() {
                "interrupt_request" => {
                    self.interrupt.trigger();
                    self.reply(&mut socket, &request, "interrupt_reply", InterruptReply::new()).await;
                    false
                }
                "kernel_info_request" => {
                    self.reply(&mut socket, &request, "kernel_info_reply", kernel_info::reply()).await;
                    false
                }
                "shutdown_request" => {
                    let restart = serde_json::from_value::<ShutdownRequest>(request.content.clone())
                        .map(|r| r.restart)
                        .unwrap_or(false);
                    self.stop_execution(restart).await;
                    let reply = ShutdownReply { restart, ..Default::default() };
                    self.reply(&mut socket, &request, "shutdown_reply", reply).await;
                    true
                }
                other => {
                    crate::log(&format!("unhandled control message {other}"));
                    false
                }
            };
            self.status(&request, "idle").await;
            if shutting_down {
                let (done, flushed) = oneshot::channel();
                if self.iopub.send(Item::Flush(done)).await.is_ok() {
                    let _ = tokio::time::timeout(Duration::from_secs(1), flushed).await;
                }
                let _ = self.exit.send(());
                return;
            }
        }
    }

    /// Interrupt whatever runs, then let the execution thread finish (and
    /// reset the target before a restart, so the next kernel finds a clean
    /// board).
    async fn stop_execution(&self, restart: bool) {
        self.interrupt.trigger();
        let (done, finished) = oneshot::channel();
        if self.jobs.send(Job::Shutdown { restart, done }).is_ok()
            && tokio::time::timeout(SHUTDOWN_GRACE, finished).await.is_err()
        {
            crate::log("the running cell did not stop; shutting down anyway");
        }
    }

    async fn reply(
        &self,
        socket: &mut RouterSocket,
        request: &Message,
        msg_type: &str,
        content: impl serde::Serialize,
    ) {
        let reply = self.factory.reply(request, msg_type, content);
        if let Some(frames) = super::frames(&reply, &self.signer) {
            if let Err(err) = socket.send(frames).await {
                crate::log(&format!("control send failed: {err}"));
            }
        }
    }

    async fn status(&self, request: &Message, state: &str) {
        let status =
            self.factory.broadcast(Some(&request.header), "status", serde_json::json!({ "execution_state": state }));
        let _ = self.iopub.send(Item::Publish(status)).await;
    }
}
