//! Fuzzing as a habit: three targets (the parser, the compiler, the VM),
//! a mutator that turns a kept corpus of programs into hostile variants,
//! and a runner with a fixed seed and a time bound, so a CI run is
//! repeatable and a long run is a command away (`.ci/steps/fuzz.sh`,
//! `fuzz/README.md`).
//!
//! A finding is a panic (caught by the session's safety net or here), an
//! abort (the process dies; the input is in the runner's `current` file),
//! or a hang (a run the interrupt flag cannot stop). Python exceptions,
//! however odd, are the expected outcome of a hostile input.

pub mod corpus;
pub mod dictionary;
pub mod mutate;
pub mod panics;
pub mod targets;
pub mod watchdog;
