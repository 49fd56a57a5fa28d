"""What is new since a reader's last visit to a story page: the cookie's marks (parsed, kept,
forgotten when they do not parse) and the page marking the articles, claims and briefing lines
that arrived after them."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from whatweknow.store import open_store
from whatweknow.stories import update_stories
from whatweknow.web import visits

from .conftest import client_for
from .corpus import corpus

T0 = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)


def test_the_first_visit_marks_nothing_and_a_new_sitting_moves_the_base() -> None:
    since, mark = visits.visit({}, 3, T0)
    assert since is None and mark.base == mark.last == int(T0.timestamp())
    marks = {3: mark}
    reload = T0 + timedelta(minutes=5)
    since, mark = visits.visit(marks, 3, reload)
    assert since == T0 and mark.last == int(reload.timestamp())  # same sitting: base kept
    later = reload + timedelta(seconds=visits.SITTING + 1)
    since, mark = visits.visit({3: mark}, 3, later)
    assert since == reload and mark.base == int(reload.timestamp())  # the visit before


def test_a_cookie_round_trips_keeps_the_latest_stories_and_forgets_what_does_not_parse() -> None:
    marks = {n: visits.Mark(100 + n, 200 + n) for n in range(visits.MAX_STORIES + 5)}
    kept = visits.parse(visits.dump(marks))
    assert len(kept) == visits.MAX_STORIES and min(kept) == 5  # the oldest visits dropped
    assert kept[7] == visits.Mark(107, 207)
    assert visits.parse("3.10.20_<script>_4.x.1_9.50.40") == {
        3: visits.Mark(10, 20),
        9: visits.Mark(40, 40),  # a base after the last visit is the last visit
    }
    assert visits.parse(None) == visits.parse("") == {}


def test_the_story_page_marks_what_arrived_after_the_last_visit(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    items = {name: (doc, d) for name, doc, d in corpus()}
    late = items.pop("denial")
    with open_store(db) as store:
        for doc, d in items.values():
            store.add(doc, d)
            update_stories(store, d.article.id)
        story = store.story_of(items["wire"][1].article.id)
    client = client_for(db)
    first = client.get(f"/stories/{story}")
    assert first.status_code == 200 and "Since your last visit" not in first.text
    assert "is-new" not in first.text
    cookie = first.cookies.get(visits.COOKIE)
    assert cookie is not None and cookie.startswith(f"{story}.")
    assert "httponly" in first.headers["set-cookie"].lower()

    mark = math.ceil(time.time())  # a visit now, then an article stored after it
    time.sleep(mark + 0.1 - time.time())
    with open_store(db) as store:
        store.add(*late)
        update_stories(store, late[1].article.id)
    client.cookies.set(visits.COOKIE, f"{story}.{mark}.{mark}")
    page = client.get(f"/stories/{story}")
    html = page.text
    assert "Since your last visit" in html and "1 new article," in html
    assert html.count('<li class="is-new">') == 1  # the late article, in the list
    row = html[html.index('<li class="is-new">') :].split("</li>", 1)[0]
    assert late[1].article.id in row
    assert "the Northern Star was carrying illegal fuel cargo" in html.split("Since your")[1]
    briefing = html.split('id="briefing"')[1].split('<section class="articles">')[0]
    assert " is-new" in briefing  # a line cited by the late article alone
    client.cookies.set(visits.COOKIE, page.cookies[visits.COOKIE])
    again = client.get(f"/stories/{story}")  # a reload in the same sitting: still marked
    assert again.text.count('<li class="is-new">') == 1


def test_a_hostile_cookie_is_forgotten(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with open_store(db) as store:
        for _name, doc, d in corpus():
            store.add(doc, d)
            update_stories(store, d.article.id)
        story = store.stories()[0].id
    client = client_for(db)
    client.cookies.set(visits.COOKIE, '"><script>alert(1)</script>')
    page = client.get(f"/stories/{story}")
    assert page.status_code == 200 and "Since your last visit" not in page.text
    assert "<script>alert" not in page.text
    assert page.cookies[visits.COOKIE].startswith(f"{story}.")
    client.cookies.set(visits.COOKIE, "1.2.3_" * 2000)  # long: read in part, never refused
    assert client.get(f"/stories/{story}").status_code == 200
