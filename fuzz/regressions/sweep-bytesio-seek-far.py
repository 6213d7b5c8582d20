# A write after a seek far past the end must not try to allocate the gap outside the heap limit.
import io
b = io.BytesIO()
b.seek(2**62)
b.write(b'x')
