# the first matching clause wins; tuples of classes
for exc in (KeyError, IndexError, ValueError, TypeError):
    try:
        raise exc("m")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except LookupError:
        print("never")
    except ValueError as e:
        print("value", e)
    except Exception as e:
        print("other", type(e).__name__, e.args)
