"""The Markdown briefing of the sample story against a reviewed golden file, on the real
pipeline: the bundled sample corpus analysed, stored in a temporary SQLite store, its story
built by ``update_stories``, briefed and rendered.

After an intended change (of the pipeline or of the briefing), regenerate the file with
``WWK_UPDATE_GOLDEN=1 pytest tests/briefing`` and review its diff before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from whatweknow.analyse import Analyser
from whatweknow.briefing import Briefing, brief_story, to_html, to_json, to_markdown
from whatweknow.model import Dossier
from whatweknow.readers.base import ReadOptions, ReadProblem
from whatweknow.sample import sample_dir
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .test_sections import assert_cited

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "golden" / "sample-story.md"


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory, analyser: Analyser
) -> tuple[Briefing, dict[str, Dossier]]:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store(path) as store:
        for item in analyser.analyse_paths([sample_dir()], ReadOptions()):
            assert not isinstance(item, ReadProblem), item
            raw, dossier = item
            store.add(raw, dossier)
            update_stories(store, dossier.article.id)
        [listed] = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return brief_story(story, dossiers), dossiers


def test_markdown_matches_the_golden_file(sample: tuple[Briefing, dict[str, Dossier]]) -> None:
    got = to_markdown(sample[0], limit=None)
    if os.environ.get("WWK_UPDATE_GOLDEN"):
        GOLDEN.write_text(got, encoding="utf-8")
    want = GOLDEN.read_text(encoding="utf-8") if GOLDEN.exists() else ""
    if got != want:
        diff = "".join(
            difflib.unified_diff(
                want.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=str(GOLDEN),
                tofile="briefing of the sample story now",
            )
        )
        pytest.fail(
            f"the briefing of the sample story changed:\n{diff}\n"
            "If the change is intended, regenerate the golden file with "
            "WWK_UPDATE_GOLDEN=1 pytest tests/briefing and review its diff.",
            pytrace=False,
        )


def test_every_item_of_every_section_cites_spans(
    sample: tuple[Briefing, dict[str, Dossier]],
) -> None:
    briefing, dossiers = sample
    assert len(briefing.sections) == 10  # with "How the figures changed": 12 ships, then 14
    assert_cited(briefing, {i: d.article.text for i, d in dossiers.items()})


def test_html_and_json_of_the_sample(sample: tuple[Briefing, dict[str, Dossier]]) -> None:
    briefing, _ = sample
    html = to_html(briefing)
    assert html.count('class="cite"') >= 9 and "<script" not in html
    assert Briefing.model_validate_json(to_json(briefing)) == briefing
