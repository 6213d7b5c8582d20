print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
