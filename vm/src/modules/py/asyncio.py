# asyncio for the upy VM, written to behave as MicroPython's extmod/asyncio
# does, because programs print in the order its scheduler runs them.
#
# The shape that order depends on:
# - one run queue of tasks ordered by the tick (ms) each may run at, ties in
#   arrival order; a task that yields has already queued itself (sleep) or
#   parked itself on some other queue (an Event, a Lock, a task it awaits);
# - a task's `data` says where it waits (a queue with `remove`, or the task
#   it awaits) and holds the exception to throw in when it resumes;
# - a task's `state` is True while it runs unawaited, a queue of the tasks
#   awaiting it, a callback (gather), then None (done, nobody has looked)
#   or False (done and awaited);
# - an IO queue polls streams (ThreadSafeFlag is one) with select.poll, and
#   that poll is also where the loop sleeps until the next task is due.

from time import ticks_ms as _ticks, ticks_diff as _diff, ticks_add as _add
import sys as _sys
import select as _select
import io as _io


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class TaskQueue:
    # Sorted by due tick (compared with ticks_diff, so it survives wrap);
    # a task due at the same tick as others goes after them.
    def __init__(self):
        self._q = []

    def peek(self):
        q = self._q
        return q[0] if q else None

    def push(self, t, key=None):
        t.data = None
        t.ph_key = _ticks() if key is None else key
        q = self._q
        i = len(q)
        while i and _diff(q[i - 1].ph_key, t.ph_key) > 0:
            i -= 1
        q.insert(i, t)

    def pop(self):
        if not self._q:
            raise IndexError("empty heap")
        return self._q.pop(0)

    def remove(self, t):
        q = self._q
        for i in range(len(q)):
            if q[i] is t:
                del q[i]
                return


class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0

    def __iter__(self):
        s = self.state
        if not s:
            # Done: from now on it counts as awaited.
            self.state = False
        elif s is True:
            self.state = TaskQueue()
        elif type(s) is not TaskQueue:
            raise RuntimeError("can't wait")
        return self

    __await__ = __iter__

    def __next__(self):
        if not self.state:
            raise self.data
        self.state.push(cur_task)
        cur_task.data = self

    def done(self):
        return not self.state

    def cancel(self):
        if not self.state:
            return False
        if self is cur_task:
            raise RuntimeError("can't cancel self")
        # A task awaiting another is cancelled where it actually waits.
        t = self
        while isinstance(t.data, Task):
            t = t.data
        if hasattr(t.data, "remove"):
            t.data.remove(t)
            _task_queue.push(t)
        elif _diff(t.ph_key, _ticks()) > 0:
            _task_queue.remove(t)
            _task_queue.push(t)
        t.data = CancelledError
        return True


# Exceptions a finished task hands on; kept in tuples so the loop does not
# build them each time round.
_ENDED = (CancelledError, Exception)
_QUIET = (CancelledError, StopIteration)


class _Sleep:
    # Awaiting it queues the current task for `due`, yields once, then ends.
    def __init__(self, due):
        self.due = due

    def __iter__(self):
        return self

    __await__ = __iter__

    def __next__(self):
        if self.due is not None:
            _task_queue.push(cur_task, self.due)
            self.due = None
            return None
        raise StopIteration


def sleep_ms(t):
    return _Sleep(_add(_ticks(), max(0, t)))


def sleep(t):
    return sleep_ms(int(t * 1000))


