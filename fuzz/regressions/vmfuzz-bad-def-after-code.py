# Crashed the VM once (kept from the old in-test fuzzer, vm/tests/fuzz.rs).
x = 1
x = 1
def f(:
