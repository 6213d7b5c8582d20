"""Cooperative multitasking with `async def` coroutines, on the board's clock.

A task runs until it awaits; `sleep()` and friends hand control to the
other tasks. In virtual-time runs the clock jumps straight to the next
deadline when every task is waiting.
"""

from typing import Any, Awaitable, Callable, Coroutine, Generator, Generic, Literal, TypeVar, overload

_T = TypeVar("_T")
_T1 = TypeVar("_T1")
_T2 = TypeVar("_T2")
_T3 = TypeVar("_T3")

class CancelledError(BaseException):
    """Raised inside a task when `Task.cancel()` is called on it."""

class TimeoutError(Exception):
    """Raised by `wait_for()` and `wait_for_ms()` when the time limit passes."""

class Task(Awaitable[_T], Generic[_T]):
    """A coroutine scheduled to run concurrently; awaiting it returns the coroutine's result."""

    def cancel(self) -> bool:
        """Ask the task to stop by raising `CancelledError` inside it; return False if it already finished."""

    def done(self) -> bool:
        """Return whether the task has finished, by returning, raising or being cancelled."""

    def __await__(self) -> Generator[Any, None, _T]:
        """Wait for the task to finish and return its result (or raise its exception)."""

class Event:
    """A flag that tasks can wait on until another task sets it."""

    def __init__(self) -> None:
        """Make an event that is not set."""

    def is_set(self) -> bool:
        """Return whether the event is set."""

    def set(self) -> None:
        """Set the event, waking every task waiting on it. Not safe to call from an interrupt."""

    def clear(self) -> None:
        """Unset the event."""

    async def wait(self) -> Literal[True]:
        """Wait until the event is set."""

class ThreadSafeFlag:
    """A flag that an interrupt handler can set to wake one waiting task."""

    def __init__(self) -> None:
        """Make a flag that is not set."""

    def set(self) -> None:
        """Set the flag; safe to call from an interrupt handler."""

    def clear(self) -> None:
        """Unset the flag."""

    async def wait(self) -> None:
        """Wait until the flag is set, then unset it."""

    def ioctl(self, req: int, flags: int, /) -> int:
        """The stream poll hook that lets the scheduler wait on the flag."""

class Lock:
    """A lock that one task at a time can hold, usable with `async with`."""

    def __init__(self) -> None:
        """Make an unlocked lock."""

    def locked(self) -> bool:
        """Return whether some task holds the lock."""

    async def acquire(self) -> Literal[True]:
        """Wait until the lock is free, then take it."""

    def release(self) -> None:
        """Give the lock back; raises `RuntimeError` if it is not held."""

    async def __aenter__(self) -> None:
        """Take the lock for an `async with` block."""

    async def __aexit__(self, exc_type: object, exc: object, traceback: object, /) -> None:
        """Release the lock at the end of an `async with` block."""

class Stream:
    """A stream object (such as a `machine.UART`) wrapped for use from tasks."""

    def __init__(self, s: Any, e: dict[str, Any] = ..., /) -> None:
        """Wrap the stream `s`; `e` holds the extra information `get_extra_info` returns."""

    def get_extra_info(self, v: str, /) -> Any:
        """Return an item of the extra information given when the stream was made."""

    def close(self) -> None:
        """Close the underlying stream."""

    async def wait_closed(self) -> None:
        """Wait until the stream is closed."""

    async def read(self, n: int = -1, /) -> bytes:
        """Read up to `n` bytes (or until end of stream if -1), waiting for at least one."""

    async def readinto(self, buf: bytearray | memoryview, /) -> int:
        """Read into `buf`, waiting for at least one byte; return the count."""

    async def readexactly(self, n: int, /) -> bytes:
        """Read exactly `n` bytes; end of stream first raises `EOFError`."""

    async def readline(self) -> bytes:
        """Read one line, including its newline."""

    def write(self, buf: bytes | bytearray | memoryview | str, /) -> None:
        """Queue `buf` for sending; call `drain()` to send it."""

    async def drain(self) -> None:
        """Wait until everything queued by `write()` has been sent."""

    async def awrite(self, buf: bytes | bytearray | memoryview | str, off: int = 0, sz: int = -1, /) -> None:
        """Queue `buf[off:off+sz]` and wait until it has been sent."""

    async def awritestr(self, buf: str, off: int = 0, sz: int = -1, /) -> None:
        """The same as `awrite`, for text."""

    async def aclose(self) -> None:
        """Wait until the stream is closed (the same as `wait_closed`)."""

StreamReader = Stream
"""The stream type used for reading (the same class as `Stream`)."""
StreamWriter = Stream
"""The stream type used for writing (the same class as `Stream`)."""

