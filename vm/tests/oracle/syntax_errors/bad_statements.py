# statements out of place
for src in ["return", "def f():\n  return", "yield", "def f():\n  yield", "class C:\n  return 1",
            "break", "while 1:\n  break", "continue", "for x in y:\n  continue", "def f():\n  break",
            "while 1:\n  def f():\n    break", "try:\n  pass\nfinally:\n  continue", "global x", "def f():\n  global x",
            "def f(x):\n  global x", "def f():\n  x = 1\n  global x", "nonlocal x", "def f():\n  nonlocal x",
            "def f():\n  x = 1\n  def g():\n    nonlocal x"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src))
