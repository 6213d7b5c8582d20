#!/usr/bin/env python3
"""Check lab/k8s/values.yaml: its singleuser.extraEnv limits are the ones
lab/class.toml sets (so the class on one host and on Kubernetes run alike),
and, given the Zero to JupyterHub chart's folder (its values.yaml and
values.schema.yaml or .json), it validates as `helm template` would: this
file merged over the chart's defaults, against the chart's schema.

    python3 lab/k8s/check.py [--chart PATH/TO/zero-to-jupyterhub-k8s/jupyterhub]
"""

import argparse
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def class_limits_env():
    """What jupyterhub_config.py hands each server, from class.toml."""
    try:
        import tomllib
    except ImportError:
        import tomli as tomllib
    import importlib.util

    spec = importlib.util.spec_from_file_location("lab_config", os.path.join(os.path.dirname(HERE), "jupyterhub_config.py"))
    # Only the helper is needed, not the hub's config: read it from the source.
    source = open(spec.origin).read()
    helper = source[source.index("def kernel_environment"):source.index("\n\n\n", source.index("def kernel_environment"))]
    scope = {}
    exec(helper, scope)
    with open(os.path.join(os.path.dirname(HERE), "class.toml"), "rb") as f:
        return scope["kernel_environment"](tomllib.load(f).get("limits", {}))


def merge(defaults, override):
    """Helm's merge of a values file over the chart's: maps merge key by
    key, anything else replaces."""
    if isinstance(defaults, dict) and isinstance(override, dict):
        out = dict(defaults)
        for k, v in override.items():
            out[k] = merge(defaults.get(k), v) if k in defaults else v
        return out
    return override


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chart", help="the chart's folder (values.yaml, values.schema.yaml or .json)")
    args = ap.parse_args()
    with open(os.path.join(HERE, "values.yaml")) as f:
        values = yaml.safe_load(f)

    want = class_limits_env()
    have = {k: str(v) for k, v in values["singleuser"]["extraEnv"].items()}
    if have != want:
        print(f"values.yaml singleuser.extraEnv {have}\n  differs from class.toml's limits {want}")
        return 1
    print(f"limits agree with class.toml: {', '.join(f'{k}={v}' for k, v in sorted(want.items()))}")

    if args.chart:
        import jsonschema

        schema_path = next(os.path.join(args.chart, n) for n in ("values.schema.json", "values.schema.yaml")
                           if os.path.exists(os.path.join(args.chart, n)))
        with open(schema_path) as f:
            schema = json.load(f) if schema_path.endswith(".json") else yaml.safe_load(f)
        with open(os.path.join(args.chart, "values.yaml")) as f:
            merged = merge(yaml.safe_load(f), values)
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(merged), key=lambda e: list(e.path))
        for e in errors:
            print(f"  {'.'.join(map(str, e.path))}: {e.message}")
        if errors:
            return 1
        print(f"values.yaml, merged over the chart's defaults, validates against {schema_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
