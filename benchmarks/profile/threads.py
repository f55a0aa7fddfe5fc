#!/usr/bin/env python3
"""The service's CPU by kind of thread over time, from its JFR recording (issue 22).

Usage: jfr print --json --events jdk.ThreadCPULoad,jdk.CompilerStatistics,jdk.CPULoad,jdk.GarbageCollection \
         service.jfr \
         | python3 benchmarks/profile/threads.py [processors]

Prints, per 10 s window, the cores each kind of Java thread used (jdk.ThreadCPULoad: each thread's
share of the machine, times the processors): request threads (Tomcat's exec threads), the JIT
compilers, the start-up warm-up, main, the audit writer, the start-up audit verification, threads
that had ended when the recording was written, and the rest. GC and the VM's own threads are not
Java threads: they show only in the JVM's total. Then the JIT's compilations so far
(jdk.CompilerStatistics), the JVM's and the whole machine's CPU (jdk.CPULoad), and the collector's
pauses per 10 s window (jdk.GarbageCollection: how many, their sum and the longest), which every
request in flight waits through.
"""
import collections
import json
import re
import sys

processors = int(sys.argv[1]) if len(sys.argv) > 1 else 2
events = json.load(sys.stdin)["recording"]["events"]


def kind(name):
    if not name:
        return "ended thread"
    if "Compiler" in name:
        return "JIT compilers"
    if "-exec-" in name:
        return "request threads"
    if "warm-up" in name:
        return "warm-up"
    if name == "main":
        return "main"
    if name.startswith("audit-writer"):
        return "audit writer"
    if name.startswith("audit-verify"):
        return "audit verify at start"
    return "other"


def millis(duration):
    """A JFR duration as printed in JSON ("PT0.0123S", or nanoseconds as a number) in ms."""
    if isinstance(duration, (int, float)):
        return duration / 1e6
    m = re.fullmatch(r"PT(?:(\d+)M)?([\d.]+)S", duration)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else float("nan")


windows = collections.defaultdict(lambda: collections.defaultdict(float))
compiler, machine = [], []
pauses = collections.defaultdict(list)
for e in events:
    v = e["values"]
    at = v["startTime"][11:19]
    if e["type"] == "jdk.ThreadCPULoad":
        t = v.get("eventThread") or {}
        windows[at[:7] + "0"][kind(t.get("javaName") or t.get("osName"))] += (
            v["user"] + v["system"]) * processors
    elif e["type"] == "jdk.CompilerStatistics":
        compiler.append((at, v["compileCount"], v["totalTimeSpent"]))
    elif e["type"] == "jdk.CPULoad":
        machine.append((at, v["jvmUser"] + v["jvmSystem"], v["machineTotal"]))
    elif e["type"] == "jdk.GarbageCollection":
        pauses[at[:7] + "0"].append((v["name"], millis(v["sumOfPauses"]), millis(v["longestPause"])))

kinds = sorted({k for w in windows.values() for k in w},
               key=lambda k: -sum(w.get(k, 0) for w in windows.values()))
print("Cores used by the service's threads, per 10 s window (%d processors)" % processors)
print("%-9s %s" % ("time", "  ".join("%12s" % k[:12] for k in kinds)))
for w in sorted(windows):
    print("%-9s %s" % (w, "  ".join("%12.2f" % windows[w].get(k, 0) for k in kinds)))
print("\nJIT compilations so far (every 10th sample): time, count, time spent (wall, all threads)")
for at, count, spent in compiler[::10]:
    print("%s %7d %s" % (at, count, spent))
print("\nCPU load (share of the machine; every 10th sample): time, the service's JVM, the machine")
for at, jvm, total in machine[::10]:
    print("%s %.2f %.2f" % (at, jvm, total))
print("\nGarbage collections per 10 s window: time, collections, pauses in all (ms), longest (ms), collector")
for w in sorted(pauses):
    p = pauses[w]
    print("%-9s %5d %9.1f %9.1f  %s" % (w, len(p), sum(x[1] for x in p), max(x[2] for x in p),
                                       ", ".join(sorted({x[0] for x in p}))))
