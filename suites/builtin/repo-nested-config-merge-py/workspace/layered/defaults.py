DEFAULTS = {
    "name": "svc",
    "debug": False,
    "database": {"host": "localhost", "port": 5432, "pool_size": 5},
    "features": {"search": {"enabled": True, "limit": 20}},
    "admins": ["root"],
}
