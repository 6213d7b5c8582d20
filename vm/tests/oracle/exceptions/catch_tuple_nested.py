errs = (ValueError, (TypeError, (KeyError,)))
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        try:
            raise exc
        except (ValueError, TypeError, KeyError) as e:
            print("flat caught", type(e).__name__)
    except IndexError:
        print("IndexError escaped")
