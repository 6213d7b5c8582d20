//! Per-student limits a lab sets once for every kernel (`upy kernel
//! --cpu-limit … --output-limit …`, or the `UPY_*` environment variables a
//! hub gives each student's server): CPU time and output per cell. Heap and
//! flash sizes are the session's own (`SessionOptions`).

mod cpu_budget;
mod cpu_clock;
pub(crate) mod output_cap;
mod priority;

use std::time::Duration;

pub use cpu_budget::CpuBudget;
pub use output_cap::OutputCap;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CellLimits {
    /// CPU time one cell may use; past it the cell is interrupted with an
    /// error that says so.
    pub cpu_time: Option<Duration>,
    /// Bytes of printed output one cell may send; the rest is dropped, with
    /// one line saying so.
    pub output_bytes: Option<usize>,
}