class _IOQueue:
    # Streams the loop polls, each with the tasks waiting to read or write it.
    def __init__(self):
        self.poller = _select.poll()
        self.map = {}

    def _enqueue(self, s, idx):
        k = id(s)
        entry = self.map.get(k)
        if entry is None:
            entry = [None, None, s]
            entry[idx] = cur_task
            self.map[k] = entry
            self.poller.register(s, _select.POLLIN if idx == 0 else _select.POLLOUT)
        else:
            entry[idx] = cur_task
            self.poller.modify(s, _select.POLLIN | _select.POLLOUT)
        cur_task.data = self

    def _dequeue(self, s):
        del self.map[id(s)]
        self.poller.unregister(s)

    def queue_read(self, s):
        self._enqueue(s, 0)

    def queue_write(self, s):
        self._enqueue(s, 1)

    def remove(self, task):
        for k in list(self.map):
            r, w, s = self.map[k]
            if r is task or w is task:
                self._dequeue(s)

    def wait_io_event(self, dt):
        for s, ev in self.poller.ipoll(dt):
            entry = self.map[id(s)]
            if ev & ~_select.POLLOUT and entry[0] is not None:
                _task_queue.push(entry[0])
                entry[0] = None
            if ev & ~_select.POLLIN and entry[1] is not None:
                _task_queue.push(entry[1])
                entry[1] = None
            if entry[0] is None and entry[1] is None:
                self._dequeue(s)
            elif entry[0] is None:
                self.poller.modify(s, _select.POLLOUT)
            else:
                self.poller.modify(s, _select.POLLIN)


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t)
    return t


def _wait_next():
    # Sleep (polling streams) until the head of the run queue is due.
    global cur_task
    dt = 1
    while dt > 0:
        dt = -1
        t = _task_queue.peek()
        if t:
            dt = max(0, _diff(t.ph_key, _ticks()))
        elif not _io_queue.map:
            cur_task = None
            return False
        _io_queue.wait_io_event(dt)
    return True


def run_until_complete(main_task=None):
    global cur_task
    while True:
        if not _wait_next():
            if not main_task or not main_task.state:
                return
            # Nothing can wake a task but an interrupt or a scheduled
            # callback: keep polling, as the board would.
            _io_queue.wait_io_event(3)
            continue
        t = _task_queue.pop()
        cur_task = t
        try:
            exc = t.data
            if not exc:
                t.coro.send(None)
            else:
                # A finished task back on the queue (its exception never
                # retrieved) ends here with StopIteration.
                t.data = None
                t.coro.throw(exc)
        except _ENDED as er:
            awaited = t is main_task
            if awaited:
                cur_task = None
                if not isinstance(er, StopIteration):
                    t.state = False
                    raise er
                if t.state is None:
                    t.state = False
            s = t.state
            if s:
                if s is True:
                    t.state = False if awaited else None
                elif callable(s):
                    s(t, er)
                    t.state = False
                    awaited = True
                else:
                    while s.peek():
                        _task_queue.push(s.pop())
                        awaited = True
                    t.state = False
                if not awaited and not isinstance(er, _QUIET):
                    # Give someone a chance to await it before reporting.
                    _task_queue.push(t)
                t.data = er
            elif s is None:
                t.data = exc
                _exc_context["exception"] = exc
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            if t is main_task:
                return er.value


def run(coro):
    return run_until_complete(create_task(coro))


_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


async def _stopper():
    pass


cur_task = None
_stop_task = None


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=_sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=_sys.stderr)
        _sys.print_exception(context["exception"], _sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = _IOQueue()
    return Loop


new_event_loop()


# wait_for runs the awaitable in a helper task that, when it finishes
# first, cancels the waiting task with a CancelledError carrying the
# outcome; the waiter's sleep is what a timeout ends.
async def _run_for(waiter, aw):
    try:
        result = await aw
        status = True
    except BaseException as er:
        result = None
        status = er
    if waiter.data is None:
        if waiter.cancel():
            waiter.data = CancelledError(status, result)


async def wait_for(aw, timeout, sleep=sleep):
    aw = _promote_to_task(aw)
    if timeout is None:
        return await aw
    runner = create_task(_run_for(cur_task, aw))
    try:
        await sleep(timeout)
    except CancelledError as er:
        status = er.value
        if status is None:
            runner.cancel()
            raise er
        elif status is True:
            return er.args[1]
        else:
            raise status
    runner.cancel()
    await runner
    raise TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, sleep_ms)


