#!/usr/bin/env python3
"""An end-to-end test of the Lifelinks web app in a real headless browser.

A coordinator's day, driven through chromedriver with the W3C WebDriver protocol (standard
library only, no selenium): sign in, open a case and its ecomap, move one search on, see another
refused, and download the family's plan, checking that it leaves out what the family must not see.

    python3 Tests/EndToEnd/browser.py --lifelinks .build/debug/lifelinks [--screenshots DIR]

Needs the Debian packages `chromium` and `chromium-driver`. Exits 0 when every step passed;
otherwise prints the step that failed and exits 1.
"""

import argparse
import base64
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASE = "LL-2026-024"
PASSWORD = "end-to-end-password-1"
COORDINATOR = "Ruth Ellison"
# The W3C web element identifier (a fixed string from the specification).
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class StepFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise StepFailed(message)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, probe, timeout=15.0, interval=0.1):
    """Calls probe until it answers something truthy; fails the step after timeout seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            answer = probe()
            if answer:
                return answer
        except (OSError, WebDriverError) as error:
            last = error
        time.sleep(interval)
    raise StepFailed(f"timed out after {timeout:.0f} s waiting for {what}" + (f" ({last})" if last else ""))


def http_get(url, headers=None, timeout=5.0):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, dict(response.headers), response.read()


class WebDriverError(Exception):
    pass


class Browser:
    """Just enough of the W3C WebDriver protocol."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None, timeout=60.0):
        url = self.base + (f"/session/{self.session}" if self.session and not path.startswith("/session") else "")
        url += path
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json; charset=utf-8")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                answer = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            try:
                value = json.loads(error.read()).get("value", {})
                message = f"{value.get('error')}: {value.get('message', '').splitlines()[0]}"
            except (ValueError, AttributeError, IndexError):
                message = str(error)
            raise WebDriverError(f"{method} {path}: {message}") from None
        return answer.get("value")

    def start(self, chromium, download_dir):
        capabilities = {
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"],
                "prefs": {
                    # No JavaScript in pages: the app must work without it.
                    "profile.managed_default_content_settings.javascript": 2,
                    "download.default_directory": download_dir,
                    "download.prompt_for_download": False,
                },
            },
        }
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = value["sessionId"]
        self.call("POST", "/timeouts", {"implicit": 0, "pageLoad": 30000, "script": 10000})

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", "", timeout=15.0)
            finally:
                self.session = None

    def go(self, url):
        self.call("POST", "/url", {"url": url})

    def url(self):
        return self.call("GET", "/url")

    def source(self):
        return self.call("GET", "/source")

    def title(self):
        return self.call("GET", "/title")

    def find_all(self, css=None, xpath=None):
        using, value = ("css selector", css) if css else ("xpath", xpath)
        return [e[ELEMENT] for e in self.call("POST", "/elements", {"using": using, "value": value})]

    def find(self, css=None, xpath=None):
        found = self.find_all(css, xpath)
        check(found, f"no element matches {css or xpath}")
        return found[0]

    def text(self, element):
        return self.call("GET", f"/element/{element}/text")

    def attribute(self, element, name):
        return self.call("GET", f"/element/{element}/attribute/{name}")

    def property(self, element, name):
        return self.call("GET", f"/element/{element}/property/{name}")

    def displayed(self, element):
        return self.call("GET", f"/element/{element}/displayed")

    def rect(self, element):
        return self.call("GET", f"/element/{element}/rect")

    def click(self, element):
        self.call("POST", f"/element/{element}/click", {})

    def type(self, element, text):
        self.call("POST", f"/element/{element}/clear", {})
        self.call("POST", f"/element/{element}/value", {"text": text})

    def choose(self, select_name, value):
        """Chooses an option the way a person does, and checks it took."""
        option = self.find(css=f'select[name="{select_name}"] option[value="{value}"]')
        self.click(option)
        chosen = self.property(self.find(css=f'select[name="{select_name}"]'), "value")
        check(chosen == value, f'the "{select_name}" select shows {chosen!r}, not {value!r}')

    def cookies(self):
        return self.call("GET", "/cookie")

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.call("GET", "/screenshot")))


