//! What a board is: the shape of the one description each board has
//! (`crate::esp32`, `crate::rp2`, `crate::generic` fill it in).
//!
//! Figures follow MicroPython's ESP32_GENERIC and RPI_PICO firmware (their
//! quickref pages and port sources). `generic` is no real chip: a tidy
//! board with MicroPython's portable `machine` API, for teaching and CI.

/// One simulated board.
#[derive(Debug)]
pub struct BoardProfile {
    /// The name used by `--board`, the `Session` options and the stubs folder.
    pub name: &'static str,
    /// Other names people call the board by (`pico` for rp2); `crate::find`
    /// accepts them, in any case.
    pub aliases: &'static [&'static str],
    /// No real chip stands behind it (the generic board): the language
    /// server does not hold a program's pin numbers against it, since the
    /// program may be meant for any board.
    pub portable: bool,
    /// Modules the firmware has built in, as `help('modules')` lists them,
    /// whether or not a stub describes them (`crate::stubs` has the stubs).
    /// `import uNAME` finds the built-in NAME too (see `has_module`).
    pub modules: &'static [&'static str],
    /// `sys.platform`.
    pub sys_platform: &'static str,
    /// `os.uname()`, field for field.
    pub uname: Uname,
    /// `sys.implementation.version`: (major, minor, micro).
    pub micropython_version: (u32, u32, u32),
    /// `sys.implementation._mpy`: the .mpy version (6) and sub-version (3)
    /// in the low bits, the native code architecture above bit 10.
    pub mpy: u32,
    /// `sys.path` after boot.
    pub sys_path: &'static [&'static str],
    /// The year `time.time()` counts from (`time.gmtime(0)[0]`).
    pub epoch_year: u16,
    pub gpio: Gpio,
    pub adc: Adc,
    pub pwm: Pwm,
    pub i2c: &'static [I2cBus],
    /// The errno of the `OSError` hardware `I2C` raises when no device
    /// acknowledges (`SoftI2C` always uses ENODEV, 19).
    pub i2c_nack_errno: i64,
    pub spi: &'static [SpiBus],
    pub uart: &'static [UartBus],
    /// Ids `machine.Timer` accepts; -1 is a software (virtual) timer.
    pub timer_ids: &'static [i32],
    pub cpu: Cpu,
    /// Bytes in the garbage-collected heap after boot (`gc.mem_alloc() +
    /// gc.mem_free()`); allocations beyond it raise `MemoryError`.
    pub heap_bytes: usize,
    /// Width of `float`: 32 on the microcontrollers (single precision, so
    /// `0.1 + 0.2` prints `0.3`), 64 on the generic board.
    pub float_bits: u8,
    /// Length in bytes of `machine.unique_id()`.
    pub unique_id_len: usize,
    /// Largest `machine.WDT` timeout in milliseconds, if the hardware has one.
    pub wdt_max_timeout_ms: Option<u32>,
    pub flash: Flash,
    /// The numeric value of every constant the board's stubs declare with a
    /// literal (`IN: Final = 1`), plus the ones whose values differ between
    /// ports and so are left out of the shared stubs (network).
    pub consts: &'static [BoardConst],
}

/// `os.uname()`.
#[derive(Debug)]
pub struct Uname {
    pub sysname: &'static str,
    pub nodename: &'static str,
    pub release: &'static str,
    pub version: &'static str,
    /// Also `sys.implementation._machine`.
    pub machine: &'static str,
}

#[derive(Debug)]
pub struct Gpio {
    /// Every GPIO number `Pin()` accepts, ascending.
    pub pins: &'static [u8],
    /// Pins that can only be inputs: asking for an output mode raises `ValueError`.
    pub input_only: &'static [u8],
    /// Pins without internal pull resistors.
    pub no_pulls: &'static [u8],
    /// Names `Pin()` accepts besides numbers, and the GPIO each stands for.
    pub names: &'static [(&'static str, u8)],
    /// The GPIO of the on-board LED.
    pub led: u8,
}

