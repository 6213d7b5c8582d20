def l1():
    v = 0
    def l2():
        def l3():
            def l4():
                nonlocal v
                v += 1
                return v
            return l4()
        return l3()
    l2(); l2()
    return v
print(l1())
