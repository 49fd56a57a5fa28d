"""Regular expressions that find temporal expressions, with TimeML extents.

Extents follow the TimeML/TIMEX3 guidelines: a determiner, a quantity, a modifier (``early``,
``late``, ``the end of``, ``nearly``, ``more than``) and a frequency (``twice a year``) are inside
the expression; a preposition (``on``, ``in``, ``since``) and a possessive ``'s`` are not. Each
rule names its parts with groups that :mod:`.normalise` reads; casing is checked there (the
patterns are case-insensitive so that headlines in capitals match too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import DECADE_WORDS, ONES, ORDINALS, TENS


def _alt(words: Iterable[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", S) for w in items) + ")"


S = r"(?>[^\S\n]*+\n[^\S\n]*+|[^\S\n]++)"
"""Whitespace within a paragraph (a blank line ends any expression). Atomic: a run of spaces is
taken whole and never given back, so two optional runs in a row ("the{S}(latest)?{S}?quarter")
cannot try every split of a long run (that was quadratic: "the" + 40,000 spaces took a minute).
Every use of ``S`` is followed by a word, never by more whitespace that would need part of it."""
START = r"(?<![\w$£€#@/'’.-])"
END = r"(?!\w|-\w|['’](?!s\b)\w)"
"""An expression ends at a word's end; a possessive "'s" stays outside ("Friday's")."""

MONTH = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june|jun\.?|july"
    r"|jul\.?|aug(?:ust|\.)?|september|sept?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
"""A month name, or its abbreviation with or without its full stop."""
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|sept\.|october|november"
    r"|december)"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|%|[:.,]\d)"
NUM_WORD = (
    "(?:" + _alt(TENS) + r"(?:[- ]" + _alt(k for k in ONES if 0 < ONES[k] < 10) + ")?|"
    + _alt(ONES) + ")"
)  # fmt: skip
SPELLED_YEAR = (
    r"(?:nineteen[- ](?:hundred|" + NUM_WORD + r")|two" + S + r"thousand(?:" + S
    + r"(?:and" + S + r")?" + NUM_WORD + r")?)"
)  # fmt: skip
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = YEAR4 + r"(?![\d,.]\d|%|-\d)"
YEARX = r"(?:" + YEAR + "|" + SPELLED_YEAR + ")"
NUM = (
    r"(?:\d+(?:\.\d+|" + S + r"1/2|-1/2)?|(?:a|" + NUM_WORD + ")" + S + r"(?:hundred|thousand)|"
    + NUM_WORD + r"|a" + S + r"couple" + S + r"of|couple" + S + r"of|a" + S
    + r"few|a" + S + r"dozen|(?:dozens|hundreds|thousands)" + S + r"of|several|many|few|some"
    + r"|numerous|an|a)"
)  # fmt: skip
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|millennium|millennia)"
)
PART = r"(?:morning|afternoon|evening|night)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
ORD = _alt(k for k in ORDINALS if k not in ("last",))
EDGE = (
    r"(?:(?:early|late|mid|earlier|later|sometime)(?:" + S + r"|-)|the" + S
    + r"(?:end|beginning|start|middle|close|turn|rest|remainder)" + S + r"of" + S + r")"
)  # fmt: skip
MODS = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under"
    r"|more" + S + r"than|less" + S + r"than|fewer" + S + r"than|at" + S + r"least|at" + S
    + r"most|up" + S + r"to|no" + S + r"more" + S + r"than|well" + S + r"over"
    + r"|the" + S + r"better" + S + r"part" + S + r"of)(?!" + S + r"(?:the|its|this|these"
    + r"|those|that)\b))"
)  # fmt: skip
"""Quantity modifiers inside a duration ("nearly forty years"); "just", "only" and a modifier
before a determiner ("over the past year") stay outside."""
TZ = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local" + S + r"time)"
DECADE_WORD = _alt(DECADE_WORDS)
HOLIDAY = (
    r"(?:christmas(?:" + S + r"(?:day|eve))?|new" + S + r"year['’]s(?:" + S + r"(?:day|eve))"
    r"|thanksgiving(?:" + S + r"day)?|easter(?:" + S + r"sunday)?|independence" + S + r"day"
    r"|halloween|valentine['’]s" + S + r"day|labor" + S + r"day|memorial" + S + r"day"
    r"|good" + S + r"friday|boxing" + S + r"day|veterans" + S + r"day|new" + S + r"year['’]s)"
)  # fmt: skip
REL = (
    r"(?:last|this|next|this" + S + r"past|this" + S + r"coming|the" + S + r"(?:current|coming"
    r"|following|previous|prior|same|preceding|next|past|last)|current|coming|past|previous)"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]


def _rule(name: str, body: str) -> Rule:
    return Rule(name, re.compile(START + "(?:" + body + ")" + END, re.IGNORECASE))


