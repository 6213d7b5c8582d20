//! The table's own checks: every board's figures hang together and match
//! the port's quickref, and the stubs' literal constants match the table.

use super::*;

#[test]
fn names_and_aliases_find_their_board() {
    assert_eq!(names(), ["esp32", "rp2", "generic"]);
    assert_eq!(find(" Pico ").map(|p| p.name), Some("rp2"));
    assert_eq!(find("ESP32").map(|p| p.name), Some("esp32"));
    assert_eq!(find("unix").map(|p| p.name), Some("generic"));
    assert!(find("esp8266").is_none() && profile("pico").is_none());
    // no alias is claimed twice, nor shadows a name
    let mut all: Vec<String> =
        PROFILES.iter().flat_map(|p| p.aliases.iter().chain([&p.name])).map(|a| a.to_ascii_lowercase()).collect();
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n);
}

#[test]
fn every_board_with_stubs_has_a_profile_and_back() {
    for p in PROFILES {
        assert!(stubs::stub_source(p.name, "machine").is_some(), "{}", p.name);
        // every module with a stub is one the firmware has (or an alias of one)
        for module in stubs::stub_modules(p.name) {
            assert!(p.has_module(module), "{}: {module}", p.name);
        }
    }
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
