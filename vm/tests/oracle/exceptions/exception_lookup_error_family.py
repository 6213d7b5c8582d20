for exc in (KeyError("k"), IndexError("i")):
    try:
        raise exc
    except LookupError as e:
        print(type(e).__name__, isinstance(e, LookupError), e)
