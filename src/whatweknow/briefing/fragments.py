"""Claims that are no line of the briefing: words that state no proposition a reader can use
alone, whoever says them (judgement §1: a fragment "cannot be established, denied or in
conflict"; §3: when unsure, say less). The dossier keeps each record; the briefing leaves out

- a non-answer that names no matter ("Organisers did not give a figure.", "Police declined to
  say."): a figure of what, asked what, is in the sentence before (:func:`bare_non_answer`);
- an outlet's lead-in whose content is the next sentence ("The fight over the plant has become
  a fight over a number.", "The distance between the boats has also shifted.", "… the picture
  has changed sharply": :func:`lead_in`);
- a state that wants what it is about ("Some fishermen are not convinced.": of what?,
  :func:`unfinished`), a stance of a group it does not name ("Others were more cautious.",
  "Not everyone agreed.": :func:`unnamed_stance`), a negated act of taking part without what
  was taken part in ("The opposition leader did not attend.": :func:`undone`), a short
  sentence whose object is a
  bare "that" or "this" ("The mayor rejected that": :func:`points_at_object`), and words that
  end at a bare "one" ("whether to open one": one what?, :func:`bare_one`);
- words cut at a coordinator ("about 40 boats had been moored and": :func:`cut_at_coordinator`)
  or before their verb ("remains our assessment of …": :func:`subjectless`), and a short
  sentence that names "the figure" the sentence before gave ("Analysts questioned the
  figure.": :func:`names_the_figure`), or a comparison with nothing ("the real figure is far
  lower": :func:`compares_with_nothing`), or a change of a figure that gives no number ("The
  agency also raised its count of the damage.": :func:`revises_unstated`);
- a verb's object cut from the verb that makes it a statement (the object of a preposition or
  of a participle: "blamed the delays on | cuts under her predecessor", "…, publishing | the
  first count …": :func:`object_cut`), and a controlled clause shown without who demands it
  ("urged | the board to resign": :func:`control_object`);
- a source's sentence whose subject is a pronoun that no actor mention resolves ("It did not
  work", "They can come.", "This is the simplest way to give them that"), or whose verb is all
  that is left of a clause before it ("Now we know they did", "… that's not true":
  :func:`unresolved_subject`, :func:`elided`).

The words these rules look for are ``data/fragments.tsv``; the rest are fixed shapes of
English (auxiliaries, pronouns, prepositions).
"""

from __future__ import annotations

import re
from functools import cache

from ..contract import Claim, Dossier
from ..stages._lists import kinded_lists, word_list
from ..stories.values import is_number, words


@cache
def _kind(kind: str) -> tuple[str, ...]:
    rows = kinded_lists(__package__ or "whatweknow.briefing", "fragments.tsv")
    return tuple(sorted((w.casefold() for w in rows.get(kind, [])), key=len, reverse=True))


def _alts(kind: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in _kind(kind))


@cache
def _leaning() -> str:
    """The stances a speaker may take compared with another ("more cautious"): one list with
    the sentences of contrast that pair two speakers (``stories/data/contrasts.tsv``, kind
    ``leaning``)."""
    rows = kinded_lists("whatweknow.stories", "contrasts.tsv")
    words = sorted((w.casefold() for w in rows.get("leaning", [])), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@cache
def _non_answer() -> re.Pattern[str]:
    subject = r"^\W*(?:[\w'’.&-]+\s+){1,5}?"
    thing = rf"(?:\s+(?:a|an|any|the|further|a\s+precise|an\s+exact)?\s*(?:{_alts('unsaid')}))?"
    return re.compile(
        rf"{subject}(?:(?:{_alts('refusing')})\s+(?:to\s+)?(?:{_alts('giving')}){thing}|"
        rf"(?:gave|offered|provided|released)\s+no(?:\s+further)?\s+(?:{_alts('unsaid')}))"
        r"\s*[.!]?\W*$",
        re.IGNORECASE,
    )


def bare_non_answer(text: str) -> bool:
    """Whether words are a refusal or a silence that names nothing of the matter ("Organisers
    did not give a figure.", "Police declined to say.", "The firm gave no details."): what goes
    unsaid is asked in the sentence before; alone, the line tells nothing. A refusal that names
    its matter ("declined to comment on the report") or a silence that is whole ("declined to
    comment") is not one."""
    return len(text.split()) <= 12 and _non_answer().match(text.replace("’", "'")) is not None


@cache
def _placeholder_end() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:over|about|on|of|around|to|into)\s+(?:a|an|one|another)\s+"
        rf"(?:{_alts('placeholder')})\W*$",
        re.IGNORECASE,
    )


