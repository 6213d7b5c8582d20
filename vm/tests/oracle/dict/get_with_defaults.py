# reading optional settings with get
settings = {"debug": False, "level": 0, "name": ""}
for key in ("debug", "level", "name", "missing"):
    print(key, repr(settings.get(key)), repr(settings.get(key, "dflt")), key in settings)
