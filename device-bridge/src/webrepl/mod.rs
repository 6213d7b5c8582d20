//! WebREPL: a board's REPL over a WebSocket, as MicroPython's `webrepl`
//! module serves it on ESP32 and ESP8266 boards (port 8266), following the
//! protocol of MicroPython's webrepl repository: the board asks
//! `Password: `, the client answers with the password and `\r`, then text
//! frames carry the terminal both ways and binary frames carry file
//! transfers ([`request`]).
//!
//! - [`client`]: this side of a board's WebREPL (`--port ws://HOST:8266`).
//! - [`server`]: a virtual board's WebREPL (`upy board --webrepl PORT`).

pub mod client;
pub mod request;
pub mod server;
pub mod socket;
