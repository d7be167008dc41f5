#!/usr/bin/env python3
"""Times factcheck over generated corpora, next to pcre2grep and cat over the
same files in the same run, and prints a Markdown table (standard library
only).

    run-bench.py --binary build/factcheck [--sizes 10M,100M,1G] [--work DIR]

Each corpus is made by tools/gen-corpus.py on first use and cached in
--work under a name that holds its size, seed and a hash of the generator,
so a changed generator makes a new one (and the stale one of that size is
removed).  Every command runs in a fresh process under GNU time (/usr/bin/time, for
its peak resident memory and CPU time; else wait4(), which also counts
this script's memory); each is run --repeat times after one warm-up read of
the corpus (cat), and the fastest run is reported, with its CPU time (user +
system; on a shared machine MB per CPU second is the steadier figure).  factcheck is run with
-j 1 and -j 2 when its --help lists -j, else once with its defaults; claims
are counted with 'factcheck claims --format=jsonl'; planted contradictions
are matched against the report (planted.py).

Sizes come from --sizes, else FC_BENCH_SIZES, else 10M.  With --only-listed
(the meson benchmark targets, one per size) a size that FC_BENCH_SIZES does
not list is skipped (exit status 77)."""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import planted  # noqa: E402

# One JIT-compiled money regex, the single-pattern baseline of issue 5.
MONEY_RE = r"\$[0-9][0-9.,]*\s*(?:million|billion|bn|m)\b"


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmMgG]?)", text.strip())
    if not m:
        sys.exit(f"run-bench: bad size '{text}'")
    return int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()])


TIME = "/usr/bin/time"


def run(argv, count_lines=False):
    """Runs @argv; returns (wall s, CPU s, peak RSS MB, exit status, lines
    of output if @count_lines).  GNU time measures the command alone: the
    rusage of a child forked from this script would include the script's own
    memory, copied at fork."""
    tmp = None
    if os.access(TIME, os.X_OK):
        fd, tmp = tempfile.mkstemp(prefix="run-bench-time-")
        os.close(fd)
        argv = [TIME, "-f", "%M %U %S", "-o", tmp] + argv
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE if count_lines else subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    lines = 0
    if count_lines:
        for chunk in iter(lambda: p.stdout.read(1 << 20), b""):
            lines += chunk.count(b"\n")
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.stderr.write(err.decode(errors="replace"))
        sys.exit(f"run-bench: {argv} exited with status {code}")
    if tmp:
        with open(tmp, encoding="utf-8") as f:
            rss_kb, user, system = f.read().split()[-3:]
        os.remove(tmp)
        return wall, float(user) + float(system), int(rss_kb) / 1024, code, lines
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024, code, lines


def best(repeat, argv, count_lines=False):
    runs = [run(argv, count_lines) for _ in range(repeat)]
    return min(runs, key=lambda r: r[0])


