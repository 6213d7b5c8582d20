//! The one description of each simulated board: what the simulator builds its
//! `machine`, `os`, `sys` and `network` modules from, and what the consistency
//! test compares against the board's stubs (`crate::stubs`).
//!
//! Figures follow MicroPython v1.24.1's ESP32_GENERIC and RPI_PICO firmware
//! (their quickref pages and port sources). `generic` is no real chip: a tidy
//! board with MicroPython's portable `machine` API, for teaching and CI.

/// One simulated board.
#[derive(Debug)]
pub struct BoardProfile {
    /// The name used by `--board`, the `Session` options and the stubs folder.
    pub name: &'static str,
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

const fn c(owner: &'static str, name: &'static str, value: i64) -> BoardConst {
    BoardConst { owner, name, value }
}

const fn adc(pin: u8, block: u8, channel: u8) -> AdcChannel {
    AdcChannel { pin, block, channel }
}

/// Every board's I2C starts at 400 kHz.
const fn i2c(id: u8, scl: u8, sda: u8) -> I2cBus {
    I2cBus { id, scl, sda, default_freq_hz: 400_000, scl_pins: &[], sda_pins: &[] }
}

/// Every board's SPI starts at 1 MHz.
const fn spi(id: u8, sck: u8, mosi: u8, miso: u8) -> SpiBus {
    SpiBus { id, sck, mosi, miso, default_baudrate: 1_000_000, sck_pins: &[], mosi_pins: &[], miso_pins: &[] }
}

/// Every board's UART starts at 115200 baud.
const fn uart(id: u8, tx: u8, rx: u8) -> UartBus {
    UartBus { id, tx, rx, default_baudrate: 115_200, tx_pins: &[], rx_pins: &[] }
}

impl I2cBus {
    /// Restrict the pins the controller can use.
    const fn only(self, scl_pins: &'static [u8], sda_pins: &'static [u8]) -> Self {
        I2cBus { scl_pins, sda_pins, ..self }
    }
}

impl SpiBus {
    /// Restrict the pins the controller can use.
    const fn only(self, sck_pins: &'static [u8], mosi_pins: &'static [u8], miso_pins: &'static [u8]) -> Self {
        SpiBus { sck_pins, mosi_pins, miso_pins, ..self }
    }
}

impl UartBus {
    /// Restrict the pins the UART can use.
    const fn only(self, tx_pins: &'static [u8], rx_pins: &'static [u8]) -> Self {
        UartBus { tx_pins, rx_pins, ..self }
    }
}

/// Every board, in the order `upy` lists them.
pub static PROFILES: [&BoardProfile; 3] = [&ESP32, &RP2, &GENERIC];

/// The profile called `name`, if there is one.
pub fn profile(name: &str) -> Option<&'static BoardProfile> {
    PROFILES.iter().copied().find(|p| p.name == name)
}

