class Config:
    retries = 3
    hosts = []

    def __init__(self, name):
        self.name = name

    def add_host(self, host):
        self.hosts += [host]

    def bump(self):
        self.retries += 1


x = Config("x")
y = Config("y")
x.add_host("a")
y.add_host("b")
x.bump()
x.bump()
y.bump()
Config.retries = 10
z = Config("z")
print(x.retries, y.retries, z.retries)
print(Config.hosts, x.hosts is Config.hosts, "hosts" in vars(x))
del x.retries
print(x.retries, len(z.hosts))
