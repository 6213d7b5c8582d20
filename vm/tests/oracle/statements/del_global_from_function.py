g = 1
def kill():
    global g
    del g
kill()
print("g" in globals())
try:
    kill()
except (NameError, KeyError) as e:
    print(type(e).__name__, e)