class _Remove:
    # Where a gathering task "waits": cancelling it has nothing to unlink.
    @staticmethod
    def remove(t):
        pass


def gather(*aws, return_exceptions=False):
    def done(t, er):
        nonlocal state
        if me.data is not _Remove:
            return
        elif not return_exceptions and not isinstance(er, StopIteration):
            state = er
        else:
            state -= 1
            if state:
                return
        _task_queue.push(me)

    ts = [_promote_to_task(aw) for aw in aws]
    state = 0
    for t in ts:
        if t.state is True:
            t.state = done
            state += 1
        elif not t.state:
            if not isinstance(t.data, StopIteration) and not return_exceptions:
                state = -len(ts)
        else:
            raise RuntimeError("can't gather")

    me = cur_task
    cancel_all = False
    if state > 0:
        me.data = _Remove
        try:
            yield
        except CancelledError as er:
            cancel_all = True
            state = er

    for i in range(len(ts)):
        t = ts[i]
        if t.state is done:
            t.state = True
            if cancel_all:
                t.cancel()
        elif isinstance(t.data, StopIteration):
            ts[i] = t.data.value
        else:
            if return_exceptions:
                ts[i] = t.data
            elif isinstance(state, int):
                state = t.data

    if state:
        raise state
    return ts


class Event:
    def __init__(self):
        self.state = False
        self.waiting = TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        while self.waiting.peek():
            _task_queue.push(self.waiting.pop())
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self.waiting.push(cur_task)
            cur_task.data = self.waiting
            yield
        return True


class ThreadSafeFlag(_io.IOBase):
    # Settable from an IRQ or a scheduled callback: the loop polls it as a
    # stream. It clears itself when a wait() returns.
    def __init__(self):
        self.state = 0

    def ioctl(self, req, flags):
        if req == 3:
            return self.state * flags
        return -1

    def set(self):
        self.state = 1

    def clear(self):
        self.state = 0

    def wait(self):
        if not self.state:
            yield _io_queue.queue_read(self)
        self.state = 0


class Lock:
    # state: 0 unlocked, 1 locked, or the task chosen to take it next.
    def __init__(self):
        self.state = 0
        self.waiting = TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            self.state = self.waiting.pop()
            _task_queue.push(self.state)
        else:
            self.state = 0

    def acquire(self):
        if self.state != 0:
            self.waiting.push(cur_task)
            cur_task.data = self.waiting
            try:
                yield
            except CancelledError as er:
                if self.state == cur_task:
                    # Chosen to take it, but cancelled first: pass it on.
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        return self.release()


class Stream:
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

    def read(self, n=-1):
        r = b""
        while True:
            yield _io_queue.queue_read(self.s)
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                if not len(r2):
                    return r
                r += r2

    def readinto(self, buf):
        yield _io_queue.queue_read(self.s)
        return self.s.readinto(buf)

    def readexactly(self, n):
        r = b""
        while n:
            yield _io_queue.queue_read(self.s)
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    def readline(self):
        line = b""
        while True:
            yield _io_queue.queue_read(self.s)
            l2 = self.s.readline()
            if l2 is None:
                continue
            line += l2
            if not l2 or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    def drain(self):
        if not self.out_buf:
            # Always yield, so write+drain in a loop cannot starve others.
            return (yield from sleep_ms(0))
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            yield _io_queue.queue_write(self.s)
            ret = self.s.write(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""

    async def awrite(self, buf, off=0, sz=-1):
        if off != 0 or sz != -1:
            buf = memoryview(buf)
            if sz == -1:
                sz = len(buf)
            buf = buf[off : off + sz]
        self.write(buf)
        await self.drain()

    awritestr = awrite
    aclose = wait_closed


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port, ssl=None, server_hostname=None):
    raise OSError("open_connection: the simulated board has no network sockets")


async def start_server(cb, host, port, backlog=5, ssl=None):
    raise OSError("start_server: the simulated board has no network sockets")
