#!/usr/bin/env python3
"""Issue 7 benchmark: Adjudicator (bench/rules/) against the shared reference ref.py, in one run.

    python3 bench/benchmark.py [-n 1000000] [--seed 20240601] [--jobs N] [--no-build]
                               [--keep DIR] [--repeat 3] [--bench-dir DIR] [--bin PATH]

Steps (python3 standard library only; run from anywhere, paths are relative to the repo root):
 1. build the release binary (`swift build -c release --product adjudicator`) unless --no-build;
 2. generate N cases with <bench-dir>/gen_cases.py (default bench-dir: ../shared/bench);
 3. `python3 ref.py CASES > ref.jsonl` and `adjudicator evaluate --rules bench/rules CASES > ours.jsonl`,
    each --repeat times: whole-process wall clock (median) and peak RSS of the child (os.wait4);
 4. compare the nine spec §6 fields of every line, in input order, with the same JSON types
    (an int is not a bool, 1.0 is not 1); print the first 5 disagreements;
 5. `evaluate --trace` to a file and to /dev/null: cases/s of both; the traced file's nine fields
    must agree with ref.py too (the trace is cut off before parsing, so this stays fast);
 6. `adjudicator check Rules` (median of 5) and `check bench/rules`;
 7. a report with PASS/FAIL per target; exit 1 if any target fails.
The comparison streams both files line by line (no list of 1M dicts). The work directory is a
temp dir deleted at the end, unless --keep DIR (then DIR is used and kept).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ("id", "tier", "fine", "confiscation", "suspension", "revocation",
          "hearing_right", "legal_review", "criminal_transfer")

# Targets (issue 7).
MIN_RATIO = 3.0
MIN_TRACED_CPS = 50_000
MAX_RSS_MB = 200
MAX_CHECK_MS = 200


def log(msg=""):
    print(msg, flush=True)


def run_measured(argv, stdout_path, stderr_path=None, cwd=ROOT):
    """Run argv to completion; returns (wall seconds, peak RSS in MB, exit code)."""
    out = open(stdout_path, "wb")
    err = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err, cwd=cwd)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    finally:
        out.close()
        if stderr_path:
            err.close()
    return wall, ru.ru_maxrss / 1024.0, p.returncode  # ru_maxrss is in KiB on Linux


def repeat_measured(label, argv, stdout_path, stderr_path, n, times):
    walls, rsss, rcs = [], [], []
    for i in range(times):
        wall, rss, rc = run_measured(argv, stdout_path, stderr_path)
        walls.append(wall)
        rsss.append(rss)
        rcs.append(rc)
        log(f"  {label} run {i + 1}/{times}: {wall:.2f} s, {n / wall:,.0f} cases/s, "
            f"peak RSS {rss:.1f} MB, exit {rc}")
    return statistics.median(walls), max(rsss), max(rcs, key=abs)


def last_line(path):
    try:
        with open(path, "rb") as f:
            lines = [l for l in f.read()[-4000:].decode("utf-8", "replace").splitlines() if l.strip()]
        return lines[-1] if lines else ""
    except OSError:
        return ""


def same(a, b):
    """Equal value AND equal JSON type (True == 1 in Python, but not in JSON)."""
    return type(a) is type(b) and a == b


def parse_nine(line, traced):
    """The decision object of one output line; for a traced line the trace is cut off first."""
    has_trace = None
    if traced:
        i = line.find(',"trace":[')
        has_trace = i >= 0
        if i >= 0:
            try:
                return json.loads(line[:i] + "}"), True
            except ValueError:
                pass
    return json.loads(line), has_trace


def compare(ref_path, ours_path, traced=False, show=5):
    """Stream both files; returns (lines compared, disagreements, extra-key lines, trace issues)."""
    bad = extra = trace_issues = 0
    n = 0
    shown = []
    with open(ref_path, encoding="utf-8") as rf, open(ours_path, encoding="utf-8") as of:
        while True:
            rl = rf.readline()
            ol = of.readline()
            if not rl and not ol:
                break
            n += 1
            if not rl or not ol:
                bad += 1
                if len(shown) < show:
                    shown.append(f"line {n}: {'ref' if not rl else 'ours'} output ended early")
                continue
            r = json.loads(rl)
            try:
                o, has_trace = parse_nine(ol, traced)
            except ValueError as e:
                bad += 1
                if len(shown) < show:
                    shown.append(f"line {n}: ours is not JSON ({e}): {ol[:200]!r}")
                continue
            if traced:
                if not has_trace:
                    trace_issues += 1
                elif n % 1000 == 1:  # spot-check that the trace itself is well-formed
                    try:
                        t = json.loads(ol).get("trace")
                        if not isinstance(t, list) or not t:
                            trace_issues += 1
                    except ValueError:
                        trace_issues += 1
            diffs = [k for k in FIELDS if k not in o or not same(r.get(k), o[k])]
            if set(o) - set(FIELDS) - {"trace"}:
                extra += 1
            if diffs:
                bad += 1
                if len(shown) < show:
                    shown.append(f"line {n} id {r.get('id')}: " + ", ".join(
                        f"{k}: ref {r.get(k)!r} ours {o.get(k, '<missing>')!r}" for k in diffs))
    return n, bad, extra, trace_issues, shown


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for l in f:
                if l.startswith("model name"):
                    model = l.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            for l in f:
                if l.startswith("MemTotal:"):
                    mem = f"{int(l.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    return nproc, model, mem


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1_000_000, help="number of cases (default 1000000)")
    ap.add_argument("--seed", type=int, default=20240601, help="generator seed (default 20240601)")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to adjudicator evaluate (default: its own)")
    ap.add_argument("--no-build", action="store_true", help="do not build; use the existing release binary")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (cases, outputs, traces)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timed measurement; median (default 3)")
    ap.add_argument("--bench-dir", default=os.path.join(ROOT, "..", "shared", "bench"),
                    help="folder with gen_cases.py and ref.py (default ../shared/bench)")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "adjudicator"),
                    help="adjudicator binary (default .build/release/adjudicator)")
    a = ap.parse_args()
    if a.n < 1 or a.repeat < 1:
        ap.error("-n and --repeat must be >= 1")
    bench = os.path.abspath(a.bench_dir)
    gen, ref = os.path.join(bench, "gen_cases.py"), os.path.join(bench, "ref.py")
    for p in (gen, ref):
        if not os.path.isfile(p):
            ap.error(f"missing {p} (see --bench-dir)")
    py = sys.executable or "python3"
    n = a.n
    nproc, model, mem = machine()
    log(f"Adjudicator benchmark (issue 7): {n:,} cases, seed {a.seed}, repeat {a.repeat}, "
        f"jobs {a.jobs if a.jobs else 'default'}")
    log(f"machine: {nproc} cores, {model}, {mem} RAM; {sys.platform}, Python {sys.version.split()[0]}")

    # 1. build
    build_s = None
    if not a.no_build:
        log("\n[1] swift build -c release --product adjudicator")
        t0 = time.perf_counter()
        rc = subprocess.call(["swift", "build", "-c", "release", "--product", "adjudicator"], cwd=ROOT)
        build_s = time.perf_counter() - t0
        log(f"  build: {build_s:.1f} s, exit {rc}")
        if rc != 0:
            log("FAIL: build failed")
            return 1
    else:
        log("\n[1] build skipped (--no-build)")
    binary = os.path.abspath(a.bin)
    if not os.access(binary, os.X_OK):
        log(f"FAIL: no executable {binary}")
        return 1

    if a.keep:
        work = os.path.abspath(a.keep)
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="adjudicator-bench-")
    try:
        return run(a, n, py, gen, ref, binary, work, build_s, (nproc, model, mem))
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept: {work}")


def run(a, n, py, gen, ref, binary, work, build_s, mach):
    cases = os.path.join(work, "cases.jsonl")
    ref_out = os.path.join(work, "ref.jsonl")
    ours_out = os.path.join(work, "ours.jsonl")
    trace_out = os.path.join(work, "ours-trace.jsonl")
    rules = os.path.join(ROOT, "bench", "rules")
    jobs = ["--jobs", str(a.jobs)] if a.jobs else []
    evaluate = [binary, "evaluate", "--rules", rules] + jobs

    # 2. generate
    log(f"\n[2] generate {n:,} cases -> {cases}")
    t0 = time.perf_counter()
    subprocess.run([py, gen, "-n", str(n), "--seed", str(a.seed), "-o", cases], check=True)
    gen_s = time.perf_counter() - t0
    log(f"  generated in {gen_s:.1f} s ({os.path.getsize(cases) / 1e6:.0f} MB)")

    # 3. time ref.py and adjudicator
    log(f"\n[3] whole-process runs (median of {a.repeat})")
    ref_s, ref_rss, ref_rc = repeat_measured("ref.py", [py, ref, cases], ref_out, None, n, a.repeat)
    ours_err = os.path.join(work, "ours.stderr")
    ours_s, ours_rss, ours_rc = repeat_measured("adjudicator", evaluate + [cases], ours_out, ours_err,
                                                n, a.repeat)
    ours_stats = last_line(ours_err)
    log(f"  adjudicator stderr: {ours_stats}")

    # 4. compare
    log("\n[4] compare the nine fields, line by line")
    t0 = time.perf_counter()
    lines, bad, extra, _, shown = compare(ref_out, ours_out)
    log(f"  {lines:,} lines, {bad:,} disagreements, {extra:,} lines with extra keys "
        f"({time.perf_counter() - t0:.1f} s)")
    for s in shown:
        log("  DIFF " + s)

    # 5. traced runs
    log(f"\n[5] evaluate --trace (median of {a.repeat})")
    trace_err = os.path.join(work, "ours-trace.stderr")
    tnull_s, tnull_rss, tnull_rc = repeat_measured("trace > /dev/null", evaluate + ["--trace", cases],
                                                   os.devnull, trace_err, n, a.repeat)
    tfile_s, tfile_rss, tfile_rc = repeat_measured("trace > file", evaluate + ["--trace", cases],
                                                   trace_out, trace_err, n, a.repeat)
    trace_stats = last_line(trace_err)
    trace_mb = os.path.getsize(trace_out) / 1e6
    log(f"  trace file: {trace_mb:,.0f} MB ({trace_mb * 1e6 / n:,.0f} bytes/case); stderr: {trace_stats}")
    t0 = time.perf_counter()
    tlines, tbad, _, tissues, tshown = compare(ref_out, trace_out, traced=True)
    log(f"  traced: {tlines:,} lines, {tbad:,} disagreements, {tissues:,} lines with a missing or "
        f"malformed trace ({time.perf_counter() - t0:.1f} s)")
    for s in tshown:
        log("  DIFF " + s)
    if not a.keep:
        os.remove(trace_out)

    # 6. check
    log("\n[6] adjudicator check (median of 5)")
    checks = {}
    for target in ("Rules", "bench/rules"):
        walls, rcs = [], []
        for _ in range(5):
            w, _, rc = run_measured([binary, "check", target], os.path.join(work, "check.out"),
                                    os.path.join(work, "check.err"))
            walls.append(w)
            rcs.append(rc)
        checks[target] = (statistics.median(walls) * 1000, max(rcs, key=abs),
                          last_line(os.path.join(work, "check.out")) or last_line(os.path.join(work, "check.err")))
        log(f"  check {target}: {checks[target][0]:.0f} ms (runs: "
            + ", ".join(f"{w * 1000:.0f}" for w in walls) + f"), exit {checks[target][1]}: {checks[target][2]}")

    # 7. report
    nproc, model, mem = mach
    ref_cps, ours_cps = n / ref_s, n / ours_s
    ratio = ours_cps / ref_cps
    tfile_cps, tnull_cps = n / tfile_s, n / tnull_s
    peak = max(ours_rss, tnull_rss, tfile_rss)
    check_ms, check_rc, _ = checks["Rules"]
    failed_runs = [name for name, rc in (("ref.py", ref_rc), ("evaluate", ours_rc),
                                         ("evaluate --trace >/dev/null", tnull_rc),
                                         ("evaluate --trace >file", tfile_rc)) if rc != 0]
    rows = [
        ("speed ratio ours/ref >= %.1f" % MIN_RATIO, f"{ratio:.2f}x", ratio >= MIN_RATIO),
        ("traced (to a file) >= %s cases/s" % f"{MIN_TRACED_CPS:,}", f"{tfile_cps:,.0f} cases/s",
         tfile_cps >= MIN_TRACED_CPS),
        ("peak RSS (every evaluate run) < %d MB" % MAX_RSS_MB, f"{peak:.1f} MB", peak < MAX_RSS_MB),
        ("check Rules < %d ms (and clean)" % MAX_CHECK_MS, f"{check_ms:.0f} ms, exit {check_rc}",
         check_ms < MAX_CHECK_MS and check_rc == 0),
        ("0 disagreements (plain + traced)", f"{bad:,} + {tbad:,}; trace issues {tissues:,}",
         bad == 0 and tbad == 0 and tissues == 0 and lines == n and tlines == n),
        ("every run exits 0", ", ".join(failed_runs) or "all 0", not failed_runs),
    ]
    log("\n" + "=" * 78)
    log("REPORT")
    log(f"machine      {nproc} cores (nproc), {model}, {mem} RAM")
    log(f"binary       {binary}" + (f" (built in {build_s:.1f} s)" if build_s is not None else " (not rebuilt)"))
    log(f"cases        {n:,} (seed {a.seed}), generated in {gen_s:.1f} s; median of {a.repeat} runs")
    log(f"ref.py       {ref_s:8.2f} s  {ref_cps:>11,.0f} cases/s  peak RSS {ref_rss:6.1f} MB")
    log(f"adjudicator  {ours_s:8.2f} s  {ours_cps:>11,.0f} cases/s  peak RSS {ours_rss:6.1f} MB")
    log(f"  --trace >/dev/null {tnull_s:6.2f} s  {tnull_cps:>11,.0f} cases/s  peak RSS {tnull_rss:6.1f} MB")
    log(f"  --trace >file      {tfile_s:6.2f} s  {tfile_cps:>11,.0f} cases/s  peak RSS {tfile_rss:6.1f} MB"
        f"  ({trace_mb:,.0f} MB)")
    log(f"ratio        ours/ref = {ratio:.2f}x (traced to file {tfile_cps / ref_cps:.2f}x)")
    log(f"check        Rules {checks['Rules'][0]:.0f} ms, bench/rules {checks['bench/rules'][0]:.0f} ms")
    log(f"agreement    {bad:,} disagreements in {lines:,} lines; traced {tbad:,} in {tlines:,}")
    log("-" * 78)
    for name, value, ok in rows:
        log(f"{'PASS' if ok else 'FAIL'}  {name:40} {value}")
    ok = all(r[2] for r in rows)
    log(f"\n{'ALL TARGETS PASS' if ok else 'SOME TARGETS FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
