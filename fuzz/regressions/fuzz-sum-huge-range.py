# Found by upy-fuzz (vm, seed 16): sum over a huge range ignored the interrupt
print(sum(range(9223372036854775807)))
