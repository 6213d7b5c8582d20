# not in the oracle: the wasm build's C stack is far deeper than a board's, and its harness dies on (a*)*
# re's backtracking depth is bounded as a board's stack bounds it: a loop whose body matches empty, or a very long repeat, is RuntimeError.
import re

for pattern, subject in [("(a*)*", "aaa"), ("a*", "a" * 500), ("a*", "a" * 5000), ("(a|)+b", "aab")]:
    try:
        m = re.match(pattern, subject)
        print(pattern, len(m.group(0)))
    except RuntimeError as e:
        print(pattern, "RuntimeError", e)
