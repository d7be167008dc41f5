#!/usr/bin/env python3
"""Writes a deterministic corpus of news-like funding articles with planted
contradictions, for benchmarking factcheck and checking that it finds them
(standard library only).

    tools/gen-corpus.py OUT (--size 10M | --articles N) [--seed S] [--rules DIR]

The corpus describes a consistent world: every fictional company has one
founding year, one set of founders, one chief executive, and a timeline of
rounds (label, amount, pre- and post-money valuation, lead and participants,
the lead's cheque and stake, revenue by year).  Each round is covered by one
to four articles from different outlets within a week, sometimes preceded by
a rumour ("people familiar with the matter") with a range or an approximate
figure that contains the real one.  So any finding in the corpus is either a
planted contradiction or a false alarm.

Articles are 5-20 KB of Markdown: front matter (title, date, source), site
chrome (navigation, cookie notice, byline, share links, newsletter sign-up,
"Read more" lists of other stories with their own figures, copyright), a
wire dateline, the funding sentences in varied forms (money as "$45
million", "$45m", "US$1.2bn"; dates as "on Tuesday", "March 4", "4 March
2024", "last year", "earlier this month"), and non-funding prose (market
context, product paragraphs, quotes).

Planted contradictions (one per planted round, kinds in turn; the first
rounds get one of each kind so that a small corpus holds every kind):
valuation, round size, the lead's investment, its stake, revenue, total
raised, founding year, chief executive (a second article of the same week
disagrees), parts of a round that do not add up (within one article), a
post-money valuation that is not pre-money plus the round, an investor in two
rival labs of the lexicon (rules/entities, rival = ...), and an investor in
two companies an article calls rivals.  The number is printed, and each one
is listed in OUT.manifest.json (kind, rule, entity, attribute, counterpart,
values, documents), written last, so that its presence means the corpus is
complete.

Same seed, size and rules: byte-identical output.  Files go in sub-folders
of 1,000 (OUT/000/000123-velora-ai.md)."""
import argparse
import datetime
import json
import math
import os
import random
import re
import sys

GENERATOR_VERSION = 2

# --- Vocabulary -------------------------------------------------------------

ONSETS = ["Vel", "Kor", "Bri", "Zan", "Mer", "Tal", "Cor", "Lum", "Ner", "Sol", "Dra", "Fen",
          "Gal", "Hal", "Iso", "Jun", "Kal", "Lor", "Mav", "Nex", "Oro", "Pel", "Quil", "Ryn",
          "Sel", "Tor", "Ulv", "Vor", "Wen", "Xan", "Yor", "Zel", "Ast", "Bel", "Cal", "Dov",
          "Eld", "Fal", "Gren", "Hux"]
MIDDLES = ["a", "e", "i", "o", "ara", "ena", "ilo", "ova", "umi", "ex", "ix", "an", "ar", "is",
           "eli", "oth"]
CODAS = ["ra", "na", "lo", "x", "ne", "th", "n", "s", "va", "ly", "ko", "ta", "da", "m", "ric",
         "vo"]
SECTORS = [
    # suffix, descriptor, what it sells, customers
    ("AI", "AI startup", "AI agents that automate back-office work", "banks and insurers"),
    ("Robotics", "robotics company", "warehouse robots", "retailers and logistics firms"),
    ("Bio", "biotech startup", "machine-learning drug discovery", "pharmaceutical companies"),
    ("Energy", "clean-energy startup", "grid-scale batteries", "utilities"),
    ("Health", "digital health company", "remote patient monitoring", "hospital networks"),
    ("Security", "cybersecurity firm", "cloud security software", "large enterprises"),
    ("Data", "data infrastructure startup", "real-time analytics databases", "software teams"),
    ("Pay", "fintech startup", "business payment cards and expense software", "small businesses"),
    ("Labs", "developer tools company", "coding assistants", "software developers"),
    ("Space", "space startup", "small satellites for Earth imaging", "governments and insurers"),
]
INVESTORS = ["Sequoia Capital", "Andreessen Horowitz", "Accel", "Index Ventures",
             "Lightspeed Venture Partners", "General Catalyst", "Insight Partners", "Tiger Global",
             "Greylock Partners", "Kleiner Perkins", "Founders Fund", "Khosla Ventures",
             "Thrive Capital", "Coatue Management", "Bessemer Venture Partners", "Redpoint Ventures",
             "Battery Ventures", "Felicis Ventures", "Lux Capital", "Balderton Capital", "Atomico",
             "Northzone", "Lakestar", "Eurazeo", "General Atlantic", "ICONIQ Capital",
             "Spark Capital", "Menlo Ventures", "Radical Ventures", "Madrona Venture Group",
             "Altimeter Capital", "Dragoneer Investment Group", "Salesforce Ventures",
             "Greenoaks Capital", "DST Global", "Valor Equity Partners"]
# Fictional backers for the "ties" plants: each plant gets a name of its own.
BACKER_STEMS = ["Ashcombe", "Brackley", "Carrow", "Dunmore", "Eastleigh", "Farrant", "Glenrock",
                "Harwick", "Inchmore", "Jessop", "Kilbride", "Larkfield", "Marchmont", "Norbury",
                "Oakhurst", "Pendle", "Quarry Hill", "Redmire", "Stonebridge", "Thornbury",
                "Upwell", "Vantry", "Whitlock", "Yarrow"]
BACKER_KINDS = ["Capital", "Ventures", "Partners", "Growth", "Capital Partners"]
FIRST = ["Maya", "Daniel", "Priya", "Lucas", "Amara", "Jonas", "Sofia", "Ravi", "Elena", "Tomas",
         "Hannah", "Kwame", "Ingrid", "Mateo", "Leila", "Oskar", "Naomi", "Arjun", "Clara", "Felix",
         "Yuki", "Omar", "Greta", "Samuel", "Aisha", "Henrik", "Lina", "Marcus", "Zara", "Pavel"]