@cache
def _meta_change() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|,\s+)\W*the\s+(?:{_alts('meta')})\s+(?:has|have|had)\s+(?:[a-z]+ly\s+|also\s+)?"
        rf"(?:{_alts('change')})\b",
        re.IGNORECASE,
    )


_ADVERB = re.compile(r"^(?:also|too|again|since|already|now|[a-z]+ly)$", re.IGNORECASE)
_PERFECT = frozenset({"has", "have", "had"})


def lead_in(text: str) -> bool:
    """Whether an outlet's sentence announces what the next one tells: it ends at an
    indefinite noun that stands for it ("… has become a fight over a number": which number?),
    says the account of the story has changed ("the picture has changed sharply since the
    first reports"), or, short and without a figure, ends at a verb of change with nothing
    after it but adverbs ("The distance between the boats has also shifted.": to what?)."""
    if _placeholder_end().search(text) or _meta_change().search(text):
        return True
    words = re.findall(r"[\w'’]+", text)
    if not 3 <= len(words) <= 10 or any(ch.isdigit() for ch in text):
        return False
    while words and _ADVERB.match(words[-1]) and words[-1].casefold() not in _kind("change"):
        words.pop()
    if not words or words[-1].casefold() not in _kind("change"):
        return False
    before = [w.casefold() for w in words[:-1] if not _ADVERB.match(w)]
    return bool(before) and before[-1] in _PERFECT


@cache
def _unfinished() -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|remain|remains|remained|seem|seems|"
        r"seemed)\s+(?:not\s+|still\s+|yet\s+|far\s+from\s+|not\s+yet\s+|not\s+entirely\s+|less\s+)*"
        rf"(?:{_alts('unfinished')})\s*[.!]?\W*$",
        re.IGNORECASE,
    )


def unfinished(text: str) -> bool:
    """Whether a short sentence ends at a state about a thing it does not name ("Some
    fishermen are not convinced.", "The families remain unpersuaded.", "Supporters are less
    sure."): of what, the sentence before says."""
    return _unfinished().match(text.replace("’", "'")) is not None


_STANCE_VERB = r"(?:were|are|was|is|remain|remains|remained|seem|seems|seemed|sounded)"
"""The verbs by which a stance sentence says where its subject stands ("were more cautious")."""


@cache
def _unnamed_stance() -> re.Pattern[str]:
    degree = r"(?:(?:more|less|much|far|rather|somewhat|even|still|also|not|too|a\s+little)\s+)*"
    return re.compile(
        rf"^\W*(?:(?:but|and|yet|still)\s+)?(?:{_alts('crowd')}"
        rf"|(?:{_alts('crowd_determiner')})\s+[a-z]+(?:s|people|men))\s+(?:"
        rf"{_STANCE_VERB}\s+{degree}"
        rf"(?:{_leaning()})|(?:(?:did|do|does)\s+not\s+)?(?:also\s+)?(?:{_alts('siding')})"
        r")\s*[.!]?\W*$",
        re.IGNORECASE,
    )


@cache
def _compared_stance() -> re.Pattern[str]:
    degree = r"(?:(?:much|far|rather|somewhat|even|still|also|a\s+little)\s+)*"
    return re.compile(
        r"^\W*(?:(?:but|and|yet|still)\s+)?(?:[\w'.-]+\s+){0,4}?[\w'.-]+"
        r"(?:,\s+[^,;:\"“”]{1,90},)?"
        rf"\s+{_STANCE_VERB}\s+"
        rf"{degree}(?:more|less)\s+(?:{_leaning()})\s*[.!]?\W*$",
        re.IGNORECASE,
    )


