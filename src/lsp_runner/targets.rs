//! What the editor's runs go to: the VM session on a simulated board,
//! kept for the whole editing session so cells share globals, and the
//! board on the port the editor picked, opened when first needed.

use upy_lsp::runner::{Place, TargetChoice};
use upy_vm::board::picture;
use upy_vm::target::Target;
use upy_vm::{Session, SessionOptions};

pub struct Targets {
    /// Made on first use: start-up of the language server never waits for it.
    local: Option<Session>,
    local_options: SessionOptions,
    /// The port the editor chose (with its baud rate), connected lazily.
    port: Option<(String, Option<u32>)>,
    board: Option<upy_device::Connection>,
}

const NO_PORT: &str = "no board is selected: pick a serial port with \"MicroPython: Select Target\" (or set upy.port)";

impl Targets {
    pub fn new(board: &str) -> Targets {
        let local_options = SessionOptions { board: board.to_string(), ..SessionOptions::default() };
        Targets { local: None, local_options, port: None, board: None }
    }

    fn local(&mut self) -> &mut Session {
        self.local.get_or_insert_with(|| Session::new(self.local_options.clone()))
    }

    /// The chosen board, connecting (raw REPL, no reset) if not yet open.
    fn board(&mut self) -> Result<&mut upy_device::Connection, String> {
        if self.board.is_none() {
            let (port, baud) = self.port.clone().ok_or_else(|| NO_PORT.to_string())?;
            self.board = Some(connect(&port, baud)?);
        }
        self.board.as_mut().ok_or_else(|| NO_PORT.to_string())
    }

    pub fn target(&mut self, place: Place) -> Result<&mut dyn Target, String> {
        let on_board = match place {
            Place::Current => self.port.is_some(),
            Place::Local => false,
            Place::Board => true,
        };
        if on_board {
            Ok(self.board()? as &mut dyn Target)
        } else {
            Ok(self.local() as &mut dyn Target)
        }
    }

    /// Whether runs without an explicit place go to the local session.
    pub fn current_is_local(&self) -> bool {
        self.port.is_none()
    }

    /// Remember the choice; nothing is opened or rebuilt until it is used.
    pub fn configure(&mut self, choice: &TargetChoice) {
        if let Some(profile) = choice.board.as_deref().and_then(upy_boards::find) {
            self.local_options.board = profile.name.to_string();
        }
        if let Some(on) = choice.virtual_time {
            self.local_options.virtual_time = on;
        }
        self.port = choice.port().map(|p| (p.to_string(), choice.baudrate));
    }

    /// Switch now: a port is opened (so a wrong one is reported at once);
    /// a simulated board keeps its session unless the board itself changes.
    pub fn select(&mut self, choice: &TargetChoice) -> Result<String, String> {
        if let Some(board) = choice.board.as_deref() {
            if upy_boards::find(board).is_none() {
                return Err(format!(
                    "no simulated board named {board}: choose one of {}",
                    upy_boards::names().join(", ")
                ));
            }
        }
        if let Some(port) = choice.port() {
            let conn = connect(port, choice.baudrate)?;
            self.disconnect();
            self.port = Some((port.to_string(), choice.baudrate));
            let description = conn.describe();
            self.board = Some(conn);
            return Ok(description);
        }
        self.disconnect();
        self.port = None;
        let board = match choice.board.as_deref().and_then(upy_boards::find) {
            Some(profile) => profile.name.to_string(),
            None => self.local_options.board.clone(),
        };
        let virtual_time = choice.virtual_time.unwrap_or(self.local_options.virtual_time);
        if board != self.local_options.board {
            self.local = None;
        }
        self.local_options.board = board;
        self.local_options.virtual_time = virtual_time;
        if let Some(session) = self.local.as_mut() {
            session.set_virtual_time(virtual_time);
        }
        Ok(self.local().describe())
    }

    /// Let another program have the port; the choice of port stays.
    pub fn release_port(&mut self) {
        self.disconnect();
    }

    /// Leave the board in its friendly REPL, as `mpremote` does on exit.
    fn disconnect(&mut self) {
        if let Some(conn) = self.board.take() {
            conn.close();
        }
    }

    pub fn put_file(&mut self, path: &str, data: &[u8], progress: &mut dyn FnMut(u64, u64)) -> Result<(), String> {
        if self.current_is_local() {
            self.local().write_file(path, data)?;
            progress(data.len() as u64, data.len() as u64);
            return Ok(());
        }
        let conn = self.board()?;
        let mut fs = upy_device::fs::BoardFs::new(conn);
        if let Some((dir, _)) = path.rsplit_once('/').filter(|(dir, _)| !dir.is_empty()) {
            fs.mkdir(dir).map_err(|e| e.to_string())?;
        }
        fs.put_bytes(data, path, progress).map_err(|e| e.to_string())
    }

    pub fn reset(&mut self) -> Result<String, String> {
        let target = self.target(Place::Current)?;
        target.reset().map_err(|e| format!("{}: {}", e.ename, e.evalue))?;
        Ok(target.describe())
    }

    /// The simulated board's picture; `board` picks the board when no
    /// session has been made yet.
    pub fn pins_svg(&mut self, board: Option<&str>) -> Result<String, String> {
        if self.local.is_none() {
            if let Some(profile) = board.and_then(upy_boards::find) {
                self.local_options.board = profile.name.to_string();
            }
        }
        let bundle = picture::pins_picture(&self.local().vm);
        bundle
            .into_iter()
            .find(|(mime, _)| mime == "image/svg+xml")
            .map(|(_, svg)| svg)
            .ok_or_else(|| "the simulated board has no picture".to_string())
    }
}

fn connect(port: &str, baud: Option<u32>) -> Result<upy_device::Connection, String> {
    upy_device::Connection::open_port(Some(port), baud).map_err(|e| e.to_string())
}
