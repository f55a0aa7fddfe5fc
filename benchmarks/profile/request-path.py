#!/usr/bin/env python3
"""Where a calculation request's CPU goes: the request threads' JFR samples by step.

Usage: request-path.py samples.txt   (samples.txt from `jfr print --stack-depth 96 --events
jdk.ExecutionSample service.jfr`; benchmarks/load.sh writes it and runs this.)

Counts the samples of the HTTP request threads (name containing "http-nio"; T=... to change),
leaving out the audit verification the load test calls at the end (X=regex to change), and puts
each in the first step of the list below that appears anywhere in its stack: the engine, the audit
record's JSON, the audit append, writing the answer, reading the request, logging, metrics, bcrypt,
the rest of Spring MVC (which runs inside Spring Security's filter chain, so it is looked for
first), the rest of Spring Security's filters, the rest of Tomcat (issue 22,
docs/adr/0026-service-overhead.md). OTHER=1 lists the top frames of samples that fit none.
FROM=HH:MM:SS keeps only samples taken from then on (JFR's local time; load.sh passes the time the
service said it was ready, so the start-up warm-up's own requests to itself are left out).
"""
import re,sys,os
from collections import Counter

FROM=os.environ.get("FROM","")
samples, cur, thread = [], None, None
for line in open(sys.argv[1]):
    if 'jdk.ExecutionSample' in line: cur=[];thread=None;continue
    if cur is None: continue
    s=line.strip()
    if s.startswith('startTime') and FROM and s.split('=')[1].strip()[:8] < FROM: cur=None;continue
    if s.startswith('sampledThread'): thread=s;continue
    if s.startswith('stackTrace = ['): continue
    if s.startswith(']'):
        samples.append((thread,cur));cur=None;continue
    if s.startswith('startTime') or s.startswith('state') or s=='...' or s=='}': continue
    cur.append(re.sub(r'\s+line:.*','',s))
TF=os.environ.get("T","http-nio")
rules=[
 ('engine.calculate','org.openras.engine.OpenRasEngine.calculate'),
 ('draft: request/result/ruleSets JSON','CalculationService.draft'),
 ('audit append (request thread)','AuditWriter.append'),
 ('response write (message converters)','writeWithMessageConverters'),
 ('request read (Jackson)','readWithMessageConverters'),
 ('logging','ch.qos.logback'),
 ('metrics timer','io.micrometer'),
 ('bcrypt','BCrypt'),
 ('dispatcher other','DispatcherServlet'),
 ('security filters','org.springframework.security'),
 ('tomcat other','org.apache'),
]
c=Counter();n=0
other=Counter()
for t,st in samples:
    if TF not in (t or ''): continue
    if any(re.search(os.environ.get('X','ChainVerifier|AuditController|ProofController|Merkle'),f) for f in st): continue
    n+=1
    for name,p in rules:
        if any(p in f for f in st): c[name]+=1;break
    else:
        c['other']+=1; other[st[-1] if st else '']+=1
print('samples',n)
for k,v in c.most_common(): print(f'{v:6d} {100*v/n:5.1f}% {k}')
if os.environ.get('OTHER'):
    for k,v in other.most_common(8): print('   ',v,k)
