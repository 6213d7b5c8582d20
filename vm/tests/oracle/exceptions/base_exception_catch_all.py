for exc in (SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ValueError):
    try:
        raise exc("x")
    except BaseException as e:
        print(type(e).__name__, isinstance(e, Exception), e.args)
