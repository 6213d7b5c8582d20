//! The simulated board: its profile, its state (pins, PWM, NeoPixels and a
//! log of changes on the VM clock), the `machine` and `neopixel` modules
//! programs use, and the pictures notebooks draw.

pub mod adc;
pub mod buses;
pub mod drive;
pub mod machine;
pub mod neopixel;
pub mod picture;
pub mod pin;
pub mod profile;
pub mod pwm;
pub mod state;
pub mod timer;

use crate::runtime::vm::Vm;

/// Put a fresh board of the named profile into the VM and make its modules
/// importable. Unknown names fall back to `generic`.
pub fn install(vm: &mut Vm, name: &str) {
    let p = profile::profile(name).unwrap_or(&profile::GENERIC);
    vm.board_name = p.name.to_string();
    vm.extensions.insert(state::Board::new(p));
    vm.builtin_modules.insert("machine", machine::make);
    vm.builtin_modules.insert("neopixel", neopixel::make);
}
