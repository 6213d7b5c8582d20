# Panicked (overflow) when a range near the ends of the word was sliced by a big step.
print(range(-2**63, -1, 2**63-1)[-2**63:-1:2**63-1])
print(list(range(2**31, 2**63-1, 2**63-1)[:3]))
