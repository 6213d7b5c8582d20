n = 5
print(f"{f'{n}'}")
print(f"{'yes' if n > 3 else 'no'}")
