//! The simulated board's state: every pin's mode, level and PWM, NeoPixel
//! colours, and a time-stamped log of every change on the VM clock. Held as
//! an extension of the VM so the kernel and tests can read and drive it.

use super::profile::BoardProfile;
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinMode {
    In,
    Out,
    OpenDrain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    Up,
    Down,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pwm {
    pub freq_hz: u32,
    pub duty_u16: u16,
}

#[derive(Clone, Debug, Default)]
pub struct PinState {
    pub mode: Option<PinMode>,
    pub pull: Option<Pull>,
    /// What the program drives (OUT / OPEN_DRAIN).
    pub out_level: u8,
    /// What the outside world drives onto the pin, if anything.
    pub external: Option<u8>,
    /// Voltage on the pin for the ADC, in microvolts.
    pub analog_uv: Option<u32>,
    pub pwm: Option<Pwm>,
    /// The handler and the pin object it receives, with the trigger mask.
    pub irq: Option<(Value, Value, u8)>,
}

impl PinState {
    /// The level a reader of the pin sees.
    pub fn level(&self) -> u8 {
        let pulled = match self.pull {
            Some(Pull::Up) => 1,
            _ => 0,
        };
        match self.mode {
            Some(PinMode::Out) => self.out_level,
            Some(PinMode::OpenDrain) => {
                if self.out_level == 0 {
                    0
                } else {
                    self.external.unwrap_or(pulled)
                }
            }
            _ => self.external.unwrap_or(pulled),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PinEvent {
    Level(u8),
    Pwm(Pwm),
    PwmOff,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogEntry {
    /// Nanoseconds on the VM clock.
    pub t_ns: u64,
    pub pin: u8,
    pub event: PinEvent,
}

/// Classes the machine module made, so natives can make instances.
#[derive(Clone, Copy, Debug, Default)]
pub struct Classes {
    pub pin: Option<ObjRef>,
    pub signal: Option<ObjRef>,
    pub pwm: Option<ObjRef>,
    pub adc: Option<ObjRef>,
    pub timer: Option<ObjRef>,
    pub pin_irq: Option<ObjRef>,
    pub neopixel: Option<ObjRef>,
}

pub struct Board {
    pub profile: &'static BoardProfile,
    pub pins: BTreeMap<u8, PinState>,
    pub log: Vec<LogEntry>,
    /// Where the current run's log starts (for "the last run").
    pub run_start: usize,
    /// NeoPixel strips by data pin: colours as last written.
    pub neopixels: BTreeMap<u8, Vec<(u8, u8, u8)>>,
    pub classes: Classes,
    pub cpu_hz: u32,
    /// Set by `machine.reset()` / `soft_reset()` / the watchdog: the run ends
    /// and the front end restarts the board.
    pub reset_requested: Option<&'static str>,
    /// The `machine.*_RESET` constant name `reset_cause()` reports.
    pub reset_cause: &'static str,
}

/// Keep the log bounded: a blink loop left running must not eat memory.
const MAX_LOG: usize = 100_000;

impl Board {
    pub fn new(profile: &'static BoardProfile) -> Board {
        Board {
            profile,
            pins: BTreeMap::new(),
            log: Vec::new(),
            run_start: 0,
            neopixels: BTreeMap::new(),
            classes: Classes::default(),
            cpu_hz: profile.cpu.default_hz,
            reset_requested: None,
            reset_cause: "PWRON_RESET",
        }
    }

    pub fn pin(&mut self, id: u8) -> &mut PinState {
        self.pins.entry(id).or_default()
    }

    pub fn level(&self, id: u8) -> Option<u8> {
        self.pins.get(&id).map(|p| p.level())
    }

    pub fn record(&mut self, t_ns: u64, pin: u8, event: PinEvent) {
        if self.log.len() >= MAX_LOG {
            let drop = MAX_LOG / 10;
            self.log.drain(..drop);
            self.run_start = self.run_start.saturating_sub(drop);
        }
        self.log.push(LogEntry { t_ns, pin, event });
    }

    /// The log since the current (or last) run started.
    pub fn last_run_log(&self) -> &[LogEntry] {
        &self.log[self.run_start.min(self.log.len())..]
    }

    /// Is `id` a GPIO of this board?
    pub fn valid_pin(&self, id: u8) -> bool {
        self.profile.gpio.pins.contains(&id)
    }
}

impl Extension for Board {
    fn trace(&self, out: &mut Vec<ObjRef>) {
        for p in self.pins.values() {
            if let Some((h, obj, _)) = p.irq {
                for v in [h, obj] {
                    if let Value::Obj(r) = v {
                        out.push(r);
                    }
                }
            }
        }
        let c = self.classes;
        out.extend([c.pin, c.signal, c.pwm, c.adc, c.timer, c.pin_irq, c.neopixel].into_iter().flatten());
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}
