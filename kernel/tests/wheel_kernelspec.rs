//! The kernelspec the pip wheel carries as data files
//! (`python/upy.data/data/share/jupyter/kernels/micropython/`) is the one
//! `upy kernel install` writes, started through `python -m upy` so that
//! Jupyter's own interpreter finds the environment's binary.
//!
//! `UPY_BLESS=1 cargo test -p upy-kernel --test wheel_kernelspec` rewrites it.

use std::path::{Path, PathBuf};

use upy_kernel::install::{self, Options, Scope};

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../python/upy.data/data/share/jupyter/kernels")
        .join(install::DEFAULT_NAME)
}

fn generated(prefix: &Path) -> PathBuf {
    let options = Options {
        scope: Scope::Prefix(prefix.to_path_buf()),
        name: install::DEFAULT_NAME.to_string(),
        command: ["python", "-m", "upy", "kernel"].map(String::from).to_vec(),
    };
    install::install(&options).unwrap()
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn wheel_carries_the_installed_kernelspec() {
    let tmp = tempfile::tempdir().unwrap();
    let fresh = generated(tmp.path());
    let committed = committed_dir();
    if std::env::var_os("UPY_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(&committed);
        std::fs::create_dir_all(&committed).unwrap();
        for name in files(&fresh) {
            std::fs::copy(fresh.join(&name), committed.join(&name)).unwrap();
        }
    }
    assert_eq!(files(&committed), files(&fresh), "run UPY_BLESS=1 cargo test -p upy-kernel --test wheel_kernelspec");
    for name in files(&fresh) {
        let want = std::fs::read(fresh.join(&name)).unwrap();
        let have = std::fs::read(committed.join(&name)).unwrap();
        assert!(
            want == have,
            "{name} differs from what upy writes: run UPY_BLESS=1 cargo test -p upy-kernel --test wheel_kernelspec"
        );
    }
    let spec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(committed.join("kernel.json")).unwrap()).unwrap();
    assert_eq!(spec["argv"][0], "python", "Jupyter puts its own interpreter only in place of a bare 'python'");
}
