//! Pictures of the simulated board for notebooks: the pins now
//! (`%pins`), and a timing diagram of the last run's pin changes (`%scope`).
//! Both are SVG with a `text/plain` fallback.

use super::state::{Board, PinEvent, PinMode, PinState};
use crate::runtime::vm::Vm;
use crate::target::MimeBundle;
use std::fmt::Write;

const HIGH: &str = "#2ecc71";
const LOW: &str = "#34495e";
const FLOATING: &str = "#bdc3c7";

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn pin_label(b: &Board, id: u8) -> String {
    match b.profile.gpio.names.iter().find(|(_, g)| *g == id) {
        Some((n, _)) => format!("GPIO{id} ({n})"),
        None => format!("GPIO{id}"),
    }
}

fn mode_text(p: &PinState) -> &'static str {
    if p.pwm.is_some() {
        return "PWM";
    }
    match p.mode {
        Some(PinMode::Out) => "OUT",
        Some(PinMode::OpenDrain) => "OPEN_DRAIN",
        Some(PinMode::In) => "IN",
        None => "",
    }
}

/// The pins the program has touched, plus the board's LED.
fn shown_pins(b: &Board) -> Vec<u8> {
    let mut ids: Vec<u8> = b.pins.keys().copied().collect();
    if !ids.contains(&b.profile.gpio.led) {
        ids.push(b.profile.gpio.led);
    }
    ids.sort_unstable();
    ids
}

/// One LED's colour.
type Rgb = (u8, u8, u8);

