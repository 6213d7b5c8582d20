//! The simulated board's buses and peripherals seen by a program and driven
//! from outside: I2C devices, SPI loopback and devices, UART host end,
//! RTC, watchdog, network, and the port modules.

mod support;

use upy_vm::board::devices::{RegisterFile, SpiDevice, Tmp102};
use upy_vm::board::{drive, i2c, spi, uart};
use upy_vm::target::{Interrupt, RunOutcome, RunRequest};
use upy_vm::{Session, SessionOptions};

fn session(board: &str) -> Session {
    Session::new(SessionOptions { board: board.into(), virtual_time: true, ..Default::default() })
}

fn run(s: &mut Session, code: &str) -> String {
    let mut cap = support::Capture::default();
    let r = s.run(
        &RunRequest { code, file_name: "<cell>", want_result: false },
        &mut cap,
        &mut support::NoInput,
        &Interrupt::new(),
    );
    if let RunOutcome::Error(e) = r {
        cap.out.push_str(&e.traceback.join("\n"));
    }
    cap.out
}

/// Run `code` and print what it raises as `Type: args`.
fn catch(s: &mut Session, setup: &str, expr: &str) -> String {
    run(s, &format!("{setup}\ntry:\n    {expr}\nexcept Exception as e:\n    print(type(e).__name__, e.args)\n"))
}

#[test]
fn i2c_register_file_reads_and_writes_like_a_memory() {
    let mut s = session("esp32");
    i2c::attach_register_file(&mut s.vm, 0, 0x50).unwrap();
    let out = run(
        &mut s,
        "from machine import I2C, Pin\ni2c = I2C(0, scl=Pin(18), sda=Pin(19))\nprint(i2c.scan())\ni2c.writeto_mem(0x50, 0x10, b'\\x01\\x02\\x03')\nprint(i2c.readfrom_mem(0x50, 0x10, 3))\nbuf = bytearray(2)\ni2c.readfrom_mem_into(0x50, 0x11, buf)\nprint(buf)\nprint(i2c.writeto(0x50, b'\\x20abc'), i2c.writevto(0x50, [b'\\x23', b'de']))\ni2c.writeto(0x50, b'\\x20', False)\nprint(i2c.readfrom(0x50, 5))\nb = bytearray(3)\ni2c.readfrom_into(0x50, b)\nprint(b)\n",
    );
    assert_eq!(
        out,
        "[80]\nb'\\x01\\x02\\x03'\nbytearray(b'\\x02\\x03')\n4 3\nb'abcde'\nbytearray(b'\\x00\\x00\\x00')\n"
    );
    let mem = &i2c::device_mut::<RegisterFile>(&mut s.vm, i2c::BusKey::Id(0), 0x50).unwrap().memory;
    assert_eq!(&mem[0x20..0x25], b"abcde");
}

#[test]
fn i2c_sixteen_bit_register_addresses() {
    let mut s = session("generic");
    i2c::attach(&mut s.vm, 1, 0x57, Box::new(RegisterFile::with_size(4096, 2))).unwrap();
    let out = run(&mut s, "from machine import I2C\ni2c = I2C(1)\ni2c.writeto_mem(0x57, 0x0123, b'hi', addrsize=16)\nprint(i2c.readfrom_mem(0x57, 0x0123, 2, addrsize=16))\n");
    assert_eq!(out, "b'hi'\n");
    assert_eq!(catch(&mut s, "", "i2c.readfrom_mem(0x57, 0, 1, addrsize=12)"), "ValueError ('invalid addrsize',)\n");
}

#[test]
fn i2c_tmp102_answers_with_its_datasheet_registers() {
    let mut s = session("rp2");
    i2c::attach_temperature_sensor(&mut s.vm, 0, 25.0).unwrap();
    let program = "from machine import I2C\ni2c = I2C(0)\nraw = i2c.readfrom_mem(0x48, 0, 2)\nt = ((raw[0] << 8 | raw[1]) >> 4) * 0.0625\nprint(i2c.scan(), raw, t, i2c.readfrom_mem(0x48, 1, 2))\n";
    assert_eq!(run(&mut s, program), "[72] b'\\x19\\x00' 25.0 b'`\\xa0'\n");
    assert!(i2c::set_temperature(&mut s.vm, 0, 0x48, -10.5));
    assert_eq!(run(&mut s, "raw = i2c.readfrom_mem(0x48, 0, 2)\nv = (raw[0] << 8 | raw[1]) >> 4\nprint((v - 4096 if v > 2047 else v) * 0.0625)\n"), "-10.5\n");
    assert!(!i2c::set_temperature(&mut s.vm, 1, 0x48, 1.0));
    assert_eq!(i2c::device_mut::<Tmp102>(&mut s.vm, i2c::BusKey::Id(0), 0x48).map(|t| t.celsius()), Some(-10.5));
}

