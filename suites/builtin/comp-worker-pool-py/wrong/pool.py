"""A small asyncio worker pool with retries."""

import asyncio
from dataclasses import dataclass

_STOP = object()


@dataclass
class _Job:
    payload: object
    future: asyncio.Future
    attempt: int = 0


class WorkerPool:
    """Runs `await handler(payload)` for submitted payloads on `workers` tasks.

    Jobs are processed in FIFO order. A job whose handler raises one of `retry_on`
    is put back at the end of the queue until it has been retried `max_retries` times;
    after that (or for other exceptions) its future gets the exception.
    Cancelled futures are skipped. stats: ok, failed, retried, skipped.
    """

    def __init__(self, handler, workers: int = 2, max_retries: int = 0, retry_on: tuple = (Exception,)):
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self._handler = handler
        self._workers_count = workers
        self._max_retries = max_retries
        self._retry_on = retry_on
        self._queue: asyncio.Queue = asyncio.Queue()
        self._tasks: list[asyncio.Task] = []
        self._closed = False
        self.stats = {"ok": 0, "failed": 0, "retried": 0, "skipped": 0}

    def start(self) -> None:
        for _ in range(self._workers_count):
            self._tasks.append(asyncio.ensure_future(self._worker()))

    def submit(self, payload) -> asyncio.Future:
        if self._closed:
            raise RuntimeError("pool is closed")
        future = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Job(payload, future))
        return future

    async def close(self) -> None:
        """Stop accepting jobs, wait until the queue is drained, then stop the workers."""
        self._closed = True
        await self._queue.join()
        for _ in self._tasks:
            self._queue.put_nowait(_STOP)
        await asyncio.gather(*self._tasks)

    async def _worker(self) -> None:
        while True:
            entry = await self._queue.get()
            try:
                if entry is _STOP:
                    return
                if entry.future.cancelled():
                    self.stats["skipped"] += 1
                    continue
                attempt = entry.attempt
                while True:
                    try:
                        result = await self._handler(entry.payload)
                        break
                    except Exception as err:  # noqa: BLE001
                        if isinstance(err, self._retry_on) and attempt < self._max_retries:
                            self.stats["retried"] += 1
                            attempt += 1
                            continue
                        self.stats["failed"] += 1
                        if not entry.future.done():
                            entry.future.set_exception(err)
                        result = _STOP
                        break
                if result is _STOP:
                    continue
                self.stats["ok"] += 1
                if not entry.future.done():
                    entry.future.set_result(result)
            finally:
                self._queue.task_done()
