#!/usr/bin/env python3
"""Writes a deterministic corpus of news-like funding articles for timing
factcheck at archive scale (standard library only).

    tools/gen-corpus.py OUT [--articles N] [--seed S]

Every article has front matter, a headline, a dateline paragraph with a
round size and a valuation, investor and founder sentences, and filler
prose.  About one company in twenty is given a second, different valuation
in another article of the same month, so the checks have real work to do.
Same seed and N: byte-identical output."""
import argparse
import os
import random

PREFIXES = ["Nova", "Quant", "Helio", "Arbor", "Cobalt", "Lumen", "Vertex", "Orbit", "Kestrel",
            "Tidal", "Granite", "Aurora", "Cinder", "Pioneer", "Falcon", "Zephyr", "Onyx", "Summit"]
SUFFIXES = ["Labs", "AI", "Robotics", "Systems", "Bio", "Energy", "Data", "Networks", "Health"]
INVESTORS = ["Sequoia Capital", "Andreessen Horowitz", "Accel", "Index Ventures", "Lightspeed",
             "General Catalyst", "Insight Partners", "Tiger Global", "Greylock", "Benchmark",
             "Kleiner Perkins", "Founders Fund", "Khosla Ventures", "Thrive Capital"]
FIRST = ["Maya", "Daniel", "Priya", "Lucas", "Amara", "Jonas", "Sofia", "Ravi", "Elena", "Tomas"]
LAST = ["Chen", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Sato", "Brandt"]
ROUNDS = ["Series A", "Series B", "Series C", "Series D", "seed"]
CITIES = ["San Francisco", "London", "Paris", "Berlin", "Toronto", "Tel Aviv", "Stockholm"]
FILLER = [
    "The company plans to use the money to hire engineers and expand into new markets.",
    "Analysts said the deal reflects continued investor appetite for the sector.",
    "The startup did not disclose its revenue, but said it had tripled its customer base.",
    "Competition for talent has pushed salaries higher across the industry.",
    "Executives said they expected to break even within two years.",
    "The market for such tools has grown quickly as companies automate more work.",
]


def company_names(rng, n):
    names = set()
    while len(names) < n:
        names.add(f"{rng.choice(PREFIXES)}{rng.choice(PREFIXES).lower()} {rng.choice(SUFFIXES)}")
    return sorted(names)


def article(rng, company, date, valuation_bn):
    size = rng.choice([20, 35, 50, 75, 100, 150, 200, 300, 500])
    rnd = rng.choice(ROUNDS)
    lead, other = rng.sample(INVESTORS, 2)
    founder = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    year = rng.randint(2012, 2022)
    city = rng.choice(CITIES)
    body = [
        f"# {company} raises ${size} million",
        "",
        f"{city.upper()} - {company} has raised ${size} million in a {rnd} round led by "
        f"{lead}, in a deal that values the company at ${valuation_bn} billion.",
        "",
        f"{other} also participated in the round.",
        "",
        f"{company} was founded in {year} by {founder}, who is the chief executive.",
        "",
    ]
    body += rng.sample(FILLER, rng.randint(2, 5))
    front = f"---\ntitle: {company} raises ${size} million\ndate: {date}\nsource: Example Wire\n---\n"
    return front + "\n".join(body) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20250314)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    companies = company_names(rng, max(1, args.articles // 4))
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.articles):
        company = companies[i % len(companies)]
        month = 1 + (i // len(companies)) * 3 % 12
        valuation = 1 + (hash_name(company) % 40)
        if hash_name(company) % 20 == 0 and i // len(companies) == 1:
            valuation += 3  # a second figure for a round already reported
            month = 1
        date = f"2024-{month:02d}-{1 + i % 28:02d}"
        path = os.path.join(args.out, f"{i // 1000:02d}", f"article-{i:05d}.md")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(article(rng, company, date, valuation))


def hash_name(name):
    """A stable hash (Python's hash() is salted per process)."""
    h = 0
    for c in name.encode():
        h = (h * 131 + c) % 1000003
    return h


if __name__ == "__main__":
    main()
