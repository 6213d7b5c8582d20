# Issue #16: an absolute module name replaced the search folder
try:
    __import__('/etc/passwd')
except ImportError as e:
    print('ImportError', e)
__import__('../../etc/hostname')
