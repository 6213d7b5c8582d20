//! mip against a package index served on localhost: the index's layout
//! (package descriptions by mpy version, files by hash, dependencies),
//! onto the virtual board over its serial link.

mod support;

use std::collections::HashMap;

use support::http_index::Index;
use support::TestBoard;
use upy_device::fs::BoardFs;
use upy_device::mip::fetch::Http;
use upy_device::mip::{install, MipBoard, Note, Options};

/// A board that only stores (mip's side of it is what is tested here),
/// running `.mpy` version 6.
#[derive(Default)]
struct Storage {
    files: HashMap<String, Vec<u8>>,
}

impl MipBoard for Storage {
    fn mpy_version(&mut self) -> Result<Option<u32>, String> {
        Ok(Some(6))
    }
    fn lib_dir(&mut self) -> Result<Option<String>, String> {
        Ok(Some("/lib".into()))
    }
    fn file_sha256(&mut self, path: &str) -> Result<Option<String>, String> {
        use sha2::Digest;
        Ok(self.files.get(path).map(|d| sha2::Sha256::digest(d).iter().map(|b| format!("{b:02x}")).collect()))
    }
    fn write_file(&mut self, path: &str, data: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), String> {
        progress(data.len() as u64, data.len() as u64);
        self.files.insert(path.to_string(), data.to_vec());
        Ok(())
    }
}

/// `greet` (two files and a dependency on `colours`), as source and as
/// compiled files for mpy 6; `colours` as source only.
fn index_with_packages() -> Index {
    let index = Index::start();
    let init = index.add_hashed(b"from .hello import hello\n");
    let hello = index.add_hashed(b"def hello():\n    print('hello from greet')\n");
    let hello_mpy = index.add_hashed(b"M\x06\x00\x1fcompiled hello");
    let colours = index.add_hashed(b"RED = (255, 0, 0)\n");
    let deps = r#"[["colours", "latest"]]"#;
    index.add(
        "/package/py/greet/latest.json",
        format!(r#"{{"hashes": [["greet/__init__.py", "{init}"], ["greet/hello.py", "{hello}"]], "deps": {deps}, "version": "1.0"}}"#)
            .as_bytes(),
    );
    index.add(
        "/package/6/greet/latest.json",
        format!(r#"{{"hashes": [["greet/__init__.py", "{init}"], ["greet/hello.mpy", "{hello_mpy}"]], "deps": {deps}, "version": "1.0"}}"#)
            .as_bytes(),
    );
    index.add("/package/py/colours/latest.json", format!(r#"{{"hashes": [["colours.py", "{colours}"]]}}"#).as_bytes());
    index.add("/package/py/greet/0.9.json", format!(r#"{{"hashes": [["greet/__init__.py", "{init}"]]}}"#).as_bytes());
    index
}

#[test]
fn compiled_files_for_a_board_whose_mpy_version_the_index_has() {
    let index = index_with_packages();
    let mut board = Storage::default();
    let options = Options { index: index.url.clone(), ..Options::default() };
    let mut notes = Vec::new();
    let report = install(&mut board, &Http::default(), "greet", &options, &mut |n| notes.push(n)).unwrap();
    assert_eq!(report.installed, vec!["/lib/greet/__init__.py", "/lib/greet/hello.mpy", "/lib/colours.py"]);
    assert_eq!(board.files["/lib/greet/hello.mpy"], b"M\x06\x00\x1fcompiled hello");
    // colours has no mpy 6 build: its source was taken.
    let requests = index.requests.lock().unwrap().clone();
    assert!(requests.contains(&"/package/6/colours/latest.json".to_string()));
    assert!(requests.contains(&"/package/py/colours/latest.json".to_string()));
    assert!(notes.contains(&Note::Installing { path: "/lib/colours.py".into(), bytes: 18 }));
    // Again: everything is there with the same hash, nothing is written.
    let report = install(&mut board, &Http::default(), "greet", &options, &mut |_| {}).unwrap();
    assert_eq!(report.installed, Vec::<String>::new());
    assert_eq!(report.unchanged.len(), 3);
    // Sources when asked for (--no-mpy), a version, another target.
    let mut board = Storage::default();
    let options = Options { index: index.url.clone(), target: Some("/apps/".into()), mpy: false };
    let report = install(&mut board, &Http::default(), "greet@0.9", &options, &mut |_| {}).unwrap();
    assert_eq!(report.installed, vec!["/apps/greet/__init__.py"]);
    let err = install(&mut board, &Http::default(), "nothing-like-it", &options, &mut |_| {}).unwrap_err();
    assert!(err.starts_with("package not found: nothing-like-it (latest)"), "{err}");
}

#[test]
fn urls_and_package_json_with_relative_files() {
    let index = Index::start();
    index.add("/drivers/ssd1306.py", b"# a display driver\n");
    index.add(
        "/pkg/package.json",
        br#"{"urls": [["blink/__init__.py", "src/blink.py"], ["blink/pins.py", "src/pins.py"]], "version": "0.1"}"#,
    );
    index.add("/pkg/src/blink.py", b"import blink.pins\n");
    index.add("/pkg/src/pins.py", b"LED = 2\n");
    let mut board = Storage::default();
    let options = Options { index: index.url.clone(), ..Options::default() };
    let url = format!("{}/drivers/ssd1306.py", index.url);
    let report = install(&mut board, &Http::default(), &url, &options, &mut |_| {}).unwrap();
    assert_eq!(report.installed, vec!["/lib/ssd1306.py"]);
    let report = install(&mut board, &Http::default(), &format!("{}/pkg", index.url), &options, &mut |_| {}).unwrap();
    assert_eq!(report.installed, vec!["/lib/blink/__init__.py", "/lib/blink/pins.py"]);
    assert_eq!(board.files["/lib/blink/pins.py"], b"LED = 2\n");
}

#[test]
fn onto_the_virtual_board_over_its_serial_link() {
    let index = index_with_packages();
    let flash = tempfile::tempdir().unwrap();
    let board = TestBoard::start_with_flash(flash.path());
    let mut conn = board.connect();
    let mut fs = BoardFs::new(&mut conn);
    // The CPython test double has no `.mpy` version: sources go on, into
    // the folder given (it has no `lib` on its path).
    let options = Options { index: index.url.clone(), target: Some("/lib".into()), mpy: true };
    let mut progress = 0;
    let report = install(&mut fs, &Http::default(), "greet", &options, &mut |n| {
        if matches!(n, Note::Progress { .. }) {
            progress += 1
        }
    })
    .unwrap();
    assert_eq!(report.installed, vec!["/lib/greet/__init__.py", "/lib/greet/hello.py", "/lib/colours.py"]);
    assert!(progress >= 3);
    assert_eq!(
        std::fs::read_to_string(flash.path().join("lib/greet/hello.py")).unwrap(),
        "def hello():\n    print('hello from greet')\n"
    );
    assert!(!flash.path().join("lib/greet/hello.py.upy-tmp").exists());
    // Installed again: the board's hashes match, nothing is sent.
    let report = install(&mut fs, &Http::default(), "greet", &options, &mut |_| {}).unwrap();
    assert_eq!(report.unchanged.len(), 3);
}
