try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("wrongly caught as Exception")
except KeyboardInterrupt:
    print("KeyboardInterrupt is BaseException only")
try:
    try:
        raise GeneratorExit
    except Exception:
        print("wrong")
except BaseException as e:
    print("GeneratorExit", type(e).__name__)
