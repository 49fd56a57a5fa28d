"""Story ids that stay valid when a rebuild places articles differently.

``wwk stories --rebuild`` places every article again; a story placed wrongly early may then be
merged into another, or split. :func:`plan` gives the rebuilt stories their ids from the
stories before, by the articles they share:

- each former story goes to the rebuilt story holding most of its articles (a tie: the one
  opened first, the smaller id);
- a rebuilt story keeps the id of the former story, among those that go to it, that shares the
  most articles with it (a tie: the older, smaller id): after a split, the larger part keeps
  the id; after a merge, the former story that brought the most;
- the other former stories that go to it redirect to it (``store.story(old)`` gives it);
- a rebuilt story that no former story goes to gets a new id, above every id a story or a
  redirect ever used, so an id never names two stories: the id it was built with where that
  one already is (so that a rebuild of a store whose stories were taken out, or one that merged
  stories as it went, renumbers none of them), else the next above.

A former story none of whose articles is left (they were deleted) has no redirect: its id
answers "no such story".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping


def plan(
    before: Mapping[str, int], after: Mapping[str, int], used: Collection[int] = ()
) -> tuple[dict[int, int], dict[int, int]]:
    """``before``, ``after``: article -> story id, before and after a rebuild; ``used``: other
    ids not to give (those of the redirects). Returns the rebuilt stories' ids (current -> new)
    and the redirects (former id -> new id)."""
    shared: Counter[tuple[int, int]] = Counter()
    for article, old in before.items():
        new = after.get(article)
        if new is not None:
            shared[old, new] += 1
    goes: dict[int, int] = {}  # former story -> rebuilt story holding most of its articles
    for (old, new), n in sorted(shared.items()):
        if old not in goes or n > shared[old, goes[old]]:
            goes[old] = new
    final: dict[int, int] = {}
    for old, new in sorted(goes.items()):
        if new not in final or shared[old, new] > shared[final[new], new]:
            final[new] = old
    top = max([0, *used, *before.values()])
    fresh = [new for new in sorted(set(after.values())) if new not in final]
    kept = {new for new in fresh if new > top}  # already above every id used: left as it is
    top = max([top, *kept])
    for new in fresh:
        if new in kept:
            final[new] = new
        else:
            top += 1
            final[new] = top
    redirects = {old: final[new] for old, new in goes.items() if final[new] != old}
    return final, redirects