def compared_stance(text: str) -> bool:
    """Whether a sentence is only a stance its subject takes compared with the speaker before
    ("Dr Ama Lutz, a chemist at the institute, was more cautious.", "The mayor was less
    sure."): about what, and what she says, the sentences around it tell; alone, the line
    states nothing, whoever is named."""
    return _compared_stance().match(text.replace("’", "'")) is not None


def unnamed_stance(text: str) -> bool:
    """Whether a sentence is only a stance taken by a group it does not name ("Others were
    more cautious.", "Other engineers were more cautious.", "Not everyone agreed.", "Some
    disagreed."): who they are and what they
    doubt or agree with, the sentences around it say; alone, the line states nothing."""
    return _unnamed_stance().match(text.replace("’", "'")) is not None


_BARE_OBJECT = re.compile(r"^\W*(?:[\w'’-]+\s+){1,4}(?:that|this)\W*$", re.IGNORECASE)


def points_at_object(text: str) -> bool:
    """Whether a sentence of five words or fewer ends at a bare "that" or "this" ("The mayor
    rejected that", "Police confirmed this."): what it is, the sentence before says."""
    return _BARE_OBJECT.match(text) is not None


_BARE_ONE = re.compile(
    r"\b(?:to|will|would|could|can|should|must|may|might|shall|'ll)\s+(?:not\s+|also\s+|then\s+)?"
    r"(?:[a-z]+\s+)?[a-z]+\s+(?<!\bthe\s)(?<!\ba\s)(?<!\bany\s)(?<!\bno\s)(?<!\bthis\s)"
    r"(?<!\bthat\s)(?<!\bevery\s)one\W*$",
    re.IGNORECASE,
)
_SET = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|other|"
    r"others|another|either|neither|each|which)\b",
    re.IGNORECASE,
)


def bare_one(text: str) -> bool:
    """Whether words end at a bare "one" that a verb takes as its object ("she would decide
    next week whether to open one", "the council will build one"), with no set in the words
    that it could be one of ("two ferries … would sell one"): one what, the sentence before
    says; alone, the line means nothing."""
    return _BARE_ONE.search(text) is not None and _SET.search(text) is None


_COORDINATOR_END = re.compile(r"\s(?:and|or|but|nor)\W{0,2}$", re.IGNORECASE)


def cut_at_coordinator(text: str) -> bool:
    """Whether words stop at a coordinator ("about 40 boats had been moored and"): a clause
    cut from the one it joins, however whole it looks."""
    return _COORDINATOR_END.search(text.rstrip()) is not None


_PREPOSITIONS = frozenset(
    {"on", "for", "of", "with", "about", "over", "against", "upon", "onto", "into", "to"}
)


_ING_NOUNS = frozenset(
    {"morning", "evening", "nothing", "something", "anything", "everything", "meeting", "spring"}
)
"""Words in "-ing" that are no participle ("on Monday evening | …")."""


def _word_before(d: Dossier, claim: Claim) -> str:
    """The word just before a claim's words in its sentence ("" after punctuation)."""
    before = d.article.text[max(0, claim.start - 40) : claim.start]
    found = re.search(r"([A-Za-z'’]+)\s+$", before)
    return found.group(1).casefold() if found else ""


_OPENING_QUOTE = re.compile(r"([A-Za-z'’]+)\s*[\"“‘']\s*$")


def predicate_cut(d: Dossier, claim: Claim) -> bool:
    """Whether a claim's words open a quotation right after a copula ("The fire, he said, was
    | “unlikely to be arson”"): a predicate whose subject the sentence gives before the verb of
    saying that breaks it; alone, the line says what was unlikely of nothing."""
    before = d.article.text[max(0, claim.start - 40) : claim.start]
    found = _OPENING_QUOTE.search(before)
    return found is not None and found.group(1).casefold() in _kind("copula")