async def open_connection(host: str, port: int, ssl: Any = None, server_hostname: str | None = None) -> tuple[Stream, Stream]:
    """Open a TCP connection; return its reader and writer streams. The simulated board has no sockets and raises `OSError`."""

async def start_server(cb: Callable[[Stream, Stream], Awaitable[None]], host: str, port: int, backlog: int = 5, ssl: Any = None) -> Any:
    """Serve TCP connections on `host:port`, calling `cb(reader, writer)` for each. The simulated board has no sockets and raises `OSError`."""

class TaskQueue:
    """The scheduler's queue of tasks ordered by the tick they are due at."""

    def __init__(self) -> None:
        """Make an empty queue."""

    def peek(self) -> Task[Any] | None:
        """Return the task due first, or None when the queue is empty."""

    def push(self, t: Task[Any], key: int | None = None, /) -> None:
        """Queue `t` to run at tick `key` (now when None)."""

    def pop(self) -> Task[Any]:
        """Remove and return the task due first; `IndexError` when empty."""

    def remove(self, t: Task[Any], /) -> None:
        """Take `t` out of the queue."""

cur_task: Task[Any] | None
"""The task running now, or None outside the scheduler."""

def run_until_complete(main_task: Task[Any] | None = None, /) -> None:
    """Run the scheduler until `main_task` finishes (or until nothing can run)."""

class Loop:
    """The event loop that runs every task; there is only one."""

    @staticmethod
    def create_task(coro: Coroutine[Any, Any, _T], /) -> Task[_T]:
        """Schedule `coro` as a task, as `asyncio.create_task` does."""

    @staticmethod
    def run_forever() -> None:
        """Run tasks until `stop()` is called."""

    @staticmethod
    def run_until_complete(awaitable: Awaitable[_T], /) -> _T:
        """Run tasks until `awaitable` finishes and return its result."""

    @staticmethod
    def stop() -> None:
        """Make `run_forever()` return once the current task yields."""

    @staticmethod
    def close() -> None:
        """Close the loop."""

    @staticmethod
    def set_exception_handler(handler: Callable[[Loop, dict[str, Any]], Any] | None, /) -> None:
        """Call `handler(loop, context)` for exceptions no one awaited; None restores the default."""

    @staticmethod
    def get_exception_handler() -> Callable[[Loop, dict[str, Any]], Any] | None:
        """Return the current exception handler, or None for the default."""

    @staticmethod
    def default_exception_handler(loop: Loop, context: dict[str, Any], /) -> None:
        """Print the exception described by `context`."""

    @staticmethod
    def call_exception_handler(context: dict[str, Any], /) -> None:
        """Pass `context` to the current exception handler."""

def run(coro: Coroutine[Any, Any, _T], /) -> _T:
    """Run `coro` as the main task until it finishes and return its result."""

def create_task(coro: Coroutine[Any, Any, _T], /) -> Task[_T]:
    """Schedule `coro` to run concurrently and return its task; keep a reference if you need the result."""

def current_task() -> Task[Any]:
    """Return the task that is running now."""

async def sleep(t: float, /) -> None:
    """Let other tasks run for `t` seconds (may be fractional)."""

async def sleep_ms(t: int, /) -> None:
    """Let other tasks run for `t` milliseconds."""

async def wait_for(awaitable: Awaitable[_T], timeout: float | None, /) -> _T:
    """Wait for `awaitable`, cancelling it and raising `TimeoutError` after `timeout` seconds (None: no limit)."""

async def wait_for_ms(awaitable: Awaitable[_T], timeout: int, /) -> _T:
    """Like `wait_for()`, with the limit in milliseconds."""

@overload
def gather(aw1: Awaitable[_T1], /, *, return_exceptions: bool = False) -> Awaitable[list[_T1]]:
    """Run one awaitable and return its result in a list."""

@overload
def gather(aw1: Awaitable[_T1], aw2: Awaitable[_T2], /, *, return_exceptions: bool = False) -> Awaitable[list[_T1 | _T2]]:
    """Run two awaitables concurrently and return their results in order."""

@overload
def gather(aw1: Awaitable[_T1], aw2: Awaitable[_T2], aw3: Awaitable[_T3], /, *, return_exceptions: bool = False) -> Awaitable[list[_T1 | _T2 | _T3]]:
    """Run three awaitables concurrently and return their results in order."""

@overload
def gather(*awaitables: Awaitable[Any], return_exceptions: bool = False) -> Awaitable[list[Any]]:
    """Run the awaitables concurrently and return their results in order.

    If one raises, the exception propagates, unless `return_exceptions` is
    true, in which case the exception takes that result's place.
    """

def new_event_loop() -> type[Loop]:
    """Reset the event loop, dropping every task, and return it."""

def get_event_loop() -> type[Loop]:
    """Return the event loop."""
