//! The simulated board: board profiles and, later, the peripherals.

pub mod profile;
