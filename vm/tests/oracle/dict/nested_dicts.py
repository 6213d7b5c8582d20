# dicts of dicts
cfg = {"net": {"ssid": "x", "port": 80}, "led": {"pin": 2}}
print(cfg["net"]["port"], cfg["led"].get("pin"), cfg.get("none", {}).get("k", "dflt"))
cfg["net"]["port"] += 1
print(cfg["net"])
print(sorted(k for sub in cfg.values() for k in sub))
