# functions returning several closures over shared state
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = account(10)
print(dep(5), wd(3))
try:
    wd(100)
except ValueError as e:
    print(e)
print(dep(0))
