//! Where cells run: the local session on the simulated board, or a board
//! connected with `%connect`. Both stay alive side by side, so `%local` and
//! `%connect` switch back and forth without losing either one's globals, and
//! `%%local` / `%%board` run a single cell on the other one.

use crate::board_target::BoardTarget;
use crate::notebook_target::NotebookTarget;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Local,
    Board,
}

pub struct Targets {
    local: Box<dyn NotebookTarget>,
    board: Option<BoardTarget>,
    place: Place,
}

impl Targets {
    pub fn new(local: Box<dyn NotebookTarget>) -> Targets {
        Targets { local, board: None, place: Place::Local }
    }

    /// The target cells run on now.
    pub fn current(&mut self) -> &mut dyn NotebookTarget {
        match (self.place, self.board.as_mut()) {
            (Place::Board, Some(board)) => board,
            _ => self.local.as_mut(),
        }
    }

    pub fn place(&self) -> Place {
        match (self.place, &self.board) {
            (Place::Board, Some(_)) => Place::Board,
            _ => Place::Local,
        }
    }

    /// Switch where cells run. Returns false (and stays local) when asked
    /// for a board and none is connected.
    pub fn set_place(&mut self, place: Place) -> bool {
        if place == Place::Board && self.board.is_none() {
            self.place = Place::Local;
            return false;
        }
        self.place = place;
        true
    }

    pub fn local(&mut self) -> &mut Box<dyn NotebookTarget> {
        &mut self.local
    }

    /// The connected board, whether cells run on it now or not.
    pub fn board(&mut self) -> Option<&mut BoardTarget> {
        self.board.as_mut()
    }

    /// Make `board` the connected board and run cells on it, closing the
    /// one connected before.
    pub fn connect(&mut self, board: BoardTarget) {
        if let Some(old) = self.board.replace(board) {
            old.close();
        }
        self.place = Place::Board;
    }

    /// Close the board (if any) and run cells locally again. Returns the
    /// description of the board that was closed.
    pub fn disconnect(&mut self) -> Option<String> {
        self.place = Place::Local;
        let board = self.board.take()?;
        let described = upy_vm::target::Target::describe(&board);
        board.close();
        Some(described)
    }

    /// Close the board first when `requested` names its port, so reopening
    /// it is not refused as busy; the local session is untouched.
    pub fn release_port(&mut self, requested: Option<&str>) {
        if self.board.as_ref().is_some_and(|b| b.is_at(requested)) {
            self.disconnect();
        }
    }
}

#[cfg(test)]
mod tests {
    use upy_device::virtual_board::VirtualBoard;
    use upy_vm::target::{Interrupt, NoInput, OutputSink, RunOutcome, RunRequest, Stream};
    use upy_vm::{Session, SessionOptions, SESSION_STACK_SIZE};

    use super::*;

    #[derive(Default)]
    struct Printed(String);

    impl OutputSink for Printed {
        fn write(&mut self, _stream: Stream, text: &str) {
            self.0.push_str(text);
        }
    }

    fn run(targets: &mut Targets, code: &str) -> String {
        let request = RunRequest { code, file_name: "<stdin>", want_result: false };
        let mut printed = Printed::default();
        let outcome = targets.current().run(&request, &mut printed, &mut NoInput, &Interrupt::new());
        assert_eq!(outcome, RunOutcome::Ok { result: None }, "{code}");
        printed.0
    }

    #[test]
    fn local_and_board_sessions_live_side_by_side() {
        // The simulated board served on a pseudo-terminal, as `upy board` does.
        let board = VirtualBoard::new(|| Session::new(SessionOptions::default()))
            .stack_size(SESSION_STACK_SIZE)
            .start()
            .expect("starting the virtual board");
        let path = board.path().to_string_lossy().into_owned();
        let mut targets = Targets::new(Box::new(Session::new(SessionOptions::default())));
        run(&mut targets, "where = 'local'");

        targets.connect(BoardTarget::open(Some(&path), None, None).expect("connecting"));
        assert_eq!(targets.place(), Place::Board);
        run(&mut targets, "where = 'board'");
        assert_eq!(run(&mut targets, "print(where)"), "board\n");

        assert!(targets.set_place(Place::Local));
        assert_eq!(run(&mut targets, "print(where)"), "local\n");
        assert!(targets.set_place(Place::Board), "the board stayed connected");
        assert_eq!(run(&mut targets, "print(where)"), "board\n");

        assert_eq!(targets.disconnect(), Some(format!("the board on {path}")));
        assert!(!targets.set_place(Place::Board), "no board to go back to");
        assert_eq!(targets.place(), Place::Local);
        assert_eq!(run(&mut targets, "print(where)"), "local\n");
        board.stop();
    }
}
