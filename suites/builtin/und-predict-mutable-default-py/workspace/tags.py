def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


class Cart:
    items = []

    def __init__(self, owner, discounts={}):
        self.owner = owner
        self.discounts = discounts

    def add(self, item):
        self.items.append(item)


a = add_tag("red")
b = add_tag("blue")
c = add_tag("green", [])
print(a, b, c, a is b)

alice = Cart("alice")
bob = Cart("bob")
alice.add("book")
bob.add("pen")
alice.discounts["book"] = 0.1
print(len(alice.items), bob.items, bob.discounts)
