//! `time`: sleeps, wrap-around tick counters and the calendar, all read
//! from the VM's one clock (`vm.clock`), so virtual time covers them too.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::error::{ExcKind, PyResult};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Tick counters wrap at 2**30, like MicroPython's small-int ports
/// (`MICROPY_PY_TIME_TICKS_PERIOD`).
pub const TICKS_PERIOD: i64 = 1 << 30;
const TICKS_MAX: i64 = TICKS_PERIOD - 1;
const TICKS_HALFPERIOD: i64 = TICKS_PERIOD / 2;
/// Seconds from 1970-01-01 to 2000-01-01.
const EPOCH_2000_OFFSET: i64 = 946_684_800;

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("time");
    add_fns(
        vm,
        d,
        &[
            ("sleep", sleep),
            ("sleep_ms", sleep_ms),
            ("sleep_us", sleep_us),
            ("ticks_ms", ticks_ms),
            ("ticks_us", ticks_us),
            ("ticks_cpu", ticks_cpu),
            ("ticks_add", ticks_add),
            ("ticks_diff", ticks_diff),
            ("time", time),
            ("time_ns", time_ns),
            ("localtime", gmtime),
            ("gmtime", gmtime),
            ("mktime", mktime),
        ],
    );
    Ok(m)
}

/// Sleep `ns` on the VM's clock, running due timers and scheduled
/// callbacks meanwhile (`Vm::sleep_ns`); Ctrl-C (the run's interrupt) ends
/// it with `KeyboardInterrupt`.
pub fn sleep_ns(vm: &mut Vm, ns: u64) -> PyResult<()> {
    vm.sleep_ns(ns)
}

fn nonneg(vm: &mut Vm, x: f64) -> PyResult<u64> {
    if x.is_nan() || x < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    Ok(x.min(1e19) as u64)
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sleep", args, 1, 1)?;
    let s = vm.float_arg(args[0])?;
    let ns = nonneg(vm, s * 1e9)?;
    sleep_ns(vm, ns)?;
    Ok(Value::None)
}

fn sleep_ms(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sleep_ms", args, 1, 1)?;
    let ms = vm.int_arg(args[0])?;
    // MicroPython treats a negative delay as zero.
    sleep_ns(vm, (ms.max(0) as u64).saturating_mul(1_000_000))?;
    Ok(Value::None)
}

fn sleep_us(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("sleep_us", args, 1, 1)?;
    let us = vm.int_arg(args[0])?;
    sleep_ns(vm, (us.max(0) as u64).saturating_mul(1_000))?;
    Ok(Value::None)
}

fn ticks(vm: &Vm, div: u64) -> Value {
    Value::Int(((vm.clock.now_ns() / div) as i64) & TICKS_MAX)
}

fn ticks_ms(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ticks_ms", args, 0, 0)?;
    Ok(ticks(vm, 1_000_000))
}

fn ticks_us(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ticks_us", args, 0, 0)?;
    Ok(ticks(vm, 1_000))
}

/// A simulated 1 MHz-resolution CPU counter is of no use; count at the
/// clock's nanosecond resolution divided down to a 160 MHz-like rate.
fn ticks_cpu(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ticks_cpu", args, 0, 0)?;
    Ok(Value::Int(((vm.clock.now_ns() as u128 * 160 / 1000) as i64) & TICKS_MAX))
}

fn ticks_add(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ticks_add", args, 2, 2)?;
    let t = vm.int_arg(args[0])?;
    let delta = vm.int_arg(args[1])?;
    // -PERIOD/2 is out too: ticks_diff could not give it back negated.
    if !(-TICKS_HALFPERIOD + 1..TICKS_HALFPERIOD).contains(&delta) {
        return Err(vm.err(ExcKind::OverflowError, "ticks interval overflow"));
    }
    Ok(Value::Int(t.wrapping_add(delta) & TICKS_MAX))
}