#[test]
fn i2c_errors_follow_each_port() {
    let mut s = session("esp32");
    let setup = "from machine import I2C, SoftI2C, Pin\ni2c = I2C(0)";
    assert_eq!(catch(&mut s, setup, "i2c.readfrom(0x3c, 1)"), "OSError (19,)\n");
    assert_eq!(catch(&mut s, setup, "I2C(2)"), "ValueError (\"I2C(2) doesn't exist\",)\n");
    let mut s = session("rp2");
    assert_eq!(catch(&mut s, setup, "i2c.writeto(0x3c, b'x')"), "OSError (5,)\n");
    assert_eq!(catch(&mut s, setup, "I2C(0, scl=Pin(2))"), "ValueError ('bad SCL pin',)\n");
    assert_eq!(catch(&mut s, setup, "I2C(1, sda=Pin(3))"), "ValueError ('bad SDA pin',)\n");
    // software I2C always reports ENODEV
    assert_eq!(catch(&mut s, setup, "SoftI2C(Pin(2), Pin(3)).readfrom(0x3c, 1)"), "OSError (19,)\n");
    // a device that stretches the clock past the timeout
    let mut slow = RegisterFile::new();
    slow.stretch_us = 100_000;
    i2c::attach(&mut s.vm, 0, 0x20, Box::new(slow)).unwrap();
    assert_eq!(catch(&mut s, setup, "i2c.readfrom(0x20, 1)"), "OSError (110,)\n");
    assert_eq!(run(&mut s, "print(I2C(0, timeout=200000).readfrom(0x20, 1), i2c.scan())"), "b'\\x00' []\n");
}

#[test]
fn soft_i2c_shares_a_controllers_devices_and_speaks_raw_bytes() {
    let mut s = session("esp32");
    i2c::attach_register_file(&mut s.vm, 0, 0x50).unwrap();
    let out = run(
        &mut s,
        "from machine import SoftI2C, Pin\nbus = SoftI2C(scl=Pin(18), sda=Pin(19), freq=100000)\nprint(bus.scan(), isinstance(bus, __import__('machine').I2C))\nbus.start()\nprint(bus.write(bytes([0x50 << 1, 0x05, 0xAA, 0xBB])))\nbus.stop()\nbus.start()\nprint(bus.write(bytes([0x50 << 1, 0x05])))\nbus.start()\nprint(bus.write(bytes([0x50 << 1 | 1])))\nb = bytearray(2)\nbus.readinto(b)\nbus.stop()\nprint(b)\nbus.start()\nprint(bus.write(bytes([0x11 << 1, 1])))\nbus.stop()\nother = SoftI2C(Pin(4), Pin(5))\nprint(other.scan(), other)\n",
    );
    assert_eq!(out, "[80] True\n4\n2\n1\nbytearray(b'\\xaa\\xbb')\n0\n[] SoftI2C(scl=4, sda=5, freq=400000)\n");
    i2c::attach_to(&mut s.vm, i2c::BusKey::Pins { scl: 4, sda: 5 }, 0x10, Box::new(RegisterFile::new())).unwrap();
    assert_eq!(run(&mut s, "print(other.scan())"), "[16]\n");
}

struct Echo {
    last: u8,
    seen: Vec<u8>,
}

