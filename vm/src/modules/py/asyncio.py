# asyncio for the upy VM: MicroPython's API (run, create_task, sleep,
# gather, wait_for, Event, ThreadSafeFlag, Lock, Task.cancel, loops,
# streams) on a small scheduler. Time comes from the VM's clock through
# the native `_asyncio` core: `_now()` in microseconds, and `_wait(us)`,
# which in virtual time jumps the clock straight to the next deadline.
#
# Every wake-up carries the task's "token": scheduling a task bumps it, so
# stale entries (a sleep outlived by a cancel, an Event a timed-out task no
# longer waits for) are recognised and dropped.

from _asyncio import now_us as _now, wait_us as _wait, virtual as _virtual
import heapq as _heapq
import sys as _sys


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class _Until:
    # Yielded to the scheduler: wake me at this deadline.
    def __init__(self, deadline):
        self.deadline = deadline


_PARK = object()  # yielded: someone else will wake me


class _Yield:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return (yield self.v)

    __iter__ = __await__


_ready = []
_sleeping = []
_seq = 0
_cur = None
_stop = False
_handler = None


def _schedule(task, value=None, exc=None):
    task._token += 1
    _ready.append((task, task._token, value, exc))


def _waiter(task):
    # A wake-up ticket for the task as it is now.
    return (task, task._token)


def _wake(ticket, value=None):
    task, token = ticket
    if task._token == token and not task.done():
        _schedule(task, value)


def _sleep_until(ticket, deadline):
    global _seq
    _seq += 1
    _heapq.heappush(_sleeping, (deadline, _seq, ticket))


_PENDING = 0
_DONE = 1


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.data = None
        self._state = _PENDING
        self._result = None
        self._exc = None
        self._waiters = []
        self._token = 0
        self._awaited = False

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self._state == _DONE

    def cancel(self):
        if self.done():
            return False
        _schedule(self, None, CancelledError())
        return True

    def __await__(self):
        self._awaited = True
        while not self.done():
            self._waiters.append(_waiter(_cur))
            yield _PARK
        if self._exc is not None:
            raise self._exc
        return self._result

    __iter__ = __await__

    def _finish(self, result, exc):
        self._state = _DONE
        self._result = result
        self._exc = exc
        waiters = self._waiters
        self._waiters = []
        for w in waiters:
            _wake(w)
        if exc is not None and not waiters and not self._awaited and not isinstance(exc, CancelledError):
            _report({"message": "Task exception wasn't retrieved", "exception": exc, "future": self})


def _report(context):
    if _handler is not None:
        _handler(Loop, context)
    else:
        Loop.default_exception_handler(Loop, context)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _schedule(t)
    return t


def current_task():
    if _cur is None:
        raise RuntimeError("no running task")
    return _cur


def _step(task, value, exc):
    global _cur
    _cur = task
    try:
        if exc is not None:
            y = task.coro.throw(exc)
        else:
            y = task.coro.send(value)
    except StopIteration as e:
        _cur = None
        task._finish(e.value, None)
        return
    except (KeyboardInterrupt, SystemExit):
        _cur = None
        raise
    except BaseException as e:
        _cur = None
        task._finish(None, e)
        return
    _cur = None
    if y is None:
        _schedule(task)
    elif y is _PARK:
        pass
    elif isinstance(y, _Until):
        _sleep_until(_waiter(task), y.deadline)
    else:
        task._finish(None, RuntimeError("task yielded an unexpected value"))


def _due():
    # Move every sleeper whose deadline has passed onto the ready queue.
    now = _now()
    while _sleeping and _sleeping[0][0] <= now:
        _wake(_heapq.heappop(_sleeping)[2])


def _run_until(main):
    global _stop
    _stop = False
    while True:
        if main is not None and main.done():
            return
        if _stop:
            _stop = False
            return
        _due()
        if not _ready:
            # Drop stale sleepers so an empty queue means nothing to wait for.
            while _sleeping and _sleeping[0][2][0]._token != _sleeping[0][2][1]:
                _heapq.heappop(_sleeping)
            if _sleeping:
                dt = _sleeping[0][0] - _now()
                if dt > 0:
                    _wait(dt)
                continue
            if main is None and _virtual():
                return
            if not _wait(-1):
                raise RuntimeError("deadlock: every task waits and nothing can wake it")
            continue
        task, token, value, exc = _ready.pop(0)
        if task._token != token or task.done():
            continue
        _step(task, value, exc)


def run(coro):
    t = create_task(coro)
    t._awaited = True
    _run_until(t)
    if t._exc is not None:
        raise t._exc
    return t._result


async def _nap(deadline):
    # The deadline is fixed when sleep() is called, as MicroPython does.
    await _Yield(None if deadline is None else _Until(deadline))


def sleep_ms(t):
    return _nap(_now() + int(t) * 1000 if t > 0 else None)


def sleep(t):
    return _nap(_now() + int(t * 1000000 + 0.5) if t > 0 else None)


