#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium loads the report of
fixture corpora that include the hostile article and checks, over the
DevTools protocol, that the page logs no console error or CSP violation,
makes no network request beyond the file itself, holds as many findings as
the JSON report, contains no element or attribute the report does not write
itself (so nothing from the articles became markup), shows the hostile text
as text, runs its one script (allowed by hash) and has a target for every
in-page link.  Screenshots go to the build folder: browser-report.png (a
laptop screen), browser-report-full.png (the whole page) and
browser-report-print.png (print media).

Standard library only.  The DevTools protocol runs over
--remote-debugging-pipe: Chromium reads commands on fd 3 and writes replies
and events on fd 4, each a JSON text ended by a NUL byte.  No port is
opened, so nothing else on the machine can talk to the browser.

Usage: test-browser.py BUILD_DIR, with FC_BINARY and FC_SOURCE_ROOT set
(meson test sets them).  TAP on stdout; "1..0 # SKIP" only where Chromium
is missing.
"""
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

CORPORA = [
    "fixtures/hostile/articles",
    "fixtures/conflict-one-round/articles",
    "fixtures/rival-investor/articles",
    "fixtures/tranches-exceed/articles",
    "fixtures/timeline-not-conflict/articles",
]

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--disable-extensions",
    "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--remote-debugging-pipe",
]

# Every element the report writes; anything else came from an article.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "div", "h1", "h2",
    "h3", "h4", "dl", "dt", "dd", "p", "span", "nav", "a", "form", "label", "input",
    "select", "option", "main", "section", "article", "strong", "blockquote", "mark",
    "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "rect",
    "line", "text", "g", "path", "br", "script",
}

INSPECT = r"""
(() => {
  const all = [...document.querySelectorAll('*')];
  const tags = [...new Set(all.map(e => e.localName))].sort();
  const handlers = [];
  const badUrls = [];
  for (const e of all) {
    for (const a of e.attributes) {
      if (a.name.toLowerCase().startsWith('on')) handlers.push(e.localName + '[' + a.name + ']');
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name.toLowerCase())
          && !/^(#|https?:)/i.test(a.value.trim()))
        badUrls.push(e.localName + '[' + a.name + '=' + a.value + ']');
    }
  }
  const missing = [...document.querySelectorAll('a[href^="#"]')]
    .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
    .filter(id => !document.getElementById(id));
  const text = document.body.textContent;
  return JSON.stringify({
    findings: document.querySelectorAll('article.finding').length,
    scripts: document.scripts.length,
    styles: document.querySelectorAll('style').length,
    images: document.images.length,
    csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || '',
    tags: tags, handlers: handlers, badUrls: badUrls, missing: [...new Set(missing)],
    filterShown: !document.getElementById('filter').hidden,
    hostileText: ['<script>alert(5)</script>', '"><img src=x onerror=alert(1)//',
                  '<script>alert("title")</script>', '</textarea><svg onload=alert(2)>']
                 .filter(s => !text.includes(s)),
    resources: performance.getEntriesByType('resource').length,
    height: document.documentElement.scrollHeight,
  });
})()
"""

# The script filters: with errors unchecked, no error finding is shown.
FILTER = r"""
(() => {
  const f = document.getElementById('filter');
  const box = f.querySelector('input[value="error"]');
  box.checked = false;
  f.dispatchEvent(new Event('change', {bubbles: true}));
  const shown = [...document.querySelectorAll('article.finding')].filter(a => !a.hidden);
  const ok = shown.every(a => a.dataset.severity !== 'error');
  box.checked = true;
  f.dispatchEvent(new Event('change', {bubbles: true}));
  return ok && shown.length < document.querySelectorAll('article.finding').length;
})()
"""


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, name, detail=None):
        self.n += 1
        print(("ok" if ok else "not ok") + " %d - %s" % (self.n, name))
        if not ok:
            self.failed += 1
            if detail is not None:
                for line in str(detail).splitlines() or [""]:
                    print("# " + line)
        sys.stdout.flush()
        return ok


class DevTools:
    """A minimal DevTools protocol client over Chromium's debugging pipe."""

    def __init__(self, chromium, profile, log):
        to_child, self.writer = os.pipe()
        self.reader, from_child = os.pipe()

        def wire():
            # Copies first, so that dup2() never closes what it copies.
            r, w = os.dup(to_child), os.dup(from_child)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self.proc = subprocess.Popen(
            [chromium] + CHROMIUM_FLAGS + ["--user-data-dir=" + profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
            preexec_fn=wire, close_fds=False)
        os.close(to_child)
        os.close(from_child)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no reply from Chromium")
            ready, _, _ = select.select([self.reader], [], [], left)
            if ready:
                chunk = os.read(self.reader, 1 << 20)
                if not chunk:
                    raise EOFError("Chromium closed the pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.writer, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"]))
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, timeout=30):
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def drain(self, seconds):
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read(deadline))
        except TimeoutError:
            pass

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.writer)
        os.close(self.reader)


def find_chromium():
    for name in (os.environ.get("FC_CHROMIUM"), "chromium", "chromium-browser"):
        if name:
            path = shutil.which(name)
            if path:
                return path
    return None


