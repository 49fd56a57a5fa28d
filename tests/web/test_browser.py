"""The pages in a real browser: Debian's headless Chromium (/usr/bin/chromium, installed by
``.ci/run``) driven by Playwright's Python package, against ``wwk serve``'s app on loopback over
a store of the bundled sample corpus. Never a downloaded browser; never skipped: without
Chromium this fails, saying how to install it.

Screenshots go to ``test-artifacts/`` at the top of the repository (``$WWK_TEST_ARTIFACTS``
overrides it); their paths are printed.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from whatweknow.analyse import Analyser
from whatweknow.readers.base import ReadProblem
from whatweknow.sample import sample_dir
from whatweknow.store import open_store
from whatweknow.stories import update_stories
from whatweknow.web import create_app

from .conftest import free_port

pytestmark = [pytest.mark.model, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
TOKEN = "browser-test-token"
ARTIFACTS = Path(
    os.environ.get("WWK_TEST_ARTIFACTS") or Path(__file__).resolve().parents[2] / "test-artifacts"
)
HOSTILE = (
    "Ferry <script>alert(1)</script> inspection ordered\n\n"
    'PORT HALDEN - Harbour officials said on Tuesday that the ferry " onmouseover="alert(2)" '
    "would be inspected again, after <img src=x onerror=alert(3)> reports that it carried fuel.\n\n"
    '"We will look at every tank," harbour master Ines Maro told reporters.\n'
)


@dataclass
class Server:
    url: str
    shots: list[Path] = field(default_factory=list)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, analyser: Analyser) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("browser") / "sample.db"
    with open_store(db) as store:
        for item in analyser.analyse_paths([sample_dir()]):
            assert not isinstance(item, ReadProblem), item
            store.add(*item)
            update_stories(store, item[1].article.id)
    port = free_port()
    app = create_app(str(db), token=TOKEN, read_only=False, max_body=1_000_000)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    served = Server(f"http://127.0.0.1:{port}")
    yield served
    uv.should_exit = True
    thread.join(10)
    for shot in served.shots:
        print(f"screenshot: {shot}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium), "
            "as .ci/run does; the browser test never downloads a browser"
        )
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


@dataclass
class Watched:
    page: Page
    dialogs: list[str]
    problems: list[str]


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    dialogs: list[str] = []
    problems: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            problems.append(msg.text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    yield Watched(page, dialogs, problems)
    context.close()


def shoot(server: Server, page: Page, name: str, *, full: bool = True) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    server.shots.append(path)


def test_briefing_citation_jumps_to_the_highlighted_sentence(
    server: Server, watched: Watched
) -> None:
    page = watched.page
    page.goto(server.url + "/")
    stories = page.locator("a.story-link")
    expect(stories.first).to_be_visible()
    shoot(server, page, "stories")
    stories.first.click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    expect(page.locator("#briefing h2").first).to_be_visible()
    assert page.locator("#briefing li.item").count() > 3
    shoot(server, page, "briefing", full=False)
    # a citation of a claim in the body (not of a headline, at the top of the page anyway)
    links = page.locator("#briefing li.kind-claim a.citation")
    hrefs = [a.get_attribute("href") or "" for a in links.all()]
    n = next(i for i, h in enumerate(hrefs) if not re.search(r"-0-\d+$", h))
    citation = links.nth(n)
    href = citation.get_attribute("href") or ""
    anchor = href.split("#", 1)[1]
    citation.click()
    page.wait_for_url(re.compile(r"/articles/"))
    target = page.locator(f"[id='{anchor}']")
    expect(target).to_have_class(re.compile(r"\bhl\b"))
    expect(target).to_be_visible()
    expect(target).to_be_in_viewport()
    cited = target.inner_text()
    assert cited.strip()
    shoot(server, page, "article-citation", full=False)
    # the record of an annotation under the pointer
    page.locator("#article-text [data-record]").first.hover()
    expect(page.locator("#record-panel")).to_be_visible()
    assert '"start"' in page.locator("#record-panel pre").inner_text()
    # another anchor on the same page: the highlight follows the hash
    claims = page.locator("#article-text .claim[id]")
    other_id = next(i for c in claims.all() if (i := c.get_attribute("id")) and i != anchor)
    other = page.locator(f"[id='{other_id}']")
    page.evaluate("id => { window.location.hash = id; }", other_id)
    expect(other).to_have_class(re.compile(r"\bhl\b"))
    expect(target).not_to_have_class(re.compile(r"\bhl\b"))
    assert watched.dialogs == [] and watched.problems == []


def test_timeline_network_and_actor_pages(server: Server, watched: Watched) -> None:
    page = watched.page
    page.goto(server.url + "/timeline")
    expect(page.locator("svg.timeline circle.dot").first).to_be_attached()
    shoot(server, page, "timeline")
    page.goto(server.url + "/network")
    expect(page.locator("svg.network path.edge").first).to_be_attached()
    shoot(server, page, "network")
    page.goto(server.url + "/actors")
    page.locator("table.actors a").first.click()
    expect(page.locator("h1")).to_be_visible()
    shoot(server, page, "actor")
    assert watched.dialogs == [] and watched.problems == []


def test_a_hostile_article_is_shown_as_text_and_runs_nothing(
    server: Server, watched: Watched
) -> None:
    page = watched.page
    refused = httpx.post(server.url + "/api/v1/articles", json={"text": HOSTILE}, timeout=60)
    assert refused.status_code == 401
    got = httpx.post(
        server.url + "/api/v1/articles",
        json={"text": HOSTILE, "outlet": '<b onmouseover="alert(4)">Evil</b>'},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert got.status_code == 201, got.text
    article = got.json()["articles"][0]["id"]
    page.goto(f"{server.url}/articles/{article}")
    expect(page.locator("h1.article-title")).to_have_text(
        "Ferry <script>alert(1)</script> inspection ordered"
    )
    text = page.locator("#article-text").inner_text()
    assert 'the ferry " onmouseover="alert(2)" would be inspected' in text
    assert "<img src=x onerror=alert(3)>" in text
    page.locator("#article-text").hover()
    for span in page.locator("#article-text [data-ann]").all()[:20]:
        span.hover()
    page.goto(f"{server.url}/?q=inspection")
    shoot(server, page, "hostile-search")
    page.goto(f"{server.url}/articles/{article}")
    shoot(server, page, "hostile-article")
    scripts = page.evaluate("() => [...document.scripts].map(s => s.src)")
    assert scripts == [f"{server.url}/static/app.js"]
    handlers = page.evaluate(
        "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
        ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
    )
    assert handlers == []
    assert page.locator("img").count() == 0
    assert watched.dialogs == [], watched.dialogs
    assert watched.problems == [], watched.problems
