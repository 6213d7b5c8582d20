print(0b1111_0000, 0o7_7, 0xdead_beef, 1_2_3, 0, 00, 0_0)
