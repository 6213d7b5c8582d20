def solve(n):
    count = 0
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in used_cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            used_cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            cols[row] = c
            place(row + 1, used_cols, diag1, diag2)
            used_cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
    place(0, set(), set(), set())
    return count
print(solve(9))
