# upy-fuzz (vm, seed 1): a to_bytes length near 2**62 overflowed the bit count in Rust
try:
    print((2 ** 70 - 1).to_bytes(2**62, "big"))
except Exception as e:
    print(type(e).__name__)
