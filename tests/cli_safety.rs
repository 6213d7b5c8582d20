//! `upy run` as a sandbox and as MicroPython's unix port: imports and
//! `--fs` stay inside their folders (symlink layouts in a temp dir), and
//! heap limits, closed pipes, `sys.exit` and Ctrl-C end the process as the
//! port does.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn upy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_upy"))
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("upy-cli-safety-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A host file that, if ever run or read into the flash, says so.
fn bait(dir: &Path) -> PathBuf {
    let outside = dir.join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("evil.py"), "print('ESCAPED')\n").unwrap();
    std::fs::write(outside.join("secret.txt"), "SECRET").unwrap();
    outside
}

#[test]
fn import_names_never_reach_host_files_outside_the_script_folder() {
    let root = temp("import");
    let outside = bait(&root);
    let script_dir = root.join("project");
    std::fs::create_dir_all(&script_dir).unwrap();
    std::fs::write(script_dir.join("friend.py"), "NAME = 'friend'\n").unwrap();
    symlink(outside.join("evil.py"), script_dir.join("linked.py")).unwrap();
    symlink(script_dir.join("friend.py"), script_dir.join("alias.py")).unwrap();
    let abs = outside.join("evil").display().to_string();
    let program = format!(
        "import friend, alias\nprint(friend.NAME, alias.NAME)\n\
         for name in [{abs:?}, '../outside/evil', '..outside.evil', 'linked', '', 'a..b', '/etc/passwd']:\n\
         \x20   try:\n\
         \x20       __import__(name)\n\
         \x20       print('imported', name)\n\
         \x20   except (ImportError, ValueError) as e:\n\
         \x20       print(type(e).__name__)\n"
    );
    let main = script_dir.join("main.py");
    std::fs::write(&main, program).unwrap();
    let out = upy().arg("run").arg(&main).output().unwrap();
    let stdout = text(&out.stdout);
    assert!(!stdout.contains("ESCAPED") && !stdout.contains("imported"), "{stdout}{}", text(&out.stderr));
    assert!(stdout.starts_with("friend friend\n"), "{stdout}{}", text(&out.stderr));
    assert_eq!(stdout.matches("ImportError").count(), 7, "{stdout}");
}

#[test]
fn fs_seeding_refuses_a_symlink_out_of_the_folder_and_names_it() {
    let root = temp("seed");
    let outside = bait(&root);
    for (name, target) in [("leak.txt", outside.join("secret.txt")), ("leakdir", outside.clone())] {
        let dir = root.join(format!("fs-{name}"));
        std::fs::create_dir_all(dir.join("lib")).unwrap();
        std::fs::write(dir.join("lib/ok.py"), "X = 1\n").unwrap();
        symlink(&target, dir.join("lib").join(name)).unwrap();
        let out =
            upy().args(["run", "--fs"]).arg(&dir).args(["-c", "print(open('/lib/ok.py').read())"]).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(name) && stderr.contains("outside"), "{stderr}");
        assert!(!text(&out.stdout).contains("SECRET"));
    }
}

#[test]
fn fs_seeding_follows_symlinks_that_stay_inside() {
    let root = temp("seed-inside");
    let dir = root.join("fs");
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("data/real.txt"), "inside").unwrap();
    symlink(dir.join("data/real.txt"), dir.join("alias.txt")).unwrap();
    symlink(&dir, dir.join("data/loop")).unwrap();
    let out = upy().args(["run", "--fs"]).arg(&dir).args(["-c", "print(open('/alias.txt').read())"]).output().unwrap();
    assert_eq!(text(&out.stdout), "inside\n", "{}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fs_save_writes_inside_the_folder_only() {
    let root = temp("save");
    let dir = root.join("fs");
    std::fs::create_dir_all(&dir).unwrap();
    let program = "import os\nos.mkdir('/made')\nwith open('/made/new.txt', 'w') as f:\n    f.write('saved')\n";
    let out = upy().args(["run", "--fs-save", "--fs"]).arg(&dir).args(["-c", program]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(dir.join("made/new.txt")).unwrap(), "saved");
}

fn run_code(args: &[&str], code: &str) -> Output {
    upy().arg("run").args(args).args(["-c", code]).output().unwrap()
}

#[test]
fn sys_exit_prints_its_message_and_sets_the_status_as_the_unix_port() {
    let cases: &[(&str, i32, &str)] = &[
        ("sys.exit('bye')", 1, "bye\n"),
        ("sys.exit(3)", 3, ""),
        ("sys.exit(300)", 44, ""),
        ("sys.exit(-1)", 255, ""),
        ("sys.exit()", 0, ""),
        ("sys.exit(None)", 0, ""),
        ("sys.exit(True)", 1, "True\n"),
        ("sys.exit([1])", 1, "[1]\n"),
        ("raise SystemExit(2, 3)", 2, ""),
        ("sys.exit('5')", 1, "5\n"),
    ];
    for (code, status, stderr) in cases {
        let out = run_code(&[], &format!("import sys\n{code}"));
        assert_eq!(out.status.code(), Some(*status), "{code}");
        assert_eq!(text(&out.stderr), *stderr, "{code}");
        assert_eq!(text(&out.stdout), "", "{code}");
    }
}

#[test]
fn a_closed_stdout_ends_an_endless_printer_with_status_1() {
    let mut child = upy()
        .args(["run", "-c", "while True: print(1)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is gone (as after `| head -1`).
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("still printing 20 s after its reader went away");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(first, "1\n");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn ctrl_c_exits_130_with_a_keyboardinterrupt_traceback() {
    let child = upy()
        .args(["run", "-c", "import time\nprint('ready')\nwhile True:\n    time.sleep(0.01)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id().to_string();
    let mut child = child;
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    assert!(text(&out.stderr).contains("KeyboardInterrupt"), "{}", text(&out.stderr));
}

#[test]
fn an_uncaught_keyboardinterrupt_exits_130() {
    let out = run_code(&[], "raise KeyboardInterrupt");
    assert_eq!(out.status.code(), Some(130));
}

/// How many one-element lists a heap of `size` holds before MemoryError.
fn lists_in(size: &str) -> usize {
    let code = "l = []\nn = 0\ntry:\n    while True:\n        l.append([1])\n        n += 1\nexcept MemoryError:\n    l = None\n    print(n)\n";
    let out = run_code(&["-X", &format!("heapsize={size}")], code);
    text(&out.stdout).trim().parse().unwrap_or_else(|_| panic!("{size}: {}{}", text(&out.stdout), text(&out.stderr)))
}

#[test]
fn heapsize_is_enforced_at_every_size() {
    // MicroPython 1.29's unix port: 204, 866, 3520, 14128 lists.
    for (size, port) in [("16k", 204), ("64k", 866), ("256k", 3520), ("1m", 14128)] {
        let n = lists_in(size);
        assert!(n * 10 >= port * 7 && n * 10 <= port * 13, "{size}: {n} lists, the port makes {port}");
    }
}
