# a binary search tree
class T:
    def __init__(self, k):
        self.k, self.l, self.r = k, None, None
    def insert(self, k):
        if k < self.k:
            if self.l: self.l.insert(k)
            else: self.l = T(k)
        else:
            if self.r: self.r.insert(k)
            else: self.r = T(k)
    def inorder(self):
        return (self.l.inorder() if self.l else []) + [self.k] + (self.r.inorder() if self.r else [])
    def depth(self):
        return 1 + max(self.l.depth() if self.l else 0, self.r.depth() if self.r else 0)
root = T(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder(), root.depth())
