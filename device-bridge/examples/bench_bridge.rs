//! The bridge's side of `bench/bench_vs_mpremote.py`: on the board at PATH,
//! time 100 executions of a trivial statement in one connection, and the
//! upload of a file. Prints one JSON line.
//!
//!     bench_bridge PATH FILE_TO_UPLOAD

use std::time::Instant;

use upy_device::fs::BoardFs;
use upy_device::{ConnectOptions, Connection};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [port, file] = args.as_slice() else {
        eprintln!("usage: bench_bridge PATH FILE_TO_UPLOAD");
        std::process::exit(2);
    };
    let fail = |e: upy_device::DeviceError| -> ! {
        eprintln!("bench_bridge: {e}");
        std::process::exit(1);
    };
    let mut conn = Connection::open(ConnectOptions::new(port.as_str())).unwrap_or_else(|e| fail(e));
    let started = Instant::now();
    for _ in 0..100 {
        conn.exec("x = 1").unwrap_or_else(|e| fail(e));
    }
    let exec100 = started.elapsed().as_secs_f64();
    let data = std::fs::read(file).unwrap_or_else(|e| {
        eprintln!("bench_bridge: cannot read {file}: {e}");
        std::process::exit(1);
    });
    let started = Instant::now();
    // A board that cannot store files (yet) still gives the first figure.
    let put = match BoardFs::new(&mut conn).put_bytes(&data, "bench_upload.bin", &mut |_, _| {}) {
        Ok(()) => format!("{:.4}", started.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("bench_bridge: upload failed: {e}");
            "null".to_string()
        }
    };
    println!("{{\"exec100_s\": {exec100:.4}, \"put_s\": {put}, \"bytes\": {}}}", data.len());
    conn.close();
}
