# Crashed the VM once (kept from the old in-test fuzzer, vm/tests/fuzz.rs).
def f():
    return f()
f()