# heapq: a binary min-heap on a list (MicroPython's subset: heappush,
# heappop, heapify).


def _sift_up(heap, pos):
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError("heap must be a list")
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    if not isinstance(heap, list):
        raise TypeError("heap must be a list")
    if not heap:
        raise IndexError("empty heap")
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return top


def heapify(heap):
    if not isinstance(heap, list):
        raise TypeError("heap must be a list")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_down(heap, i)
