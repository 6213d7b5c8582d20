//! Link options for the `upy` binary.

fn main() {
    // Pack the binary's relative relocations (DT_RELR, glibc 2.36+): the
    // loader otherwise reads ~400 KB of `.rela.dyn` at every start, which
    // stays resident for the life of the process.
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
