# chr, ord, bin, oct, hex on small values
print(chr(65), chr(97), ord("A"), ord("z"), ord("\n"), [ord(c) for c in "hi"])
print(bin(5), bin(0), bin(-3), oct(8), oct(-8), hex(255), hex(-1), hex(0))
