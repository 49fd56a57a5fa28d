"""The time stage: temporal expressions found in the text and normalised to TIMEX3 values.

* :mod:`.patterns`: regular expressions that find the expressions, with TimeML extents;
* :mod:`.normalise`: finds them in a text (the longest match wins) and resolves them in text
  order, through the handlers of :mod:`.absolute` (dates, months, years, decades, seasons,
  holidays), :mod:`.fiscal` (quarters and the references of financial news to them),
  :mod:`.relative` (yesterday, last week, Friday, two years ago, 2 p.m.) and
  :mod:`.durations` (durations and sets); :mod:`.calendar` does the arithmetic and writes the
  values, :mod:`.lexicon` holds the words;
* :mod:`.tense`: the tense of the governing verb, which picks the week of a bare weekday;
* :mod:`.component`: the ``wwk_time`` spaCy component, anchored on ``article.published``.

Without a publication date relative expressions keep unresolved values (``XXXX-WXX-1``).
"""

from .normalise import Context, normalise

__all__ = ["Context", "normalise"]
