import cmath
import _thread
import select
import io

print(cmath.sqrt(-4), cmath.exp(0), cmath.phase(-1), cmath.polar(3 + 4j))
z = cmath.rect(2, 0)
print(z, abs(cmath.log(1)), cmath.log10(100))
print(round(cmath.cos(0).real, 9), round(cmath.sin(0).real, 9), cmath.pi == 3.141592653589793)

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(0))
lock.release()
with lock:
    print("held", lock.locked())
print(lock.locked())
results = []


def worker(n, scale=1):
    results.append(n * scale)


_thread.start_new_thread(worker, (3,))
_thread.start_new_thread(worker, (4,), {"scale": 10})
print(results, _thread.get_ident())

s = io.StringIO("data")
p = select.poll()
p.register(s, select.POLLIN)
print(p.poll(0) == [(s, select.POLLIN)])
p.unregister(s)
print(p.poll(0))
print(select.select([s], [], [], 0) == ([s], [], []))
