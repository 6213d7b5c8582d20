//! The simulated board: its profile, its state (pins, PWM, NeoPixels and a
//! log of changes on the VM clock), the `machine` and `neopixel` modules
//! programs use, and the pictures notebooks draw.

pub mod adc;
pub mod bluetooth;
pub mod buses;
pub mod devices;
pub mod drive;
pub mod esp32_module;
pub mod i2c;
pub mod machine;
pub mod neopixel;
pub mod network;
pub mod picture;
pub mod pin;
pub mod profile;
pub mod pwm;
pub mod rp2_module;
pub mod rtc;
pub mod sensors;
pub mod spi;
pub mod state;
pub mod timer;
pub mod uart;
pub mod wdt;

use crate::runtime::vm::Vm;

/// Put a fresh board of the named profile into the VM and make its modules
/// importable. Unknown names fall back to `generic`.
pub fn install(vm: &mut Vm, name: &str) {
    let p = profile::profile(name).unwrap_or(&profile::GENERIC);
    vm.board_name = p.name.to_string();
    vm.extensions.insert(state::Board::new(p));
    vm.builtin_modules.insert("machine", machine::make);
    vm.builtin_modules.insert("neopixel", neopixel::make);
    vm.builtin_modules.insert("network", network::make);
    vm.builtin_modules.insert("bluetooth", bluetooth::make);
    sensors::register(vm);
    match p.name {
        "esp32" => vm.builtin_modules.insert("esp32", esp32_module::make),
        "rp2" => vm.builtin_modules.insert("rp2", rp2_module::make),
        _ => None,
    };
}
