# bools in format specs: width pads the word, a type formats the number.
for b in (True, False):
    print("[{:}] [{:10}] [{:<10}] [{:^9}] [{:d}] [{:05}] [{:.2f}] [{:x}]".format(b, b, b, b, b, b, b, b))
    print(f"[{b:>8}] [{b!s:>8}] [{b:8}] [{b:+}]")
