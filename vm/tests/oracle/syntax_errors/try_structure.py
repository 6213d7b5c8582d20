for src in ("try:\n    pass", "try:\n    pass\nelse:\n    pass", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "except:\n    pass", "finally:\n    pass", "try:\n    pass\nexcept* ValueError:\n    pass"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
