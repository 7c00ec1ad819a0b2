#!/usr/bin/env python3
"""Writes the input constraints the emulator validates, from the published AWS service models.

Reads botocore's JSON models (installed with the AWS CLI by scripts/install.sh) of EFS and of
the CloudWatch operations the emulator serves, keeps for each operation its HTTP binding and
for each shape reachable from its input what AWS checks before anything else (required
members, length, range, pattern, enum), and writes them, with the model's version, to
crates/efsctl-emulator/src/validation/<service>.json. The emulator compiles those files in.

Run: python3 scripts/gen-validation.py  (then commit the JSON files it rewrote)
"""

import gzip
import json
import os
import sys

import botocore

# The CloudWatch operations the emulator serves; EFS is served whole.
SERVICES = {
    "efs": ("2015-02-01", None),
    "cloudwatch": (
        "2010-08-01",
        [
            "ListMetrics",
            "GetMetricData",
            "GetMetricStatistics",
            "PutMetricAlarm",
            "DescribeAlarms",
            "DescribeAlarmsForMetric",
            "DeleteAlarms",
            "SetAlarmState",
            "DescribeAlarmHistory",
            "EnableAlarmActions",
            "DisableAlarmActions",
        ],
    ),
}
KEPT = ("type", "required", "min", "max", "pattern", "enum")
OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "efsctl-emulator", "src", "validation")


def load(service, version):
    folder = os.path.join(os.path.dirname(botocore.__file__), "data", service, version)
    for name in ("service-2.json.gz", "service-2.json"):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            raw = open(path, "rb").read()
            return json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)
    sys.exit(f"no {service} {version} model in {folder}")


def member(ref, name=None):
    out = {"name": name} if name else {}
    out["shape"] = ref["shape"]
    for key in ("location", "locationName"):
        if key in ref:
            out[key] = ref[key]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for service, (version, served) in SERVICES.items():
        model = load(service, version)
        operations, shapes, pending = {}, {}, []
        for name, op in sorted(model["operations"].items()):
            if served is not None and name not in served:
                continue
            entry = {"method": op["http"]["method"], "uri": op["http"]["requestUri"]}
            if "input" in op:
                entry["input"] = op["input"]["shape"]
                pending.append(op["input"]["shape"])
            operations[name] = entry
        while pending:
            name = pending.pop()
            if name in shapes:
                continue
            shape = model["shapes"][name]
            kept = {k: shape[k] for k in KEPT if k in shape}
            if shape["type"] == "structure":
                # In the model's order: AWS reports violations in it.
                kept["members"] = [member(ref, m) for m, ref in shape["members"].items()]
                pending.extend(ref["shape"] for ref in shape["members"].values())
            for part in ("member", "key", "value"):
                if part in shape:
                    kept[part] = member(shape[part])
                    pending.append(shape[part]["shape"])
            shapes[name] = kept
        doc = {
            "service": service,
            "apiVersion": model["metadata"]["apiVersion"],
            "source": f"botocore {botocore.__version__}, data/{service}/{version}/service-2.json",
            "operations": operations,
            "shapes": dict(sorted(shapes.items())),
        }
        path = os.path.join(OUT, f"{service}.json")
        with open(path, "w") as f:
            json.dump(doc, f, indent=1, sort_keys=False)
            f.write("\n")
        print(f"wrote {os.path.normpath(path)}: {len(operations)} operations, {len(shapes)} shapes")


if __name__ == "__main__":
    main()
