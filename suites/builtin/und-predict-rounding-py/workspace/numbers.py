values = [0.5, 1.5, 2.5, -0.5, -1.5]
print([round(v) for v in values])
print(round(2.675, 2), round(0.125, 2), f"{0.125:.2f}", f"{2.5:.0f}", f"{1.005:.2f}")
print(-7 // 2, -7 % 3, int(-3.7), 7 // -2.0, divmod(-7, 2))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, 1e16 + 1, 10 / 5, 2 ** -1)
print(int("1_000"), float("1e3"), 3 * 0.1, sum([0.1] * 10), round(-0.4))