RULES: tuple[Rule, ...] = (
    _rule(
        "date",
        rf"(?:(?P<wd>{WEEKDAY}),?{S})?(?:(?P<mon>{MONTH}){S}?(?P<day>{DAY})"
        rf"|(?:the{S})?(?P<day2>{DAY})(?:{S}of)?{S}(?P<mon2>{MONTH}))"
        rf"(?:(?:,{S}?|{S})(?P<year>{YEARX}|['’]\d\d(?!\d)))?",
    ),
    _rule(
        "numeric_date",
        rf"(?P<year>{YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
        r"|(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])/(?P<y2>\d{4}|\d\d)(?![\d/])",
    ),
    _rule("month_year", rf"(?P<edge>{EDGE})?(?P<mon>{MONTH}){S}(?:of{S})?(?P<year>{YEARX})"),
    _rule(
        "month",
        rf"(?P<edge>{EDGE})?(?:(?P<rel>last|this|next|this{S}past|this{S}coming){S})?"
        rf"(?P<mon>{MONTH_FULL})(?:{S}(?:of{S})?(?P<ry>last|this|next){S}year)?",
    ),
    _rule(
        "year",
        rf"(?P<edge>{EDGE}|(?:the{S})?(?:first|second|last){S}half{S}of{S})?"
        rf"(?:(?P<fiscal>fiscal|FY){S}?)?(?P<year>{YEAR}|{SPELLED_YEAR})",
    ),
    _rule("the_year", rf"the{S}year{S}(?P<year>{YEARX})"),
    _rule(
        "decade",
        rf"(?:the{S})?(?P<edge>(?:early|late|mid)(?:{S}|-))?"
        rf"(?:(?P<c>1\d|20)?(?P<d>\d)0['’]?s|['’](?P<d2>\d)0['’]?s|(?P<w>{DECADE_WORD}))",
    ),
    _rule(
        "century",
        rf"(?:the{S})?(?P<edge>(?:early|late|mid)(?:{S}|-))?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
        rf"|(?P<nw>{ORD})|(?P<rel>this|last|next)){S}?-?centur(?:y|ies)",
    ),
    _rule(
        "deictic",
        rf"(?:(?P<edge>early|late|later|earlier|mid)(?:{S}|-))?(?:(?P<part0>{PART}){S})?"
        rf"(?P<day>today|yesterday|tomorrow|tonight)(?:{S}(?P<part>{PART}))?",
    ),
    _rule(
        "part_of_day",
        rf"(?:(?P<edge>later|earlier|early|late){S})?(?P<rel>this|last|tomorrow|yesterday)"
        rf"{S}(?P<part>{PART})",
    ),
    _rule(
        "ref",
        rf"(?P<present>right{S}now|now|currently|current|at{S}present|presently|nowadays"
        rf"|these{S}days|at{S}the{S}moment)"
        rf"|(?P<past>recently|lately|(?:more{S}|most{S})?recent(?:{S}(?:days|weeks|months"
        rf"|years|decades|times))?|the{S}past)"
        rf"|(?P<future>the{S}(?:near{S}|distant{S}|foreseeable{S})?future|(?:the{S})?coming"
        rf"{S}(?:days|weeks|months|years)|the{S}(?:days|weeks|months|years){S}ahead)",
    ),
    _rule(
        "anaphoric",
        rf"(?P<edge>{EDGE})?(?P<rel>that(?:{S}same)?|the{S}(?:same|previous|prior|preceding"
        rf"|following|next)){S}(?P<unit>day|week|month|year)",
    ),
    _rule(
        "rel_unit",
        rf"(?P<edge>{EDGE})?(?P<rel>{REL}){S}(?P<fiscal>fiscal{S})?"
        r"(?P<unit>week|weekend|month|quarter|year|decade|century)",
    ),
    _rule("the_weekend", rf"the{S}weekend"),
    _rule("the_unit", rf"the{S}(?:(?:fiscal|full|whole|entire|calendar){S})?(?P<unit>year|week)"),
    _rule(
        "year_end",
        rf"(?:the{S})?(?P<unit>year|month|quarter)(?:['’]s{S}|-|{S})end",
    ),
    _rule(
        "weekday",
        rf"(?:(?P<edge>early|late|mid){S})?(?:(?P<rel>last|this|next|this{S}past|this{S}coming"
        rf"|the{S}(?:previous|following|next|preceding)){S})?(?P<wd>{WEEKDAY})(?P<plural>s)?"
        rf"(?:{S}(?P<part>{PART})s?)?",
    ),
    _rule(
        "ago",
        rf"(?:(?P<mod>{MODS}){S})?(?:(?P<num>{NUM})(?:{S}|-))?(?P<unit>{UNIT})"
        rf"(?:{S}or{S}so)?{S}(?P<dir>ago|earlier|hence|from{S}now|back)",
    ),
    _rule(
        "quarter",
        rf"(?:(?P<pre>the|its|this{S}year['’]s|last{S}year['’]s|next{S}year['’]s|the{S}"
        rf"(?:year-(?:ago|earlier)|year{S}(?:ago|earlier)|comparable|prior-year|previous-year)"
        rf"|(?P<y1>{YEAR})['’]s){S})?(?:(?P<y2>{YEAR}){S})?(?:fiscal(?:{S}|-))?"
        rf"(?P<ord>{ORD})(?:{S}|-)(?:fiscal{S})?(?P<kind>quarter|half|quarters)"
        rf"(?:{S}(?:of|in){S}(?:(?:fiscal|the{S}fiscal{S}year|FY){S}?)?(?P<y3>{YEARX}"
        rf"|this{S}year|last{S}year|next{S}year))?",
    ),
    _rule(
        "fin_ref",
        rf"(?P<det>the|this|that){S}(?P<adj>latest|most{S}recent|current|comparable"
        rf"|corresponding|same|year-(?:ago|earlier)|prior-year|previous|{YEAR})?{S}?"
        rf"(?:(?P<adj2>year-(?:ago|earlier)|fiscal){S})?(?P<what>quarter|period)"
        rf"(?:{S}(?P<ya>a{S}year{S}(?:ago|earlier)|last{S}year|of{S}last{S}year))?"
        rf"|(?P<lys>last{S}year['’]s){S}(?:fiscal{S})?(?P<what2>quarter|period)"
        rf"|(?P<bare>year-(?:ago|earlier))",
    ),
    _rule(
        "duration",
        rf"(?:(?P<mod>{MODS}){S})?(?:(?P<det>the|its|this|these|those){S})?"
        rf"(?:(?P<rel>past|last|next|first|coming|previous|following|final|remaining|latest"
        rf"|initial|entire|full|whole|same|preceding|ensuing|subsequent|year-earlier|year-ago)"
        rf"{S})?"
        rf"(?P<num>{NUM})(?:{S}(?:or|to|and){S}(?P<num2>{NUM}))?(?P<hy>{S}|-)"
        rf"(?:(?P<more>more|additional|extra|straight|consecutive|full|long|trading){S})?"
        rf"(?P<unit>{UNIT})"
        rf"(?P<half>{S}and{S}a{S}half)?(?:{S}or{S}so)?(?!-old|{S}old|-long)"
        rf"|(?P<halfw>half{S}an?{S}(?:hour|day|year|century|decade))",
    ),
    _rule(
        "past_unit",
        rf"the{S}(?P<rel>past|last|next|coming|previous|first)"
        rf"(?:{S}(?P<vague>few|several|many|couple{S}of))?{S}(?P<unit>{UNIT})",
    ),
    _rule(
        "bare_units",
        rf"(?:(?P<vague>many|several|a{S}few|few|some|countless|numerous){S})?"
        r"(?P<unit>years|decades|centuries|months|weeks|days|hours|minutes)"
        rf"(?:{S}(?:or|and){S}(?:years|decades|centuries|months|weeks|days|hours))?"
        rf"(?!-old|{S}old)",
    ),
    _rule(
        "set",
        rf"(?P<q>every|each|per){S}(?:(?P<other>other){S})?(?:(?P<num>{NUM}){S})?"
        rf"(?P<what>{UNIT}|{WEEKDAY}|{MONTH_FULL}|{SEASON}|{PART})"
        rf"|(?P<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly)"
        rf"|(?:(?P<freq>once|twice|thrice|(?:{NUM}){S}times){S})?(?P<a>a|an|per){S}"
        r"(?P<unit>second|minute|hour|day|night|week|month|year|decade|quarter)",
    ),
    _rule(
        "clock",
        rf"(?:(?P<mod>about|around|approximately|shortly{S}(?:before|after)|just{S}"
        rf"(?:before|after)){S})?(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?{S}?"
        rf"(?P<ap>a\.?m\.?|p\.?m\.?)(?:{S}(?P<tz>{TZ}))?|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)"
        rf"(?:{S}(?P<tz2>{TZ}))|(?P<word>noon|midday|midnight)|(?P<hw>{NUM_WORD}|\d{{1,2}})"
        rf"{S}o['’]clock)"
        rf"(?:,?{S}(?:on{S})?(?:(?P<wd>{WEEKDAY})|(?P<deic>today|yesterday|tomorrow|tonight))"
        rf"|,?{S}(?:on{S})?(?P<mon>{MONTH}){S}(?P<day>{DAY}))?",
    ),
    _rule(
        "season",
        rf"(?P<edge>{EDGE})?(?:(?P<rel>last|this|next|this{S}past|this{S}coming|the{S}past"
        rf"|the{S}coming|the|early|late){S})?(?P<s>{SEASON})(?:(?:{S}of)?{S}(?P<year>{YEARX}))?",
    ),
    _rule("holiday", rf"(?:(?P<rel>last|this|next){S})?(?P<h>{HOLIDAY})"),
    _rule(
        "edge_unit",
        rf"the{S}(?P<edge>end|beginning|start|middle|close|turn|rest|remainder){S}of{S}"
        rf"the{S}(?P<unit>year|month|week|decade|century|quarter)",
    ),
)
"""All rules; where matches overlap the longest wins (ties: the earlier rule)."""