pub fn pins_picture(vm: &Vm) -> MimeBundle {
    let Some(b) = vm.extensions.get::<Board>() else {
        return vec![("text/plain".into(), "no simulated board".into())];
    };
    let ids = shown_pins(b);
    let strips: Vec<(u8, Vec<Rgb>)> = b.neopixels.iter().map(|(k, v)| (*k, v.clone())).collect();
    let row_h = 28;
    let width = 520;
    let np_rows: usize = strips.iter().map(|(_, c)| c.len().div_ceil(16)).sum();
    let height = 70 + ids.len() * row_h + strips.len() * 24 + np_rows * 26 + 10;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="monospace" font-size="13">"##
    );
    let _ = write!(
        svg,
        r##"<rect x="1" y="1" width="{}" height="{}" rx="12" fill="#1e6f5c" stroke="#0b3d2e" stroke-width="2"/>"##,
        width - 2,
        height - 2
    );
    let title = format!("{} — simulated", b.profile.uname.machine);
    let _ = write!(
        svg,
        r##"<text x="16" y="30" fill="white" font-size="15" font-weight="bold">{}</text>"##,
        escape(&title)
    );
    let mut text = format!("{title}\n");
    let mut y = 56;
    for id in &ids {
        let p = b.pins.get(id).cloned().unwrap_or_default();
        let level = p.level();
        let (fill, state) = match (&p.pwm, p.mode) {
            (Some(pwm), _) => (HIGH, format!("{} Hz, duty {:.1}%", pwm.freq_hz, pwm.duty_u16 as f64 * 100.0 / 65535.0)),
            (None, None) => (FLOATING, "unused".to_string()),
            (None, _) => (if level == 1 { HIGH } else { LOW }, format!("{level}")),
        };
        let label = pin_label(b, *id);
        let mode = mode_text(&p);
        let _ =
            write!(svg, r##"<circle cx="28" cy="{}" r="9" fill="{fill}" stroke="white" stroke-width="1.5"/>"##, y - 4);
        let _ = write!(svg, r##"<text x="46" y="{y}" fill="white">{}</text>"##, escape(&label));
        let _ = write!(svg, r##"<text x="200" y="{y}" fill="#d5f5e3">{mode}</text>"##);
        let _ = write!(svg, r##"<text x="300" y="{y}" fill="white">{}</text>"##, escape(&state));
        if let Some(pwm) = p.pwm {
            let w = (pwm.duty_u16 as f64 / 65535.0 * 80.0).round();
            let _ = write!(
                svg,
                r##"<rect x="420" y="{}" width="80" height="10" fill="none" stroke="white"/><rect x="420" y="{}" width="{w}" height="10" fill="{HIGH}"/>"##,
                y - 10,
                y - 10
            );
        }
        let _ = writeln!(text, "{label:<16} {mode:<10} {state}");
        y += row_h;
    }
    for (pin, colours) in &strips {
        let _ = write!(
            svg,
            r##"<text x="16" y="{}" fill="white">NeoPixel on GPIO{pin} ({} LEDs)</text>"##,
            y + 4,
            colours.len()
        );
        let _ = writeln!(
            text,
            "NeoPixel on GPIO{pin}: {}",
            colours.iter().map(|(r, g, b)| format!("({r},{g},{b})")).collect::<Vec<_>>().join(" ")
        );
        y += 24;
        for (i, (r, g, bl)) in colours.iter().enumerate() {
            let cx = 28 + (i % 16) * 30;
            let cy = y + (i / 16) * 26;
            let _ = write!(
                svg,
                r##"<circle cx="{cx}" cy="{cy}" r="11" fill="rgb({r},{g},{bl})" stroke="white" stroke-width="1"/>"##
            );
        }
        y += colours.len().div_ceil(16) * 26;
    }
    svg.push_str("</svg>");
    vec![("image/svg+xml".into(), svg), ("text/plain".into(), text)]
}

fn fmt_time(ns: u64) -> String {
    if ns >= 1_000_000_000 {
        format!("{:.3}s", ns as f64 / 1e9)
    } else if ns >= 1_000_000 {
        format!("{:.1}ms", ns as f64 / 1e6)
    } else {
        format!("{:.0}µs", ns as f64 / 1e3)
    }
}

/// A timing diagram of the level changes (and PWM) of `pins` during the
/// last run; every pin that changed when `pins` is empty.
pub fn scope_picture(vm: &Vm, pins: &[String]) -> Result<MimeBundle, String> {
    let Some(b) = vm.extensions.get::<Board>() else {
        return Err("no simulated board".into());
    };
    let log = b.last_run_log();
    let mut wanted: Vec<u8> = vec![];
    for p in pins {
        let p = p.trim().trim_start_matches("GPIO").trim_start_matches("Pin(").trim_end_matches(')');
        let id = match p.parse::<u8>() {
            Ok(n) => n,
            Err(_) => match b.profile.gpio.names.iter().find(|(n, _)| n.eq_ignore_ascii_case(p)) {
                Some((_, g)) => *g,
                None => return Err(format!("unknown pin '{p}'")),
            },
        };
        wanted.push(id);
    }
    if wanted.is_empty() {
        for e in log {
            if !wanted.contains(&e.pin) {
                wanted.push(e.pin);
            }
        }
        wanted.sort_unstable();
    }
    if log.iter().all(|e| !wanted.contains(&e.pin)) {
        return Err("no pin changes were logged in the last run (run a cell that drives pins first)".into());
    }
    let t0 = log.first().map(|e| e.t_ns).unwrap_or(0);
    let t1 = log.last().map(|e| e.t_ns).unwrap_or(t0).max(t0 + 1);
    // Leave a tail after the last change so it is visible.
    let span = ((t1 - t0) as f64 * 1.1).max(1.0);
    let (left, plot_w, lane_h) = (110.0, 560.0, 50.0);
    let width = left + plot_w + 20.0;
    let height = 40.0 + wanted.len() as f64 * lane_h + 30.0;
    let x_of = |t: u64| left + (t - t0) as f64 / span * plot_w;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="monospace" font-size="12"><rect width="100%" height="100%" fill="#101820"/>"##
    );
    let mut text = String::new();
    for (lane, &pin) in wanted.iter().enumerate() {
        let top = 30.0 + lane as f64 * lane_h;
        let (hi_y, lo_y) = (top + 6.0, top + lane_h - 14.0);
        let _ = write!(
            svg,
            r##"<text x="8" y="{}" fill="#ecf0f1">{}</text>"##,
            (hi_y + lo_y) / 2.0 + 4.0,
            escape(&pin_label(b, pin))
        );
        let events: Vec<_> = log.iter().filter(|e| e.pin == pin).collect();
        // The level before the first logged change.
        let mut level = match events.first().map(|e| e.event) {
            Some(PinEvent::Level(l)) => 1 - l,
            _ => 0,
        };
        let mut pwm_on = None;
        let mut x = left;
        let mut path = format!("M{x:.1},{:.1}", if level == 1 { hi_y } else { lo_y });
        let _ = write!(text, "{}:", pin_label(b, pin));
        for e in &events {
            let ex = x_of(e.t_ns);
            if let Some(duty) = pwm_on {
                let _ = write!(
                    svg,
                    r##"<rect x="{x:.1}" y="{hi_y:.1}" width="{:.1}" height="{:.1}" fill="{HIGH}" fill-opacity="{:.2}"/>"##,
                    (ex - x).max(0.5),
                    lo_y - hi_y,
                    0.15 + 0.7 * duty
                );
            }
            let y_now = if level == 1 { hi_y } else { lo_y };
            let _ = write!(path, " L{ex:.1},{y_now:.1}");
            match e.event {
                PinEvent::Level(l) => {
                    level = l;
                    let _ = write!(path, " L{ex:.1},{:.1}", if l == 1 { hi_y } else { lo_y });
                    let _ = write!(text, " {}={l}", fmt_time(e.t_ns - t0));
                }
                PinEvent::Pwm(p) => {
                    pwm_on = Some(p.duty_u16 as f64 / 65535.0);
                    let _ = write!(
                        text,
                        " {}=PWM({}Hz,{:.0}%)",
                        fmt_time(e.t_ns - t0),
                        p.freq_hz,
                        p.duty_u16 as f64 * 100.0 / 65535.0
                    );
                }
                PinEvent::PwmOff => {
                    pwm_on = None;
                    let _ = write!(text, " {}=PWM off", fmt_time(e.t_ns - t0));
                }
            }
            x = ex;
        }
        let end = left + plot_w;
        if let Some(duty) = pwm_on {
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{hi_y:.1}" width="{:.1}" height="{:.1}" fill="{HIGH}" fill-opacity="{:.2}"/>"##,
                (end - x).max(0.5),
                lo_y - hi_y,
                0.15 + 0.7 * duty
            );
        }
        let _ = write!(path, " L{end:.1},{:.1}", if level == 1 { hi_y } else { lo_y });
        let _ = write!(svg, r##"<path d="{path}" fill="none" stroke="{HIGH}" stroke-width="2"/>"##);
        text.push('\n');
    }
    // Time axis.
    let axis_y = height - 18.0;
    let _ = write!(svg, r##"<line x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#7f8c8d"/>"##, left + plot_w);
    for i in 0..=4 {
        let t = (span * i as f64 / 4.0) as u64;
        let xx = left + plot_w * i as f64 / 4.0;
        let _ = write!(
            svg,
            r##"<text x="{xx:.1}" y="{}" fill="#95a5a6" text-anchor="middle">{}</text>"##,
            axis_y + 14.0,
            fmt_time(t)
        );
    }
    svg.push_str("</svg>");
    Ok(vec![("image/svg+xml".into(), svg), ("text/plain".into(), text)])
}