def object_cut(d: Dossier, claim: Claim) -> bool:
    """Whether a claim without a proposition is the object of a preposition or a participle
    that its sentence gives it ("She blamed the delays on | cuts under her predecessor", "…,
    the ministry said, publishing | the first count that includes …"), or of a verb of charge
    without the charge ("She has blamed | cuts under her predecessor": blamed for what?): a
    thing named, cut from the verb that says what of it."""
    if claim.proposition is not None or claim.modality == "denied":
        return False  # a denial of a thing named still says something ("rejecting | the claim")
    word = _word_before(d, claim)
    if word in _kind("charging"):  # "blamed | cuts under …", without "of" or "for" a charge
        return not re.search(r"\s(?:of|for|on)\s", claim.text)
    if word in _kind("telling"):
        return False  # "…, saying | it was a matter for the police": a clause, said
    return word in _PREPOSITIONS or (
        len(word) > 4 and word.endswith("ing") and word not in _ING_NOUNS
    )


@cache
def _controlled() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:[\w'’.&-]+\s+){1,5}?to\s+[\"“‘']?(?:not\s+)?[a-z]", re.IGNORECASE)


def control_object(d: Dossier, claim: Claim) -> bool:
    """Whether a claim's words are the object of a verb of demand or expectation and the clause
    it controls ("She expected | the airline to stop …", "urged | the board to resign"): the
    words name a demand without its maker's verb, and read as nobody's statement."""
    before = d.article.text[max(0, claim.start - 40) : claim.start].casefold().split()
    if not before:
        return False
    last = " ".join(before[-2:])
    verbs = _kind("control")
    if before[-1] not in verbs and last not in verbs:
        return False
    return _controlled().match(claim.text) is not None


_SUBJECT_PRONOUNS = frozenset({"It", "They", "He", "She"})
_DEMONSTRATIVES = frozenset({"This", "These", "Those"})
_NAMES_THE_MATTER = re.compile(r"^It\s+(?:is|was|['’]s)\s+(?:not\s+)?(?:the|a|an)\s+\w")
"""An "it" that a noun after the copula classes ("It was the first escape since 1998"): as with
"this", the matter itself may be what it points at."""
_POINTING_END = re.compile(r"\b(?:them|that|this|those|it)\W*$", re.IGNORECASE)
"""A sentence that ends at a pronoun of a thing as well ("… to give them that"): with a
demonstrative subject, it points at the sentence before twice over."""
_OWNER = {"He": "his ", "She": "her "}
"""The possessive that, opening the words of a source ("her office", "his lawyer"), names the
one a subject pronoun of that gender stands for: the voice the line shows."""
_EXTRAPOSED = re.compile(
    r"^It\s+(?:is|was|'s|’s|would\s+be|will\s+be|has\s+been|had\s+been|seems|seemed|remains|"
    r"remained|appears|appeared)\b[^.;:]*?\b(?:that|to|whether|how|why|when|if|who)\b"
)
"""An empty "it" before a clause it stands in for ("It is unlikely to …", "It was clear that
…"): no pronoun of a thing."""


@cache
def _demonstrative_verbs() -> frozenset[str]:
    return word_list(__package__ or "whatweknow.briefing", "demonstrative_verbs.tsv")


