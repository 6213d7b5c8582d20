//! The stubs embedded from `stubs/` parse cleanly and give each board the
//! modules the analysis relies on.

use upy_lsp::analysis::board::Board;
use upy_lsp::analysis::stubs::{StubKind, StubRef, StubSet};
use upy_syntax::{parse, ParseOptions, SyntaxErrorKind};

#[test]
fn every_board_has_machine_pin_and_time() {
    for board in Board::all() {
        let stubs = StubSet::for_board(board);
        let pin = StubRef { module: "machine".into(), path: vec!["Pin".into()] };
        assert_eq!(stubs.get(&pin).map(|i| i.kind), Some(StubKind::Class), "{board}: machine.Pin");
        assert!(stubs.has_module("time"), "{board}: time");
    }
}

#[test]
fn shipped_stubs_parse_without_errors() {
    for board in Board::all() {
        let stubs = StubSet::for_board(board);
        for m in stubs.modules.values() {
            // Stubs may use grammar MicroPython lacks (`/`): only real errors count.
            let errors: Vec<_> = parse(&m.source, ParseOptions::default())
                .errors
                .into_iter()
                .filter(|e| e.kind != SyntaxErrorKind::Unsupported)
                .collect();
            assert!(errors.is_empty(), "{board}/{}: {:?}", m.name, errors.first());
        }
    }
}

/// The stub authors' usage programs (`stubs/tests/usage_<board>.py`) mark
/// each line pyright must reject with `# pyright: ignore`. Every stub-call
/// or unknown-attribute finding of ours must be on such a line: no false
/// positives on real code written against the stubs.
#[test]
fn no_stub_findings_on_lines_pyright_accepts() {
    use upy_lsp::analysis::diagnostic::Code;
    use upy_lsp::analysis::{Analysis, Program};
    for board in Board::all() {
        let path = format!("{}/../stubs/tests/usage_{}.py", env!("CARGO_MANIFEST_DIR"), board.name());
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let a = Analysis::new(Program::single(text.clone()), board, StubSet::for_board(board));
        for d in a.diagnostics() {
            if !matches!(
                d.code,
                Code::StubCallArguments | Code::UnknownStubAttribute | Code::InvalidPin | Code::StubArgumentType
            ) {
                continue;
            }
            let line_no = text[..d.span.start as usize].matches('\n').count();
            let line = text.lines().nth(line_no).unwrap_or("");
            assert!(line.contains("pyright: ignore"), "{path}:{}: {} {}", line_no + 1, d.code.as_str(), d.message);
        }
    }
}

/// Argument types are checked against the shipped stubs' annotations, and
/// only where certain: MicroPython's own leniencies (a str where bytes are
/// read, an int where a bool is, a named pin) pass.
#[test]
fn argument_types_are_checked_against_the_stubs() {
    use upy_lsp::analysis::diagnostic::Code;
    use upy_lsp::analysis::{Analysis, Program};
    let text = "\
import time
from machine import I2C, Pin, PWM
time.sleep_ms('x')
time.sleep_ms(1.5)
time.sleep(0.5)
delay = '10'
time.sleep_ms(delay)
i2c = I2C(0, scl=Pin(22), sda=Pin(21))
i2c.writeto(0x3C, b'\\x00')
i2c.writeto(0x3C, 'text')
i2c.writeto(0x3C, 5)
i2c.readfrom_into(0x3C, bytearray(4))
i2c.readfrom_into(0x3C, b'abcd')
led = Pin(2, Pin.OUT)
led.value(True)
pwm = PWM(led, freq=1000)
pwm2 = PWM(4.5)
pwm3 = PWM('LED')
n = 3
n = 'x'
time.sleep_ms(n)
";
    let board = Board::parse("esp32").unwrap();
    let a = Analysis::new(Program::single(text), board, StubSet::for_board(board));
    let found: Vec<(usize, String)> = a
        .diagnostics()
        .iter()
        .filter(|d| d.code == Code::StubArgumentType)
        .map(|d| (text[..d.span.start as usize].matches('\n').count() + 1, d.message.clone()))
        .collect();
    let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
    // sleep_ms('x'), sleep_ms(1.5), sleep_ms(delay), writeto(.., 5),
    // readfrom_into(.., b'abcd'), PWM(4.5); not the str given to writeto,
    // not the name with two bindings, not the pin name.
    assert_eq!(lines, [3, 4, 7, 11, 13, 17], "{found:?}");
    assert_eq!(found[0].1, "`sleep_ms()` expects `ms: int`, not str (stub: `sleep_ms(ms: int, /) -> None`)");
}