async def wait_for(aw, timeout):
    t = aw if isinstance(aw, Task) else create_task(aw)
    if timeout is None:
        return await t
    me = _cur
    try:
        if not t.done():
            ticket = _waiter(me)
            t._waiters.append(ticket)
            _sleep_until(ticket, _now() + int(timeout * 1000000 + 0.5))
            await _Yield(_PARK)
        if not t.done():
            t.cancel()
            while not t.done():
                t._waiters.append(_waiter(me))
                await _Yield(_PARK)
            raise TimeoutError()
    except CancelledError:
        t.cancel()
        raise
    t._awaited = True
    if t._exc is not None:
        raise t._exc
    return t._result


def wait_for_ms(aw, timeout):
    return wait_for(aw, None if timeout is None else timeout / 1000)


async def _gather(tasks, return_exceptions):
    me = _cur
    for t in tasks:
        t._awaited = True
    try:
        while True:
            pending = [t for t in tasks if not t.done()]
            if not return_exceptions:
                for t in tasks:
                    if t.done() and t._exc is not None:
                        raise t._exc
            if not pending:
                break
            ticket = _waiter(me)
            for t in pending:
                t._waiters.append(ticket)
            await _Yield(_PARK)
    except CancelledError:
        for t in tasks:
            t.cancel()
        raise
    out = []
    for t in tasks:
        out.append(t._exc if t._exc is not None else t._result)
    return out


def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Task) else create_task(a) for a in aws]
    return _gather(tasks, return_exceptions)


class Event:
    def __init__(self):
        self.state = False
        self._waiting = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        waiting = self._waiting
        self._waiting = []
        for w in waiting:
            _wake(w)

    def clear(self):
        self.state = False

    async def wait(self):
        while not self.state:
            self._waiting.append(_waiter(_cur))
            await _Yield(_PARK)
        return True


class ThreadSafeFlag:
    def __init__(self):
        self.state = False
        self._waiting = []

    def set(self):
        self.state = True
        waiting = self._waiting
        self._waiting = []
        for w in waiting:
            _wake(w)

    def clear(self):
        self.state = False

    async def wait(self):
        while not self.state:
            self._waiting.append(_waiter(_cur))
            await _Yield(_PARK)
        self.state = False


class Lock:
    def __init__(self):
        self._owner = None
        self._waiting = []

    def locked(self):
        return self._owner is not None

    async def acquire(self):
        me = _cur
        while self._owner is not None:
            self._waiting.append(_waiter(me))
            try:
                await _Yield(_PARK)
            except CancelledError:
                if self._owner is None:
                    self._pass_on()
                raise
        self._owner = me
        return True

    def release(self):
        if self._owner is None:
            raise RuntimeError("Lock not acquired")
        self._owner = None
        self._pass_on()

    def _pass_on(self):
        # Wake the longest waiter still waiting; it takes the lock on resume.
        while self._waiting:
            task, token = self._waiting.pop(0)
            if task._token == token and not task.done():
                _wake((task, token))
                return

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Stream:
    # A stream over an object with non-blocking read/write (a UART): reads
    # poll every millisecond until data arrives.
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def _poll(self, fn):
        while True:
            r = fn()
            if r is not None and r != b"":
                return r
            await sleep_ms(1)

    async def read(self, n=-1):
        if n < 0:
            return await self._poll(lambda: self.s.read())
        return await self._poll(lambda: self.s.read(n))

    async def readinto(self, buf):
        return await self._poll(lambda: self.s.readinto(buf))

    async def readexactly(self, n):
        r = b""
        while len(r) < n:
            r += await self.read(n - len(r))
        return r

    async def readline(self):
        line = b""
        while not line.endswith(b"\n"):
            line += await self._poll(lambda: self.s.readline())
        return line

    def write(self, buf):
        if isinstance(buf, str):
            buf = buf.encode()
        self.out_buf += bytes(buf)

    async def drain(self):
        while self.out_buf:
            n = self.s.write(self.out_buf)
            if n:
                self.out_buf = self.out_buf[n:]
            else:
                await sleep_ms(1)


StreamReader = Stream
StreamWriter = Stream


class Loop:
    @staticmethod
    def create_task(coro):
        return create_task(coro)

    @staticmethod
    def run_forever():
        _run_until(None)

    @staticmethod
    def run_until_complete(aw):
        t = aw if isinstance(aw, Task) else create_task(aw)
        t._awaited = True
        _run_until(t)
        if t._exc is not None:
            raise t._exc
        return t._result

    @staticmethod
    def stop():
        global _stop
        _stop = True

    @staticmethod
    def close():
        pass

    @staticmethod
    def set_exception_handler(handler):
        global _handler
        _handler = handler

    @staticmethod
    def get_exception_handler():
        return _handler

    @staticmethod
    def default_exception_handler(loop, context):
        print(context["message"], file=_sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=_sys.stderr)
        _sys.print_exception(context["exception"], _sys.stderr)

    @staticmethod
    def call_exception_handler(context):
        _report(context)


def new_event_loop():
    global _ready, _sleeping, _cur, _stop
    _ready = []
    _sleeping = []
    _cur = None
    _stop = False
    return Loop


def get_event_loop():
    return Loop
