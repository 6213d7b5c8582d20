//! What the kernel executes on: a [`Target`] plus, for the simulated board,
//! the extra powers the notebook magics use (`%pins`, `%scope`, `%ls`, …).
//!
//! `Target` is the seam shared with the language server and lives in the VM;
//! the board-only extras live here because only the notebook needs them.

use upy_vm::target::{MimeBundle, Target};

/// A target as the kernel sees it.
pub trait NotebookTarget: Target {
    /// The simulated board behind this target, if there is one. A real board
    /// (forwarded over a serial port) has none, and the magics that need it
    /// say so instead of running.
    fn simulator(&mut self) -> Option<&mut dyn Simulator> {
        None
    }
}

/// One entry of a directory listing on the simulated flash filesystem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FsEntry {
    pub name: String,
    pub is_dir: bool,
    pub size: u64,
}

/// The simulated board's state, as the magics show and change it.
/// Errors are messages for the user, shown in the cell's output.
pub trait Simulator {
    /// `esp32`, `rp2` or `generic`.
    fn board_name(&self) -> String;

    /// The board's clock in microseconds since the session started. Under
    /// virtual time this advances by `time.sleep` without waiting.
    fn clock_us(&self) -> u64;

    /// With virtual time on, `time.sleep` advances the board clock instantly.
    fn set_virtual_time(&mut self, on: bool);
    fn virtual_time(&self) -> bool;

    /// The board picture: pin levels, PWM duty, NeoPixel colours, as
    /// `image/svg+xml` with a `text/plain` fallback.
    fn pins_picture(&self) -> MimeBundle;

    /// A timing diagram of the level changes logged on these pins during the
    /// last run (all logged pins when `pins` is empty).
    fn scope_picture(&self, pins: &[String]) -> Result<MimeBundle, String>;

    /// A cell's code is about to run: "the last run" (what `%scope` plots)
    /// starts here. Magic-only cells do not start a run, so `%scope` in the
    /// next cell still sees the loop before it.
    fn begin_run(&mut self) {}

    /// Pin level changes logged since `begin_run`.
    fn pin_changes_last_run(&self) -> usize {
        0
    }

    /// The pin events logged since `begin_run`, oldest first: the evidence
    /// `%expect` checks.
    fn last_run_log(&self) -> Vec<upy_vm::board::state::LogEntry> {
        Vec::new()
    }

    /// Drive an input pin from outside (`None` lets it float); IRQ handlers
    /// it triggers are queued for the next safepoint.
    fn drive_pin(&mut self, _pin: u8, _level: Option<u8>) -> Result<(), String> {
        Err("this board's pins cannot be driven from outside".to_string())
    }

    /// A TMP102 on I2C bus `bus` reading `celsius`, attached on first use.
    fn set_temperature(&mut self, _bus: u8, _celsius: f64) -> Result<(), String> {
        Err("this board has no simulated sensors".to_string())
    }

    fn fs_list(&self, path: &str) -> Result<Vec<FsEntry>, String>;
    fn fs_read(&self, path: &str) -> Result<Vec<u8>, String>;
    fn fs_write(&mut self, path: &str, data: &[u8]) -> Result<(), String>;
}

/// Makes targets: the one a kernel starts with, and a fresh simulated board
/// when `%board NAME` switches boards.
pub trait TargetFactory: Send {
    fn initial(&mut self) -> Result<Box<dyn NotebookTarget>, String>;
    /// A fresh simulated board of the named kind (`esp32`, `rp2`, `generic`).
    fn board(&mut self, name: &str) -> Result<Box<dyn NotebookTarget>, String>;
    /// The names `board` accepts, for `%board`'s usage text.
    fn board_names(&self) -> Vec<String>;
}

/// Any [`Target`] as a [`NotebookTarget`] without a simulated board (a real
/// board over its serial REPL): the board-only magics say they need one.
pub struct WithoutSimulator<T>(pub T);

impl<T: Target> Target for WithoutSimulator<T> {
    fn run(
        &mut self,
        request: &upy_vm::target::RunRequest<'_>,
        out: &mut dyn upy_vm::target::OutputSink,
        input: &mut dyn upy_vm::target::InputSource,
        interrupt: &upy_vm::target::Interrupt,
    ) -> upy_vm::target::RunOutcome {
        self.0.run(request, out, input, interrupt)
    }
    fn complete(&mut self, prefix: &str) -> Vec<upy_vm::target::Completion> {
        self.0.complete(prefix)
    }
    fn inspect(&mut self, name: &str) -> Option<String> {
        self.0.inspect(name)
    }
    fn reset(&mut self) -> Result<(), upy_vm::target::ErrorInfo> {
        self.0.reset()
    }
    fn describe(&self) -> String {
        self.0.describe()
    }
}

impl<T: Target> NotebookTarget for WithoutSimulator<T> {}
