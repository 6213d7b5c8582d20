# raw f-strings keep backslashes; escapes outside fields
x = 7
print(rf"\n{x}\t")
print(fr"{x}\d+")
print(f"tab\tx={x}\\")
print(f"\x41{x}\u00e9")
try:
    print(len(rf"\{x}"))
except KeyError as e:
    print("KeyError", e)
print(f"""multi
{x}
line""")
print(f'{x}' f"{x}")
