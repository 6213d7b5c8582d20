//! The kernel on the VM, as `upy kernel -f FILE` will run it: for testing
//! the kernel against real MicroPython before the `upy` binary wires it.
//!
//!     upy-kernel-vm -f CONNECTION_FILE

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [flag, file] = args.as_slice() else {
        eprintln!("usage: upy-kernel-vm -f CONNECTION_FILE");
        std::process::exit(2);
    };
    if flag != "-f" {
        eprintln!("usage: upy-kernel-vm -f CONNECTION_FILE");
        std::process::exit(2);
    }
    if let Err(err) = upy_kernel::run(
        &PathBuf::from(file),
        Box::new(upy_kernel::VmTargets::default()),
    ) {
        eprintln!("upy-kernel-vm: {err:#}");
        std::process::exit(1);
    }
}