def unresolved_subject(d: Dossier, claim: Claim) -> bool:
    """Whether a source's sentence, quoted from its start, opens with a pronoun subject ("It
    did not work", "They can come.", "She will visit …") or a bare demonstrative before a verb
    ("This is the simplest way to …", "This was not bad luck") that no actor mention resolves:
    who or what it is, the sentence before says, and the line alone names nothing ("this" alone
    may be the matter itself, "This was not sabotage": only with a pronoun object at the end
    too, "This is the simplest way to give them that"). Reported
    speech keeps its speaker's "it" ("The firm says: it was disappointed"): only a capitalised
    opening is a sentence of the source's own. A pronoun that the source's own words resolve
    stays: the speaker itself ("It put the toll at 40", its source "It") and the owner of a
    voice of the same gender ("She will visit the quay, her office said")."""
    if not (claim.source or claim.source_text):
        return False
    text = claim.text
    lead = len(text) - len(text.lstrip("“\"‘' "))
    words = text[lead:].split(maxsplit=2)
    if len(words) < 2:
        return False
    first = words[0].strip(",")
    if first in _DEMONSTRATIVES:
        if words[1].casefold().replace("’", "'") not in _demonstrative_verbs():
            return False  # "This bloom did not …": a noun after it names the thing
        if _POINTING_END.search(text) is None:
            return False  # "This was not sabotage": "this" may be the matter itself
    elif first not in _SUBJECT_PRONOUNS or _EXTRAPOSED.match(text[lead:]):
        return False
    elif _NAMES_THE_MATTER.match(text[lead:]):
        return False  # "It was the worst storm in years": what the matter itself was
    said_by = (claim.source_text or "").strip().casefold()
    if claim.source and said_by == first.casefold():
        return False  # "It put the toll at 40": the speaker's pronoun, which attribution resolved
    if claim.source and said_by.startswith(_OWNER.get(first, "-")):
        return False  # "She will visit …, her office said": the voice names whose office
    at = claim.start + lead
    return not any(m.start <= at < m.end for a in d.actors if a.type != "place" for m in a.mentions)


_REPORTED_PRONOUN = re.compile(
    r"^\W*(?:it|this|that)\s+(?:is|was|'s|’s|has|had|would|will|could|might|may|remains|"
    r"remained|should|must|can)\b",
)
_SAID_BEFORE_WORDS = 4
"""The most words, besides the speaker's, between a sentence's start and reported words whose
"it" has no antecedent within the sentence ("Vell said | it …", "Vell told reporters on
Monday | it …"); more may name the thing it stands for ("Asked about the ferry, Vell said it
…")."""


def reported_pronoun(d: Dossier, claim: Claim) -> bool:
    """Whether reported words of an unnamed group, plural ("Residents believe it was brought
    by a trader"), open at "it", "this" or "that": a plural group is no "it", so the pronoun
    stands for a thing named in a sentence before, and the line alone says nothing of what.
    Not where the speaker is a body that may be the "it" ("The firm said it was
    disappointed"), nor a person (a name typed a person may be a firm's), nor an empty "it"
    before a clause ("said it was clear that …"), nor where words before in the sentence may
    name the thing ("declined to comment on the arrest, saying it was …")."""
    if not claim.source_text or _REPORTED_PRONOUN.match(claim.text) is None:
        return False
    if _EXTRAPOSED.match("I" + claim.text.lstrip("“\"‘' ")[1:]):
        return False
    actor = next((a for a in d.actors if a.id == claim.source), None)
    said_by = claim.source_text.strip()
    head = said_by.split()[-1].casefold() if said_by.split() else ""
    plural = (head.endswith("s") and not head.endswith(("ss", "'s", "’s"))) or head.endswith(
        ("men", "people")
    )  # "residents", "fishermen", "townspeople"
    if actor is None or actor.type != "group" or not plural:
        return False  # "The company said it …": a body, singular, may be the "it"; a name
        # typed a person may be a firm's ("Aurel Air said it …")
    text = d.article.text
    if claim.start > len(text):
        return False
    opening = max(text.rfind(m, 0, claim.start) for m in (". ", "\n", "? ", "! "))
    before = text[opening + 1 : claim.start].replace(said_by, " ")
    return len(re.findall(r"[\w'’-]+", before)) <= _SAID_BEFORE_WORDS


_ELIDED = re.compile(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:they|it|he|she|we|i|you)\s+(?:did|do|does|will|would|can|"
    r"could|has|have|had|was|were|is|are|should|must|might)(?:\s+not|n['’]t)?\W*$",
    re.IGNORECASE,
)
_THAT_IS_SO = re.compile(
    r"\bthat(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t)\s+(?:not\s+|simply\s+|just\s+)?"
    r"(?:true|untrue|right|wrong|correct|false|the\s+case|so)\W*$",
    re.IGNORECASE,
)


ELIDED_WORDS = 6
"""The most words of a sentence that leaves its verb phrase to the sentence before: a longer
one tells it in a clause of its own ("I said the permit was final, and … it was") or ends at a
relative clause ("the only water we have")."""