#[derive(Debug)]
pub struct Adc {
    /// Bits of real resolution; `read_u16()` scales readings up to 16 bits.
    pub bits: u8,
    /// Inputs, by GPIO.
    pub channels: &'static [AdcChannel],
    /// Channels with no pin (the RP2040's temperature sensor is channel 4).
    pub internal_channels: &'static [u8],
    /// Full-scale input in microvolts at each attenuation setting (the
    /// `ADC.ATTN_*` value is the index). One entry when there is no
    /// attenuator.
    pub full_scale_uv: &'static [u32],
    /// Widths `ADC.width()` accepts, in bits (empty when it does not exist).
    pub widths: &'static [u8],
}

#[derive(Debug)]
pub struct AdcChannel {
    pub pin: u8,
    /// Converter block (the ESP32 has two; block 2 is unusable while Wi-Fi is on).
    pub block: u8,
    pub channel: u8,
}

#[derive(Debug)]
pub struct Pwm {
    pub min_freq_hz: u32,
    /// At the default CPU frequency.
    pub max_freq_hz: u32,
    /// Frequency a fresh `PWM(pin)` reports before one is set.
    pub default_freq_hz: u32,
    /// `duty_u16` a fresh `PWM(pin)` reports before one is set.
    pub default_duty_u16: u16,
    /// Bits of the legacy `duty()` method (0-1023), if the port has it.
    pub duty_bits: Option<u8>,
    /// Outputs that can run at once.
    pub channels: u8,
    /// Distinct frequencies that can run at once.
    pub distinct_freqs: u8,
}

#[derive(Debug)]
pub struct I2cBus {
    pub id: u8,
    pub scl: u8,
    pub sda: u8,
    pub default_freq_hz: u32,
    /// Pins this controller can route to; empty means any output-capable GPIO.
    pub scl_pins: &'static [u8],
    pub sda_pins: &'static [u8],
}

#[derive(Debug)]
pub struct SpiBus {
    pub id: u8,
    pub sck: u8,
    pub mosi: u8,
    pub miso: u8,
    pub default_baudrate: u32,
    /// Pins this controller can route to; empty means any suitable GPIO.
    pub sck_pins: &'static [u8],
    pub mosi_pins: &'static [u8],
    pub miso_pins: &'static [u8],
}

#[derive(Debug)]
pub struct UartBus {
    pub id: u8,
    pub tx: u8,
    pub rx: u8,
    pub default_baudrate: u32,
    /// Pins this UART can route to; empty means any suitable GPIO.
    pub tx_pins: &'static [u8],
    pub rx_pins: &'static [u8],
}

#[derive(Debug)]
pub struct Cpu {
    pub default_hz: u32,
    pub allowed: CpuFreqs,
}