impl BoardProfile {
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

const MPY_V6_3: u32 = (3 << 8) | 6;

/// ESP32_GENERIC: an ESP32-WROOM module with 4 MiB flash.
pub static ESP32: BoardProfile = BoardProfile {
    name: "esp32",
    sys_platform: "esp32",
    uname: Uname {
        sysname: "esp32",
        nodename: "esp32",
        release: "1.24.1",
        version: "v1.24.1 on 2024-11-29",
        machine: "Generic ESP32 module with ESP32",
    },
    micropython_version: (1, 24, 1),
    // xtensawin native code
    mpy: (10 << 10) | MPY_V6_3,
    sys_path: &["", ".frozen", "/lib"],
    epoch_year: 2000,
    gpio: Gpio {
        // 20, 24 and 28-31 do not exist on the ESP32.
        pins: &[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 32, 33, 34,
            35, 36, 37, 38, 39,
        ],
        input_only: &[34, 35, 36, 37, 38, 39],
        no_pulls: &[34, 35, 36, 37, 38, 39],
        names: &[],
        led: 2,
    },
    adc: Adc {
        bits: 12,
        channels: &[
            adc(36, 1, 0),
            adc(37, 1, 1),
            adc(38, 1, 2),
            adc(39, 1, 3),
            adc(32, 1, 4),
            adc(33, 1, 5),
            adc(34, 1, 6),
            adc(35, 1, 7),
            adc(4, 2, 0),
            adc(0, 2, 1),
            adc(2, 2, 2),
            adc(15, 2, 3),
            adc(13, 2, 4),
            adc(12, 2, 5),
            adc(14, 2, 6),
            adc(27, 2, 7),
            adc(25, 2, 8),
            adc(26, 2, 9),
        ],
        internal_channels: &[],
        // ATTN_0DB, ATTN_2_5DB, ATTN_6DB, ATTN_11DB: where readings saturate.
        full_scale_uv: &[1_100_000, 1_500_000, 2_200_000, 3_300_000],
        widths: &[9, 10, 11, 12],
    },
    pwm: Pwm {
        min_freq_hz: 1,
        max_freq_hz: 40_000_000,
        default_freq_hz: 5_000,
        default_duty_u16: 32_768,
        duty_bits: Some(10),
        channels: 16,
        distinct_freqs: 8,
    },
    i2c: &[i2c(0, 18, 19), i2c(1, 25, 26)],
    // ESP-IDF reports a missing acknowledge as ESP_FAIL
    i2c_nack_errno: 19,
    spi: &[spi(1, 14, 13, 12), spi(2, 18, 23, 19)],
    uart: &[uart(0, 1, 3), uart(1, 10, 9), uart(2, 17, 16)],
    timer_ids: &[0, 1, 2, 3],
    cpu: Cpu {
        default_hz: 160_000_000,
        allowed: CpuFreqs::Only(&[20_000_000, 40_000_000, 80_000_000, 160_000_000, 240_000_000]),
    },
    // the base MAC address
    // as reported by the v1.25 ESP32_GENERIC firmware (no PSRAM)
    heap_bytes: 166_592,
    float_bits: 32,
    unique_id_len: 6,
    wdt_max_timeout_ms: None,
    // the 2 MiB "vfs" partition, LittleFS
    flash: Flash { block_size: 4096, block_count: 512, name_max: 255 },
    consts: &[
        c("machine", "PWRON_RESET", 1),
        c("machine", "HARD_RESET", 2),
        c("machine", "WDT_RESET", 3),
        c("machine", "DEEPSLEEP_RESET", 4),
        c("machine", "SOFT_RESET", 5),
        c("machine.Pin", "IN", 1),
        c("machine.Pin", "OUT", 3),
        c("machine.Pin", "OPEN_DRAIN", 7),
        c("machine.Pin", "PULL_UP", 2),
        c("machine.Pin", "PULL_DOWN", 1),
        c("machine.Pin", "IRQ_RISING", 1),
        c("machine.Pin", "IRQ_FALLING", 2),
        c("machine.Pin", "WAKE_LOW", 4),
        c("machine.Pin", "WAKE_HIGH", 5),
        c("machine.Pin", "DRIVE_0", 0),
        c("machine.Pin", "DRIVE_1", 1),
        c("machine.Pin", "DRIVE_2", 2),
        c("machine.Pin", "DRIVE_3", 3),
        c("machine.ADC", "ATTN_0DB", 0),
        c("machine.ADC", "ATTN_2_5DB", 1),
        c("machine.ADC", "ATTN_6DB", 2),
        c("machine.ADC", "ATTN_11DB", 3),
        c("machine.ADC", "WIDTH_9BIT", 9),
        c("machine.ADC", "WIDTH_10BIT", 10),
        c("machine.ADC", "WIDTH_11BIT", 11),
        c("machine.ADC", "WIDTH_12BIT", 12),
        c("machine.SPI", "MSB", 0),
        c("machine.SPI", "LSB", 1),
        c("machine.UART", "INV_TX", 32),
        c("machine.UART", "INV_RX", 4),
        c("machine.UART", "RTS", 1),
        c("machine.UART", "CTS", 2),
        c("machine.Timer", "ONE_SHOT", 0),
        c("machine.Timer", "PERIODIC", 1),
        c("network", "STA_IF", 0),
        c("network", "AP_IF", 1),
        c("network.WLAN", "IF_STA", 0),
        c("network.WLAN", "IF_AP", 1),
        c("network", "STAT_IDLE", 1000),
        c("network", "STAT_CONNECTING", 1001),
        c("network", "STAT_GOT_IP", 1010),
        c("network", "STAT_NO_AP_FOUND", 201),
        c("network", "STAT_WRONG_PASSWORD", 202),
    ],
};

/// RPI_PICO: a Raspberry Pi Pico (RP2040, 2 MiB flash).
pub static RP2: BoardProfile = BoardProfile {
    name: "rp2",
    sys_platform: "rp2",
    uname: Uname {
        sysname: "rp2",
        nodename: "rp2",
        release: "1.24.1",
        version: "v1.24.1 on 2024-11-29 (GNU 13.2.1 MinSizeRel)",
        machine: "Raspberry Pi Pico with RP2040",
    },
    micropython_version: (1, 24, 1),
    // armv6m native code
    mpy: (4 << 10) | MPY_V6_3,
    sys_path: &["", ".frozen", "/lib"],
    epoch_year: 1970,
    gpio: Gpio {
        pins: &[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29,
        ],
        input_only: &[],
        no_pulls: &[],
        names: &[("LED", 25)],
        led: 25,
    },
    adc: Adc {
        bits: 12,
        channels: &[
            adc(26, 0, 0),
            adc(27, 0, 1),
            adc(28, 0, 2),
            // VSYS / 3 on a Pico
            adc(29, 0, 3),
        ],
        // the temperature sensor, ADC.CORE_TEMP
        internal_channels: &[4],
        full_scale_uv: &[3_300_000],
        widths: &[],
    },
    pwm: Pwm {
        // 125 MHz / (256 * 65535) and 125 MHz / 2
        min_freq_hz: 8,
        max_freq_hz: 62_500_000,
        // the counter's reset wrap: 125 MHz / 65536
        default_freq_hz: 1_907,
        default_duty_u16: 0,
        duty_bits: None,
        channels: 16,
        distinct_freqs: 8,
    },
    // each RP2040 function sits on fixed GPIOs (datasheet table 2)
    i2c: &[
        i2c(0, 9, 8).only(&[1, 5, 9, 13, 17, 21, 25, 29], &[0, 4, 8, 12, 16, 20, 24, 28]),
        i2c(1, 7, 6).only(&[3, 7, 11, 15, 19, 23, 27], &[2, 6, 10, 14, 18, 22, 26]),
    ],
    // the Pico SDK reports a missing acknowledge as a generic error
    i2c_nack_errno: 5,
    spi: &[
        spi(0, 6, 7, 4).only(&[2, 6, 18, 22], &[3, 7, 19, 23], &[0, 4, 16, 20]),
        spi(1, 10, 11, 8).only(&[10, 14, 26], &[11, 15, 27], &[8, 12, 24, 28]),
    ],
    uart: &[
        uart(0, 0, 1).only(&[0, 12, 16, 28], &[1, 13, 17, 29]),
        uart(1, 4, 5).only(&[4, 8, 20, 24], &[5, 9, 21, 25]),
    ],
    timer_ids: &[-1],
    cpu: Cpu { default_hz: 125_000_000, allowed: CpuFreqs::Range { min_hz: 20_000_000, max_hz: 250_000_000 } },
    // the flash chip's 64-bit serial number
    // the RAM left after the firmware's static data
    heap_bytes: 192_000,
    float_bits: 32,
    unique_id_len: 8,
    wdt_max_timeout_ms: Some(8_388),
    // 1408 KiB LittleFS after the 640 KiB firmware
    flash: Flash { block_size: 4096, block_count: 352, name_max: 255 },
    consts: &[
        c("machine", "PWRON_RESET", 1),
        c("machine", "WDT_RESET", 3),
        c("machine.Pin", "IN", 0),
        c("machine.Pin", "OUT", 1),
        c("machine.Pin", "OPEN_DRAIN", 2),
        c("machine.Pin", "ALT", 3),
        c("machine.Pin", "PULL_UP", 1),
        c("machine.Pin", "PULL_DOWN", 2),
        c("machine.Pin", "IRQ_RISING", 8),
        c("machine.Pin", "IRQ_FALLING", 4),
        c("machine.ADC", "CORE_TEMP", 4),
        c("machine.SPI", "MSB", 0),
        c("machine.SPI", "LSB", 1),
        c("machine.UART", "INV_TX", 1),
        c("machine.UART", "INV_RX", 2),
        c("machine.UART", "RTS", 2),
        c("machine.UART", "CTS", 1),
        c("machine.Timer", "ONE_SHOT", 0),
        c("machine.Timer", "PERIODIC", 1),
        c("rp2.PIO", "IN_LOW", 0),
        c("rp2.PIO", "IN_HIGH", 1),
        c("rp2.PIO", "OUT_LOW", 2),
        c("rp2.PIO", "OUT_HIGH", 3),
        c("rp2.PIO", "SHIFT_LEFT", 0),
        c("rp2.PIO", "SHIFT_RIGHT", 1),
        c("rp2.PIO", "JOIN_NONE", 0),
        c("rp2.PIO", "JOIN_TX", 1),
        c("rp2.PIO", "JOIN_RX", 2),
        c("rp2.PIO", "IRQ_SM0", 256),
        c("rp2.PIO", "IRQ_SM1", 512),
        c("rp2.PIO", "IRQ_SM2", 1024),
        c("rp2.PIO", "IRQ_SM3", 2048),
        c("network", "STA_IF", 0),
        c("network", "AP_IF", 1),
        c("network.WLAN", "IF_STA", 0),
        c("network.WLAN", "IF_AP", 1),
        c("network", "STAT_IDLE", 0),
        c("network", "STAT_CONNECTING", 1),
        c("network", "STAT_GOT_IP", 3),
        c("network", "STAT_NO_AP_FOUND", -2),
        c("network", "STAT_WRONG_PASSWORD", -3),
    ],
};

/// A board that is no particular chip. `sys.platform` is "linux", as on
/// MicroPython's unix port (the MicroPython people run without hardware),
/// so programs that branch on "esp32"/"rp2" take their portable path.
pub static GENERIC: BoardProfile = BoardProfile {
    name: "generic",
    sys_platform: "linux",
    uname: Uname {
        sysname: "generic",
        nodename: "generic",
        release: "1.24.1",
        version: "v1.24.1 on 2024-11-29",
        machine: "upy generic simulated board",
    },
    micropython_version: (1, 24, 1),
    // no native code emitter
    mpy: MPY_V6_3,
    sys_path: &["", ".frozen", "/lib"],
    epoch_year: 1970,
    gpio: Gpio {
        pins: &[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31,
        ],
        input_only: &[],
        no_pulls: &[],
        names: &[],
        led: 2,
    },
    adc: Adc {
        bits: 12,
        channels: &[adc(26, 0, 0), adc(27, 0, 1), adc(28, 0, 2), adc(29, 0, 3)],
        internal_channels: &[],
        full_scale_uv: &[3_300_000],
        widths: &[],
    },
    pwm: Pwm {
        min_freq_hz: 1,
        max_freq_hz: 40_000_000,
        default_freq_hz: 1_000,
        default_duty_u16: 0,
        duty_bits: None,
        channels: 16,
        distinct_freqs: 16,
    },
    i2c: &[i2c(0, 5, 4), i2c(1, 7, 6)],
    i2c_nack_errno: 19,
    spi: &[spi(0, 18, 19, 16), spi(1, 10, 11, 12)],
    uart: &[uart(0, 0, 1), uart(1, 8, 9)],
    timer_ids: &[-1],
    cpu: Cpu { default_hz: 100_000_000, allowed: CpuFreqs::Range { min_hz: 1_000_000, max_hz: 250_000_000 } },
    heap_bytes: 256 * 1024,
    float_bits: 64,
    unique_id_len: 8,
    wdt_max_timeout_ms: None,
    // 2 MiB
    flash: Flash { block_size: 4096, block_count: 512, name_max: 255 },
    consts: &[
        c("machine", "PWRON_RESET", 1),
        c("machine", "HARD_RESET", 2),
        c("machine", "WDT_RESET", 3),
        c("machine", "DEEPSLEEP_RESET", 4),
        c("machine", "SOFT_RESET", 5),
        c("machine.Pin", "IN", 0),
        c("machine.Pin", "OUT", 1),
        c("machine.Pin", "OPEN_DRAIN", 2),
        c("machine.Pin", "PULL_UP", 1),
        c("machine.Pin", "PULL_DOWN", 2),
        c("machine.Pin", "IRQ_RISING", 1),
        c("machine.Pin", "IRQ_FALLING", 2),
        c("machine.SPI", "MSB", 0),
        c("machine.SPI", "LSB", 1),
        c("machine.UART", "INV_TX", 1),
        c("machine.UART", "INV_RX", 2),
        c("machine.UART", "RTS", 2),
        c("machine.UART", "CTS", 1),
        c("machine.Timer", "ONE_SHOT", 0),
        c("machine.Timer", "PERIODIC", 1),
        c("network", "STA_IF", 0),
        c("network", "AP_IF", 1),
        c("network.WLAN", "IF_STA", 0),
        c("network.WLAN", "IF_AP", 1),
        c("network", "STAT_IDLE", 0),
        c("network", "STAT_CONNECTING", 1),
        c("network", "STAT_GOT_IP", 3),
        c("network", "STAT_NO_AP_FOUND", -2),
        c("network", "STAT_WRONG_PASSWORD", -3),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stubs;

    #[test]
    fn every_stub_board_has_a_profile_and_back() {
        let names: Vec<_> = PROFILES.iter().map(|p| p.name).collect();
        assert_eq!(names, stubs::BOARDS);
        assert!(profile("esp8266").is_none());
        assert_eq!(profile("rp2").map(|p| p.sys_platform), Some("rp2"));
    }

    #[test]
    fn default_pins_are_real_gpios() {
        for p in PROFILES {
            let mut used: Vec<(&str, u8)> = vec![("led", p.gpio.led)];
            for b in p.i2c {
                used.extend([("i2c scl", b.scl), ("i2c sda", b.sda)]);
            }
            for b in p.spi {
                used.extend([("spi sck", b.sck), ("spi mosi", b.mosi), ("spi miso", b.miso)]);
            }
            for b in p.uart {
                used.extend([("uart tx", b.tx), ("uart rx", b.rx)]);
            }
            used.extend(p.adc.channels.iter().map(|c| ("adc", c.pin)));
            used.extend(p.gpio.names.iter().map(|&(_, g)| ("name", g)));
            used.extend(p.gpio.input_only.iter().map(|&g| ("input-only", g)));
            for (what, gpio) in used {
                assert!(p.is_pin(gpio.into()), "{}: {what} pin {gpio} is not a GPIO", p.name);
            }
            // a bus's default pins are among the pins it can use
            let within = |pin: u8, allowed: &[u8]| allowed.is_empty() || allowed.contains(&pin);
            for b in p.i2c {
                assert!(within(b.scl, b.scl_pins) && within(b.sda, b.sda_pins), "{}", p.name);
            }
            for b in p.spi {
                assert!(within(b.sck, b.sck_pins), "{}", p.name);
                assert!(within(b.mosi, b.mosi_pins) && within(b.miso, b.miso_pins), "{}", p.name);
            }
            for b in p.uart {
                assert!(within(b.tx, b.tx_pins) && within(b.rx, b.rx_pins), "{}", p.name);
            }
            // outputs never sit on input-only pins
            for b in p.i2c {
                assert!(!p.gpio.input_only.contains(&b.scl), "{}: i2c on input-only pin", p.name);
            }
            assert!(p.gpio.pins.windows(2).all(|w| w[0] < w[1]), "{}: pins unsorted", p.name);
        }
    }

    #[test]
    fn esp32_matches_the_quickref() {
        let p = profile("esp32").unwrap();
        for missing in [20, 24, 28, 29, 30, 31, 40] {
            assert!(!p.is_pin(missing), "GPIO {missing} does not exist on an ESP32");
        }
        assert!(p.is_pin(39) && p.gpio.input_only.contains(&36));
        assert_eq!(p.adc_channel(34).map(|c| c.block), Some(1));
        assert_eq!(p.adc_channel(25).map(|c| c.block), Some(2));
        assert!(p.adc_channel(5).is_none());
        assert!(p.cpu.allowed.allows(240_000_000) && !p.cpu.allowed.allows(100_000_000));
        assert_eq!(p.flash.total_bytes(), 2 * 1024 * 1024);
        assert_eq!(p.mpy, 11014);
    }

    #[test]
    fn version_strings_read_as_on_the_boards() {
        let rp2 = profile("rp2").unwrap();
        assert_eq!(rp2.sys_version(), "3.4.0; MicroPython v1.24.1 on 2024-11-29");
        assert_eq!(rp2.banner(), "MicroPython v1.24.1 on 2024-11-29; Raspberry Pi Pico with RP2040");
        let esp32 = profile("esp32").unwrap();
        assert_eq!(esp32.banner(), "MicroPython v1.24.1 on 2024-11-29; Generic ESP32 module with ESP32");
        for p in PROFILES {
            let (major, minor, micro) = p.micropython_version;
            assert_eq!(p.uname.release, format!("{major}.{minor}.{micro}"), "{}", p.name);
        }
    }

    #[test]
    fn rp2_matches_the_quickref() {
        let p = profile("rp2").unwrap();
        assert_eq!(p.pin_named("LED"), Some(25));
        assert!(p.is_pin(29) && !p.is_pin(30));
        assert_eq!(p.adc_channel(26).map(|c| c.channel), Some(0));
        assert!(p.cpu.allowed.allows(133_000_000) && !p.cpu.allowed.allows(300_000_000));
        assert_eq!(p.flash.total_bytes(), 1_441_792);
        assert_eq!(p.timer_ids, &[-1]);
    }

    /// `NAME: Final = <int>` lines of a stub, with the class they sit in.
    fn literal_constants(module: &str, source: &str) -> Vec<(String, String, i64)> {
        let mut owner = module.to_string();
        let mut found = Vec::new();
        for line in source.lines() {
            if let Some(rest) = line.strip_prefix("class ") {
                let name = rest.split(['(', ':']).next().unwrap_or_default();
                owner = format!("{module}.{name}");
                continue;
            }
            if !line.starts_with(' ') && !line.is_empty() && !line.starts_with('#') {
                owner = module.to_string();
            }
            let Some((name, value)) = line.trim().split_once(": Final = ") else {
                continue;
            };
            if let Ok(v) = parse_int(value) {
                found.push((owner.clone(), name.to_string(), v));
            }
        }
        found
    }

    fn parse_int(text: &str) -> Result<i64, std::num::ParseIntError> {
        let t = text.trim().replace('_', "");
        match t.strip_prefix("0x") {
            Some(hex) => i64::from_str_radix(hex, 16),
            None => t.parse(),
        }
    }

    #[test]
    fn stub_constant_values_match_the_profile() {
        for p in PROFILES {
            for module in ["machine", "network", "esp32", "rp2"] {
                let Some(source) = stubs::stub_source(p.name, module) else {
                    continue;
                };
                for (owner, name, value) in literal_constants(module, source) {
                    let Some(expected) = p.constant(&owner, &name) else {
                        // modules whose values are the same everywhere (errno,
                        // select, ...) are not repeated in the profile
                        assert!(
                            !owner.starts_with("machine"),
                            "{}: stub constant {owner}.{name} missing from the profile",
                            p.name
                        );
                        continue;
                    };
                    assert_eq!(value, expected, "{}: {owner}.{name}", p.name);
                }
            }
            // and every machine constant of the profile is in the stub
            let machine = stubs::stub_source(p.name, "machine").unwrap();
            let declared = literal_constants("machine", machine);
            for k in p.consts.iter().filter(|k| k.owner.starts_with("machine")) {
                assert!(
                    declared.iter().any(|(o, n, _)| o == k.owner && n == k.name),
                    "{}: profile constant {}.{} missing from the stub",
                    p.name,
                    k.owner,
                    k.name
                );
            }
        }
    }

    #[test]
    fn network_constants_are_given_for_every_board() {
        for p in PROFILES {
            for name in ["STA_IF", "AP_IF", "STAT_IDLE", "STAT_CONNECTING", "STAT_GOT_IP"] {
                assert!(p.constant("network", name).is_some(), "{}: network.{name}", p.name);
            }
        }
    }
}
