//! Modules a board's firmware has that the simulated board cannot run:
//! they need the real radio, network stack or flash layout. Importing one
//! raises an ImportError that names the board and says why, instead of the
//! bare "no module named" a module that does not exist gets, so a program
//! meant for the board learns where to run (and a guarded import falls back).

use crate::runtime::error::{Exc, ExcKind};
use crate::runtime::vm::Vm;

/// Module (or package) name, and what the simulator lacks for it.
pub const NOT_SIMULATED: &[(&str, &str)] = &[
    ("socket", "a network stack"),
    ("ssl", "a network stack"),
    ("tls", "a network stack"),
    ("lwip", "a network stack"),
    ("requests", "a network stack"),
    ("ntptime", "a network stack"),
    ("webrepl", "a network stack"),
    ("webrepl_setup", "a network stack"),
    ("websocket", "a network stack"),
    ("mip", "a network stack"),
    ("umqtt", "a network stack"),
    ("espnow", "an ESP32 radio"),
    ("_espnow", "an ESP32 radio"),
    ("aioespnow", "an ESP32 radio"),
    ("aioble", "a Bluetooth radio"),
    ("btree", "the firmware's Berkeley DB"),
    ("cryptolib", "the firmware's AES engine"),
    ("uctypes", "real memory addresses"),
    ("flashbdev", "the board's flash partitions"),
    ("inisetup", "the board's flash partitions"),
    ("_boot", "the board's flash partitions"),
    ("_boot_fat", "the board's flash partitions"),
];

/// The error for importing `name` on this board, if its firmware has it
/// and the simulator does not run it.
pub fn refusal(vm: &mut Vm, name: &str) -> Option<Exc> {
    let top = name.split('.').next().unwrap_or(name);
    let plain = top.strip_prefix('u').filter(|p| NOT_SIMULATED.iter().any(|(m, _)| m == p)).unwrap_or(top);
    let (_, needs) = NOT_SIMULATED.iter().find(|(m, _)| *m == plain)?;
    let board = upy_boards::profile(&vm.board_name)?;
    if !board.has_module(plain) {
        return None;
    }
    let msg = if board.portable {
        format!("module '{name}' needs {needs}, which the simulated board does not have; run this on a real board")
    } else {
        format!(
            "module '{name}' needs {needs}, which the simulated {} board does not have; run this on a real {} board",
            board.name, board.name
        )
    };
    Some(vm.err(ExcKind::ImportError, msg))
}
