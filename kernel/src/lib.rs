//! The Jupyter kernel: MicroPython notebooks in JupyterLab.
//!
//! [`run`] serves one kernel on the sockets a connection file names, running
//! cells on a [`NotebookTarget`] made by a [`TargetFactory`], or, after
//! `%connect`, on a board over its serial port ([`board_target`]), with both
//! kept side by side ([`targets`]). [`install`] writes the kernelspec Jupyter
//! finds it by.
//!
//! Data flows one way: sockets (`channels/`) → verified messages (`wire/`) →
//! the execution thread (`execution/`), which runs cells, magics
//! (`magics/`) and the other requests (`requests/`) and sends replies and
//! outputs back out through channels to the socket tasks.

pub mod board_target;
pub mod channels;
pub mod connection;
pub mod execution;
pub mod install;
pub mod limits;
pub mod magics;
pub mod notebook_target;
pub mod requests;
pub mod targets;
pub mod vm_target;
pub mod wire;

#[cfg(test)]
mod test_support;

use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, Context as _};
use tokio::sync::{mpsc, oneshot};
use upy_vm::target::Interrupt;
use zeromq::{RepSocket, RouterSocket, Socket, XPubSocket};

pub use limits::CellLimits;
pub use notebook_target::{FsEntry, NotebookTarget, Simulator, TargetFactory, WithoutSimulator};
pub use vm_target::VmTargets;

use channels::control::Control;
use channels::iopub::{self, Item};
use channels::{heartbeat, router};
use execution::input::StdinLink;
use execution::publisher::Publisher;
use execution::{Executor, Job};
use wire::{MessageFactory, Signer};

/// Serve a kernel until a client shuts it down.
pub fn run(connection_file: &Path, factory: Box<dyn TargetFactory>) -> anyhow::Result<()> {
    run_with_limits(connection_file, factory, CellLimits::default())
}

/// Serve a kernel whose cells run within a lab's `limits`.
pub fn run_with_limits(
    connection_file: &Path,
    factory: Box<dyn TargetFactory>,
    limits: CellLimits,
) -> anyhow::Result<()> {
    // As early as possible: the launcher may die while the kernel starts.
    let parent = parent_process();
    let info = connection::load(connection_file)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the kernel's async runtime")?;
    runtime.block_on(serve(info, factory, parent, limits))
}

fn parent_process() -> u32 {
    #[cfg(unix)]
    return std::os::unix::process::parent_id();
    #[cfg(not(unix))]
    return 0;
}