def elided(text: str) -> bool:
    """Whether a sentence ends at an auxiliary after its pronoun subject, the verb phrase left
    to the sentence before ("Now we know they did"), or judges a bare "that" ("Now we find out
    that's not true"): what was done, or what is true, the line does not say."""
    if len(text.split()) > ELIDED_WORDS:
        return False  # "I said the permit was final, and on what I knew, it was": told before
    return _ELIDED.search(text) is not None or _THAT_IS_SO.search(text) is not None


FIGURE_WORDS = 14


@cache
def _the_figure() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:the|that|this|these|those)\s+(?:{_alts('figure')})\b(?!\s+(?:of|for)\b)",
        re.IGNORECASE,
    )


def names_the_figure(text: str) -> bool:
    """Whether a short sentence without a figure of its own names "the figure" the sentence
    before gave ("Analysts questioned the figure.", "Its chief repeated the figure on
    Monday."): which figure, the line does not say."""
    return (
        len(text.split()) <= FIGURE_WORDS
        and not any(ch.isdigit() for ch in text)
        and _the_figure().search(text) is not None
    )


@cache
def _revised_figure() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_alts('revising')})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_alts('reckoning')})s?\b",
        re.IGNORECASE,
    )


def revises_unstated(text: str) -> bool:
    """Whether a short sentence tells that a figure changed without giving a number ("The
    agency also raised its count of the damage.", "Police revised the toll on Monday."): to
    what, and from what, the line does not say."""
    return (
        len(text.split()) <= FIGURE_WORDS
        and not any(is_number(w) for w in words(text))
        and _revised_figure().search(text) is not None
    )


@cache
def _bare_comparison() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:is|are|was|were|be|been|remains|remained|seems|looks)\s+(?:(?:far|much|a\s+lot|"
        r"considerably|significantly|slightly|somewhat|even|still|probably|likely)\s+)*"
        rf"(?:{_alts('comparative')})\W*$",
        re.IGNORECASE,
    )


def compares_with_nothing(text: str) -> bool:
    """Whether words end at a comparison that names nothing to compare with ("the real figure
    is far lower": than what?): the other term is in the sentence before."""
    return " than " not in f" {text.casefold()} " and _bare_comparison().search(text) is not None


_SUBJECTLESS = re.compile(
    r"^\W*(?:remains|remained|is|was|are|were|has|have|had|will|would|can|could|should|must|"
    r"may|might)\s",
)


@cache
def _undone() -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:[\w'’.-]+\s+){1,5}?(?:did|does|do|would|will|could|had|has|have)\s*(?:not|n't)"
        rf"\s+(?:(?:yet|also|even)\s+)?(?:{_alts('undone')})(?:d|ed)?\s*[.!]?\W*$",
        re.IGNORECASE,
    )


def undone(text: str) -> bool:
    """Whether a short sentence is a negated act of taking part whose object it leaves out
    ("The opposition leader did not attend.", "Two members have not signed."): attended or
    signed what, the sentence before says; alone, the line tells nothing."""
    return _undone().match(text.replace("’", "'")) is not None


def subjectless(text: str) -> bool:
    """Whether words open at a verb in lower case, their subject cut off ("remains our
    assessment of the risks"): a predicate of nobody."""
    return _SUBJECTLESS.match(text) is not None


def no_line(d: Dossier, claim: Claim) -> bool:
    """Whether a claim is no line of the briefing (see the module doc)."""
    text = claim.text
    outlet = not (claim.source or claim.source_text)
    return (
        bare_non_answer(text)
        or (outlet and lead_in(text))
        or unfinished(text)
        or unnamed_stance(text)
        or compared_stance(text)
        or undone(text)
        or points_at_object(text)
        or bare_one(text)
        or cut_at_coordinator(text)
        or subjectless(text)
        or compares_with_nothing(text)
        or revises_unstated(text)
        or (outlet and names_the_figure(text))
        or elided(text)
        or object_cut(d, claim)
        or predicate_cut(d, claim)
        or control_object(d, claim)
        or unresolved_subject(d, claim)
        or reported_pronoun(d, claim)
    )
