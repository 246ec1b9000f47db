#!/usr/bin/env python3
"""Prints the median of each JMH benchmark's iterations (score and secondary metrics) from a -rf json result file.

Usage: scripts/jmh-medians.py result.json
"""
import json
import statistics
import sys


def main(path):
    with open(path) as f:
        runs = json.load(f)
    print("| benchmark | params | metric | median | unit | iterations |")
    print("|---|---|---|---:|---|---:|")
    for run in runs:
        name = run["benchmark"].rsplit(".", 2)[-2] + "." + run["benchmark"].rsplit(".", 1)[-1]
        params = ", ".join(f"{k}={v}" for k, v in (run.get("params") or {}).items()) or "-"
        metrics = [("score", run["primaryMetric"])]
        metrics += [(k, v) for k, v in run.get("secondaryMetrics", {}).items()
                    if k in ("bytes", "gc.alloc.rate", "gc.alloc.rate.norm")]
        for label, metric in metrics:
            values = [x for fork in metric["rawData"] for x in fork]
            if values:
                print(f"| {name} | {params} | {label} | {statistics.median(values):.4g} | {metric['scoreUnit']} | {len(values)} |")


if __name__ == "__main__":
    main(sys.argv[1])
