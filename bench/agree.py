#!/usr/bin/env python3
"""Agreement of the DSL encoding of the shared benchmark (bench/rules/) with ref.py.

Usage: python3 bench/agree.py CASES.jsonl [ADJUDICATOR]
Generate cases with: python3 ../shared/bench/gen_cases.py -n 200 --seed 20240601 > /tmp/cases.jsonl

Each case becomes a facts file and is evaluated with `adjudicator eval` (one process per case:
this checks correctness, not speed — the batch JSON Lines path and its benchmark are issue 7).
Prints the number of disagreements; exits 1 if there is any.
"""
import json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "..", "shared", "bench", "ref.py")
OUT = ["tier", "fine", "confiscation", "suspension", "revocation", "hearing_right", "legal_review", "criminal_transfer"]


def main():
    path = sys.argv[1]
    adj = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, ".build", "debug", "adjudicator")
    cases = [json.loads(l) for l in open(path) if l.strip()]
    ref = subprocess.run(["python3", REF, path], capture_output=True, text=True, check=True).stdout
    refs = [json.loads(l) for l in ref.splitlines() if l.strip()]
    bad = 0
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for c, r in zip(cases, refs):
            facts = {"violation": c["violation"], "party": c["party"], "violation_date": c["violation_date"],
                     "decision_date": c["decision_date"]}
            facts.update(c["facts"])
            facts.update(c["flags"])
            fp = os.path.join(tmp, "facts.json")
            with open(fp, "w") as f:
                json.dump(facts, f)
            p = subprocess.run([adj, "eval", "--rules", os.path.join(ROOT, "bench", "rules"), "--facts", fp,
                                "--date", c["decision_date"], "--format", "json"] + OUT, capture_output=True, text=True)
            got = {"id": c["id"]}
            try:
                for res in json.loads(p.stdout)["results"]:
                    v = res["trace"][0].get("value")
                    if isinstance(v, dict):
                        v = v.get("case")
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    got[res["name"]] = v
            except Exception:
                got["error"] = p.stdout[:300] + p.stderr[:300]
            if got != r:
                bad += 1
                if bad <= 5:
                    print("DIFF", c, "\n ref", r, "\n got", got)
    dt = time.time() - t0
    print(f"cases {len(cases)} disagreements {bad} total {dt:.2f}s per case {1000 * dt / max(1, len(cases)):.1f} ms")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
