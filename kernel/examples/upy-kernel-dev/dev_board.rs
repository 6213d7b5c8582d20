//! TEST DOUBLE. A pretend simulated board for the dev kernel: a clock that
//! sleeps advance, a virtual-time switch, an in-memory filesystem and a
//! placeholder picture, so the magics' plumbing can be tested end to end.

use std::collections::BTreeMap;
use std::time::Duration;

use upy_kernel::{FsEntry, Simulator};
use upy_vm::target::MimeBundle;

pub struct DevBoard {
    pub name: String,
    pub virtual_time: bool,
    clock: Duration,
    files: BTreeMap<String, Vec<u8>>,
}

impl DevBoard {
    pub fn new(name: &str) -> DevBoard {
        DevBoard { name: name.to_string(), virtual_time: false, clock: Duration::ZERO, files: BTreeMap::new() }
    }
    pub fn advance(&mut self, by: Duration) {
        self.clock += by;
    }
    pub fn reset(&mut self) {
        self.clock = Duration::ZERO;
    }
}

fn normalise(path: &str) -> String {
    format!("/{}", path.trim_start_matches('/'))
}

impl Simulator for DevBoard {
    fn board_name(&self) -> String {
        self.name.clone()
    }
    fn clock_us(&self) -> u64 {
        self.clock.as_micros() as u64
    }
    fn set_virtual_time(&mut self, on: bool) {
        self.virtual_time = on;
    }
    fn virtual_time(&self) -> bool {
        self.virtual_time
    }
    fn pins_picture(&self) -> MimeBundle {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\"><rect width=\"200\" height=\"60\" fill=\"#1e3a5f\"/><text x=\"10\" y=\"35\" fill=\"white\">dev board {}</text></svg>",
            self.name
        );
        vec![("image/svg+xml".to_string(), svg), ("text/plain".to_string(), format!("<dev board {}>", self.name))]
    }
    fn scope_picture(&self, pins: &[String]) -> Result<MimeBundle, String> {
        if pins.is_empty() {
            return Err("no pin level changes were logged in the last run".to_string());
        }
        let svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"5\" y=\"25\">{}</text></svg>", pins.join(" "));
        Ok(vec![
            ("image/svg+xml".to_string(), svg),
            ("text/plain".to_string(), format!("scope of {}", pins.join(", "))),
        ])
    }
    fn fs_list(&self, path: &str) -> Result<Vec<FsEntry>, String> {
        let dir = normalise(path);
        let prefix = if dir.ends_with('/') { dir } else { format!("{dir}/") };
        Ok(self
            .files
            .iter()
            .filter_map(|(name, data)| {
                name.strip_prefix(&prefix).map(|rest| FsEntry {
                    name: rest.to_string(),
                    is_dir: false,
                    size: data.len() as u64,
                })
            })
            .collect())
    }
    fn fs_read(&self, path: &str) -> Result<Vec<u8>, String> {
        self.files.get(&normalise(path)).cloned().ok_or_else(|| format!("no such file: {path}"))
    }
    fn fs_write(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        self.files.insert(normalise(path), data.to_vec());
        Ok(())
    }
}
