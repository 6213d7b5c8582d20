//! Serial connection to MicroPython boards and the virtual board.
