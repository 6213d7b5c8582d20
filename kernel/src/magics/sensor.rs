use upy_vm::target::RunOutcome;

use super::{ok, usage_error, words, Context, Magic};

pub struct Sensor;

impl Magic for Sensor {
    fn name(&self) -> &'static str {
        "sensor"
    }
    fn summary(&self) -> &'static str {
        "put a TMP102 temperature sensor on the simulated I2C bus, or change its reading"
    }
    fn usage(&self) -> &'static str {
        "%sensor tmp102 CELSIUS [--bus N]\n\n\
A TI TMP102 at address 0x48 on I2C bus N (0 by default) of the simulated\n\
board, reading CELSIUS; the first use attaches it, later ones change the\n\
reading (a warm room, a finger on the chip)."
    }
    fn run(&self, ctx: &mut Context<'_>, args: &str, _body: Option<&str>) -> RunOutcome {
        let words = words(args);
        let (bus, celsius) = match parse(&words) {
            Ok(parsed) => parsed,
            Err(message) => return usage_error(self, &message),
        };
        let set = match ctx.simulator(self.name()) {
            Ok(simulator) => simulator.set_temperature(bus, celsius),
            Err(error) => return RunOutcome::Error(error),
        };
        match set {
            Ok(()) => {
                if !ctx.silent {
                    ctx.out.print(&format!("TMP102 at 0x48 on I2C bus {bus} reads {celsius} °C\n"));
                }
                ok()
            }
            Err(message) => usage_error(self, &message),
        }
    }
}

fn parse(words: &[String]) -> Result<(u8, f64), String> {
    let [kind, celsius, rest @ ..] = words else { return Err("give a sensor and a reading".to_string()) };
    if kind != "tmp102" {
        return Err(format!("no sensor named {kind:?} (tmp102)"));
    }
    let celsius: f64 = celsius.parse().map_err(|_| format!("{celsius:?} is not a temperature"))?;
    if !(-55.0..=150.0).contains(&celsius) {
        return Err(format!("a TMP102 reads -55 to 150 °C, not {celsius}"));
    }
    let bus = match rest {
        [] => 0,
        [flag, n] if flag == "--bus" => n.parse().map_err(|_| format!("--bus {n}: not a bus number"))?,
        _ => return Err(format!("unexpected {}", rest.join(" "))),
    };
    Ok((bus, celsius))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kind_reading_and_bus() {
        assert_eq!(parse(&words("tmp102 21.5")), Ok((0, 21.5)));
        assert_eq!(parse(&words("tmp102 -3 --bus 1")), Ok((1, -3.0)));
        assert!(parse(&words("bme280 20")).is_err());
        assert!(parse(&words("tmp102 900")).is_err());
    }
}