def corpus_for(args, size):
    with open(args.generator, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:8]
    label = f"{size}-s{args.seed}-g{digest}"
    path = os.path.join(args.work, f"corpus-{label}")
    manifest = path + ".manifest.json"
    if not os.path.exists(manifest):
        for old in os.listdir(args.work):  # one corpus per size on disk
            if old.startswith(f"corpus-{size}-") and not old.startswith(f"corpus-{label}"):
                full = os.path.join(args.work, old)
                shutil.rmtree(full) if os.path.isdir(full) else os.remove(full)
        if os.path.isdir(path):
            shutil.rmtree(path)
        print(f"run-bench: generating {size} corpus in {path}", file=sys.stderr)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, args.generator, path, "--size", size,
                        "--seed", str(args.seed)], check=True, stdout=sys.stderr)
        print(f"run-bench: generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    with open(manifest, encoding="utf-8") as f:
        return path, json.load(f)


def corpus_stats(path):
    files = nbytes = 0
    for root, dirs, names in os.walk(path):
        dirs.sort()
        for n in names:
            files += 1
            nbytes += os.path.getsize(os.path.join(root, n))
    return files, nbytes


def has_jobs(binary):
    out = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
    return re.search(r"(^|\s)(-j\b|--jobs\b)", out) is not None


def bench_size(args, size, rows, summary):
    path, manifest = corpus_for(args, size)
    files, nbytes = corpus_stats(path)
    mb = nbytes / 1e6
    out_json = os.path.join(args.work, f"report-{size}.json")

    def row(name, r, claims="", findings="", found=""):
        wall, cpu, rss = r[0], r[1], r[2]
        rows.append([size, name, f"{wall:.2f}", f"{cpu:.2f}", f"{mb / wall:.1f}",
                     f"{mb / cpu:.1f}" if cpu > 0 else "-", f"{files / wall:.0f}",
                     str(claims), str(findings), found, f"{rss:.0f}"])
        return wall

    # cat first: it also brings the corpus into the page cache for the rest.
    cat = ["sh", "-c", 'find "$1" -type f -exec cat {} + >/dev/null', "sh", path]
    run(cat)
    row("cat (find -exec cat)", best(args.repeat, cat))
    if shutil.which(args.pcre2grep):
        # -c prints one count per file; the total is of matching lines.
        grep = [args.pcre2grep, "-r", "-c", MONEY_RE, path]
        row("pcre2grep -r -c, one JIT money regex", best(args.repeat, grep))
    else:
        print(f"run-bench: no {args.pcre2grep}; its row is left out", file=sys.stderr)

    r = run([args.binary, "claims", "--format=jsonl", path], count_lines=True)
    claims = r[4]
    row("factcheck claims --format=jsonl", r, claims=claims)

    jobs = [["-j", "1"], ["-j", "2"]] if has_jobs(args.binary) else [[]]
    times = {}
    for j in jobs:
        argv = [args.binary, "--format=json", "-o", out_json] + j + [path]
        r = best(args.repeat, argv)
        with open(out_json, encoding="utf-8") as f:
            report = json.load(f)
        matched, unplanted = planted.match_all(manifest, report, path)
        found = sum(1 for _, hit in matched if hit)
        name = "factcheck --format=json" + (f" {' '.join(j)}" if j else "")
        times[" ".join(j) or "default"] = row(name, r, claims, len(report["findings"]),
                                              f"{found}/{len(matched)}")
        gaps = sum(1 for rec, hit in matched if not hit and planted.gap(rec))
        by_rule = {}
        for f in unplanted:
            by_rule[f["rule"]] = by_rule.get(f["rule"], 0) + 1
        summary.append(f"{size}: {name}: {found}/{len(matched)} planted found "
                       f"({gaps} of the missed in known gaps), {len(unplanted)} findings not "
                       f"planted ({', '.join(f'{r} {n}' for r, n in sorted(by_rule.items()))})")
    if "-j 1" in times and "-j 2" in times:
        summary.append(f"{size}: -j 2 is {times['-j 1'] / times['-j 2']:.2f}x faster than -j 1")
    summary.append(f"{size}: {files} files, {mb:.1f} MB, corpus {path}")
    return min(times.values())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--sizes", help="comma-separated sizes (default $FC_BENCH_SIZES or 10M)")
    ap.add_argument("--work", default=".", help="folder for corpora and reports")
    ap.add_argument("--generator", default=os.path.join(here, "..", "..", "tools", "gen-corpus.py"))
    ap.add_argument("--seed", type=int, default=20250314)
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("FC_BENCH_REPEAT", "2")))
    ap.add_argument("--pcre2grep", default="pcre2grep")
    ap.add_argument("--only-listed", action="store_true",
                    help="skip (exit 77) sizes that FC_BENCH_SIZES does not list")
    args = ap.parse_args()
    listed = [s.strip() for s in os.environ.get("FC_BENCH_SIZES", "10M").split(",") if s.strip()]
    sizes = args.sizes.split(",") if args.sizes else listed
    if args.only_listed:
        sizes = [s for s in sizes if s in listed]
        if not sizes:
            print(f"run-bench: {args.sizes} not in FC_BENCH_SIZES={','.join(listed)}; skipped")
            sys.exit(77)
    for s in sizes:
        parse_size(s)
    os.makedirs(args.work, exist_ok=True)
    rows, summary, fastest = [], [], {}
    for s in sizes:
        fastest[s] = bench_size(args, s, rows, summary)
    head = ["corpus", "command", "wall (s)", "CPU (s)", "MB/s", "MB per CPU s", "files/s",
            "claims", "findings", "planted found", "peak RSS (MB)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    ordered = sorted(fastest, key=parse_size)
    for a, b in zip(ordered, ordered[1:]):
        summary.append(f"{b} takes {fastest[b] / fastest[a]:.1f}x the time of {a} "
                       f"({parse_size(b) / parse_size(a):.0f}x the data)")
    text = "\n".join(lines) + "\n\n" + "\n".join(f"- {s}" for s in summary) + \
        f"\n- fastest of {args.repeat} runs each (factcheck claims: one run); " \
        f"machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the end\n"
    print(text)
    with open(os.path.join(args.work, f"bench-{'-'.join(sizes)}.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
