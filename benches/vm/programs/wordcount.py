# String-keyed dicts built from split text (the bm_wordcount shape).
TEXT = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs far away into the woods"


def count(n):
    words = (TEXT + " ") * 20
    total = {}
    for _ in range(n):
        counts = {}
        for w in words.split():
            counts[w] = counts.get(w, 0) + 1
        for w, c in counts.items():
            total[w] = total.get(w, 0) + c
    return sorted(total.items())[:5]


print(count(3000))
