try:
    print(format(5))
except NameError as e:
    print("NameError", e)
print("{:03d}".format(5), "{:.2f}".format(3.14159), "{:>4}".format("s"), "{:x}".format(255))
print("{:,}".format(1234567) if False else "{:+}".format(-5), "{:b}".format(12), "{:^6}".format("ab"))
for spec in ("{:z}", "{:d}"):
    try:
        print(spec.format(1 if spec == "{:z}" else "s"))
    except ValueError as e:
        print("ValueError", e)
