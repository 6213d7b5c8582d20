# Crashed the VM once (kept from the old in-test fuzzer, vm/tests/fuzz.rs).
2 ** 10**9