impl SpiDevice for Echo {
    /// Answers each byte with the previous one plus one.
    fn transfer(&mut self, mosi: u8) -> u8 {
        self.seen.push(mosi);
        let out = self.last.wrapping_add(1);
        self.last = mosi;
        out
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

#[test]
fn spi_loops_back_until_a_device_is_selected() {
    let mut s = session("esp32");
    let out = run(
        &mut s,
        "from machine import SPI, SoftSPI, Pin\nspi = SPI(1, baudrate=2000000)\nbuf = bytearray(3)\nspi.write_readinto(b'abc', buf)\nprint(buf, spi.read(2, 0x42))\nsoft = SoftSPI(sck=Pin(25), mosi=Pin(26), miso=Pin(27))\nprint(soft.read(1, 7), SPI.MSB, SPI.LSB, soft.LSB)\ncs = Pin(5, Pin.OUT, value=1)\n",
    );
    assert_eq!(out, "bytearray(b'abc') b'BB'\nb'\\x07' 0 1 1\n");
    spi::attach(&mut s.vm, spi::SpiBusKey::Id(1), Some(5), Box::new(Echo { last: 0, seen: vec![] }));
    assert_eq!(
        run(&mut s, "print(spi.read(2, 9))\ncs(0)\nprint(spi.read(3, 9))\ncs(1)\n"),
        "b'\\xff\\xff'\nb'\\x01\\n\\n'\n"
    );
    assert_eq!(catch(&mut s, "", "SPI(3)"), "ValueError (\"SPI(3) doesn't exist\",)\n");
    assert_eq!(catch(&mut s, "", "SoftSPI(sck=Pin(1))"), "ValueError ('must specify all of sck/mosi/miso',)\n");
    assert_eq!(
        catch(&mut s, "", "spi.write_readinto(b'ab', bytearray(1))"),
        "ValueError ('buffers must be the same length',)\n"
    );
    let mut s = session("rp2");
    assert_eq!(catch(&mut s, "from machine import SPI, Pin", "SPI(0, sck=Pin(10))"), "ValueError ('bad SCK pin',)\n");
}

#[test]
fn uart_host_end_and_loopback() {
    let mut s = session("esp32");
    run(&mut s, "from machine import UART\nu = UART(2, 9600, timeout=100)\n");
    assert_eq!(uart::uart_feed(&mut s.vm, 2, b"hello\nworld"), 11);
    let out = run(&mut s, "print(u.any(), u.readline(), u.read(3), u.read(), u.read())\nprint(u.write('ping'), u.txdone())\nu.flush()\nprint(u.txdone())\n");
    assert_eq!(out, "11 b'hello\\n' b'wor' b'ld' None\n4 False\nTrue\n");
    assert_eq!(uart::uart_take_tx(&mut s.vm, 2), b"ping");
    assert_eq!(uart::uart_take_tx(&mut s.vm, 2), b"");
    uart::uart_set_loopback(&mut s.vm, 2, true);
    let out = run(&mut s, "u.write(b'echo')\nb = bytearray(8)\nprint(u.readinto(b), b[:4], u.readinto(b))\n");
    assert_eq!(out, "4 bytearray(b'echo') None\n");
    assert_eq!(catch(&mut s, "from machine import UART", "UART(3)"), "ValueError ('UART(3) does not exist',)\n");
    let mut s = session("rp2");
    assert_eq!(catch(&mut s, "from machine import UART", "UART(2)"), "ValueError (\"UART(2) doesn't exist\",)\n");
    assert_eq!(catch(&mut s, "from machine import UART, Pin", "UART(0, tx=Pin(2))"), "ValueError ('bad TX pin',)\n");
}

#[test]
fn uart_reads_wait_their_timeout_in_vm_time() {
    let mut s = session("esp32");
    let out = run(&mut s, "import time\nfrom machine import UART\nu = UART(1, timeout=250)\nt = time.ticks_ms()\nprint(u.read(4), time.ticks_diff(time.ticks_ms(), t))\n");
    assert_eq!(out, "None 250\n");
    // bytes arriving from a timer during the wait are picked up
    uart::uart_set_loopback(&mut s.vm, 1, true);
    let out = run(&mut s, "from machine import Timer\nTimer(0).init(mode=Timer.ONE_SHOT, period=50, callback=lambda t: u.write(b'late'))\nprint(u.read(4))\n");
    assert_eq!(out, "b'late'\n");
}

#[test]
fn rtc_keeps_time_on_the_vm_clock() {
    let mut s = session("esp32");
    let out = run(&mut s, "import machine\nr = machine.RTC()\nr.datetime((2024, 2, 29, 0, 23, 59, 58, 0))\nmachine.lightsleep(3000)\nprint(r.datetime())\nr.init((2030, 1, 1, 0, 0, 0, 0, 0))\nprint(r.datetime()[:3])\n");
    assert_eq!(out, "(2024, 3, 1, 4, 0, 0, 1, 0)\n(2030, 1, 1)\n");
    let mut s = session("rp2");
    assert_eq!(
        run(&mut s, "import machine\nprint(hasattr(machine.RTC, 'init'), len(machine.RTC().datetime()))"),
        "False 8\n"
    );
}

#[test]
fn watchdog_resets_the_board_unless_fed() {
    let mut s = session("esp32");
    let out = run(&mut s, "import machine\nw = machine.WDT(timeout=1000)\nfor i in range(5):\n    machine.lightsleep(500)\n    w.feed()\nprint('fed')\nmachine.lightsleep(2000)\nprint('not reached')\n");
    // The run ends as a reset ends it and the board starts again, now
    // reporting why.
    assert!(out.starts_with("fed\n") && !out.contains("not reached"), "{out}");
    assert!(out.contains("watchdog reset"), "{out}");
    assert_eq!(drive::board(&s.vm).unwrap().reset_requested, None);
    assert_eq!(run(&mut s, "import machine\nprint(machine.reset_cause() == machine.WDT_RESET)"), "True\n");
    let mut s = session("rp2");
    assert_eq!(catch(&mut s, "import machine", "machine.WDT(timeout=9000)"), "ValueError ('WDT timeout too long',)\n");
    assert_eq!(catch(&mut s, "import machine", "machine.WDT(timeout=0)"), "ValueError ('WDT timeout too short',)\n");
}

#[test]
fn wlan_scans_and_connects_in_virtual_time() {
    let mut s = session("esp32");
    let out = run(
        &mut s,
        "import network, time\nw = network.WLAN(network.STA_IF)\ntry:\n    w.connect('upy-lab', 'x')\nexcept OSError as e:\n    print(e)\nw.active(True)\nprint([n[0] for n in w.scan()])\nw.connect('upy-lab', 'micropython')\nprint(w.status() == network.STAT_CONNECTING, w.isconnected())\nwhile not w.isconnected():\n    time.sleep_ms(100)\nprint(w.status() == network.STAT_GOT_IP, w.ifconfig()[0], w.config('ssid'), w.status('rssi'))\nw.connect('upy-lab', 'wrong')\ntime.sleep(4)\nprint(w.status() == network.STAT_WRONG_PASSWORD, w.ifconfig()[0])\nw.connect('nowhere')\ntime.sleep(4)\nprint(w.status() == network.STAT_NO_AP_FOUND)\nprint(network.hostname(), len(w.config('mac')), network.WLAN.IF_AP == network.AP_IF)\nap = network.WLAN(network.AP_IF)\nap.active(True)\nap.config(ssid='mine', key='secret123')\nprint(ap.config('ssid'), ap.ifconfig()[0])\n",
    );
    assert_eq!(out, "Wifi Not Started\n[b'upy-lab', b'CoffeeShop-Guest', b'Neighbour-2.4G']\nTrue False\nTrue 192.168.1.42 upy-lab -52\nTrue 0.0.0.0\nTrue\nmpy-esp32 6 True\nmine 192.168.4.1\n");
    let mut s = session("rp2");
    assert_eq!(run(&mut s, "import network\nprint(network.STAT_GOT_IP, network.STAT_NO_AP_FOUND)"), "3 -2\n");
}

#[test]
fn port_modules_say_what_is_not_simulated() {
    let mut s = session("esp32");
    esp32_temperature(&mut s);
    let out = run(&mut s, "import esp32\nn = esp32.NVS('app')\nn.set_i32('boots', 7)\nn.set_blob('name', b'upy')\nb = bytearray(8)\nprint(n.get_i32('boots'), n.get_blob('name', b), b[:3])\ntry:\n    n.get_i32('missing')\nexcept OSError as e:\n    print(e.args)\nprint(esp32.idf_heap_info(esp32.HEAP_DATA)[0][0])\nesp32.wake_on_ext0(pin=__import__('machine').Pin(4), level=0)\ntry:\n    esp32.wake_on_ext0(__import__('machine').Pin(5), 1)\nexcept ValueError as e:\n    print(e)\n");
    assert_eq!(out, "7 3 bytearray(b'upy')\n(-4354, 'ESP_ERR_NVS_NOT_FOUND')\n166592\ninvalid pin for wake\n");
    assert_eq!(run(&mut s, "import rp2"), "Traceback (most recent call last):\n  File \"<cell>\", line 1, in <module>\nImportError: no module named 'rp2'");
    let mut s = session("rp2");
    let out = run(&mut s, "import rp2\n@rp2.asm_pio(set_init=rp2.PIO.OUT_LOW)\ndef blink():\n    pass\nprint(rp2.bootsel_button(), rp2.PIO.SHIFT_RIGHT)\ntry:\n    rp2.StateMachine(0, blink, freq=2000)\nexcept NotImplementedError as e:\n    print(e)\n");
    assert_eq!(out, "0 1\nPIO is not simulated: PIO programs and state machines need a real RP2040\n");
    let out = run(&mut s, "import bluetooth\nb = bluetooth.BLE()\nprint(b.active(), bluetooth.UUID(0x180F), bluetooth.FLAG_NOTIFY)\ntry:\n    b.active(True)\nexcept OSError as e:\n    print(e)\ntry:\n    b.gap_advertise(100000, b'x')\nexcept OSError as e:\n    print(e)\n");
    assert_eq!(out, "False UUID(0x180f) 16\nbluetooth is not simulated\nbluetooth is not simulated\n");
}

fn esp32_temperature(s: &mut Session) {
    assert_eq!(run(s, "import esp32\nprint(esp32.raw_temperature())"), "118\n");
    upy_vm::board::esp32_module::set_die_temperature(&mut s.vm, 60.0);
    assert_eq!(run(s, "print(esp32.raw_temperature())"), "140\n");
}

#[test]
fn nonsense_arguments_raise_instead_of_crashing() {
    for board in ["esp32", "rp2", "generic"] {
        let mut s = session(board);
        let calls = [
            "machine.I2C.__new__()".to_string(),
            "machine.SPI.__new__(5)".to_string(),
            "machine.UART.__new__(machine.UART, 'x')".to_string(),
            "machine.RTC.__new__(None)".to_string(),
            "machine.WDT.__new__(1, 2, 3)".to_string(),
            "machine.I2C(0).readfrom(-1, -5)".to_string(),
            "machine.I2C(0).writeto_mem(0x50, 0, 'text')".to_string(),
            "machine.I2C(0).readfrom_mem(300, 0, 1)".to_string(),
            "machine.SoftI2C(1, 2).readinto(b'')".to_string(),
            format!("machine.SPI({}).read(-3)", if board == "esp32" { 1 } else { 0 }),
            "machine.UART(1).read(-1)".to_string(),
            "machine.UART(1, baudrate=0)".to_string(),
            "machine.UART(1).init(bits=9)".to_string(),
            "machine.RTC().datetime((2024,))".to_string(),
            "machine.RTC().datetime((2024, 13, 1, 0, 0, 0, 0, 0))".to_string(),
            "network.WLAN(7)".to_string(),
            "network.WLAN().config('nonsense')".to_string(),
            "network.WLAN().config('mac', ssid='x')".to_string(),
            "network.WLAN().ifconfig(('1.2.3', '', '', ''))".to_string(),
            "network.country('United Kingdom')".to_string(),
            "bluetooth.UUID('not-a-uuid')".to_string(),
            "bluetooth.UUID(1 << 20)".to_string(),
        ];
        let mut program = String::from("import machine, network, bluetooth\nraised = 0\n");
        for c in &calls {
            program.push_str(&format!(
                "try:\n    {c}\n    print('no error:', {c:?})\nexcept Exception:\n    raised += 1\n"
            ));
        }
        program.push_str("print(raised)\n");
        let out = run(&mut s, &program);
        assert!(!out.contains("internal error"), "{board}: {out}");
        // negative read sizes read nothing, as a stream read does
        let spi = if board == "esp32" { 1 } else { 0 };
        let expected =
            format!("no error: machine.SPI({spi}).read(-3)\nno error: machine.UART(1).read(-1)\n{}\n", calls.len() - 2);
        assert_eq!(out, expected, "{board}");
    }
}

#[test]
fn writeto_then_readfrom_reads_a_register_in_one_call() {
    let mut s = session("esp32");
    upy_vm::board::i2c::attach_temperature_sensor(&mut s.vm, 0, 25.0).expect("sensor attached");
    let out = run(
        &mut s,
        "import machine\ni2c = machine.I2C(0)\nbuf = bytearray(2)\ni2c.writeto_then_readfrom(0x48, b'\\x00', buf)\nprint(bytes(buf) == i2c.readfrom_mem(0x48, 0, 2))\n",
    );
    assert_eq!(out, "True\n");
}

#[test]
fn what_is_not_the_chip_survives_a_reset() {
    let mut s = session("esp32");
    i2c::attach_register_file(&mut s.vm, 0, 0x50).unwrap();
    upy_vm::board::esp32_module::set_die_temperature(&mut s.vm, 60.0);
    run(&mut s, "import esp32\nesp32.NVS('app').set_i32('boots', 3)\nfrom machine import I2C\nI2C(0).writeto_mem(0x50, 0, b'kept')\n");
    run(&mut s, "import machine\nmachine.soft_reset()\n");
    let out = run(
        &mut s,
        "import esp32, machine\nfrom machine import I2C\nprint(esp32.NVS('app').get_i32('boots'), I2C(0).scan(), I2C(0).readfrom_mem(0x50, 0, 4), esp32.raw_temperature())\n",
    );
    assert_eq!(out, "3 [80] b'kept' 140\n");
    s.soft_reset();
    assert_eq!(run(&mut s, "import esp32\nprint(esp32.NVS('app').get_i32('boots'))\n"), "3\n");
}
