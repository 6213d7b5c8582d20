//! Changing pins — by the program (`Pin.value(1)`) or from outside (a test,
//! the kernel) — with the log entry and any IRQ that change causes.

use super::state::{Board, PinEvent, PinState};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub const IRQ_RISING: u8 = 1;
pub const IRQ_FALLING: u8 = 2;

/// Apply `change` to pin `id`, then log a level change and queue the pin's
/// IRQ handler if its trigger matches.
pub fn update_pin(vm: &mut Vm, id: u8, change: impl FnOnce(&mut PinState)) {
    let now = vm.clock.now_ns();
    let Some(board) = vm.extensions.get_mut::<Board>() else { return };
    let before = board.pin(id).level();
    change(board.pin(id));
    let after = board.pin(id).level();
    let irq = board.pin(id).irq;
    if before != after {
        board.record(now, id, PinEvent::Level(after));
        if let Some((handler, pin_obj, trigger)) = irq {
            let edge = if after > before { IRQ_RISING } else { IRQ_FALLING };
            if trigger & edge != 0 && !handler.is_none() {
                vm.schedule_call(handler, pin_obj);
            }
        }
    }
}

/// Drive a pin from outside the program (a button, a sensor line).
pub fn set_input(vm: &mut Vm, id: u8, level: Option<u8>) {
    update_pin(vm, id, |p| p.external = level.map(|l| (l != 0) as u8));
}

/// Put a voltage on a pin for the ADC to read.
pub fn set_voltage(vm: &mut Vm, id: u8, microvolts: u32) {
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.pin(id).analog_uv = Some(microvolts);
    }
}

/// The board, for reading its state.
pub fn board(vm: &Vm) -> Option<&Board> {
    vm.extensions.get::<Board>()
}

/// Mark the start of a run, so "the last run's log" means this one.
pub fn start_run(vm: &mut Vm) {
    if let Some(b) = vm.extensions.get_mut::<Board>() {
        b.run_start = b.log.len();
    }
}

pub fn no_value() -> Value {
    Value::None
}
