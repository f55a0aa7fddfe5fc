#!/usr/bin/env python3
"""Summarises CPU samples of a JFR recording, deeper than the top frame.

Usage: jfr print --stack-depth 128 --events jdk.ExecutionSample rec.jfr | jfr-summary.py [THREAD [FOCUS]]

Prints, for the samples of threads whose name contains THREAD (all threads if omitted or empty)
and, with FOCUS, only those with a frame starting with FOCUS (a method, e.g.
org.openras.engine.ras.RasArea.run):
  1. self time: the method at the top of the stack;
  2. total time: each method anywhere in the stack (counted once per sample);
  3. by the innermost org.openras frame: which OpenRAS method the time was spent under;
  4. by the outermost org.openras.engine frame below OpenRasEngine.calculate: which step of a
     calculation the time belongs to;
  5. by owner: Drools, the rules' own code, OpenRAS engine code, or other libraries.
"""
import re
import sys
from collections import Counter

thread_filter = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
focus = sys.argv[2] if len(sys.argv) > 2 else None
self_time, total_time, under_openras, step, owner = Counter(), Counter(), Counter(), Counter(), Counter()


OWNERS = [
    (("org.drools", "org.kie"), "Drools (sessions, network, agenda, inserts)"),
    (("org.openras.rules.",), "rule consequences and constraints (DRL code, incl. BigDecimal)"),
    (("org.openras.engine",), "OpenRAS engine code (contexts, reasons, reading facts, checks, results)"),
    (("org.openras.service.audit.AuditHash",), "audit hash (SHA-256 of the record)"),
    (("org.openras.service",), "OpenRAS service code"),
    (("tools.jackson", "com.fasterxml"), "JSON (Jackson)"),
    (("org.postgresql", "com.zaxxer.hikari", "org.springframework.jdbc", "org.h2"), "database (JDBC, driver, pool)"),
    (("org.springframework.security",), "Spring Security"),
    (("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat"), "HTTP server (Tomcat)"),
    (("org.springframework",), "Spring (MVC, transactions, other)"),
    (("io.micrometer",), "metrics (Micrometer)"),
    (("ch.qos.logback", "org.slf4j"), "logging"),
]


def owner_of(frames):
    """Who the sample's time belongs to: the innermost frame that is not the JDK's own."""
    for f in frames:
        if f.startswith(("java.", "javax.", "jdk.", "sun.")):
            continue
        for prefixes, name in OWNERS:
            if f.startswith(prefixes):
                return name
        return "other: " + ".".join(f.split(".")[:2])
    return "JDK only"
samples = 0
frames, thread, in_stack = [], None, False


def method(line):
    line = line.strip()
    line = re.sub(r"\s+line:.*$", "", line)
    return re.sub(r"\(.*\)$", "", line)


def finish():
    global samples
    if not frames or (thread_filter and (thread is None or thread_filter not in thread)):
        return
    if focus and not any(f.startswith(focus) for f in frames):
        return
    samples += 1
    self_time[frames[0]] += 1
    for f in set(frames):
        total_time[f] += 1
    inner = next((f for f in frames if f.startswith("org.openras")), "(no OpenRAS frame)")
    under_openras[inner] += 1
    owner[owner_of(frames)] += 1
    # frames run top (innermost) to bottom (outermost): the engine step is the frame just above
    # OpenRasEngine.calculate, i.e. the last org.openras.engine frame before it going outward.
    s = "(outside a calculation)"
    for i, f in enumerate(frames):
        if f.startswith("org.openras.engine.OpenRasEngine.calculate"):
            s = frames[i - 1] if i > 0 else f
            for g in frames[i - 1 :: -1]:
                if g.startswith("org.openras") and not g.startswith("org.openras.engine.OpenRasEngine"):
                    s = g
                    break
            break
    step[s] += 1


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        finish()
        frames, thread, in_stack = [], None, False
    elif "sampledThread = " in line:
        thread = line.split("=", 1)[1].strip()
    elif "stackTrace = [" in line:
        in_stack = True
    elif in_stack and line.strip() == "]":
        in_stack = False
    elif in_stack and line.strip() != "...":
        frames.append(method(line))
finish()


def show(title, counter, n):
    print(f"\n{title}")
    for name, count in counter.most_common(n):
        print(f"  {count:6d} {100.0 * count / samples:5.1f}%  {name}")


print(f"CPU samples: {samples}" + (f" (threads containing '{thread_filter}')" if thread_filter else ""))
show("Self (method at the top of the stack)", self_time, 40)
show("Total (method anywhere in the stack)", total_time, 60)
show("By the innermost OpenRAS frame", under_openras, 40)
show("By the step of OpenRasEngine.calculate", step, 25)
show("By owner of the innermost non-JDK frame (JDK work counts for whoever called it)", owner, 16)