/// Frequencies `machine.freq(hz)` accepts; others raise `ValueError`.
#[derive(Debug)]
pub enum CpuFreqs {
    Only(&'static [u32]),
    Range { min_hz: u32, max_hz: u32 },
}

impl CpuFreqs {
    pub fn allows(&self, hz: u32) -> bool {
        match self {
            CpuFreqs::Only(list) => list.contains(&hz),
            CpuFreqs::Range { min_hz, max_hz } => (*min_hz..=*max_hz).contains(&hz),
        }
    }
}

/// The user filesystem, as `os.statvfs("/")` reports it.
#[derive(Debug)]
pub struct Flash {
    pub block_size: u32,
    pub block_count: u32,
    /// Longest file name.
    pub name_max: u32,
}

impl Flash {
    pub fn total_bytes(&self) -> u64 {
        u64::from(self.block_size) * u64::from(self.block_count)
    }
}

/// A named integer constant: `owner` is the module, or `module.Class`.
#[derive(Debug, PartialEq, Eq)]
pub struct BoardConst {
    pub owner: &'static str,
    pub name: &'static str,
    pub value: i64,
}

pub(crate) const fn c(owner: &'static str, name: &'static str, value: i64) -> BoardConst {
    BoardConst { owner, name, value }
}

pub(crate) const fn adc(pin: u8, block: u8, channel: u8) -> AdcChannel {
    AdcChannel { pin, block, channel }
}

/// Every board's I2C starts at 400 kHz.
pub(crate) const fn i2c(id: u8, scl: u8, sda: u8) -> I2cBus {
    I2cBus { id, scl, sda, default_freq_hz: 400_000, scl_pins: &[], sda_pins: &[] }
}

/// Every board's SPI starts at 1 MHz.
pub(crate) const fn spi(id: u8, sck: u8, mosi: u8, miso: u8) -> SpiBus {
    SpiBus { id, sck, mosi, miso, default_baudrate: 1_000_000, sck_pins: &[], mosi_pins: &[], miso_pins: &[] }
}

/// Every board's UART starts at 115200 baud.
pub(crate) const fn uart(id: u8, tx: u8, rx: u8) -> UartBus {
    UartBus { id, tx, rx, default_baudrate: 115_200, tx_pins: &[], rx_pins: &[] }
}

impl I2cBus {
    /// Restrict the pins the controller can use.
    pub(crate) const fn only(self, scl_pins: &'static [u8], sda_pins: &'static [u8]) -> Self {
        I2cBus { scl_pins, sda_pins, ..self }
    }
}

impl SpiBus {
    /// Restrict the pins the controller can use.
    pub(crate) const fn only(
        self,
        sck_pins: &'static [u8],
        mosi_pins: &'static [u8],
        miso_pins: &'static [u8],
    ) -> Self {
        SpiBus { sck_pins, mosi_pins, miso_pins, ..self }
    }
}

impl UartBus {
    /// Restrict the pins the UART can use.
    pub(crate) const fn only(self, tx_pins: &'static [u8], rx_pins: &'static [u8]) -> Self {
        UartBus { tx_pins, rx_pins, ..self }
    }
}

impl BoardProfile {
    /// Whether `import name` finds a module built into the firmware. As in
    /// MicroPython, a `u` prefix is dropped when the name itself is not
    /// built in (`utime` is `time`).
    pub fn has_module(&self, name: &str) -> bool {
        // `umqtt.simple` is there when its package is.
        let top = name.split('.').next().unwrap_or(name);
        self.modules.contains(&top) || top.strip_prefix('u').is_some_and(|n| self.modules.contains(&n))
    }

    pub fn is_pin(&self, gpio: u32) -> bool {
        u8::try_from(gpio).is_ok_and(|g| self.gpio.pins.contains(&g))
    }

    /// The GPIO a pin name (such as "LED") stands for.
    pub fn pin_named(&self, name: &str) -> Option<u8> {
        self.gpio.names.iter().find(|(n, _)| *n == name).map(|&(_, g)| g)
    }

    pub fn adc_channel(&self, gpio: u8) -> Option<&AdcChannel> {
        self.adc.channels.iter().find(|c| c.pin == gpio)
    }

    /// `sys.version`: the Python language level, then the firmware version
    /// without the compiler note the rp2 port adds to `uname().version`.
    pub fn sys_version(&self) -> String {
        let firmware = self.uname.version.split(" (").next().unwrap_or_default();
        format!("3.4.0; MicroPython {firmware}")
    }

    /// The first line the REPL prints after a reset.
    pub fn banner(&self) -> String {
        let firmware = self.uname.version.split(" (").next().unwrap_or_default();
        format!("MicroPython {firmware}; {}", self.uname.machine)
    }

    /// The value of constant `owner.name` (e.g. "machine.Pin", "OUT").
    pub fn constant(&self, owner: &str, name: &str) -> Option<i64> {
        self.consts.iter().find(|k| k.owner == owner && k.name == name).map(|k| k.value)
    }
}

/// `sys.implementation._mpy` of .mpy version 6.3, before the architecture bits.
pub(crate) const MPY_V6_3: u32 = (3 << 8) | 6;
