"""Bounded asyncio gather."""

import asyncio


async def gather_limited(factories, limit: int, *, return_exceptions: bool = False) -> list:
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        raise ValueError("limit must be a positive int")
    factories = list(factories)
    results: list = [None] * len(factories)
    running: dict[asyncio.Task, int] = {}
    next_index = 0
    failure: tuple[int, BaseException] | None = None

    async def call(factory):
        return await factory()

    def start_more() -> None:
        nonlocal next_index
        while failure is None and next_index < len(factories) and len(running) < limit:
            i = next_index
            next_index += 1
            running[asyncio.ensure_future(call(factories[i]))] = i

    try:
        start_more()
        while running:
            done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=lambda t: running[t]):
                i = running.pop(task)
                exc = task.exception()
                if exc is None:
                    results[i] = task.result()
                elif return_exceptions and isinstance(exc, Exception):
                    results[i] = exc
                elif failure is None or i < failure[0]:
                    failure = (i, exc)
            if failure is not None:
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                raise failure[1]
            start_more()
    except asyncio.CancelledError:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        raise
    return results