fn ticks_diff(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("ticks_diff", args, 2, 2)?;
    let end = vm.int_arg(args[0])?;
    let start = vm.int_arg(args[1])?;
    Ok(Value::Int(((end.wrapping_sub(start).wrapping_add(TICKS_HALFPERIOD)) & TICKS_MAX) - TICKS_HALFPERIOD))
}

/// Seconds between 1970-01-01 and the board's epoch.
fn epoch_offset(vm: &Vm) -> i64 {
    match board_epoch_year(vm) {
        2000 => EPOCH_2000_OFFSET,
        _ => 0,
    }
}

fn board_epoch_year(vm: &Vm) -> u16 {
    crate::board::profile::profile(&vm.board_name).map(|p| p.epoch_year).unwrap_or(1970)
}

/// Seconds since the board's epoch, on the VM's clock as the board's RTC
/// reads it: on a board the RTC is the time, so setting it moves
/// `time.time()` and `time.localtime()` too.
pub fn epoch_now(vm: &Vm) -> f64 {
    vm.clock.epoch_seconds() + crate::board::rtc::offset_seconds(vm) - epoch_offset(vm) as f64
}

fn time(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("time", args, 0, 0)?;
    Ok(Value::Int(epoch_now(vm).floor() as i64))
}

fn time_ns(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("time_ns", args, 0, 0)?;
    let ns = (epoch_now(vm) * 1e9) as i128;
    Ok(vm.int_value(num_bigint::BigInt::from(ns)))
}

/// Days since 1970-01-01 → (year, month, day) (proleptic Gregorian).
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) → days since 1970-01-01.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The 8-tuple for Unix seconds `secs`.
pub fn broken_down(secs: i64) -> [i64; 8] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    // 1970-01-01 was a Thursday; MicroPython counts Monday as 0.
    let weekday = (days + 3).rem_euclid(7);
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, weekday, yearday]
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("gmtime", args, 0, 1)?;
    let secs = match args.first() {
        Some(&v) if !v.is_none() => match v {
            Value::Float(f) => f.floor() as i64,
            _ => vm.int_arg(v)?,
        },
        _ => epoch_now(vm).floor() as i64,
    };
    let parts = broken_down(secs.saturating_add(epoch_offset(vm)));
    let items = parts.iter().map(|&x| Value::Int(x)).collect();
    Ok(vm.new_tuple(items))
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("mktime", args, 1, 1)?;
    let items = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(t)) => t.to_vec(),
        Some(Object::List(l)) => l.clone(),
        _ => return Err(vm.type_error("mktime needs a tuple")),
    };
    if items.len() < 6 {
        return Err(vm.type_error("mktime needs a tuple of 8 (or 9) items"));
    }
    let mut f = [0i64; 6];
    for (slot, &v) in f.iter_mut().zip(items.iter()) {
        *slot = vm.int_arg(v)?;
    }
    let [y, mo, d, h, mi, s] = f;
    // Bounds that keep the seconds inside a word (the firmware's C
    // arithmetic wraps there; a clear error is kinder than a wrong date).
    if y.unsigned_abs() >= 1 << 32 || [mo, d, h, mi, s].iter().any(|v| v.unsigned_abs() >= 1 << 40) {
        return Err(vm.word_overflow());
    }
    // Months out of range carry into years, as MicroPython's timeutils do.
    let m0 = mo - 1;
    let (y, mo) = (y + m0.div_euclid(12), m0.rem_euclid(12) + 1);
    let days = days_from_civil(y, mo, 1) + d - 1;
    let secs = days * 86_400 + h * 3600 + mi * 60 + s - epoch_offset(vm);
    Ok(Value::Int(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for days in [-800_000, -1, 0, 1, 10_957, 19_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(broken_down(EPOCH_2000_OFFSET), [2000, 1, 1, 0, 0, 0, 5, 1]);
        assert_eq!(broken_down(EPOCH_2000_OFFSET - 1), [1999, 12, 31, 23, 59, 59, 4, 365]);
        assert_eq!(broken_down(EPOCH_2000_OFFSET + 447_549_467), [2014, 3, 7, 23, 17, 47, 4, 66]);
    }
}
