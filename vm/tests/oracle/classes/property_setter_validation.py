class Account:
    def __init__(self):
        self._bal = 0
    @property
    def balance(self):
        return self._bal
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._bal = v
a = Account()
a.balance = 10
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError", e)
print(a.balance)
