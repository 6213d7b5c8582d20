cfg = {"ssid": "net"}
print(f"{cfg.get('ssid', 'none')} {len(cfg)}")