def run_factcheck(root, fmt, output=None):
    args = [os.environ["FC_BINARY"], "--format=" + fmt] + CORPORA
    if output:
        args[2:2] = ["-o", output]
    env = dict(os.environ, LC_ALL="C")
    p = subprocess.run(args, cwd=root, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return p.returncode, p.stdout


def problems(events):
    """Console errors, exceptions, CSP and other log errors, issues."""
    found = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            found.append("console.%s: %s" % (p["type"], json.dumps(p.get("args"))[:300]))
        elif m == "Runtime.exceptionThrown":
            found.append("exception: %s" % json.dumps(p.get("exceptionDetails"))[:300])
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            found.append("log %s: %s" % (p["entry"].get("source"), p["entry"].get("text")))
        elif m == "Audits.issueAdded":
            found.append("issue: %s" % json.dumps(p.get("issue"))[:300])
    return found


def requests(events, page_url):
    return [e["params"]["request"]["url"] for e in events
            if e.get("method") == "Network.requestWillBeSent"
            and e["params"]["request"]["url"] != page_url]


def screenshot(dt, session, path, clip=None):
    params = {"format": "png"}
    if clip:
        params.update(clip=clip, captureBeyondViewport=True)
    data = dt.send("Page.captureScreenshot", params, session, timeout=60)["data"]
    with open(path, "wb") as f:
        f.write(base64.b64decode(data))
    return os.path.getsize(path) > 1000


def evaluate(dt, session, expression):
    result = dt.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                     session)
    if "exceptionDetails" in result:
        raise RuntimeError(json.dumps(result["exceptionDetails"])[:500])
    return result["result"].get("value")


def open_page(dt, url):
    target = dt.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = dt.send("Target.attachToTarget",
                      {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Runtime", "Log", "Network", "Page", "Audits"):
        dt.send(domain + ".enable", {}, session)
    dt.send("Emulation.setDeviceMetricsOverride",
            {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False}, session)
    dt.events.clear()
    dt.send("Page.navigate", {"url": url}, session)
    dt.wait_for("Page.loadEventFired")
    dt.drain(1.0)  # late console messages and requests
    return session


def check_page(tap, dt, session, url, expected):
    info = json.loads(evaluate(dt, session, INSPECT))
    tap.check(not problems(dt.events), "no console error, exception or CSP violation",
              "\n".join(problems(dt.events)))
    extra = requests(dt.events, url)
    tap.check(not extra and info["resources"] == 0, "no network request beyond the report",
              "\n".join(extra) + "\nresource entries: %d" % info["resources"])
    tap.check(info["findings"] == expected and expected > 0,
              "%d finding elements, as in the JSON report" % info["findings"],
              "JSON report: %d" % expected)
    stray = sorted(set(info["tags"]) - ALLOWED_TAGS)
    tap.check(not stray and info["images"] == 0 and info["scripts"] == 1
              and info["styles"] == 1 and not info["handlers"] and not info["badUrls"],
              "no injected element, handler or URL",
              json.dumps({k: info[k] for k in ("tags", "images", "scripts", "styles",
                                               "handlers", "badUrls")}))
    tap.check("default-src 'none'" in info["csp"] and "'unsafe-inline'" not in info["csp"],
              "strict Content-Security-Policy", info["csp"])
    tap.check(not info["hostileText"], "hostile text shown as text",
              "missing: %s" % info["hostileText"])
    tap.check(info["filterShown"] and evaluate(dt, session, FILTER) is True,
              "the hashed script runs and filters by severity")
    tap.check(not info["missing"], "every in-page link has a target",
              "missing: %s" % info["missing"][:20])
    return info


def take_screenshots(tap, dt, session, build, height):
    shots = [os.path.join(build, n) for n in
             ("browser-report.png", "browser-report-full.png", "browser-report-print.png")]
    ok = screenshot(dt, session, shots[0])
    full = {"x": 0, "y": 0, "width": 1366, "height": min(height, 16000), "scale": 1}
    ok = screenshot(dt, session, shots[1], full) and ok
    dt.send("Emulation.setEmulatedMedia", {"media": "print"}, session)
    ok = screenshot(dt, session, shots[2]) and ok
    tap.check(ok, "screenshots written: " + ", ".join(shots))


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    root = os.environ.get("FC_SOURCE_ROOT")
    if not root or not os.environ.get("FC_BINARY"):
        print("Bail out! FC_SOURCE_ROOT and FC_BINARY must be set (meson test sets them)")
        return 1
    chromium = find_chromium()
    if chromium is None:
        print("1..0 # SKIP chromium not found")
        return 0
    tap = Tap()
    html = os.path.join(build, "browser-report.html")
    status, _ = run_factcheck(root, "html", html)
    jstatus, out = run_factcheck(root, "json")
    expected = len(json.loads(out)["findings"]) if jstatus in (0, 1) else -1
    if not tap.check(status in (0, 1) and jstatus in (0, 1) and os.path.exists(html),
                     "factcheck writes the HTML and JSON reports"):
        print("1..%d" % tap.n)
        return 1
    url = "file://" + html
    profile = tempfile.mkdtemp(prefix="fc-chromium-")
    log = open(os.path.join(build, "browser-chromium.log"), "wb")
    dt = DevTools(chromium, profile, log)
    try:
        session = open_page(dt, url)
        info = check_page(tap, dt, session, url, expected)
        take_screenshots(tap, dt, session, build, info["height"])
    except Exception as e:  # a broken browser is a failure, not a skip
        tap.check(False, "browser session", "%s: %s" % (type(e).__name__, e))
    finally:
        dt.close()
        log.close()
        shutil.rmtree(profile, ignore_errors=True)
    print("1..%d" % tap.n)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
