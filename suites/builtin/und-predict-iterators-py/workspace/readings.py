readings = [3, 8, 1, 9, 4]

high = (r for r in readings if r > 3)
print(sum(high), sum(high))

squares = map(lambda r: r * r, readings)
print(9 in squares, list(squares))

it = iter(readings)
print(list(zip(it, it)))

names = {"b": 2, "a": 1}
keys = names.keys()
names["c"] = 3
print(list(keys), len(keys))