class Run:
    def __init__(self, arguments):
        self.arguments = arguments
        self.processes = {}
        self.browser = None
        self.step = "setting up"
        self.sources = {}

    def passed(self, message):
        print(f"ok  {message}", flush=True)

    def shot(self, name):
        if self.arguments.screenshots:
            self.browser.screenshot(os.path.join(self.arguments.screenshots, name))

    def lifelinks(self, *arguments, stdin=None):
        done = subprocess.run(
            [self.binary, *arguments, "--db", self.db], input=stdin, capture_output=True, text=True, timeout=120)
        check(done.returncode == 0, f"lifelinks {' '.join(arguments)} failed: {(done.stderr or done.stdout).strip()}")
        return done.stdout

    def page(self, name):
        """The page source, kept to check later that no page carried a script."""
        source = self.browser.source()
        self.sources[name] = source
        return source

    def run(self, work):
        arguments = self.arguments
        self.step = "1. set up a database with the samples and Ruth's account"
        # A private copy, so a rebuild of the binary during the run changes nothing.
        self.binary = os.path.join(work, "lifelinks")
        shutil.copy2(arguments.lifelinks, self.binary)
        self.db = os.path.join(work, "lifelinks.sqlite")
        self.lifelinks("import", os.path.join(REPO, "Samples"))
        self.lifelinks("user", "add", COORDINATOR, "--role", "coordinator", stdin=PASSWORD + "\n")
        self.passed("database made, samples imported, Ruth Ellison's account added")

        self.step = "2. start the server"
        port = free_port()
        self.site = f"http://127.0.0.1:{port}"
        self.server_log = os.path.join(work, "server.log")
        with open(self.server_log, "wb") as log:
            self.processes["server"] = subprocess.Popen(
                [self.binary, "serve", "--port", str(port), "--db", self.db],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

        def healthy():
            check(self.processes["server"].poll() is None, "the server exited while starting")
            return http_get(self.site + "/health", timeout=1.0)[0] == 200

        wait_until("/health", healthy, timeout=30.0)
        self.passed(f"server answers /health on port {port}")

        self.step = "2. start chromedriver and a headless Chromium"
        driver_port = free_port()
        self.processes["chromedriver"] = subprocess.Popen(
            [arguments.chromedriver, f"--port={driver_port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True)
        self.browser = browser = Browser(driver_port)
        wait_until("chromedriver", lambda: browser.call("GET", "/status", timeout=1.0).get("ready"), timeout=20.0)
        self.downloads = os.path.join(work, "downloads")
        os.mkdir(self.downloads)
        browser.start(arguments.chromium, self.downloads)
        self.passed("headless Chromium session open")

        self.step = "4. JavaScript is off in pages"
        browser.go("data:text/html,<title>no script</title><script>document.title='script ran'</script>")
        check(browser.title() == "no script", "a script in a page ran, so JavaScript is not off")
        self.passed("JavaScript is disabled in pages")

        self.step = "3a. sign in"
        browser.go(self.site + "/")
        wait_until("the redirect to /login", lambda: browser.url().endswith("/login"))
        browser.type(browser.find(css='input[name="name"]'), COORDINATOR)
        browser.type(browser.find(css='input[name="password"]'), PASSWORD)
        browser.click(browser.find(css='form[action="/login"] button[type="submit"]'))
        wait_until("the dashboard", lambda: browser.url() == self.site + "/")
        source = self.page("dashboard")
        check("<h1>Caseload</h1>" in source, "the dashboard has no Caseload heading")
        link = browser.find(css=f'a[href="/cases/{CASE}"]')
        check(browser.text(link) == CASE, f"the dashboard does not list {CASE}")
        check(any(c["name"] == "lifelinks_session" for c in browser.cookies()), "no session cookie after signing in")
        self.passed(f"signed in as {COORDINATOR}; the dashboard lists {CASE}")

        self.step = "3b. open the case and its ecomap"
        browser.click(link)
        wait_until("the case page", lambda: browser.url() == f"{self.site}/cases/{CASE}")
        source = self.page("case")
        svg = browser.find(css="figure.figure svg")
        check(browser.displayed(svg), "the ecomap svg is not displayed")
        size = browser.rect(svg)
        check(size["width"] > 200 and size["height"] > 200, f"the ecomap is drawn too small: {size}")
        check(browser.find_all(xpath="//h2[normalize-space(.)='Gaps']"), "the case page has no Gaps section")
        # The section should hold a table of gaps or say "No gaps found."; say so when it holds neither.
        gaps = browser.find_all(xpath="//h2[normalize-space(.)='Gaps']/following-sibling::*[1][self::table or self::p]")
        check(gaps, "the Gaps section is empty: neither a table of gaps nor \"No gaps found.\"")
        check("<script" not in source.lower(), "the case page carries a <script>")
        self.shot("case.png")
        self.passed(f"case page shows the ecomap ({size['width']:.0f}×{size['height']:.0f}) and a Gaps section")

        self.step = "3c. move grandad-winston on to invited"
        browser.click(browser.find(css=f'a[href="/cases/{CASE}/connections/grandad-winston"]'))
        wait_until("grandad-winston's page", lambda: browser.url().endswith("/connections/grandad-winston"))
        check(self.stage() == "willing to support", f"grandad-winston starts at {self.stage()!r}")
        browser.choose("stage", "invited")
        check(browser.property(browser.find(css='input[name="date"]'), "value"), "the date field is empty")
        browser.click(browser.find(css='form[action$="/stage"] button[type="submit"]'))
        wait_until("the new stage", lambda: self.stage() == "invited to the FGC")
        self.page("grandad-winston")
        check(not browser.find_all(css="div.message.refused"), "the change to invited was refused")
        self.passed('grandad-winston\'s page now says "invited to the FGC"')

        self.step = "3d. try to move brother-rio to contacted and be refused"
        browser.go(f"{self.site}/cases/{CASE}/connections/brother-rio")
        check(self.stage() == "not found", f"brother-rio starts at {self.stage()!r}")
        browser.choose("stage", "contacted")
        browser.click(browser.find(css='form[action$="/stage"] button[type="submit"]'))
        alert = wait_until("the refusal", lambda: browser.find_all(css='div.message.refused[role="alert"]'))[0]
        said = browser.text(alert)
        self.page("brother-rio")
        check(said.startswith("Refused (forward-only): "), f"the refusal does not name the rule: {said!r}")
        check("A search only moves forward" in said and "correction" in said, f"the rule's sentence is missing: {said!r}")
        check(self.stage() == "not found", f"brother-rio's stage changed to {self.stage()!r}")
        self.shot("refused.png")
        self.passed(f"brother-rio refused: {said}")

        self.step = "3e. download the family's plan as HTML"
        browser.go(self.site + "/reports")
        self.page("reports")
        for name, value in [("kind", "plan"), ("case", CASE), ("audience", "family"), ("format", "html")]:
            browser.choose(name, value)
        form = browser.find(css='form[action="/reports/download"]')
        check((browser.attribute(form, "method") or "").lower() == "get", "the reports form is not a GET form")
        query = urllib.parse.urlencode(
            [(browser.attribute(s, "name"), browser.property(s, "value")) for s in browser.find_all(css="form select")])
        url = f"{self.site}/reports/download?{query}"
        browser.click(browser.find(css='form[action="/reports/download"] button[type="submit"]'))
        # The report comes as an attachment, so the browser saves it rather than showing it.
        saved = os.path.join(self.downloads, f"{CASE}-plan-family.html")
        wait_until("the browser's download", lambda: os.path.exists(saved), timeout=20.0)
        with open(saved, encoding="utf-8") as f:
            downloaded = f.read()
        # The same URL with the browser's session cookie (HttpOnly, so only WebDriver can read it).
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in browser.cookies())
        status, headers, body = http_get(url, {"Cookie": cookie}, timeout=30.0)
        fetched = body.decode("utf-8")
        check(status == 200 and headers.get("Content-Type", "").startswith("text/html"), f"{url} answered {status}")
        check(fetched == downloaded, "the browser's download differs from the same URL fetched with its cookie")
        # Show the saved file in the browser and read its source from there.
        browser.go("file://" + urllib.parse.quote(saved))
        report = browser.source()
        for wanted in ["For: The family", "Lifelong Links plan for Kai"]:
            check(wanted in report, f'the family\'s plan does not say "{wanted}"')
        for unwanted in ["Dwayne Campbell", "07700"]:
            check(unwanted not in report and unwanted not in fetched, f'the family\'s plan shows "{unwanted}"')
        self.shot("report.png")
        self.passed(f"family plan downloaded ({len(body)} bytes): addressed to the family, no Dwayne, no 07700")

        self.step = "4. no page carries a script"
        scripted = [name for name, source in self.sources.items() if "<script" in source.lower()]
        check(not scripted, f"pages with <script>: {', '.join(scripted)}")
        self.passed(f"all of the above worked with JavaScript off; no <script> in {len(self.sources)} pages")

        self.step = "5. stop the server cleanly"
        server = self.processes["server"]
        server.send_signal(signal.SIGINT)
        try:
            status = server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            raise StepFailed("the server did not stop within 10 s of SIGINT") from None
        check(status == 0, f"the server exited with status {status} after SIGINT")
        self.step = "5. quit the browser and chromedriver"
        browser.quit()
        self.stop("chromedriver")
        self.passed("server stopped with status 0 on SIGINT; browser and chromedriver quit")

    def stage(self):
        stage = self.browser.find_all(xpath="//main//p[starts-with(normalize-space(.), 'Stage:')]/strong")
        return self.browser.text(stage[0]) if stage else None

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        try:
            if name == "chromedriver":  # its own process group, with the browser it started
                os.killpg(process.pid, signal.SIGTERM)
            else:
                process.terminate()
            process.wait(timeout=10)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            if name == "chromedriver":
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            else:
                process.kill()
            process.wait(timeout=10)

    def clean_up(self):
        if self.browser and self.browser.session:
            try:
                self.browser.quit()
            except (OSError, WebDriverError):
                pass
        for name in list(self.processes):
            self.stop(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lifelinks", required=True, help="the lifelinks binary to test")
    parser.add_argument("--screenshots", help="a folder for case.png, refused.png, report.png (and failure.png)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    arguments = parser.parse_args()
    arguments.lifelinks = os.path.abspath(arguments.lifelinks)
    for path in [arguments.lifelinks, arguments.chromium, arguments.chromedriver]:
        if not os.access(path, os.X_OK):
            print(f"FAILED: {path} is missing or not executable", file=sys.stderr)
            return 1
    if arguments.screenshots:
        arguments.screenshots = os.path.abspath(arguments.screenshots)
        os.makedirs(arguments.screenshots, exist_ok=True)

    started = time.monotonic()
    run = Run(arguments)
    with tempfile.TemporaryDirectory(prefix="lifelinks-e2e-") as work:
        try:
            run.run(work)
        except (StepFailed, WebDriverError, OSError, subprocess.SubprocessError, ValueError, KeyError) as error:
            print(f"FAILED at step {run.step}: {error}", file=sys.stderr, flush=True)
            keep = arguments.screenshots or tempfile.mkdtemp(prefix="lifelinks-e2e-failure-")
            try:
                if run.browser and run.browser.session:
                    run.browser.screenshot(os.path.join(keep, "failure.png"))
            except (OSError, WebDriverError):
                pass
            if getattr(run, "server_log", None) and os.path.exists(run.server_log):
                shutil.copy(run.server_log, os.path.join(keep, "server.log"))
            print(f"       screenshot and server log (when there were any) are in {keep}", file=sys.stderr)
            return 1
        finally:
            run.clean_up()
    print(f"passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
