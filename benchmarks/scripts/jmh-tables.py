# Prints the tables of docs/performance.md from a JMH result file: python3 jmh-tables.py jmh-result.json
import json,sys
R=json.load(open(sys.argv[1]))
def key(r):
    b=r['benchmark'].split('.')[-2:]; p=r.get('params',{})
    return (b[0],b[1],p.get('pack'),p.get('sessions'))
D={key(r):r for r in R}
def s(k):
    r=D[k]; return r['primaryMetric']['score'], r['primaryMetric']['scoreError']
def alloc(k):
    m=D[k]['secondaryMetrics'].get('gc.alloc.rate.norm'); return m['score'] if m else float('nan')
def f(x,e,dec=0):
    fmt='{:,.%df}'%dec
    return fmt.format(x)+' ± '+fmt.format(e)
packs=["tuyenquang-mn-2025","anlao-mn-2023","quangngai-thcs-2025","laocai-phothong-2025","quangngai-mn-2019"]
print("| plan | Drools check, µs | floor, µs | Drools / floor | Drools KiB allocated/check | floor KiB allocated/check | allocation ratio |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for n in ["10","200"]:
  for t,T in [("1Thread","1 thread"),("2Threads","2 threads")]:
    d=s(("FloorBenchmark","droolsLatency"+t,None,n)); fl=s(("FloorBenchmark","floorLatency"+t,None,n))
    ad=alloc(("FloorBenchmark","droolsLatency"+t,None,n))/1024; af=alloc(("FloorBenchmark","floorLatency"+t,None,n))/1024
    b='**' if t=="1Thread" else ''
    print(f"| {n} sessions, {T} | {f(*d)} | {f(*fl)} | {b}{d[0]/fl[0]:.1f}x{b} | {ad:,.0f} | {af:,.0f} | {ad/af:.1f}x |")
print()
print("| plan | Drools checks/s | floor checks/s | floor / Drools |")
print("| --- | ---: | ---: | ---: |")
for n in ["10","200"]:
  for t,T in [("1Thread","1 thread"),("2Threads","2 threads")]:
    d=s(("FloorBenchmark","droolsThroughput"+t,None,n)); fl=s(("FloorBenchmark","floorThroughput"+t,None,n))
    b='**' if t=="1Thread" else ''
    print(f"| {n} sessions, {T} | {f(*d)} | {f(*fl)} | {b}{fl[0]/d[0]:.1f}x{b} |")
print()
print("| pack | sessions | latency, 1 thread, µs | latency, 2 threads, µs | checks/s, 1 thread | checks/s, 2 threads | KiB allocated/check |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for p in packs:
  for n in ["10","200"]:
    g=lambda m: s(("CheckBenchmark",m,p,n))
    print(f"| `{p}` | {n} | {f(*g('latency1Thread'))} | {f(*g('latency2Threads'))} | {f(*g('throughput1Thread'))} | {f(*g('throughput2Threads'))} | {alloc(('CheckBenchmark','latency1Thread',p,n))/1024:,.0f} |")
print()
print("| pack | sessions | parse, µs | check (1 thread), µs | check / parse | parse KiB allocated | check KiB allocated |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for p in packs:
  for n in ["10","200"]:
    pa=s(("ParseBenchmark","parse",p,n)); c=s(("CheckBenchmark","latency1Thread",p,n))
    print(f"| `{p}` | {n} | {f(*pa,1)} | {f(*c)} | {c[0]/pa[0]:.1f}x | {alloc(('ParseBenchmark','parse',p,n))/1024:,.0f} | {alloc(('CheckBenchmark','latency1Thread',p,n))/1024:,.0f} |")
print()
print("| pack | precompiled model, ms | DRL compiled at run time, ms | DRL / precompiled | precompiled MiB allocated | DRL MiB allocated |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for p in packs:
    a=s(("KieBaseBuildBenchmark","precompiled",p,None)); b=s(("KieBaseBuildBenchmark","drlCompile",p,None))
    print(f"| `{p}` | {f(*a,1)} | {f(*b,1)} | {b[0]/a[0]:.0f}x | {alloc(('KieBaseBuildBenchmark','precompiled',p,None))/1048576:.1f} | {alloc(('KieBaseBuildBenchmark','drlCompile',p,None))/1048576:.1f} |")
