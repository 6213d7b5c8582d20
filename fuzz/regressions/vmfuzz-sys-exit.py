# Crashed the VM once (kept from the old in-test fuzzer, vm/tests/fuzz.rs).
import sys
sys.exit(3)