multipliers = [lambda x: x * i for i in range(1, 4)]
print([m(10) for m in multipliers])

fixed = [lambda x, i=i: x * i for i in range(1, 4)]
print([m(10) for m in fixed])


def make_formatters():
    formatters = {}
    for name in ["a", "b"]:
        def fmt(n=0):
            return f"{name}{n}"
        formatters[name] = fmt
    return formatters


f = make_formatters()
print(f["a"](), f["b"](1))

limit = 5
gen = (x for x in range(limit) if x < limit)
limit = 2
print(list(gen))
