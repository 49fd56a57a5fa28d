"""Wire copies (stories/copies.py): a reworked copy of one report is a copy; two reports of one
event written apart are not (texts written for the test)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from whatweknow.stories.copies import is_copy, sketch

WIRE = (
    "HALM, March 3 (Northline) - At least nine people were killed when a bus carrying farm "
    "workers left the road and rolled into a ravine near the town of Halm early on Monday, the "
    "regional police said. The bus was travelling from the valley villages to the orchards on "
    "the plateau when the driver lost control on a bend, police spokesman Arvid Lenz told "
    "reporters at the scene. Twenty-two passengers were taken to hospital in Halm, four of them "
    "in a serious condition, a hospital official said. Rescuers worked for several hours to "
    "free people trapped inside the wreck, which came to rest on its roof about forty metres "
    "below the road. The cause of the crash was not immediately clear. The road, a narrow "
    "mountain route with few barriers, has seen several serious accidents in recent years, and "
    "residents have long asked the regional government to widen it. The regional governor said "
    "she would visit the site on Tuesday and promised that the families of the victims would "
    "receive help. The bus company did not respond to requests for comment. (Reporting by Ines "
    "Varga; Editing by Tom Reed)"
)

COPY = (
    "Nine dead as bus plunges into ravine near Halm\n\n"
    "HALM (Northline) - At least nine people were killed when a bus carrying farm workers left "
    "the road and rolled into a ravine near Halm early on Monday, regional police said. The bus "
    "was travelling from the valley villages to the orchards on the plateau when the driver lost "
    "control on a bend, police spokesman Arvid Lenz said. Twenty-two passengers were taken to "
    "hospital, four of them in a serious condition, according to a hospital official. Rescuers "
    "spent several hours freeing people trapped inside the wreck, which came to rest on its "
    "roof about forty metres below the road. The cause of the crash was not immediately clear. "
    "The road, a narrow mountain route with few barriers, has seen several serious accidents "
    "in recent years. The regional governor is to visit the site on Tuesday."
)

OWN = (
    "Families wait for news after Halm bus disaster\n\n"
    "By Mara Holm\n\n"
    "Outside the small hospital in Halm on Monday afternoon, dozens of relatives waited for "
    "news of the farm workers hurt when their bus fell from a mountain road before dawn. Many "
    "had driven from the valley villages as soon as they heard. Officials said nine people had "
    "died. A nurse who asked not to be named said the wards were full and that staff from the "
    "next town had been called in. Residents told this newspaper that the bend where the bus "
    "left the road had no barrier and that they had complained about it for years. The "
    "regional transport office said an inquiry would look at the condition of the vehicle and "
    "of the road. The orchards on the plateau employ hundreds of seasonal workers each spring, "
    "most of whom travel by bus from the valley."
)


def test_a_reworked_copy_of_one_report_is_a_copy() -> None:
    assert is_copy(sketch(WIRE), sketch(COPY))


def test_two_reports_written_apart_are_not_copies() -> None:
    assert not is_copy(sketch(WIRE), sketch(OWN))
    assert not is_copy(sketch(COPY), sketch(OWN))


@given(st.lists(st.integers(0, 2**64 - 1), max_size=40))
def test_distinct_shingles_are_numpys_unique(values: list[int]) -> None:
    import numpy as np

    from whatweknow.stories.copies import _distinct

    x = np.array(values, dtype=np.uint64)
    assert np.array_equal(_distinct(x), np.unique(x))
    assert np.array_equal(_distinct(np.concatenate([x, x])), np.unique(x))


def test_a_words_code_is_the_crc_of_its_utf8_however_often_it_is_read() -> None:
    import zlib

    from whatweknow.stories.copies import _CRC

    for word in ("harbour", "ferry", "zürich", "harbour"):
        assert _CRC[word] == zlib.crc32(word.encode("utf-8"))
