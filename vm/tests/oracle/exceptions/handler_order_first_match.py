for exc in (KeyError("k"), IndexError("i"), LookupError("l")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError first", type(e).__name__)
    except KeyError:
        print("never")
