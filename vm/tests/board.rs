//! The simulated board seen from outside: pin levels, the change log on
//! the VM clock, inputs driven by a test, IRQs, PWM, NeoPixels, pictures.

mod support;

use upy_vm::board::drive;
use upy_vm::board::state::{PinEvent, Pwm};
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

#[test]
fn blink_logs_alternating_levels_one_virtual_second_apart() {
    let mut s = session("esp32");
    let out = run(
        &mut s,
        "import machine\nled = machine.Pin(2, machine.Pin.OUT)\nfor i in range(6):\n    led.value(not led.value())\n    machine.lightsleep(1000)\n",
    );
    assert_eq!(out, "");
    let board = drive::board(&s.vm).expect("a board");
    let log: Vec<_> = board.log.iter().filter(|e| e.pin == 2).collect();
    assert_eq!(log.len(), 6, "{log:?}");
    for (i, e) in log.iter().enumerate() {
        assert_eq!(e.event, PinEvent::Level(((i + 1) % 2) as u8));
        if i > 0 {
            assert_eq!(e.t_ns - log[i - 1].t_ns, 1_000_000_000);
        }
    }
    assert_eq!(board.level(2), Some(0));
}

#[test]
fn invalid_pins_and_input_only_pins_raise_value_error() {
    let mut s = session("esp32");
    let out = run(&mut s, "import machine\ntry:\n    machine.Pin(99)\nexcept ValueError as e:\n    print(e)\ntry:\n    machine.Pin(34, machine.Pin.OUT)\nexcept ValueError as e:\n    print(e)\n");
    assert_eq!(out, "invalid pin\npin can only be input\n");
    let mut s = session("rp2");
    assert_eq!(run(&mut s, "import machine\nprint(machine.Pin('LED', machine.Pin.OUT))\n"), "Pin(LED)\n");
}

#[test]
fn inputs_driven_from_outside_are_read_and_fire_irqs() {
    let mut s = session("esp32");
    run(
        &mut s,
        "import machine\nbtn = machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP)\npresses = []\nbtn.irq(lambda p: presses.append(p.value()), machine.Pin.IRQ_FALLING)\n",
    );
    assert_eq!(run(&mut s, "print(btn.value())"), "1\n");
    drive::set_input(&mut s.vm, 0, Some(0));
    assert_eq!(run(&mut s, "print(btn.value(), presses)"), "0 [0]\n");
    drive::set_input(&mut s.vm, 0, Some(1));
    assert_eq!(run(&mut s, "print(btn.value(), presses)"), "1 [0]\n");
}

#[test]
fn adc_reads_the_voltage_put_on_the_pin() {
    let mut s = session("esp32");
    drive::set_voltage(&mut s.vm, 34, 500_000);
    let out = run(
        &mut s,
        "import machine\nadc = machine.ADC(machine.Pin(34))\nprint(adc.read_uv(), adc.read(), adc.read_u16() > 0)\n",
    );
    assert_eq!(out, "500000 1861 True\n");
}

#[test]
fn pwm_and_timers_run_on_the_vm_clock() {
    let mut s = session("esp32");
    let out = run(
        &mut s,
        "import machine\npwm = machine.PWM(machine.Pin(5), freq=1000, duty_u16=16384)\nticks = []\nt = machine.Timer(0)\nt.init(period=250, mode=machine.Timer.PERIODIC, callback=lambda t: ticks.append(1))\nmachine.lightsleep(1000)\nt.deinit()\nprint(len(ticks), pwm.freq(), pwm.duty_u16())\ntry:\n    pwm.freq(0)\nexcept ValueError:\n    print('bad freq')\n",
    );
    assert_eq!(out, "4 1000 16384\nbad freq\n");
    let b = drive::board(&s.vm).unwrap();
    assert_eq!(b.pins[&5].pwm, Some(Pwm { freq_hz: 1000, duty_u16: 16384 }));
}

#[test]
fn neopixels_and_pictures_show_the_board() {
    let mut s = session("esp32");
    run(&mut s, "import machine, neopixel\nnp = neopixel.NeoPixel(machine.Pin(13), 3)\nnp[0] = (255, 0, 0)\nnp.fill((0, 0, 9))\nnp[1] = (1, 2, 3)\nnp.write()\nled = machine.Pin(2, machine.Pin.OUT)\nled.on()\nmachine.lightsleep(5)\nled.off()\n");
    let b = drive::board(&s.vm).unwrap();
    assert_eq!(b.neopixels[&13], vec![(0, 0, 9), (1, 2, 3), (0, 0, 9)]);
    let pic = upy_vm::board::picture::pins_picture(&s.vm);
    assert_eq!(pic[0].0, "image/svg+xml");
    assert!(pic[0].1.contains("rgb(1,2,3)"));
    assert!(pic[1].1.contains("GPIO2"));
    let scope = upy_vm::board::picture::scope_picture(&s.vm, &["2".into()]).unwrap();
    assert!(scope[0].1.starts_with("<svg"));
    assert!(scope[1].1.contains("GPIO2: 0µs=1 5.0ms=0"), "{}", scope[1].1);
}

#[test]
fn resets_restart_the_board_and_report_their_cause() {
    let mut s = session("esp32");
    run(&mut s, "x = 1\nimport machine\nmachine.reset()\nprint('not reached')\n");
    let out = run(&mut s, "import machine\nprint(machine.reset_cause() == machine.HARD_RESET)\ntry:\n    x\nexcept NameError:\n    print('fresh globals')\n");
    assert_eq!(out, "True\nfresh globals\n");
    run(&mut s, "import machine, time\nwdt = machine.WDT(timeout=200)\ntime.sleep_ms(100)\nwdt.feed()\ntime.sleep(1)\nprint('not reached')\n");
    assert_eq!(run(&mut s, "import machine\nprint(machine.reset_cause() == machine.WDT_RESET)"), "True\n");
}

#[test]
fn inspect_gives_signatures_and_docstrings() {
    use upy_vm::target::Target;
    let mut s = session("esp32");
    run(
        &mut s,
        "import machine\nled = machine.Pin(2, machine.Pin.OUT)\ndef blink(pin, times=3, *, delay):\n    pass\n",
    );
    let pin = s.inspect("machine.Pin").expect("machine.Pin");
    assert!(pin.starts_with("class Pin\n\n") && pin.contains("GPIO"), "{pin}");
    // `p.value?` shows the getter and the setter.
    let value = s.inspect("led.value").expect("led.value");
    assert!(value.starts_with("def value(self) -> int"), "{value}");
    assert!(value.contains("def value(self, x: Any, /) -> None"), "{value}");
    // Built-ins have signatures and docs, and so do the methods of their values.
    let print = s.inspect("print").expect("print");
    assert!(print.starts_with("def print(*objects, sep: str = \" \""), "{print}");
    run(&mut s, "name = 'x'\nn = 5\n");
    assert!(s.inspect("name.join").expect("str.join").starts_with("def join("));
    assert!(s.inspect("n").expect("n").contains("int"));
    let blink = s.inspect("blink").expect("blink");
    assert!(blink.starts_with("blink(pin, times=…, *, delay)"), "{blink}");
    assert!(s.inspect("machine").expect("module").starts_with("module machine\n\n"));
}