async fn serve(
    info: connection::ConnectionInfo,
    mut factory: Box<dyn TargetFactory>,
    parent: u32,
    limits: CellLimits,
) -> anyhow::Result<()> {
    let signer = Signer::new(&info.signature_scheme, &info.key)?;
    let messages = MessageFactory::new();
    let target = factory.initial().map_err(|e| anyhow!("cannot start the target: {e}"))?;

    let mut shell = RouterSocket::new();
    let mut control = RouterSocket::new();
    let mut stdin = RouterSocket::new();
    let mut iopub_socket = XPubSocket::new();
    let mut hb = RepSocket::new();
    for (socket_name, url, result) in [
        ("shell", info.shell_url(), shell.bind(&info.shell_url()).await.map(drop)),
        ("control", info.control_url(), control.bind(&info.control_url()).await.map(drop)),
        ("stdin", info.stdin_url(), stdin.bind(&info.stdin_url()).await.map(drop)),
        ("iopub", info.iopub_url(), iopub_socket.bind(&info.iopub_url()).await.map(drop)),
        ("heartbeat", info.hb_url(), hb.bind(&info.hb_url()).await.map(drop)),
    ] {
        result.with_context(|| format!("binding the {socket_name} socket to {url}"))?;
    }

    let (iopub_queue, iopub_items) = mpsc::channel(iopub::QUEUE);
    tokio::spawn(iopub::serve(iopub_socket, iopub_items, signer.clone(), messages.clone()));
    tokio::spawn(heartbeat::serve(hb));

    let interrupt = Interrupt::new();
    let (jobs, job_queue) = std::sync::mpsc::channel::<Job>();
    let (exit, mut exit_requested) = mpsc::unbounded_channel::<()>();
    let exit_on_orphan = exit.clone();

    let shell_jobs = jobs.clone();
    let shell_out = router::spawn(shell, signer.clone(), "shell", move |request| {
        let _ = shell_jobs.send(Job::Shell(request));
    });
    let (input_replies, input_reply_queue) = std::sync::mpsc::channel();
    let stdin_out = router::spawn(stdin, signer.clone(), "stdin", move |reply| {
        if reply.msg_type() == "input_reply" {
            let _ = input_replies.send(reply);
        }
    });

    let executor = Executor::new(
        target,
        factory,
        job_queue,
        Publisher::new(iopub_queue.clone(), messages.clone()),
        messages.clone(),
        shell_out,
        StdinLink { factory: messages.clone(), outgoing: stdin_out, replies: input_reply_queue },
        interrupt.clone(),
        exit.clone(),
    );
    let (executor, budget) = executor.with_limits(limits);
    executor.spawn().context("starting the execution thread")?;
    tokio::spawn(budget.watch(interrupt.clone()));

    let control_task = Control {
        signer: signer.clone(),
        factory: messages.clone(),
        iopub: iopub_queue.clone(),
        interrupt: interrupt.clone(),
        jobs,
        exit,
    };
    tokio::spawn(control_task.serve(control));
    tokio::spawn(interrupt_on_sigint(interrupt));
    tokio::spawn(exit_when_orphaned(exit_on_orphan, parent));

    let starting = messages.broadcast(None, "status", serde_json::json!({ "execution_state": "starting" }));
    let _ = iopub_queue.send(Item::Publish(starting)).await;

    exit_requested.recv().await;
    // Let the last replies and outputs leave their sockets.
    let (done, flushed) = oneshot::channel();
    if iopub_queue.send(Item::Flush(done)).await.is_ok() {
        let _ = tokio::time::timeout(Duration::from_secs(1), flushed).await;
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    Ok(())
}

/// SIGINT (what `interrupt_mode: signal` clients and Ctrl-C in a terminal
/// send) interrupts the running cell instead of killing the kernel.
async fn interrupt_on_sigint(interrupt: Interrupt) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let Ok(mut sigint) = signal(SignalKind::interrupt()) else {
            log("cannot listen for SIGINT; interrupt by message only");
            return;
        };
        while sigint.recv().await.is_some() {
            interrupt.trigger();
        }
    }
    #[cfg(not(unix))]
    while tokio::signal::ctrl_c().await.is_ok() {
        interrupt.trigger();
    }
}

/// A kernel whose launcher died (a notebook server that crashed, a test run
/// that was killed) exits instead of running on where no one can reach it,
/// as ipykernel does: it watches for its parent to change. Jupyter's
/// launchers set `JPY_PARENT_PID`; a kernel started without it whose parent
/// is already init was started detached on purpose and stays.
async fn exit_when_orphaned(exit: mpsc::UnboundedSender<()>, parent: u32) {
    #[cfg(unix)]
    {
        let launched_by_jupyter = std::env::var_os("JPY_PARENT_PID").is_some();
        if parent == 1 && !launched_by_jupyter {
            return;
        }
        loop {
            let now = std::os::unix::process::parent_id();
            if now != parent || now == 1 {
                log("the process that started this kernel is gone; exiting");
                let _ = exit.send(());
                return;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
    #[cfg(not(unix))]
    drop((exit, parent));
}

/// Kernel diagnostics go to stderr, which Jupyter servers keep in their log.
pub(crate) fn log(message: &str) {
    eprintln!("[upy kernel] {message}");
}
