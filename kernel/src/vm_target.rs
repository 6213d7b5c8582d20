//! The VM session on a simulated board as the kernel's target: the
//! `Simulator` powers the magics use, and the factory `%board` switches with.

use upy_vm::board::picture;
use upy_vm::board::state::Board;
use upy_vm::runtime::clock::ClockMode;
use upy_vm::target::MimeBundle;
use upy_vm::{Session, SessionOptions};

use crate::notebook_target::{FsEntry, NotebookTarget, Simulator, TargetFactory};

impl NotebookTarget for Session {
    fn simulator(&mut self) -> Option<&mut dyn Simulator> {
        Some(self)
    }
}

impl Simulator for Session {
    fn board_name(&self) -> String {
        self.vm.board_name.clone()
    }

    fn clock_us(&self) -> u64 {
        self.vm.clock.now_ns() / 1000
    }

    fn set_virtual_time(&mut self, on: bool) {
        Session::set_virtual_time(self, on);
    }

    fn virtual_time(&self) -> bool {
        self.vm.clock.mode == ClockMode::Virtual
    }

    fn pins_picture(&self) -> MimeBundle {
        picture::pins_picture(&self.vm)
    }

    fn scope_picture(&self, pins: &[String]) -> Result<MimeBundle, String> {
        picture::scope_picture(&self.vm, pins)
    }

    fn begin_run(&mut self) {
        if let Some(board) = self.vm.extensions.get_mut::<Board>() {
            board.run_start = board.log.len();
        }
    }

    fn pin_changes_last_run(&self) -> usize {
        self.vm.extensions.get::<Board>().map_or(0, |board| board.last_run_log().len())
    }

    fn last_run_log(&self) -> Vec<upy_vm::board::state::LogEntry> {
        self.vm.extensions.get::<Board>().map_or_else(Vec::new, |board| board.last_run_log().to_vec())
    }

    fn drive_pin(&mut self, pin: u8, level: Option<u8>) -> Result<(), String> {
        match self.vm.extensions.get::<Board>() {
            Some(board) if board.valid_pin(pin) => {}
            _ => return Err(format!("the {} board has no GPIO{pin}", self.vm.board_name)),
        }
        upy_vm::board::drive::set_input(&mut self.vm, pin, level);
        Ok(())
    }

    fn set_temperature(&mut self, bus: u8, celsius: f64) -> Result<(), String> {
        use upy_vm::board::{devices::tmp102, i2c};
        if !i2c::set_temperature(&mut self.vm, bus, tmp102::DEFAULT_ADDRESS, celsius) {
            i2c::attach_temperature_sensor(&mut self.vm, bus, celsius)?;
        }
        Ok(())
    }

    fn fs_list(&self, path: &str) -> Result<Vec<FsEntry>, String> {
        Ok(self.list_dir(path)?.into_iter().map(|(name, is_dir, size)| FsEntry { name, is_dir, size }).collect())
    }

    fn fs_read(&self, path: &str) -> Result<Vec<u8>, String> {
        self.read_file(path)
    }

    fn fs_write(&mut self, path: &str, data: &[u8]) -> Result<(), String> {
        self.write_file(path, data)
    }
}

/// Sessions on simulated boards, with the given options as the template.
pub struct VmTargets {
    pub options: SessionOptions,
}

impl VmTargets {
    pub fn new(options: SessionOptions) -> VmTargets {
        VmTargets { options }
    }
}

impl Default for VmTargets {
    fn default() -> Self {
        VmTargets::new(SessionOptions::default())
    }
}

impl TargetFactory for VmTargets {
    fn initial(&mut self) -> Result<Box<dyn NotebookTarget>, String> {
        let session = Session::new(self.options.clone());
        match session.flash_error() {
            Some(error) => Err(format!("cannot seed the board's flash: {error}")),
            None => Ok(Box::new(session)),
        }
    }

    fn board(&mut self, name: &str) -> Result<Box<dyn NotebookTarget>, String> {
        let Some(profile) = upy_boards::find(name) else {
            return Err(format!("unknown board {name:?} (choose from {})", upy_boards::names().join(", ")));
        };
        let options = SessionOptions { board: profile.name.to_string(), fs_seed: None, ..self.options.clone() };
        Ok(Box::new(Session::new(options)))
    }

    fn board_names(&self) -> Vec<String> {
        upy_boards::names().into_iter().map(str::to_string).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session::new(SessionOptions { board: "esp32".to_string(), ..SessionOptions::default() })
    }

    #[test]
    fn files_written_by_magics_are_read_back() {
        let mut s = session();
        assert_eq!(s.fs_list("/").unwrap(), Vec::new());
        s.fs_write("main.py", b"print(1)\n").unwrap();
        assert_eq!(s.fs_read("main.py").unwrap(), b"print(1)\n");
        let listing = s.fs_list("/").unwrap();
        assert!(listing.iter().any(|e| e.name == "main.py" && !e.is_dir && e.size == 9), "{listing:?}");
        let missing = s.fs_read("missing.py").unwrap_err();
        assert!(missing.contains("ENOENT"), "{missing}");
        s.fs_write("lib/util.py", b"x = 1\n").unwrap();
        assert_eq!(s.fs_read("lib/util.py").unwrap(), b"x = 1\n");
    }

    #[test]
    fn virtual_time_switches_the_clock() {
        let mut s = session();
        assert!(!s.virtual_time());
        s.set_virtual_time(true);
        assert!(s.virtual_time());
        let before = s.clock_us();
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert_eq!(s.clock_us(), before, "virtual time stands still between sleeps");
    }

    #[test]
    fn the_board_picture_is_svg_with_text() {
        let s = session();
        let picture = s.pins_picture();
        assert!(picture.iter().any(|(mime, body)| mime == "image/svg+xml" && body.starts_with("<svg")));
        assert!(picture.iter().any(|(mime, _)| mime == "text/plain"));
        assert_eq!(s.board_name(), "esp32");
    }

    #[test]
    fn the_factory_makes_known_boards_only() {
        let mut factory = VmTargets::default();
        assert!(factory.board_names().contains(&"rp2".to_string()));
        let mut target = factory.board("rp2").unwrap();
        assert_eq!(target.simulator().unwrap().board_name(), "rp2");
        assert!(factory.board("pdp11").is_err());
        // aliases from the board table work too
        assert_eq!(factory.board("Pico").unwrap().simulator().unwrap().board_name(), "rp2");
    }
}