LAST = ["Chen", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Alvarez", "Novak", "Sato", "Brandt",
        "Haddad", "Kowalski", "Mensah", "Ferreira", "Iyer", "Larsen", "Petrov", "Rossi", "Whitaker",
        "Dubois", "Nakamura", "Osei", "Varga", "Holm", "Castillo", "Reyes", "Becker", "Quinn",
        "Abbasi", "Eriksen", "Mwangi"]
CITIES = ["San Francisco", "London", "Paris", "Berlin", "Toronto", "Tel Aviv", "Stockholm",
          "New York", "Boston", "Amsterdam", "Singapore", "Austin", "Munich", "Zurich"]
OUTLETS = ["Example Wire", "The Daily Ledger", "Tech Dispatch", "Capital Journal",
           "Northern Post", "Venture Weekly", "The Market Herald", "Startup Bulletin"]
LABELS = ["seed", "Series A", "Series B", "Series C", "Series D", "Series E", "Series F"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PRODUCTS = ["Atlas", "Beacon", "Compass", "Drift", "Ember", "Fathom", "Harbor", "Keystone",
            "Lattice", "Meridian", "Nimbus", "Pilot", "Relay", "Sentinel", "Tandem", "Vector"]
RESEARCHERS = ["PitchBook", "Dealroom", "CB Insights", "Crunchbase"]

# Sentences for the prose that carries no claim.  {C} company, {P} product,
# {S} sector noun, {W} what it sells, {U} customers, {N} a small number,
# {Y} a year, {R} a research firm.
MARKET = [
    "Investors have grown more selective over the past two years, favouring companies with "
    "steady revenue over those promising growth at any cost.",
    "Deal volumes across the sector fell in {Y}, according to data from {R}, even as the "
    "largest rounds grew larger.",
    "Much of the money is flowing to a handful of companies that investors believe can "
    "dominate their markets.",
    "Buyers of {W} have become more cautious, asking for pilots and proof of savings before "
    "they sign multi-year contracts.",
    "The number of {S} deals has dropped by roughly a third since the peak, {R} data show.",
    "Some founders say the scramble for capital has eased, although late-stage investors "
    "remain picky about valuations.",
    "Interest rates remain a concern for growth investors, who discount future profits more "
    "steeply when borrowing costs are high.",
    "Public markets have been unkind to recently listed technology companies, which has "
    "pushed many startups to delay plans to go public.",
    "Corporate buyers, who once signed up for every new tool, now consolidate their vendors "
    "and negotiate harder on price.",
    "Regulators in Europe and the United States are paying closer attention to the sector, "
    "and new disclosure rules are expected next year.",
    "Several rivals have struggled to raise follow-on funding, and a few have been sold for "
    "less than they had raised.",
    "Hiring has picked up again after a wave of layoffs, with engineers in particular in "
    "short supply.",
    "Analysts expect consolidation, with larger players buying smaller teams for their talent "
    "and technology.",
    "The sector's biggest customers are {U}, which tend to buy slowly but stay for years once "
    "a product is in place.",
    "Venture capital firms raised less money from their own backers last year, which has left "
    "some of them with less to deploy.",
    "Late-stage rounds now often come with protections for investors, such as guaranteed "
    "returns in a sale, that were rare a few years ago.",
    "Founders complain that due diligence now takes months rather than weeks.",
    "Many investors have shifted their attention to companies that can show a path to profit "
    "within two or three years.",
    "Competition from the largest technology groups, which bundle similar features into "
    "products their customers already pay for, is a constant worry for smaller vendors.",
    "The slowdown has been sharpest in Europe, where fewer large funds are active, according "
    "to {R}.",
    "Secondary sales, in which early employees and investors sell shares to new backers, have "
    "become more common as listings stay scarce.",
    "Some of the money raised in recent years has yet to be spent, giving well-funded "
    "companies a long runway.",
    "Pricing pressure has grown as customers compare offers from several vendors before they "
    "commit.",
    "Industry groups have called for clearer rules on how customer data may be used to train "
    "and improve software.",
    "Recruiters say demand is strongest for engineers with experience of running systems at "
    "scale.",
    "Sovereign wealth funds and family offices have become regular participants in large "
    "private rounds.",
]
EXPLAINERS = [
    "The market for {W} has become crowded. Dozens of startups pitch similar products to {U}, and "
    "the largest buyers often test several before choosing one. Switching later is costly, "
    "which is why vendors fight hard for the first contract.",
    "For {U}, the appeal is simple: fewer manual steps, fewer errors and faster answers. The "
    "harder part is changing how teams work, which can take longer than installing the "
    "software itself.",
    "Critics say the sector has promised more than it has delivered. Many pilots never turn "
    "into paid contracts, and some customers have scaled back after a first year.",
    "The technology behind {W} has improved quickly. Costs have fallen, and tasks that needed a "
    "team of specialists a few years ago can now be handled by a small group.",
    "Security and compliance reviews have become a gate for new vendors. Large buyers now ask "
    "for audits, certifications and detailed answers about where data is stored.",
    "Margins in the business depend on scale. Fixed costs for research and infrastructure are "
    "high, so the companies that win the most customers can charge less and still earn more.",
]
PRODUCT = [
    "{C} sells {W} to {U}.",
    "Its main product, {P}, is used by more than {N} hundred customers, the company said.",
    "{P} plugs into the software customers already use, which the company says shortens "
    "installations from months to weeks.",
    "The company plans to spend the money on research, on hiring engineers and on expanding "
    "its sales team in Europe and Asia.",
    "{C} also plans to open an office in {T} later this year.",
    "The startup says its customers include several of the largest {U} in North America.",
    "Customers pay a yearly subscription based on usage, an approach the company says aligns "
    "its revenue with the value it delivers.",
    "A new version of {P}, due next quarter, adds reporting features that customers had asked "
    "for.",
    "The company has doubled its headcount over the past year and is hiring across "
    "engineering, sales and support.",
    "{C} said it would use part of the funding to build a second data centre for its "
    "customers in Europe.",
    "Unlike older vendors, {C} built its system from scratch for the cloud, which it says "
    "keeps costs down as customers grow.",
    "The company declined to name its largest customers, citing confidentiality agreements.",
    "{C} started as a research project before its founders turned it into a company.",
    "The company says {P} cuts the time customers spend on routine work by more than half, a "
    "figure that could not be independently verified.",
    "{C} has partnerships with several large consultancies, which resell {P} to their clients.",
    "Most of the company's staff work in {T} and in its home city, with a small team in Asia.",
    "The startup offers a free tier for small teams, which it says brings in most of its "
    "paying customers.",
    "{C} recently hired a chief financial officer from a listed software company, a move often "
    "read as preparation for a public listing.",
    "Customers can run {P} in their own data centres, an option that matters to regulated "
    "industries.",
    "The company published a report on the reliability of its systems last month, after a "
    "short outage drew complaints.",
]
QUOTES = [
    "\"We are still at the very beginning of what {W} can do,\" said {E}, {C}'s chief executive.",
    "\"This funding lets us move faster and serve customers we could not reach before,\" {E} "
    "said in an interview.",
    "\"Our customers care about one thing: does it work every day,\" {E} said. \"That is what "
    "we have built.\"",
    "\"We were not looking to raise, but the investors came to us,\" {E} told reporters.",
    "\"The hardest part is hiring the right people, and now we can,\" {E} said.",
    "\"We think this market will look very different in five years,\" said {E}.",
    "\"Our customers told us what they needed, and we built it,\" {E} said.",
    "\"We would rather grow a little slower and build something that lasts,\" {E} said.",
    "\"Nobody in this market can stand still,\" {E} said in a statement.",
    "\"There is a lot of noise in this space, and customers see through it quickly,\" said {E}.",
]
INVESTOR_QUOTES = [
    "\"{C} has the strongest team we have seen in this space,\" said {I}, a partner at {F}.",
    "\"We backed {C} because its customers keep coming back,\" {I} of {F} said.",
    "{I}, a partner at {F}, will join the company's board.",
]


LAST_DAY = datetime.date(2025, 12, 31)

# --- Small helpers -------------------------------------------------------------

def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?", text.strip())
    if not m:
        raise argparse.ArgumentTypeError(f"bad size '{text}' (e.g. 10M, 100M, 1G)")
    scale = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def money(millions, style):
    """Formats an amount in millions exactly; style 0-3 picks the wording."""
    cur = "US$" if style == 3 else "$"
    if millions >= 1000:
        b = f"{millions / 1000:.3f}".rstrip("0").rstrip(".")
        return f"{cur}{b} billion" if style in (0, 3) else f"{cur}{b}bn"
    m = f"{millions:g}"
    return [f"{cur}{m} million", f"{cur}{m}m", f"{cur}{m}mn", f"{cur}{m} million"][style]


def round_to(millions, digits=2):
    """A figure rounded to significant digits, as 'about $X' would say it."""
    if millions <= 0:
        return millions
    scale = 10 ** max(0, len(str(int(millions))) - digits)
    return max(scale, int(round(millions / scale)) * scale)


def raised(millions, factor):
    """@millions made @factor times larger and rounded as a reporter would,
    but at least a quarter larger after the rounding: small figures round to
    whole millions ($1.3m is "$1m"), and a plant must stay a contradiction
    whatever tolerance the checks allow."""
    bigger = round_to(millions * factor, 3)
    return max(bigger, millions + max(1, math.ceil(millions * 0.25)))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def day_words(rng, d):
    """The ways an article names a day near its own date."""
    return rng.choice([f"on {WEEKDAYS[d.weekday()]}", f"on {MONTHS[d.month - 1]} {d.day}",
                       f"on {d.day} {MONTHS[d.month - 1]} {d.year}", "this week"])


def when_words(d, then):
    """How an article dated @d refers to the month @then, truthfully."""
    if then.year == d.year:
        return f"in {MONTHS[then.month - 1]}" if then.month != d.month else "earlier this month"
    if then.year == d.year - 1:
        return "last year"
    return f"in {then.year}"


def read_rivals(rules_dir):
    """Rival pairs among the lexicon's labs: [(a, b)], sorted."""
    pairs = set()
    folder = os.path.join(rules_dir, "entities")
    if not os.path.isdir(folder):
        return []
    names = {}
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".rules"):
            continue
        section = kind = None
        rivals = []
        with open(os.path.join(folder, fn), encoding="utf-8") as f:
            for line in list(f) + ["[]\n"]:
                line = line.split("#", 1)[0].rstrip()
                if line.startswith("["):
                    if section and kind == "lab":
                        names[section] = rivals
                    section, kind, rivals = line.strip("[]"), None, []
                elif "=" in line and not line[0].isspace():
                    k, v = (x.strip() for x in line.split("=", 1))
                    if k == "kind":
                        kind = v
                    elif k == "rival":
                        rivals.append(v)
    for a, rs in names.items():
        for b in rs:
            if b in names:
                pairs.add(tuple(sorted((a, b))))
    return sorted(pairs)


