class Deck:
    def __init__(self):
        self.cards = [r + s for s in "HS" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2S" in d, "KH" in d, list(d)[:3], sorted(d)[:2])
