//! Buses and housekeeping peripherals of the simulated board — I2C, SPI,
//! UART, RTC, WDT — registered into the `machine` module.

use super::state::Board;
use crate::objects::class::Layout;
use crate::runtime::error::PyResult;
use crate::runtime::heap::ObjRef;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

fn class(vm: &mut Vm, name: &str, base: Option<ObjRef>) -> ObjRef {
    let base = base.unwrap_or(vm.types.object);
    vm.new_class_raw(name, vec![base], Layout::Object, false)
}

pub fn register(vm: &mut Vm, machine: ObjRef) {
    let i2c = class(vm, "I2C", None);
    let soft_i2c = class(vm, "SoftI2C", Some(i2c));
    let spi = class(vm, "SPI", None);
    let soft_spi = class(vm, "SoftSPI", Some(spi));
    let uart = class(vm, "UART", None);
    let rtc = class(vm, "RTC", None);
    let wdt = class(vm, "WDT", None);
    super::i2c::register(vm, i2c, soft_i2c);
    super::spi::register(vm, spi, soft_spi);
    super::uart::register(vm, uart);
    // The rp2 port's RTC has no init(); the others set the time with it.
    let rtc_init = vm.board_name != "rp2";
    super::rtc::register(vm, rtc, rtc_init);
    super::wdt::register(vm, wdt);
    let named = [
        ("I2C", i2c),
        ("SoftI2C", soft_i2c),
        ("SPI", spi),
        ("SoftSPI", soft_spi),
        ("UART", uart),
        ("RTC", rtc),
        ("WDT", wdt),
    ];
    for (n, c) in named {
        vm.module_add(machine, n, Value::Obj(c));
    }
    let Some(profile) = vm.extensions.get::<Board>().map(|b| b.profile) else { return };
    for k in profile.consts {
        let owner = k.owner.strip_prefix("machine.");
        if let Some(&(_, c)) = named.iter().find(|(n, _)| Some(*n) == owner) {
            vm.class_set(c, k.name, Value::Int(k.value));
        }
    }
}

/// The class a constructor (`__new__`) was called for.
pub fn class_arg(vm: &mut Vm, args: &[Value]) -> PyResult<ObjRef> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("__new__ needs a class")),
    }
}