def lexicon_words(rules_dir):
    """Every word of every lexicon name, so fictional names never collide."""
    words = set()
    folder = os.path.join(rules_dir, "entities")
    if os.path.isdir(folder):
        for fn in sorted(os.listdir(folder)):
            with open(os.path.join(folder, fn), encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line.startswith("[") or line.startswith("alias"):
                        name = line.strip("[]").split("=", 1)[-1]
                        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", name))
    return words


# --- The world -------------------------------------------------------------

class Company:
    pass


class Round:
    pass


class World:
    def __init__(self, rng, rules_dir):
        self.rng = rng
        taken = lexicon_words(rules_dir)
        bases = sorted({o + m + c for o in ONSETS for m in MIDDLES for c in CODAS})
        rng.shuffle(bases)
        self.bases = [b for b in bases if b.lower() not in taken]
        self.next_name = 0
        self.sector_funding = {}
        self.backers_used = 0

    def name(self, suffix):
        i = self.next_name
        self.next_name += 1
        base = self.bases[i % len(self.bases)]
        if i >= len(self.bases):  # past ~10,000 companies: a second word keeps names unique
            base += " " + ONSETS[(i // len(self.bases)) % len(ONSETS)] + "ic"
        return f"{base} {suffix}"

    def backer(self):
        """A fictional investor name no other plant uses."""
        i = self.backers_used
        self.backers_used += 1
        stem = BACKER_STEMS[i % len(BACKER_STEMS)]
        kind = BACKER_KINDS[(i // len(BACKER_STEMS)) % len(BACKER_KINDS)]
        n = i // (len(BACKER_STEMS) * len(BACKER_KINDS))
        return f"{stem} {kind}" + (f" {['II', 'III', 'IV', 'V'][n % 4]}" if n else "")

    def person(self):
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def company(self, start):
        rng = self.rng
        c = Company()
        sector = rng.randrange(len(SECTORS))
        c.suffix, c.desc, c.what, c.customers = SECTORS[sector]
        c.name = self.name(c.suffix)
        c.short = c.name.split()[0]
        c.city = rng.choice(CITIES)
        c.other_city = rng.choice([x for x in CITIES if x != c.city])
        c.product = rng.choice(PRODUCTS)
        c.founders = [self.person(), self.person()]
        while c.founders[1] == c.founders[0]:
            c.founders[1] = self.person()
        c.ceo = c.founders[0]
        c.founded = start.year - rng.randint(1, 4)
        c.investors = rng.sample(INVESTORS, 5)
        c.partner = {inv: self.person() for inv in c.investors}
        base_rev = rng.choice([2, 3, 5, 8, 12])
        c.revenue = {y: base_rev * (2 ** (y - c.founded - 1)) for y in range(c.founded + 1, 2031)}
        c.rounds = []
        d = start
        amount, post = rng.choice([(4, 20), (6, 30), (10, 45), (15, 60)])
        total = 0
        for k in range(rng.choice([1, 2, 2, 3, 3, 4])):
            r = Round()
            r.index = k
            r.label = LABELS[min(k + rng.randint(0, 1), len(LABELS) - 1)] if k else \
                rng.choice(LABELS[:3])
            if c.rounds and LABELS.index(r.label) <= LABELS.index(c.rounds[-1].label):
                r.label = LABELS[min(LABELS.index(c.rounds[-1].label) + 1, len(LABELS) - 1)]
            r.date = d
            r.amount = amount
            r.post = post
            r.pre = post - amount
            total += amount
            r.total = total
            r.lead = c.investors[k % len(c.investors)]
            r.participants = [x for x in c.investors if x != r.lead][:rng.randint(1, 3)]
            r.lead_cheque = round_to(amount * rng.choice([0.3, 0.4, 0.5]))
            r.stake = rng.choice([5, 6, 8, 10, 12, 15])
            r.employees = 20 * (k + 1) + rng.randint(0, 8) * 5
            r.equity, r.debt = (amount - round_to(amount * 0.2), round_to(amount * 0.2))
            c.rounds.append(r)
            d = d + datetime.timedelta(days=rng.randint(200, 420))
            if d > LAST_DAY:
                break
            amount = round_to(amount * rng.choice([2, 2.5, 3, 4]))
            post = round_to(post * rng.choice([2, 2.5, 3, 4]) + amount, 3)
        return c

    def sector_total(self, sector, year):
        """Venture funding into a sector in a year: one figure per pair."""
        key = (sector, year)
        if key not in self.sector_funding:
            self.sector_funding[key] = 5 + (sum(map(ord, sector)) * 7 + year * 13) % 40
        return self.sector_funding[key]


# --- Articles --------------------------------------------------------------

class Article:
    """One article's facts as written; a plant overrides some of them."""

    def __init__(self, company, rnd, date, outlet):
        self.c, self.r, self.date, self.outlet = company, rnd, date, outlet
        self.amount, self.post, self.pre = rnd.amount, rnd.post, rnd.pre
        self.lead_cheque, self.stake, self.total = rnd.lead_cheque, rnd.stake, rnd.total
        self.founded, self.ceo = company.founded, company.ceo
        self.revenue = company.revenue.get(date.year - 1)
        self.equity, self.debt = rnd.equity, rnd.debt
        self.rival = None          # a company this article calls a rival
        self.extra_backer = None   # a backer this article names in the round
        self.forms = []            # which wordings carry the round's figures
        self.must = set()          # sentences a plant needs: valuation, stake, ...
        self.avoid = set()         # sentences a plant must leave out


class Writer:
    def __init__(self, args, rng, world):
        self.args, self.rng, self.world = args, rng, world
        self.bytes = 0
        self.count = 0
        self.headlines = []   # recent stories for "Read more" lists
        self.planted = []
        self.rivals = read_rivals(args.rules)
        self.pool = self.filler_pool()

    # Prose without claims, built once: assembling paragraphs per article
    # from templates would make generation several times slower.
    def filler_pool(self):
        rng = self.rng
        pool = {"market": [], "product": [], "quote": [], "explainer": EXPLAINERS}
        for _ in range(400):
            s = rng.sample(MARKET, rng.randint(2, 4))
            pool["market"].append(" ".join(s).replace("{Y}", str(rng.randint(2021, 2024)))
                                  .replace("{R}", rng.choice(RESEARCHERS)))
            pool["product"].append(" ".join(rng.sample(PRODUCT, rng.randint(2, 4)))
                                   .replace("{N}", rng.choice(["two", "three", "five", "eight"])))
            q = rng.sample(QUOTES, rng.randint(1, 2))
            pool["quote"].append(" ".join(q))
        return pool

    def filler(self, a, kind):
        c = a.c
        text = self.rng.choice(self.pool[kind])
        return (text.replace("{C}", c.name).replace("{P}", c.product).replace("{W}", c.what)
                .replace("{U}", c.customers).replace("{S}", c.desc.split()[0])
                .replace("{T}", c.other_city).replace("{E}", a.ceo))

    def write(self, text, company_name):
        i = self.count
        rel = os.path.join(f"{i // 1000:03d}", f"{i:06d}-{slug(company_name)}.md")
        path = os.path.join(self.args.out, rel)
        if i % 1000 == 0:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        self.count += 1
        self.bytes += len(data)
        return rel

    def chrome_top(self, a, headline):
        rng, d = self.rng, a.date
        parts = [f"---\ntitle: {headline}\ndate: {d.isoformat()}\nsource: {a.outlet}\n---\n"]
        if rng.random() < 0.6:
            parts.append("[Home](/) | [Markets](/markets) | [Technology](/technology) | "
                         "[Startups](/startups) | [Opinion](/opinion) | [Newsletters](/newsletters)\n")
        if rng.random() < 0.5:
            parts.append("We use cookies to personalise content and to analyse our traffic. By "
                         "continuing to use this site you accept our [cookie policy](/cookies). "
                         "[Accept all](#accept) [Manage preferences](#prefs)\n")
        parts.append(f"# {headline}\n")
        parts.append(f"By {self.world.person()}, {rng.choice(['Staff Reporter', 'Technology Correspondent', 'Senior Writer', 'Deals Reporter'])}\n\n"
                     f"{MONTHS[d.month - 1]} {d.day}, {d.year} · {rng.randint(3, 9)} min read\n")
        if rng.random() < 0.4:
            parts.append("Share this article: [X](#share-x) [LinkedIn](#share-li) [Email](#share-mail)\n")
        return "\n".join(parts)

    def chrome_bottom(self, a):
        rng = self.rng
        parts = []
        if rng.random() < 0.5:
            parts.append(f"Reporting by {self.world.person()}; Editing by {self.world.person()}")
        if rng.random() < 0.6:
            parts.append(f"Sign up for the {a.outlet} Startups newsletter, delivered every weekday "
                         "morning. [Subscribe](/newsletters)")
        own = a.c.name if hasattr(a, "c") else None
        others = [h for name, h, d in self.headlines if name != own and d <= a.date]
        if others:
            items = rng.sample(others, min(3, len(others)))
            title = rng.choice(["## Read more", "Read more:", "## Related articles", "More from " + a.outlet])
            parts.append(title + "\n\n" + "\n".join(f"- [{h}](/news/{slug(h)[:48]})" for h in items))
        parts.append(f"© {a.date.year} {a.outlet}. All rights reserved. [Terms](/terms) · "
                     "[Privacy](/privacy) · [Contact us](/contact)")
        return "\n\n".join(parts) + "\n"

    def round_article(self, a, target):
        """A story about one round; the facts come from @a."""
        rng, c, r, d = self.rng, a.c, a.r, a.date
        ms = rng.randrange(4)
        M = lambda x: money(x, ms)
        label = r.label if r.label != "seed" else "seed"
        label_round = f"{label} round" if r.label != "seed" else "seed round"
        hl = rng.randrange(4)
        headline = [
            f"{c.name} raises {M(a.amount)} as investors bet on {c.what.split(' that ')[0]}",
            f"{c.name} lands {M(a.amount)} {label} funding",
            f"{c.desc.capitalize()} {c.name} secures {M(a.amount)}",
            f"{c.name} draws {M(a.amount)} from {r.lead}",
        ][hl]
        a.forms.append(["headline-name-first", "headline-name-first",
                        "headline-descriptor-first", "headline-name-first"][hl])
        body = [self.chrome_top(a, headline)]
        lead_sentence = rng.randrange(3)
        dl = f"{c.city.upper()}, {MONTHS[d.month - 1][:3]} {d.day} ({a.outlet}) - " if rng.random() < 0.5 else ""
        show_val = "valuation" in a.must or rng.random() < 0.8
        val_phrase = ""
        if show_val and "valuation" not in a.avoid:
            val_phrase = rng.choice([f", valuing the company at {M(a.post)}",
                                     f" at a post-money valuation of {M(a.post)}",
                                     f", in a deal that values it at {M(a.post)}"])
        if lead_sentence == 0:
            p1 = (f"{dl}{c.name}, the {c.city}-based {c.desc}, has raised {M(a.amount)} in a "
                  f"{label_round} led by {r.lead}{val_phrase}.")
        elif lead_sentence == 1:
            p1 = (f"{dl}{c.name} said {day_words(rng, d)} it had raised {M(a.amount)} in "
                  f"{label} funding led by {r.lead}{val_phrase}.")
        else:
            p1 = (f"{dl}{c.desc.capitalize()} {c.name} has closed a {M(a.amount)} {label_round} "
                  f"led by {r.lead}{val_phrase}.")
        body.append(p1)
        # "Clean-energy startup X" reads differently from "Robotics company X".
        first = "lead-hyphenated-descriptor-first" if "-" in c.desc.split()[0] else \
            "lead-descriptor-first"
        a.forms.append(["lead-apposition", "lead-said", first][lead_sentence])
        backers = list(r.participants) + ([a.extra_backer] if a.extra_backer else [])
        if backers:
            names = backers[0] if len(backers) == 1 else ", ".join(backers[:-1]) + " and " + backers[-1]
            body.append(rng.choice([f"{names} also participated in the round.",
                                    f"Existing investors {names} also took part, the company said.",
                                    f"The round also drew money from {names}."])
                        if not a.extra_backer else f"{names} also participated in the round.")
        blocks = []
        if r.index > 0:
            p = c.rounds[r.index - 1]
            blocks.append(f"The funding comes after {c.name} raised {M(p.amount)} in a "
                          f"{p.label} round {when_words(d, p.date)}.")
        if ("pre" in a.must or rng.random() < 0.3) and "pre" not in a.avoid:
            blocks.append(rng.choice([
                f"The investment gives {c.name} a pre-money valuation of {M(a.pre)}.",
                f"{c.name} raised {M(a.amount)} at a {M(a.pre)} pre-money valuation, the "
                f"company said."]) if "pre" not in a.must else
                f"{c.name} raised {M(a.amount)} at a {M(a.pre)} pre-money valuation, the company said.")
        if ("total" in a.must or rng.random() < 0.5) and "total" not in a.avoid and r.index > 0:
            blocks.append(rng.choice([f"{c.name} has now raised {M(a.total)} in total.",
                                      f"{c.name} has raised a total of {M(a.total)} to date."]))
        if ("investment" in a.must or rng.random() < 0.4) and "investment" not in a.avoid:
            blocks.append(f"{r.lead} invested {M(a.lead_cheque)} in {c.name}, the company said.")
        if ("stake" in a.must or rng.random() < 0.3) and "stake" not in a.avoid:
            blocks.append(f"After the deal, {r.lead} owns about {a.stake}% of {c.name}.")
        if ("tranche" in a.must or rng.random() < 0.15) and "tranche" not in a.avoid:
            blocks.append(f"{c.name} closed a {M(a.amount)} round. It comprises {M(a.equity)} in "
                          f"new equity and {M(a.debt)} in venture debt.")
        if ("revenue" in a.must or rng.random() < 0.4) and a.revenue and "revenue" not in a.avoid:
            blocks.append(f"{c.name} generated {M(a.revenue)} in revenue last year.")
        if ("founded" in a.must or rng.random() < 0.6) and "founded" not in a.avoid:
            blocks.append(rng.choice([
                f"{c.name} was founded in {a.founded} by {c.founders[0]} and {c.founders[1]}.",
                f"Founded in {a.founded} in {c.city}, {c.name} has grown quickly.",
            ]))
        if ("ceo" in a.must or rng.random() < 0.7) and "ceo" not in a.avoid:
            blocks.append(rng.choice([
                f"{c.name} chief executive {a.ceo} said the money would go into research and hiring.",
                f"{a.ceo}, the chief executive of {c.name}, said the company was not looking to sell.",
            ]))
        if rng.random() < 0.3:
            blocks.append(f"{c.name} now employs about {r.employees} people.")
        if a.rival:
            blocks.append(f"{c.name} competes with {a.rival} for {c.customers}.")
        if rng.random() < 0.5:
            inv = r.lead
            blocks.append(rng.choice(INVESTOR_QUOTES).replace("{C}", c.name)
                          .replace("{I}", c.partner[inv]).replace("{F}", inv))
        rng.shuffle(blocks)
        body.extend(blocks)
        self.fill(a, body, target)
        text = "\n\n".join(body) + "\n\n" + self.chrome_bottom(a)
        self.headlines.append((c.name, headline, d))
        if len(self.headlines) > 200:
            del self.headlines[:100]
        return text

    def rumour_article(self, a, target):
        """Before the round: a range or an approximate figure that holds the real one."""
        rng, c, r, d = self.rng, a.c, a.r, a.date
        M = lambda x: money(x, rng.randrange(3))
        lo, hi = round_to(r.amount * 0.8), round_to(r.amount * 1.25)
        if not lo < r.amount < hi:
            lo, hi = r.amount - max(1, r.amount // 5), r.amount + max(1, r.amount // 4)
        headline = f"{c.name} in talks to raise new funding"
        body = [self.chrome_top(a, headline)]
        body.append(rng.choice([
            f"{c.name} is in talks to raise between {M(lo)} and {M(hi)} in a round led by "
            f"{r.lead}, according to people familiar with the matter.",
            f"{c.name} is raising {M(lo)} to {M(hi)} from investors including {r.lead}, "
            f"people familiar with the matter said.",
        ]))
        body.append(f"The round would value {c.name} at about {M(round_to(r.post))}, one of the "
                    f"people said. {c.name} declined to comment.")
        self.fill(a, body, target)
        return "\n\n".join(body) + "\n\n" + self.chrome_bottom(a)

    def lab_article(self, lab, backer, cheque, d, outlet, target):
        """A backer's investment in a lab of the lexicon, for the ties plants."""
        rng = self.rng
        M = lambda x: money(x, rng.randrange(3))
        headline = f"{backer} takes a bet on {lab}"
        a = Article.__new__(Article)
        a.date, a.outlet = d, outlet
        body = [self.chrome_top(a, headline)]
        body.append(f"{backer} has invested {M(cheque)} in {lab}, the firm said {day_words(rng, d)}.")
        body.append(f"\"We think {lab} will be one of the defining companies of the decade,\" a "
                    f"spokesperson for {backer} said.")
        while sum(map(len, body)) < target:
            body.append(rng.choice(self.pool["market"]).replace("{W}", "AI models")
                        .replace("{U}", "large companies").replace("{S}", "AI"))
        return "\n\n".join(body) + "\n\n" + self.chrome_bottom(a)

    def fill(self, a, body, target):
        rng = self.rng
        c = a.c
        size = sum(map(len, body))
        y = a.date.year - 1
        body.insert(min(3, len(body)), f"Venture investors put ${self.world.sector_total(c.suffix, y)} "
                    f"billion into {c.desc.split()[0]} startups in {y}, according to "
                    f"{rng.choice(RESEARCHERS)}.")
        while size < target:
            kind = rng.choice(("market", "market", "product", "product", "quote", "explainer"))
            body.append(self.filler(a, kind))
            size += len(body[-1]) + 2
        # Sites link one other story inside the text; its headline has figures
        # about another company.
        others = [h for name, h, d in self.headlines if name != c.name and d <= a.date]
        if others and rng.random() < 0.5:
            h = rng.choice(others)
            body.insert(rng.randint(4, len(body)), f"**Read more:** [{h}](/news/{slug(h)[:40]})")

    # --- Plants ------------------------------------------------------------

    KINDS = ["valuation", "round_size", "investment", "stake", "revenue", "total_raised",
             "founded", "ceo", "tranches", "post_money", "ties_lexicon", "ties_corpus"]
    RULES = {"valuation": ("valuation-conflict", "valuation"),
             "round_size": ("round-size-conflict", "round_size"),
             "investment": ("investment-conflict", "investment"),
             "stake": ("stake-conflict", "stake"),
             "revenue": ("revenue-conflict", "revenue"),
             "total_raised": ("total-raised-conflict", "total_raised"),
             "founded": ("founding-year-conflict", "founded"),
             "ceo": ("ceo-conflict", "ceo"),
             "tranches": ("tranches-exceed-round", "round_size"),
             "post_money": ("valuation-conflict", "valuation"),
             "ties_lexicon": ("investor-backs-rivals", None),
             "ties_corpus": ("investor-backs-rivals", None)}

    def plant(self, kind, arts):
        """Makes the last of @arts disagree with the first; returns the record."""
        rng = self.rng
        a, b = arts[0], arts[-1]
        c, r = a.c, a.r
        rec = {"kind": kind, "rule": self.RULES[kind][0], "entity": c.name,
               "attribute": self.RULES[kind][1], "counterpart": None}
        factor = rng.choice([1.3, 1.4, 1.5, 1.6])
        for x in (a, b):
            x.avoid |= {"tranche", "pre"}   # keep other checks out of the plant's way
        if kind == "valuation":
            # An unlabelled valuation may be pre- or post-money: the other
            # figure must not be this one plus the round.
            b.post = raised(r.post + r.amount, factor)
            vals = (a.post, b.post)
        elif kind == "round_size":
            b.amount = raised(r.amount, factor)
            for x in (a, b):
                x.avoid |= {"total", "investment"}
            vals = (a.amount, b.amount)
        elif kind == "investment":
            b.lead_cheque = raised(r.lead_cheque, factor)  # at most 80% of the round
            rec["counterpart"] = r.lead
            vals = (a.lead_cheque, b.lead_cheque)
        elif kind == "stake":
            # Both are "about": apart by more than the approximate
            # tolerance on each side.
            b.stake = r.stake + max(rng.choice([3, 4, 5]), math.ceil(r.stake * 0.25))
            rec["counterpart"] = r.lead
            vals = (a.stake, b.stake)
        elif kind == "revenue":
            b.revenue = raised(a.revenue, factor)
            vals = (a.revenue, b.revenue)
        elif kind == "total_raised":
            b.total = raised(r.total, factor)
            vals = (a.total, b.total)
        elif kind == "founded":
            b.founded = c.founded - rng.choice([1, 2])
            vals = (a.founded, b.founded)
        elif kind == "ceo":
            b.ceo = self.world.person()
            while b.ceo in c.founders:
                b.ceo = self.world.person()
            vals = (a.ceo, b.ceo)
        elif kind == "tranches":
            b = a
            a.avoid.discard("tranche")
            a.debt = round_to(r.debt * 2 + r.amount * 0.3)
            vals = (a.amount, a.equity + a.debt)
        elif kind == "post_money":
            a.avoid.discard("pre")
            b.avoid.add("pre")
            b.post = raised(r.pre + r.amount, factor)
            a.avoid.add("valuation")
            vals = (a.pre + a.amount, b.post)
        a.must.add({"valuation": "valuation", "round_size": "round_size", "investment": "investment",
                    "stake": "stake", "revenue": "revenue", "total_raised": "total",
                    "founded": "founded", "ceo": "ceo", "tranches": "tranche",
                    "post_money": "pre"}[kind])
        for x in (a, b):
            x.must |= a.must
            x.avoid -= a.must
        if kind == "post_money":
            # Only the sum of one article's pre-money and round against the
            # other's post-money: neither states both.
            b.must.discard("pre")
            b.avoid.add("pre")
            b.must.add("valuation")
            b.avoid.discard("valuation")
        rec["values"] = list(vals)
        rec["_articles"] = (a, b)
        return rec

    # --- Main loop ---------------------------------------------------------

    def run(self):
        args, rng, world = self.args, self.rng, self.world
        start = datetime.date(2021, 1, 4)
        span = (datetime.date(2025, 6, 30) - start).days
        planted_rounds = 0
        pending_corpus_tie = None  # (backer, first company, its record)
        kinds = list(self.KINDS)
        if not self.rivals:
            kinds.remove("ties_lexicon")
            print("gen-corpus: the lexicon names no rival labs; no ties_lexicon plants", file=sys.stderr)
        kind_i = 0
        lab_i = 0
        while not self.done():
            c = world.company(start + datetime.timedelta(days=rng.randrange(span)))
            for r in c.rounds:
                n = rng.choice([1, 2, 2, 3, 3, 4])
                kind = None
                tie = pending_corpus_tie
                if tie and tie[1] is not c and not set(tie[1].investors) & set(c.investors):
                    kind = "ties_corpus"  # the second half, on the first round that fits
                elif planted_rounds < len(kinds) * args.first_of_each or \
                        rng.random() < 1.0 / args.plant_every:
                    kind = kinds[kind_i % len(kinds)]
                    if not self.eligible(kind, c, r):
                        kind = None  # the next round gets this kind
                    else:
                        kind_i += 1
                        planted_rounds += 1
                if kind == "post_money":
                    n = 2  # a third article would state the true post-money
                elif kind and kind not in ("tranches", "ties_lexicon", "ties_corpus"):
                    n = max(n, 2)
                arts = [Article(c, r, r.date + datetime.timedelta(days=2 * i + rng.randint(0, 1)),
                                OUTLETS[(i + r.index) % len(OUTLETS)]) for i in range(n)]
                rec = None
                if kind == "ties_lexicon":
                    pair = self.rivals[lab_i % len(self.rivals)]
                    lab_i += 1
                    backer = world.backer()
                    rec = {"kind": kind, "rule": self.RULES[kind][0], "entity": None,
                           "attribute": None, "counterpart": backer, "pair": list(pair),
                           "values": [], "documents": []}
                    for j, lab in enumerate(pair):
                        d = r.date + datetime.timedelta(days=3 + 5 * j)
                        text = self.lab_article(lab, backer, rng.choice([50, 100, 150, 250]), d,
                                                OUTLETS[j], self.target())
                        rec["documents"].append(self.write(text, lab))
                elif kind == "ties_corpus" and tie is None:
                    # First half: the backer joins this round; a later
                    # company's round completes the plant.
                    backer = world.backer()
                    arts[0].extra_backer = backer
                    pending_corpus_tie = (backer, c, arts[0])
                elif kind == "ties_corpus":
                    # Second half: a rival by this article's own words, with
                    # no regular investor in common.
                    backer, first, first_art = tie
                    arts[0].extra_backer = backer
                    arts[0].rival = first.name
                    rec = {"kind": kind, "rule": self.RULES[kind][0], "entity": None,
                           "attribute": None, "counterpart": backer,
                           "pair": sorted([first.name, c.name]), "values": [],
                           "_articles": (first_art, arts[0])}
                    pending_corpus_tie = None
                elif kind:
                    rec = self.plant(kind, arts)
                if kind is None and rng.random() < 0.25:
                    ra = Article(c, r, r.date - datetime.timedelta(days=rng.randint(8, 14)),
                                 rng.choice(OUTLETS))
                    self.write(self.rumour_article(ra, self.target()), c.name)
                for a in arts:
                    a.path = self.write(self.round_article(a, self.target()), c.name)
                if rec is not None:
                    self.planted.append(rec)
                if self.done():
                    break
        for rec in self.planted:
            if "_articles" in rec:
                arts = rec.pop("_articles")
                rec["documents"] = [x.path for x in arts]
                rec["forms"] = {x.path: x.forms for x in arts}
        return self.planted

    @staticmethod
    def eligible(kind, c, r):
        """Whether round @r can carry a plant of @kind at all."""
        if kind == "total_raised":
            return r.index > 0  # a first round's total is the round
        if kind == "revenue":  # "last year" must be one year for the week's articles
            return c.revenue.get(r.date.year - 1) is not None and r.date.month < 12
        return True

    def target(self):
        return int(self.rng.triangular(5000, 20000, 8000))

    def done(self):
        if self.args.articles is not None:
            return self.count >= self.args.articles
        return self.bytes >= self.args.size


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder to write (created; existing files are overwritten)")
    ap.add_argument("--size", type=parse_size, default=parse_size("10M"),
                    help="total size to reach, e.g. 10M, 100M, 1G (default 10M)")
    ap.add_argument("--articles", type=int, help="number of articles instead of --size")
    ap.add_argument("--seed", type=int, default=20250314)
    ap.add_argument("--rules", default=os.path.join(here, "..", "rules"),
                    help="rules folder whose lexicon names the rival labs")
    ap.add_argument("--plant-every", type=float, default=12,
                    help="after the first of each kind, one plant per N rounds on average")
    ap.add_argument("--first-of-each", type=int, default=1,
                    help="rounds of each kind planted before the random ones")
    ap.add_argument("--manifest", help="manifest path (default OUT.manifest.json)")
    args = ap.parse_args()
    out = args.out.rstrip("/") or "."
    manifest = args.manifest or out + ".manifest.json"
    if os.path.exists(manifest):
        os.remove(manifest)  # it marks a complete corpus
    os.makedirs(out, exist_ok=True)
    rng = random.Random(args.seed)
    w = Writer(args, rng, World(rng, args.rules))
    planted = w.run()
    doc = {"generator": GENERATOR_VERSION, "seed": args.seed, "articles": w.count,
           "bytes": w.bytes, "planted": planted}
    tmp = manifest + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    os.replace(tmp, manifest)
    kinds = {}
    for p in planted:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{w.count} articles, {w.bytes / 1e6:.1f} MB, {len(planted)} planted contradictions "
          f"({', '.join(f'{k} {n}' for k, n in kinds.items())}); manifest {manifest}")


if __name__ == "__main__":
    main()
