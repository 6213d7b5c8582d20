# errors raised when an f-string runs
x = 5
try:
    print(f"{x:q}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{x!r:d}")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError", e)
try:
    exec("f'{}'")
except SyntaxError as e:
    print("SyntaxError", e)
try:
    exec("f'}'")
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError", e)
for src in ('f"a" "b{x}"', 'f"{x}" "}"', 'f"{x!z}"', 'f"{x!a}"', 'f"{x = }"', 't"a" "b"', 'f"{(lambda: 5)()}"', 'f"{x:{1}{2}{3}}"', 'f"{x}" "{}"'):
    try:
        print(eval(src))
    except Exception as e:
        print(type(e).__name__, e)
