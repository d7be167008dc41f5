"""Matches the planted contradictions of a generated corpus (the manifest
tools/gen-corpus.py writes) against a factcheck JSON report.  Shared by the
benchmark runner and test-planted.py; standard library only."""
import os

# Plants the current engine is known to miss, reported rather than asserted:
# names it does not read as organisations (" AI": "an unknown '<Name> AI'
# ..."), kinds it does not detect, and wordings (the generator's names
# for them, in the manifest's "forms") it misreads, each with the plant
# kinds it spoils and why: {"form": ({"valuation"}, "why")}.  None today:
# every plant of the 10 MB, 100 MB and 1 GB corpora is found.
NAME_GAPS = {}
KIND_GAPS = {}
FORM_GAPS = {}


def _rel(path, corpus):
    path = os.path.normpath(path)
    corpus = os.path.normpath(corpus)
    return os.path.relpath(path, corpus) if path.startswith(corpus + os.sep) else path


def _docs(finding, corpus):
    return {_rel(c["document"], corpus) for c in finding["claims"]}


def matches(rec, finding, docs):
    """Whether @finding (whose evidence comes from the documents @docs)
    reports the planted @rec: same rule, entity (or, for an investor in
    rivals, the investor and both rivals) and attribute, with evidence from
    the plant's documents."""
    if finding["rule"] != rec["rule"]:
        return False
    if not set(rec["documents"]) <= docs:
        return False
    if rec["kind"].startswith("ties"):
        names = {c["entity"] for c in finding["claims"]}
        return finding["entity"] == rec["counterpart"] and set(rec["pair"]) <= names
    if finding["entity"] != rec["entity"] or finding["attribute"] != rec["attribute"]:
        return False
    if rec.get("counterpart"):
        # The report names a known backer canonically ("Tiger Global" is
        # "Tiger Global Management").
        return any((c.get("counterpart") or "") == rec["counterpart"] or
                   (c.get("counterpart") or "").startswith(rec["counterpart"] + " ")
                   for c in finding["claims"])
    return True


def gap(rec):
    """Why the current engine is known to miss @rec, or None."""
    if rec["kind"] in KIND_GAPS:
        return KIND_GAPS[rec["kind"]]
    for forms in rec.get("forms", {}).values():
        for form in forms:
            if form in FORM_GAPS and rec["kind"] in FORM_GAPS[form][0]:
                return FORM_GAPS[form][1]
    for name in [rec.get("entity")] + rec.get("pair", []):
        for suffix, why in NAME_GAPS.items():
            if name and name.endswith(suffix):
                return why
    return None


def match_all(manifest, report, corpus):
    """[(rec, finding or None)] in manifest order, and the findings no plant
    accounts for (false alarms: the generated world is otherwise consistent).
    Findings are grouped by rule first: a 1 GB corpus has thousands of
    plants and tens of thousands of findings."""
    findings = report["findings"]
    docs = [_docs(f, corpus) for f in findings]
    by_rule = {}
    for i, f in enumerate(findings):
        by_rule.setdefault(f["rule"], []).append(i)
    used = set()
    out = []
    for rec in manifest["planted"]:
        hit = None
        for i in by_rule.get(rec["rule"], []):
            if matches(rec, findings[i], docs[i]):
                hit = findings[i]
                used.add(i)
                break
        out.append((rec, hit))
    # A plant can give more than one finding (a valuation plant also makes
    # the rumour's figure disagree); findings on a plant's documents and
    # entity are the plant's, not false alarms.
    plants_by_key = {}
    for rec, _ in out:
        for name in (rec.get("entity"), rec.get("counterpart")):
            if name is not None:
                plants_by_key.setdefault((rec["rule"], name), []).append(rec)
    for i, f in enumerate(findings):
        if i in used:
            continue
        for rec in plants_by_key.get((f["rule"], f["entity"]), []):
            if set(rec["documents"]) & docs[i]:
                used.add(i)
                break
    unplanted = [f for i, f in enumerate(findings) if i not in used]
    return out, unplanted


def explain(rec, claims, corpus):
    """Why @rec was missed, from the claims factcheck extracted from its
    documents: what each document gave for the attribute, and to whom."""
    why = []
    for doc in dict.fromkeys(rec["documents"]):
        mine = [c for c in claims if _rel(c["document"], corpus) == doc]
        if rec["kind"].startswith("ties"):
            got = sorted({f"{c['entity']} {c['attribute']}={c['value'].get('entity') or c['value']['text']}"
                          f"{' (' + c['counterpart'] + ')' if c.get('counterpart') else ''}"
                          for c in mine if rec["counterpart"] in (c.get("counterpart"),
                                                                  c["value"].get("entity"))
                          or c["attribute"] == "rival"})
        else:
            got = sorted({f"{c['entity']} {c['attribute']}={c['value']['text']}" for c in mine
                          if c["attribute"] == rec["attribute"]})
        why.append(f"{doc}: " + ("; ".join(got) if got else "no such claim"))
    return " | ".join(why)
