//! `random`: MicroPython's small API on a seedable generator
//! (xoshiro128++-style state from splitmix64), deterministic per seed.
//! Unseeded, it starts from host entropy in real time and from a fixed seed
//! in virtual time, so tests repeat exactly.

use super::add_fns;
use crate::objects::function::KwArgs;
use crate::runtime::clock::ClockMode;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub struct Rng {
    s: [u32; 4],
}

impl crate::runtime::extensions::Extension for Rng {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Rng {
    pub fn from_seed(seed: u64) -> Rng {
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let (a, b) = (next(), next());
        Rng { s: [a as u32, (a >> 32) as u32, b as u32, (b >> 32) as u32 | 1] }
    }

    pub fn next_u32(&mut self) -> u32 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(7).wrapping_add(s[0]);
        let t = s[1] << 9;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(11);
        result
    }

    pub fn bits(&mut self, n: u32) -> u32 {
        if n == 0 {
            0
        } else {
            self.next_u32() >> (32 - n)
        }
    }

    /// Uniform in 0..n (n > 0), without modulo bias.
    pub fn below(&mut self, n: u64) -> u64 {
        if n <= 1 {
            return 0;
        }
        let bits = 64 - (n - 1).leading_zeros();
        loop {
            let v = if bits <= 32 {
                self.bits(bits) as u64
            } else {
                ((self.next_u32() as u64) << (bits - 32)) | self.bits(bits - 32) as u64
            };
            if v < n {
                return v;
            }
        }
    }

    pub fn float(&mut self) -> f64 {
        let hi = (self.next_u32() >> 5) as u64;
        let lo = (self.next_u32() >> 6) as u64;
        ((hi << 26) | lo) as f64 / (1u64 << 53) as f64
    }
}

fn host_seed() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

/// The VM's generator, made on first use (`os.urandom` shares it).
pub fn rng(vm: &mut Vm) -> &mut Rng {
    if vm.extensions.get::<Rng>().is_none() {
        let seed = if vm.clock.mode == ClockMode::Virtual { 0 } else { host_seed() };
        vm.extensions.insert(Rng::from_seed(seed));
    }
    vm.extensions.get_mut::<Rng>().expect("inserted above")
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("random");
    add_fns(
        vm,
        d,
        &[
            ("getrandbits", getrandbits),
            ("seed", seed),
            ("random", random),
            ("uniform", uniform),
            ("randint", randint),
            ("randrange", randrange),
            ("choice", choice),
        ],
    );
    Ok(m)
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("getrandbits", args, 1, 1)?;
    let n = vm.int_arg(args[0])?;
    if !(0..=32).contains(&n) {
        return Err(vm.value_error("bits must be 32 or less"));
    }
    Ok(Value::Int(rng(vm).bits(n as u32) as i64))
}

fn seed(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("seed", args, 0, 1)?;
    let s = match args.first() {
        Some(&v) if !v.is_none() => vm.int_arg(v)? as u64,
        _ => host_seed(),
    };
    vm.extensions.insert(Rng::from_seed(s));
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("random", args, 0, 0)?;
    Ok(Value::Float(rng(vm).float()))
}

fn uniform(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("uniform", args, 2, 2)?;
    let (a, b) = (vm.float_arg(args[0])?, vm.float_arg(args[1])?);
    let f = rng(vm).float();
    Ok(Value::Float(a + (b - a) * f))
}

fn range_pick(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<Value> {
    if step == 0 {
        return Err(vm.value_error("step must be non-zero"));
    }
    let span = stop as i128 - start as i128;
    let n = if step > 0 { (span + step as i128 - 1) / step as i128 } else { (span + step as i128 + 1) / step as i128 };
    if n <= 0 {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let k = rng(vm).below(n as u64) as i128;
    Ok(Value::Int((start as i128 + k * step as i128) as i64))
}

fn randint(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("randint", args, 2, 2)?;
    let (a, b) = (vm.int_arg(args[0])?, vm.int_arg(args[1])?);
    if b < a {
        return Err(vm.value_error("empty range for randint()"));
    }
    range_pick(vm, a, b.saturating_add(1), 1)
}

fn randrange(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("randrange", args, 1, 3)?;
    let mut n = [0i64; 3];
    for (slot, &v) in n.iter_mut().zip(args) {
        *slot = vm.int_arg(v)?;
    }
    match args.len() {
        1 => range_pick(vm, 0, n[0], 1),
        2 => range_pick(vm, n[0], n[1], 1),
        _ => range_pick(vm, n[0], n[1], n[2]),
    }
}

fn choice(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    vm.check_args("choice", args, 1, 1)?;
    let len = crate::builtins::core::len_of(vm, args[0])?;
    if len == 0 {
        return Err(vm.index_error("empty sequence"));
    }
    let i = rng(vm).below(len as u64) as i64;
    vm.get_item(args[0], Value::Int(i))
}
