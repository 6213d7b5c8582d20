for obj in (1, "s", [1], None, (1,), {}, len):
    try:
        obj.new_attr = 1
    except AttributeError as e:
        print("AttributeError", e)
