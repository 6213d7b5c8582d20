//! `machine.RTC`: the date and time on the VM clock. The clock starts at the
//! host's time (as the `time` module does); setting it stores an offset, so
//! it keeps running from the new value.

use crate::modules::time::{civil_from_days, days_from_civil};
use crate::native_object;
use crate::objects::function::KwArgs;
use crate::runtime::error::PyResult;
use crate::runtime::extensions::Extension;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Microseconds the RTC is ahead of the VM's wall clock.
#[derive(Default)]
pub struct RtcOffset(pub i64);

impl Extension for RtcOffset {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub struct RtcObj {
    pub class: ObjRef,
}
native_object!(RtcObj);

/// Microseconds since 1970-01-01 by the RTC.
pub fn now_us(vm: &Vm) -> i64 {
    let wall = (vm.clock.epoch_seconds() * 1e6) as i64;
    wall.saturating_add(vm.extensions.get::<RtcOffset>().map(|o| o.0).unwrap_or(0))
}

/// Seconds the RTC has been set ahead of the host clock (for `time`, so
/// `time.localtime()` agrees with the RTC).
pub fn offset_seconds(vm: &Vm) -> f64 {
    vm.extensions.get::<RtcOffset>().map(|o| o.0 as f64 / 1e6).unwrap_or(0.0)
}

/// (year, month, day, weekday 0 = Monday, hours, minutes, seconds, µs).
pub fn datetime_of(us: i64) -> [i64; 8] {
    let secs = us.div_euclid(1_000_000);
    let micros = us.rem_euclid(1_000_000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    let weekday = (days + 3).rem_euclid(7);
    [y, m, d, weekday, rem / 3600, rem / 60 % 60, rem % 60, micros]
}

pub fn register(vm: &mut Vm, class: ObjRef, with_init: bool) {
    vm.add_static(class, "__new__", rtc_new);
    vm.add_method(class, "datetime", datetime);
    if with_init {
        vm.add_method(class, "init", init);
    }
}

fn rtc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("RTC", args, 1, 2)?;
    let class = super::buses::class_arg(vm, args)?;
    Ok(vm.alloc(Object::Native(Box::new(RtcObj { class }))))
}

fn set(vm: &mut Vm, tuple: Value) -> PyResult<()> {
    let items = vm.collect_iter(tuple)?;
    if items.len() < 3 || items.len() > 8 {
        return Err(
            vm.value_error("requested length 8 but object has length {}".replace("{}", &items.len().to_string()))
        );
    }
    let mut f = [0i64; 8];
    for (slot, &v) in f.iter_mut().zip(&items) {
        *slot = vm.int_arg(v)?;
    }
    let [y, mo, d, _weekday, h, mi, s, us] = f;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return Err(vm.value_error("invalid date"));
    }
    // A year past any calendar would overflow the day count; the other
    // fields are summed wide and the instant held at the ends of the word.
    if y.unsigned_abs() >= 1 << 32 {
        return Err(vm.word_overflow());
    }
    let secs =
        i128::from(days_from_civil(y, mo, d)) * 86_400 + i128::from(h) * 3600 + i128::from(mi) * 60 + i128::from(s);
    let target = (secs * 1_000_000 + i128::from(us)).clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
    let wall = (vm.clock.epoch_seconds() * 1e6) as i64;
    vm.extensions.insert(RtcOffset(target.saturating_sub(wall)));
    Ok(())
}

fn datetime(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("datetime", args, 1, 2)?;
    if let Some(&t) = args.get(1) {
        set(vm, t)?;
        return Ok(Value::None);
    }
    let parts = datetime_of(now_us(vm));
    Ok(vm.new_tuple(parts.iter().map(|&n| Value::Int(n)).collect()))
}

fn init(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("init", args, 2, 2)?;
    set(vm, args[1])?;
    Ok(Value::None)
}
