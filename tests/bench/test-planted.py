#!/usr/bin/env python3
"""The generator's planted contradictions are found (TAP).

Generates a ~1 MB corpus with tools/gen-corpus.py into the build folder,
runs factcheck over it and checks that every planted contradiction is among
the findings, matched by rule, entity, attribute (and counterpart) with
evidence from the planted documents.  Plants the current engine is known to
miss (planted.py: KIND_GAPS, NAME_GAPS) are listed as '# gap:' lines with
the claims their documents gave, not asserted; findings no plant accounts
for are listed as '# not planted:' lines.  Also checks that the generator is
deterministic.

    test-planted.py --binary build/factcheck --work DIR [--generator PATH]"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import planted  # noqa: E402

SEED = 7


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--generator", default=os.path.join(here, "..", "..", "tools", "gen-corpus.py"))
    ap.add_argument("--size", default="1M")
    args = ap.parse_args()
    work = os.path.join(args.work, "planted")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    corpus = os.path.join(work, "corpus")
    gen = [sys.executable, args.generator]
    # Three plants of each kind first, so that each kind has one on a name
    # and wording the engine reads (see the gaps in planted.py).
    subprocess.run(gen + [corpus, "--size", args.size, "--seed", str(SEED), "--first-of-each",
                          "3"], check=True, stdout=subprocess.DEVNULL)
    with open(corpus + ".manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    report_path = os.path.join(work, "report.json")
    p = subprocess.run([args.binary, "--format=json", "-o", report_path, corpus],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        print("1..1\nnot ok 1 - factcheck ran\n# " + p.stderr.replace("\n", "\n# "))
        return 1
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    matched, unplanted = planted.match_all(manifest, report, corpus)
    claims = None

    results = []
    kinds = {rec["kind"] for rec, _ in matched}
    every = set(k for k in ("valuation", "round_size", "investment", "stake", "revenue",
                            "total_raised", "founded", "ceo", "tranches", "post_money",
                            "ties_lexicon", "ties_corpus"))
    results.append((kinds >= every, f"the corpus plants every kind ({len(matched)} plants)",
                    "missing: " + ", ".join(sorted(every - kinds))))
    gaps = []
    asserted = set()
    for rec, hit in matched:
        what = (f"{rec['kind']}: {rec['entity'] or rec['counterpart']}"
                f"{' in ' + ' and '.join(rec['pair']) if rec.get('pair') else ''} "
                f"({', '.join(dict.fromkeys(rec['documents']))})")
        why = planted.gap(rec)
        if why is not None:
            gaps.append(f"# gap{' closed' if hit else ''}: {what}: {why}")
            continue
        asserted.add(rec["kind"])
        detail = ""
        if hit is None:
            if claims is None:
                docs = sorted({os.path.join(corpus, d) for r, h in matched if h is None
                               for d in r["documents"]})
                out = subprocess.run([args.binary, "claims", "--format=json"] + docs,
                                     capture_output=True, text=True).stdout
                claims = json.loads(out)["claims"]
            detail = planted.explain(rec, claims, corpus)
        results.append((hit is not None, f"found {what}", detail))

    results.append((asserted >= every, "every kind has a plant outside the known gaps",
                    "only gaps: " + ", ".join(sorted(every - asserted))))

    # Generation is deterministic: the same seed gives the same bytes.
    again = os.path.join(work, "again")
    subprocess.run(gen + [again, "--articles", "12", "--seed", str(SEED)], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(gen + [again + "2", "--articles", "12", "--seed", str(SEED)], check=True,
                   stdout=subprocess.DEVNULL)
    cmp = filecmp.dircmp(again, again + "2")
    same = not cmp.left_only and not cmp.right_only and all(
        filecmp.cmpfiles(os.path.join(again, d), os.path.join(again + "2", d),
                         os.listdir(os.path.join(again, d)), shallow=False)[0].__len__()
        == len(os.listdir(os.path.join(again, d))) for d in cmp.common_dirs)
    same = same and filecmp.cmp(again + ".manifest.json", again + "2.manifest.json", shallow=False)
    results.append((same, "the generator is deterministic", ""))

    print(f"1..{len(results)}")
    for i, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok and detail:
            print(f"# {detail}")
    for g in gaps:
        print(g)
    for f in unplanted:
        docs = sorted({os.path.relpath(c["document"], corpus) for c in f["claims"]})
        print(f"# not planted: [{f['rule']}] {f['message']} ({', '.join(docs)})")
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
