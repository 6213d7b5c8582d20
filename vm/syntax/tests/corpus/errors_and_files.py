import os
import json


class ConfigError(ValueError):
    def __init__(self, key, message="missing"):
        super().__init__("%s: %s" % (key, message))
        self.key = key


DEFAULTS = {"ssid": None, "retries": 3, "debug": False}


def load_config(path="config.json"):
    try:
        with open(path) as f:
            data = json.load(f)
    except OSError:
        data = {}
    except ValueError as err:
        raise ConfigError("json", str(err))
    else:
        data.setdefault("loaded", True)
    finally:
        pass
    config = dict(DEFAULTS)
    config.update(data)
    for key in ("ssid",):
        if config[key] is None:
            raise ConfigError(key)
    return config


def save_lines(path, lines):
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


def file_size(path):
    try:
        return os.stat(path)[6]
    except OSError:
        return -1


try:
    cfg = load_config()
except ConfigError as e:
    print("config problem:", e.key)
    cfg = DEFAULTS
except (KeyError, TypeError):
    raise
save_lines("log.txt", ["boot", "config ok" if cfg.get("loaded") else "defaults"])
print(file_size("log.txt"))
if "log.txt" in os.listdir():
    os.remove("log.txt")
while True:
    try:
        n = int("42")
        break
    except ValueError:
        continue
assert n == 42
