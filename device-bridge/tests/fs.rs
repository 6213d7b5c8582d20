//! File operations against a virtual board. The board's interpreter here is
//! the CPython test double (tests/support/cpython_board.py) with a private
//! directory as flash; `TestBoard::start_with_flash` is the one place to
//! switch to the VM session once it serves boards.

mod support;

use std::path::Path;

use support::TestBoard;
use upy_device::fs::{BoardFs, Entry};
use upy_device::DeviceError;

fn random_bytes(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn board() -> (TestBoard, tempfile::TempDir) {
    let flash = tempfile::tempdir().unwrap();
    (TestBoard::start_with_flash(flash.path()), flash)
}

#[test]
fn one_megabyte_of_binary_data_round_trips() {
    let (board, flash) = board();
    let mut conn = board.connect();
    let mut fs = BoardFs::new(&mut conn);
    let data = random_bytes(1 << 20, 0x1234_5678_9abc_def1);
    let mut reports = Vec::new();
    fs.put_bytes(&data, "/big.bin", &mut |done, total| reports.push((done, total))).expect("upload");
    assert_eq!(std::fs::read(flash.path().join("big.bin")).unwrap(), data, "the board has the exact bytes");
    assert!(!flash.path().join("big.bin.upy-tmp").exists(), "temporary file renamed away");
    assert_eq!(reports.first(), Some(&(0, 1 << 20)));
    assert_eq!(reports.last(), Some(&(1 << 20, 1 << 20)));
    assert!(reports.windows(2).all(|w| w[0].0 <= w[1].0), "progress only grows");

    let mut got_reports = 0;
    let back = fs
        .get_bytes("/big.bin", &mut |_, total| {
            assert_eq!(total, 1 << 20);
            got_reports += 1;
        })
        .expect("download");
    assert_eq!(back.len(), data.len());
    assert!(back == data, "downloaded bytes differ");
    assert!(got_reports > 100, "progress reported while downloading ({got_reports})");
}

#[test]
fn ls_mkdir_rm_rmdir_cat_df() {
    let (board, flash) = board();
    let mut conn = board.connect();
    let mut fs = BoardFs::new(&mut conn);
    fs.mkdir("/lib/deep/er").expect("mkdir with parents");
    fs.mkdir("/lib").expect("mkdir of an existing directory is fine");
    fs.put_bytes(b"print('main')\n", "/main.py", &mut |_, _| {}).unwrap();
    fs.put_bytes(b"x = 1\n", "/lib/deep/mod.py", &mut |_, _| {}).unwrap();
    let top = fs.ls("/", false).unwrap();
    assert_eq!(
        top,
        vec![
            Entry { path: "/lib".into(), size: 0, is_dir: true },
            Entry { path: "/main.py".into(), size: 14, is_dir: false },
        ]
    );
    let all: Vec<String> = fs.ls("/", true).unwrap().into_iter().map(|e| e.path).collect();
    assert_eq!(all, vec!["/lib", "/lib/deep", "/lib/deep/er", "/lib/deep/mod.py", "/main.py"]);
    assert_eq!(fs.cat("/lib/deep/mod.py").unwrap(), b"x = 1\n");
    fs.rm("/lib/deep/mod.py").unwrap();
    fs.rmdir("/lib/deep/er").unwrap();
    assert!(!flash.path().join("lib/deep/er").exists());
    let usage = fs.df("/").unwrap();
    assert!(usage.total > 0 && usage.free <= usage.total, "{usage:?}");
}

#[test]
fn errors_name_the_operation_and_the_board_error() {
    let (board, _flash) = board();
    let mut conn = board.connect();
    let mut fs = BoardFs::new(&mut conn);
    let err = fs.cat("/missing.txt").unwrap_err();
    assert!(matches!(err, DeviceError::Remote { .. }), "{err:?}");
    assert_eq!(err.to_string(), "stat /missing.txt: OSError: [Errno 2] ENOENT");
    let err = fs.rmdir("/nope").unwrap_err();
    assert_eq!(err.to_string(), "rmdir /nope: OSError: [Errno 2] ENOENT");
}

#[test]
fn sync_uploads_only_changed_files() {
    let (board, flash) = board();
    let local = tempfile::tempdir().unwrap();
    let write = |rel: &str, data: &[u8]| {
        let path = local.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, data).unwrap();
    };
    write("main.py", b"print('v1')\n");
    write("lib/util.py", b"def f(): pass\n");
    write("data/blob.bin", &random_bytes(5000, 7));
    let mut conn = board.connect();
    let mut fs = BoardFs::new(&mut conn);

    let first = fs.sync(local.path(), "/app", &mut |_, _| {}).unwrap();
    assert_eq!(first.uploaded, vec!["data/blob.bin", "lib/util.py", "main.py"]);
    assert!(!first.compared_by_size_only);
    assert_eq!(std::fs::read(flash.path().join("app/lib/util.py")).unwrap(), b"def f(): pass\n");

    let second = fs.sync(local.path(), "/app", &mut |_, _| {}).unwrap();
    assert!(second.uploaded.is_empty(), "{second:?}");
    assert_eq!(second.unchanged.len(), 3);

    // Same size, different content: only the hash tells.
    write("main.py", b"print('v2')\n");
    let third = fs.sync(local.path(), "/app", &mut |_, _| {}).unwrap();
    assert_eq!(third.uploaded, vec!["main.py"]);
    assert_eq!(std::fs::read(flash.path().join("app/main.py")).unwrap(), b"print('v2')\n");
}

#[test]
fn an_upload_cut_off_midway_leaves_the_old_file_whole() {
    let (mut board, flash) = board();
    let mut conn = board.connect();
    {
        let mut fs = BoardFs::new(&mut conn);
        fs.put_bytes(b"old contents\n", "/keep.txt", &mut |_, _| {}).unwrap();
    }
    let handle = board.handle.take().unwrap();
    let mut handle = Some(handle);
    let data = random_bytes(64 * 1024, 3);
    let err = {
        let mut fs = BoardFs::new(&mut conn);
        fs.put_bytes(&data, "/keep.txt", &mut |done, total| {
            if done > total / 2 {
                if let Some(h) = handle.take() {
                    h.stop(); // the cable is pulled halfway
                }
            }
        })
        .unwrap_err()
    };
    assert!(err.to_string().contains("disconnected"), "{err}");
    assert_eq!(std::fs::read(flash.path().join("keep.txt")).unwrap(), b"old contents\n");
    assert!(
        Path::new(&flash.path().join("keep.txt.upy-tmp")).exists(),
        "the partial upload stayed under its temporary name"
    );
}
