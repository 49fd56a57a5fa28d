"""A speaker's noun phrase resolved to an actor of the dossier.

A name in the phrase is its actor (the mention holding the phrase's head first). A pronoun is
the compatible actor last named as a subject nearby, else the one such actor named there
(:meth:`SpeakerResolver._pronoun`): "he"/"she" a person, "they" a group, organisation or state,
"it" an organisation or state (never the "it" of "it is reported"); a possessive ("its
claim that …") as its pronoun. A nominal ("the
spokesperson", "the ministry") is the last person whose roles hold that noun, or the last
organisation whose name holds it; a name that only qualifies a common noun ("a Chinese
admiral", "Japan's coast guard") is not the speaker. Otherwise the speaker stays unresolved
(None): never a guess, and :meth:`SpeakerResolver.resolve_or_add` makes the common-noun phrase a
``group`` of its own, of the country that qualifies it. A person's name in apposition to a
common-noun speaker ("its spokesman, Lt Ana Reyes, said"), or the name a body calls itself ("a
group calling itself Ash Harbour said"), or the one a clause on it gives ("a nurse who gave
only her first name, Oda, said"), is the speaker; a person named as a
common noun's modifier ("Putin's spokesman", "ferry operators") never is. A description is
the one named as such when only one can be meant: "a survivor" (``data/introduced.tsv``) the
person the next sentence names first at its start; "the company" the only company the sentence
before names; "the operator" the one body told to run something (``data/operating.tsv``).
A person's own body ("the office of the late mayor", "Mayor Holt's office":
``data/owned.tsv``) is a speaker of its own, never another organisation whose name shares its
head noun; a record "from" someone
("a statement from spokesman Jo Reyes") is that sender's. A "he" or "she" that cannot be the
last speaker is first the subject of that speaker's reported clause ("her husband": nobody
named), and one after an unnamed speaker of one person ("the spokeswoman said Mayor Holt …. She
repeated") is that speaker, unidentified, never the person her words name; one opening the
sentence after an unnamed speaker's report of others ("The official said the officers believed
…. He stressed") is that speaker. "The official" is the one unnamed "a … official" who spoke
just before; "the company" after a speaking name NER missed ("Pellow Gas admitted …") is that
name, made an organisation.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...contract import Actor, Mention
from .._lists import kinded_lists, word_list
from ..actors.gazetteer.load import load_gazetteer
from ..actors.lexicons import given_name, name_words
from ..actors.roles import ends_as_organisation, is_institution, is_office
from .cues import load_cues
from .frames import noun_tagged_verb, speaker_phrase
from .gender import PRONOUN_GENDER, Gender, gender_of, gendered_words, word_gender
from .things import load_things, thing
from .urged import addressee, load_urging

PERSONAL = frozenset({"he", "she", "him", "her"})
PLURAL = frozenset({"they", "them"})
NEUTER = frozenset({"it"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
RELATIVE = frozenset({"which", "who", "that"})
POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they"}
"""A possessive owner of a cue noun ("its earlier statement", "their claim") refers back as
its pronoun does; unresolved, it names nobody (never "Its says")."""
INDEFINITE = frozenset({"a", "an", "another", "one"})
"""Determiners of a common noun that introduces someone new ("a palace spokesman", "another
official"): never resolved to one named before."""
WINDOW = 2
"""Sentences before a personal pronoun's own where its person is looked for."""
_CROWDED = 64
"""More speakers than this in the :data:`WINDOW` sentences before "the official", or a
sentence of more than :data:`_RUN_ON` tokens, is no prose (a hostile run-on text): "the
official" is then resolved to nobody, and the search stays linear in the text."""
_RUN_ON = 300


FARTHER = 2
"""Sentences before a pronoun's window where a "he" or "she" opening its sentence finds its one
person, when only bodies speak or act in between (:meth:`SpeakerResolver._person_before_bodies`)."""
BODIES = frozenset({"organisation", "state"})


def _body(phrase: Span, actor: Actor | None) -> bool:
    """Whether a phrase names a body, never a person: an organisation or a state, or one
    institution by its noun ("the ministry", made a group of its own when unresolved)."""
    if actor is not None and actor.type != "group":
        return actor.type in BODIES
    head = phrase.root
    return head.tag_ == "NN" and is_institution(head.lemma_.lower())


@dataclass
class _Mention:
    start: int
    end: int
    actor: Actor


_PRONOUNS = PERSONAL | PLURAL | NEUTER | RELATIVE


_FRONTED_TAGS = frozenset({"VBN", "VBG"})


def _before_fronted(pronoun: Token) -> int:
    """Where the stretch a pronoun refers back into ends: before a subjectless participle clause
    that opens its sentence and whose understood subject the pronoun is ("Asked about links to
    Olmara, she said …": she was asked; a name in what she was asked about is not she). Else at
    the pronoun itself."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return pronoun.i
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i < pronoun.i
            and clause.tag_ in _FRONTED_TAGS
            and clause.left_edge.i == pronoun.sent.start
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
        ):
            return clause.left_edge.i
    return pronoun.i


def _sentence_before(doc: Doc, start: int, furniture: Sequence[tuple[int, int]] = ()) -> int:
    """The start of the sentence before the one starting at token ``start``, a sentence of no
    word (the closing mark of a quotation the parse left alone: '“…help.” ⏎ She said') not
    counted: it is no sentence a pronoun looks back over; nor is one inside ``furniture`` (the
    character spans of captions: a photo's caption between two paragraphs is no text the
    report's pronouns look back over)."""

    def skipped(a: int, b: int) -> bool:
        words = [t for t in doc[a:b] if not (t.is_punct or t.is_space)]
        return all(any(x <= t.idx < y for x, y in furniture) for t in words)

    first = doc[start - 1].sent.start
    while first > 0 and skipped(first, start):
        start = first
        first = doc[first - 1].sent.start
    return first


def _reported_speaker(phrase: Span) -> bool:
    """Whether a speaker's phrase lies in the clausal complement of another's report ("the
    board said that a contractor had told staff …": the contractor)."""
    node = phrase.root
    while node.head.i != node.i:
        if node.dep_ == "ccomp":
            return True
        node = node.head
    return False


def _main_subject(tok: Token) -> bool:
    """A subject of its sentence's main clause (of the root, or of a clause joined to it):
    news refers back with a pronoun to such a subject, not to one inside a subordinate clause
    ("Asked whether the minister would travel, he said …": not the minister)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _root_name_subject(tok: Token) -> Token | None:
    """The finite verb of a sentence the parser rooted at its subject's noun ("Councillor Rob
    Dunn, leader of the Greens, called on …": "Dunn" the root, "called" a clause on it): a
    past-tense verb (never a participle, "Dunn, elected in May") after the noun, whose subject
    that noun is."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    return next(
        (c for c in tok.rights if c.dep_ == "acl" and c.tag_ == "VBD"),
        None,
    )


def _root_subject(noun: Token) -> bool:
    """Whether a noun the parse made its sentence's root is the subject of a verb it hung in
    the noun's own relative clause ("The mines inspectorate, which first said …, has since
    admitted …"): a verb joined in that clause after a comma, with a finite auxiliary and no
    subject of its own."""
    if (
        noun.dep_ != "ROOT"
        or noun.pos_ not in ("NOUN", "PROPN")
        or thing(noun.doc[noun.i : noun.i + 1])
    ):
        return False
    return any(
        t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and t.left_edge.i > 0
        and t.doc[t.left_edge.i - 1].text == ","
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in t.children)
        and any(
            g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBZ", "VBP", "VBD", "MD")
            for g in t.children
        )
        for r in noun.rights
        if r.dep_ == "relcl"
        for t in r.subtree
    )


def _one_of_us(head: Token) -> bool:
    """Whether a singular common noun names one person, not a body or a thing: a gendered
    word ("spokeswoman", "chairman"), a person's role the gazetteer lists ("nurse", "officer";
    an institution noun never), or a noun with a "who" clause ("a former clerk, who asked not
    to be named")."""
    if head.tag_ != "NN" or is_institution(head.lemma_.lower()):
        return False
    if word_gender(head.lower_) is not None or load_gazetteer().role(head.lower_) is not None:
        return True
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
        for c in head.children
    )


def _kin(head: Token) -> bool:
    """Whether a singular common noun names one person by kin ("her husband", "his widow":
    kind ``kin`` of the actors' name_words.tsv)."""
    return head.tag_ == "NN" and head.lemma_.casefold() in name_words()["kin"]


_PARTITIVE = frozenset({"some", "many", "several", "most", "few", "dozens", "hundreds"})
"""Quantity words that, as "N of the Xs", take part of a group ("several of its members")."""


def _partitive(head: Token) -> bool:
    """Whether a speaker's head is a part of a group of common nouns that someone owns ("Three
    of Pellin's neighbours", "two of the ministry's advisers"): the part speaks, never the
    owner. "One of those freed, clerk Dan Roe" names its one (:meth:`_apposed`, before)."""
    if head.pos_ != "NUM" and head.lower_ not in _PARTITIVE:
        return False
    return any(
        o.dep_ == "pobj"
        and o.pos_ == "NOUN"
        and o.tag_ == "NNS"
        and thing(o.doc[o.left_edge.i : o.i + 1]) is None  # "some of the posts": no one
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


_PEOPLE = frozenset({"people", "person", "persons"})


def _people_noun(tok: Token) -> bool:
    """Whether a common noun names people ("two people", "officials", "a nurse")."""
    noun = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or is_institution(noun) or _a_body(noun):
        return False
    return (
        tok.lower_ in _PEOPLE
        or noun in _PEOPLE
        or word_gender(tok.lower_) is not None
        or load_gazetteer().role(noun) is not None
    )


def _who_antecedent(who: Token, antecedent: Token) -> Token:
    """The people a "who" clause describes when the parse hangs it on a body inside their
    description ("two people familiar with discussions inside the ruling party, who told the
    Courier": the people, never the party): the nearest noun of people above a body's noun
    or name, through "of", "with", "inside" and the like. Else the antecedent as parsed."""
    if who.lower_ != "who" or _people_noun(antecedent):
        return antecedent
    tok = antecedent
    for _ in range(6):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return antecedent
        tok = tok.head.head
        if tok.pos_ == "ADJ" and tok.dep_ == "amod":
            tok = tok.head  # "people familiar with …"
        if _people_noun(tok):
            return tok
    return antecedent


def _named_body(tok: Token) -> bool:
    """Whether ``tok`` is the definite body that a verb of naming took as its object ("the
    ministry named the firm, which denied …": the firm speaks), a noun of ``data/bodies.tsv``."""
    return (
        tok.dep_ in ("dobj", "oprd")  # "oprd": the parse may read "named the firm" as a title
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and _a_body(tok.lemma_.lower())
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and tok.head.lemma_.lower() in _NAMING
    )


def _named_before_which(which: Token) -> Token | None:
    """The body named just before a "which" whose clause the parse hangs on the verb of naming
    itself ("named the company that imported it, which denied …": the company), else None."""
    verb = which.head
    if which.lower_ != "which" or which.dep_ != "nsubj" or verb.dep_ not in ("advcl", "conj"):
        return None
    if which.i == 0 or which.doc[which.i - 1].text != ",":
        return None
    namer = verb.head
    if namer.lemma_.lower() not in _NAMING:
        return None
    obj = next((c for c in namer.children if c.dep_ in ("dobj", "oprd") and c.i < which.i), None)
    return obj if obj is not None and _named_body(obj) else None


_NAMING = frozenset({"name", "identify"})
"""Verbs of naming a body (whose object a following "which said" makes speak)."""


def _before_relative(words: list[Token]) -> list[Token]:
    """A speaker's words up to a relative clause after a comma ("two people familiar with the
    talks, who told the Courier that …": "two people familiar with the talks"): a name is
    never the words it reports. So too up to an apposition after a comma ("the family of Ivo
    Hask, the diver killed on Friday,": "the family of Ivo Hask"), which says who the one
    before it is, and is no part of the speaker's name."""
    for n, tok in enumerate(words):
        if n and tok.text == "," and n + 1 < len(words):
            nxt = words[n + 1]
            if nxt.lower_ in RELATIVE and nxt.head.dep_ == "relcl" and nxt.tag_ in ("WP", "WDT"):
                return words[:n]
            if any(t.dep_ == "appos" and t.left_edge.i == nxt.i for t in words[n + 1 :]):
                return words[:n]
    return words


def _described_by_who(tok: Token) -> bool:
    """Whether a proper noun is the last word of a full name (a capitalised proper noun before
    it as its compound) that a relative clause of "who" or "whose" follows ("Ilse Varnok, whose
    cellar flooded, collected …", the parse taking it for its sentence's subject or its root),
    or a person's role in apposition ("Ilse Varnok, an engineer at the water board, …")."""
    if not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha):
        return False
    first = [c for c in tok.lefts if c.dep_ == "compound"]
    if len(first) != 1 or not (first[0].pos_ == "PROPN" and first[0].is_title):
        return False
    return any(
        (c.dep_ == "relcl" and c.doc[c.left_edge.i].lower_ in _WHO)
        or (c.dep_ == "appos" and c.pos_ == "NOUN" and _persons_role(c))
        for c in tok.children
        if c.i > tok.i
    )


def _persons_role(noun: Token) -> bool:
    """Whether a common noun is a role one person holds (of the gazetteer, not collective, or
    an office), never a body's noun."""
    lemma = noun.lemma_.lower()
    if is_institution(lemma) or _a_body(lemma):
        return False
    kind = load_gazetteer().role(lemma)
    return (kind is not None and not kind.collective) or is_office(lemma)


_WHO = frozenset({"who", "whose"})
"""The relative words that open a clause about a person (or, "whose", about a body)."""


def _whose_kin(phrase: Span) -> bool:
    """Whether a name is set off by a "whose" clause that names a kin of theirs ("Ines Harrow,
    whose son Piet was among the injured, said", "…, whose younger sister …"): only a person
    has a son or a sister (``kin`` of the actors stage's name words)."""
    doc = phrase.doc
    i = phrase.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "whose":
        return False
    i += 2
    while i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ" and i < phrase.end + 5:
        i += 1  # "whose younger brother"
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in name_words()["kin"]


def _of_a_body(phrase: Span) -> Token | None:
    """The "of" set off by commas after a name, whose object is a body's common noun with its
    name in apposition ("Ida Rell, of the group Clear Water, said"): a person's, as a member
    of that body, never a body's own name (which no body's noun follows so)."""
    doc = phrase.doc
    if phrase.end + 1 >= len(doc) or doc[phrase.end].text != ",":
        return None
    for p in phrase.root.rights:
        if p.dep_ != "prep" or p.lower_ != "of" or p.i != phrase.end + 1:
            continue
        if doc[p.right_edge.i + 1 : p.right_edge.i + 2].text != ",":
            return None
        for o in p.children:
            if (
                o.dep_ == "pobj"
                and o.pos_ == "NOUN"
                and doc[o.left_edge.i].lower_ == "the"
                and (is_institution(o.lemma_.lower()) or _a_body(o.lemma_.lower()))
                and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in o.children)
            ):
                return p
    return None


def _untyped_full_name(tok: Token) -> bool:
    """Whether a proper noun that NER left untyped is the last word of a person's full name
    written as one of a body ("Ragna Tarrow of the nurses' union"): a capitalised proper noun
    before it as its compound, none of them a body's or a role's word, and an "of" phrase
    after it whose object is a common noun of a body (``data/bodies.tsv``)."""
    first = [c for c in tok.lefts if c.dep_ == "compound"]
    if len(first) != 1 or any(t.ent_type_ for t in (tok, first[0])):
        return False
    for t in (tok, first[0]):
        word = t.lower_
        if not (t.pos_ == "PROPN" and t.is_alpha and t.is_title):
            return False
        if is_institution(word) or _a_body(word) or load_gazetteer().role(word) is not None:
            return False
    return any(
        o.dep_ == "pobj"
        and o.pos_ == "NOUN"
        and (_a_body(o.lemma_.lower()) or is_institution(o.lemma_.lower()))
        for p in tok.rights
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


_CONTRASTING = frozenset({"while", "whereas", "whilst"})
"""Marks of a clause that sets one report against another ("…, while others said …")."""


def _others_of(head: Token) -> str | None:
    """The common noun of the group that a bare "others" is the rest of: the plural subject,
    with a quantity word ("some", "many"), of the verb "others"'s own is joined to ("Some
    scientists expect …, but others warn": scientists) or set against by "while" ("Some
    analysts said P, while others said Q": analysts), or else of the main verb of the
    sentence just before ("Many residents left. Others said": residents). None otherwise: "others"
    stays as written."""
    if head.lower_ != "others" or head.dep_ != "nsubj":
        return None
    verb = head.head
    verbs = [verb.head] if verb.dep_ == "conj" else []
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in verb.children
    ):
        verbs = list(verb.ancestors)  # "Some analysts said …, while others said": the "while"
        # clause hangs inside the first report; the nearest verb above with such a subject
    if not verbs and head.i == head.sent.start and head.sent.start > 0:
        verbs = [head.doc[head.sent.start - 1].sent.root]
    for v in verbs:
        for s in v.children:
            if (
                s.dep_ == "nsubj"
                and s.pos_ == "NOUN"
                and s.tag_ == "NNS"
                and any(
                    c.lower_ in _PARTITIVE and c.dep_ in ("det", "amod")
                    for c in s.subtree
                    if c.i < s.i  # "Some aviation analysts": the parse may hang "some" on
                    # the compound before the noun
                )
            ):
                words = [c for c in s.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
                return " ".join(t.lower_ for t in [*words, s])
    return None


@cache
def _copies() -> dict[str, frozenset[str]]:
    """``data/copies.tsv``: the nouns of a copy of a record ("copy") and the verbs of seeing or
    getting one ("seen")."""
    return {k: frozenset(v) for k, v in kinded_lists(__package__, "copies.tsv").items()}


def _copied(head: Token) -> Token | None:
    """The record a speaker's "copy" is of ("a copy of the document seen by the Courier": the
    document), when the object of its "of" names a record (:func:`.things.thing`); else None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _copies().get("copy", frozenset()):
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i:
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and thing(speaker_phrase(o)) == "record":
                    return o
    return None


def _seen_by(head: Token) -> Token | None:
    """The participle that says who saw or got a record ("the document seen by the Courier",
    ``data/copies.tsv``), with its agent, right after the record's noun; else None."""
    for c in head.rights:
        if (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.i == head.i + 1
            and c.lemma_.lower() in _copies().get("seen", frozenset())
            and any(a.dep_ == "agent" for a in c.children)
        ):
            return c
    return None


def _accused_as(phrase: Span) -> bool:
    """Whether a definite description names a body by what it is accused of ("the company
    accused of funding the march"): "the", a noun of a body (``data/bodies.tsv``), and a
    participle of accusing (``data/accusing.tsv``) with its "of" phrase right after it."""
    head = phrase.root
    if phrase[0].lower_ != "the" or not _a_body(head.lemma_.lower()):
        return False
    return any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.i == head.i + 1
        and c.lemma_.lower() in load_accusing()
        and any(p.dep_ == "prep" and p.lower_ in _OF_A_DEED for p in c.children)
        for c in head.rights
    )


def _capitalised(phrase: Span) -> bool:
    """Whether a one-word phrase is a common noun of a body or a role that the parse took for a
    name for its capital ("Police said …" opening a sentence after a dateline)."""
    if len(phrase) != 1 or phrase.root.pos_ != "PROPN" or not phrase.text.istitle():
        return False
    word = phrase.root.lower_
    return is_institution(word) or load_gazetteer().role(word) is not None


def _common_as_name(head: Token) -> bool:
    """Whether the head of a speaker phrase is a common noun of a body, written in lower case,
    that the parse took for a name with the owner named before it ("Norland's transport
    ministry", all one organisation to NER): the body speaks, never its owner."""
    return (
        head.pos_ == "PROPN"
        and head.is_lower
        and is_institution(head.lower_)
        and any(c.dep_ == "poss" and c.i < head.i for c in head.children)
    )


def _cited(tok: Token) -> bool:
    """Whether a noun is a name, or one cited as a source: the agent of a passive ("issued by
    the coast guard") or the object of "according to"."""
    if tok.pos_ == "PROPN":
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.dep_ == "agent" or (prep.lower_ == "to" and prep.head.lower_ == "according")


def _fits(spoke: _Spoke, types: frozenset[str], pronoun: Token | None = None) -> bool | None:
    """Whether a pronoun of ``types`` can refer to the speaker ``spoke``: True (it is that
    actor), False (it is that speaker, who is unidentified: so is the pronoun), None (it cannot
    be: look further back). A common-noun speaker ("the channel", "officials") fits "it" when
    singular, "they" when plural, never "he" or "she"; but a person's role named by its
    apposition ("Rell's lawyer, Beatriz Okafor") fits "he" or "she", whatever type the name was
    given."""
    head = spoke.phrase.root
    if spoke.actor is None:
        if head.pos_ == "PROPN" and "person" not in types:
            return False  # an unknown name ("Grey Zone claimed"): "it" is that name
        if pronoun is not None and "person" in types and head.pos_ == "NOUN" and _one_of_us(head):
            said = word_gender(head.lower_)
            wanted = PRONOUN_GENDER.get(pronoun.lower_)
            if said is None or wanted is None or said == wanted:
                return False  # "The council's spokeswoman said Mayor Holt had wanted …. She
                # repeated …": that spokeswoman, unnamed, never the one her words name
        return None
    if spoke.actor.type in types:
        return True
    if (
        "person" in types
        and spoke.actor.type != "group"
        and head.tag_ == "NN"
        and not is_institution(head.lemma_.lower())
        and head.lower_ not in spoke.actor.name.lower().split()  # "the board" of "X Board"
    ):
        return True  # "Rell's lawyer, Beatriz Okafor, said …. She said": a person, named
    if (
        "person" in types
        and pronoun is not None
        and spoke.actor.type == "organisation"
        and head.pos_ == "PROPN"
    ):
        # "Ida Marr, a spokeswoman for Veld, said …. “…,” she said." with the name taken for a
        # body's: the role in apposition (or before the name) says it is a person
        roles = [c for c in head.children if c.dep_ in ("appos", "compound") and _one_of_us(c)]
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        if roles and all(word_gender(r.lower_) in (None, wanted) for r in roles):
            return True
    if spoke.actor.type == "group" and "person" in types and pronoun is not None:
        # "A ministry spokeswoman said …. “…,” she said.": the one person the speaker's noun
        # names, unnamed, when it may be the pronoun's ("he" is not the spokeswoman's)
        if not _one_of_us(head):
            return None
        said = word_gender(head.lower_)
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        return True if said is None or wanted is None or said == wanted else None
    if spoke.actor.type == "group" and "person" not in types:
        if pronoun is not None and pronoun.lower_ in NEUTER and _one_of_us(head):
            return False  # "A senior officer told the paper …. ⏎ The hall will stay shut, it
            # said.": "it" is never a person, an unnamed one no body; nor, with a person
            # between, a body that spoke before: nobody
        plural = head.tag_ in ("NNS", "NNPS")
        return True if plural == ("group" in types) else None
    return None


@cache
def load_signing() -> frozenset[str]:
    """``data/signing.tsv``: verbs whose participle names a record's writer ("signed by")."""
    return word_list(__package__, "signing.tsv")


@cache
def load_accusing() -> frozenset[str]:
    """``data/accusing.tsv``: verbs whose object is charged with a deed ("accuses X of …")."""
    return word_list(__package__, "accusing.tsv")


_AT_THE_TIME = frozenset({"when", "while"})
_OF_A_DEED = frozenset({"of", "for", "with"})


def _accused(pronoun: Token) -> Token | None:
    """ "The suit accuses the club of misleading fans when it denied that …": the subject
    pronoun of a "when" ("while") clause on a verb of accusing (``data/accusing.tsv``) with an
    object and an "of" ("for", "with") phrase of the deed is that object, the one accused,
    never the accuser. The object's head, or None for any other structure; a singular
    pronoun never takes a plural object."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < pronoun.i:
        return None
    if not any(c.lower_ in _AT_THE_TIME and c.i < pronoun.i for c in clause.children):
        return None
    verb, deed = clause.head, []
    if verb.dep_ == "pcomp" and verb.head.lower_ in _OF_A_DEED:
        prep = verb.head  # "of misleading passengers when it …": the clause on the deed
        while prep.dep_ in ("conj", "pcomp") and prep.head.i != prep.i:
            prep = prep.head  # "of failing to … and of misleading …": the first "of"
            if prep.dep_ == "prep":
                break
        if prep.lower_ not in _OF_A_DEED:
            return None
        deed, verb = [prep], prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "accuses the club of …": the phrase hung on the object
    if verb.lemma_.lower() not in load_accusing():
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    deed += [c for t in (verb, obj) for c in t.children if c.dep_ == "prep"]
    if not any(p.lower_ in _OF_A_DEED and obj.i < p.i < clause.i for p in deed):
        return None
    if pronoun.lower_ in NEUTER and obj.tag_ in ("NNS", "NNPS"):
        return None
    return obj


@cache
def load_owned() -> frozenset[str]:
    """``data/owned.tsv``: nouns of a body a person has of their own ("office", "campaign")."""
    return word_list(__package__, "owned.tsv")


@cache
def load_holders() -> frozenset[str]:
    """``data/holders.tsv``: nouns of a post one person holds, beside the gazetteer's roles."""
    return word_list(__package__, "holders.tsv")


@cache
def _standing() -> dict[str, frozenset[str]]:
    """``data/standing.tsv``: each generic noun of a body ("company") with the nouns of the
    bodies it may stand for (``@business``: every business noun of ``data/bodies.tsv``)."""
    kinds = kinded_lists(__package__, "bodies.tsv")
    out: dict[str, set[str]] = {}
    for generic, covered in kinded_lists(__package__, "standing.tsv").items():
        for noun in covered:
            nouns = kinds.get(noun[1:], []) if noun.startswith("@") else [noun]
            out.setdefault(generic.lower(), set()).update(n.lower() for n in nouns)
    return {generic: frozenset(nouns) for generic, nouns in out.items()}


@cache
def _services() -> dict[str, frozenset[str]]:
    """``data/services.tsv``: each generic noun of a body known by its service ("utility") with
    the words of the services it covers ("water", "power")."""
    return {
        generic.lower(): frozenset(w.lower() for w in words)
        for generic, words in kinded_lists(__package__, "services.tsv").items()
    }  # (and under "body", the last words of a utility's name: "board", "company")


def _described_by(doc: Doc, actor: Actor) -> set[str]:
    """The lemmas of the common nouns the text puts before a mention of ``actor`` as a title
    ("telecoms operator Velka") or beside it in apposition ("Velka, the largest operator";
    "the operator, Velka")."""
    out: set[str] = set()
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        for c in root.children:
            if c.i < span.start and c.dep_ == "compound" and c.pos_ == "NOUN":
                out.add(c.lemma_.lower())
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                out.add(c.lemma_.lower())
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            out.add(root.head.lemma_.lower())
        if _operates(root):
            out.add("operator")
    return out


@cache
def load_operating() -> frozenset[str]:
    """``data/operating.tsv``: the verbs by which the text tells who runs something ("run by")."""
    return word_list(__package__, "operating.tsv")


def _operates(root: Token) -> bool:
    """Whether the text tells that a name runs something: the agent of a participle of
    ``data/operating.tsv`` on a noun ("the coach, run by Wendrow Coach Lines,"), or a name
    with a noun in apposition whose relative clause has such a verb ("Wendrow Coach Lines, the
    company that ran the coach,")."""
    by = root.head
    verb = by.head
    if (
        root.dep_ == "pobj"
        and by.dep_ == "agent"
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in load_operating()
    ):
        return True
    return any(
        c.dep_ == "appos"
        and any(
            r.dep_ == "relcl" and r.lemma_.lower() in load_operating() and r.tag_ in ("VBD", "VBZ")
            for r in c.children
        )
        for c in root.children
    )


@cache
def load_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """``data/bodies.tsv``: the nouns of a business ("company", "firm"), and those of the other
    kinds of body ("ministry", "union"), whose presence in a name says it is no business."""
    kinds = kinded_lists(__package__, "bodies.tsv")
    business = frozenset(kinds.pop("business", ()))
    return business, frozenset(n for nouns in kinds.values() for n in nouns) - business


_ARTICLES = frozenset({"the", "a", "an"})


@cache
def _body_kinds() -> dict[str, str]:
    """Each noun of ``data/bodies.tsv`` and its kind of body."""
    return {
        noun: kind
        for kind, nouns in kinded_lists(__package__, "bodies.tsv").items()
        for noun in nouns
    }


def _of_another_kind(noun: str, name: str) -> bool:
    """Whether an organisation's name, holding ``noun``, ends in a body of another kind
    (``data/bodies.tsv``): "the airline" is no "Orrin Airline Pilots Association" and "the
    company" no "Vell Ferry Company Workers Guild", whose last such noun says what they are."""
    kinds = _body_kinds()
    kind = kinds.get(noun)
    words = [w.strip(".,'’") for w in name.lower().split()]
    if kind is None or noun not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index(noun) + 1 :]
    return any(kinds.get(w) not in (None, kind) for w in after)


def _a_body(noun: str) -> bool:
    """Whether a common noun names a body of some kind (``data/bodies.tsv``: "board")."""
    business, other = load_bodies()
    return noun in business or noun in other


def _pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun owning a common noun ("her" of "her lawyer"), if any."""
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE), None)


def _role_words(phrase: Span) -> tuple[str, ...]:
    """A role's words, lower-cased, without articles and punctuation ("the director of Velt
    Hospital": director of velt hospital)."""
    return tuple(t.lower_ for t in phrase if not (t.is_punct or t.lower_ in _ARTICLES))


def _one_person(phrase: Span) -> bool:
    """A definite description of one person ("the presidential candidate", "the spokesman"):
    it refers back to someone the text named; left unresolved, it stays unidentified rather
    than become a ``group`` whose key would join different people across articles."""
    head = phrase.root
    noun = head.lemma_.lower()
    return (
        phrase[0].lower_ == "the"
        and head.tag_ == "NN"
        and not is_institution(noun)
        and (role := load_gazetteer().role(noun)) is not None
        and not role.collective
    )


_REFLEXIVE = frozenset({"itself", "themselves"})


@cache
def load_introduced() -> frozenset[str]:
    """``data/introduced.tsv``: nouns that introduce a private person named next ("a survivor")."""
    return word_list(__package__, "introduced.tsv")


@cache
def load_households() -> frozenset[str]:
    """``data/households.tsv``: nouns of a group that belongs to someone ("family")."""
    return word_list(__package__, "households.tsv")


def _past_one_person(head: Token, name: Token) -> bool:
    """Whether a name set in apposition after a common noun follows an "of" phrase of that
    noun whose object is someone else's: of a group of people ("the family of the murdered
    guard, Ivo Hask, say", "the parents of …": a person's name is never a group's own,
    ``data/households.tsv``), or of a noun of one person ("the lawyer of the victim, Ida
    Fenn": the victim may be Fenn). The name never says who the head is then. A body's name
    or noun in the phrase ("the leader of the opposition Green League, Ana Reyes") is no
    person: the name is the head's."""
    return any(
        _someone_of(head, obj)
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < name.i
        for obj in prep.subtree
        if obj.i < name.i
    )


def _plural_before(pronoun: Token) -> Token | None:
    """The plural common noun that is the one plural subject before a "their" in its own
    sentence ("The drivers are Ada Rusk, 40; and Ben Tay, 31, their families confirmed":
    drivers, whatever the parse makes of the names, none of them a "their"): the group the
    plural possessive stands for, named or not. None where there is no such noun, or a
    second plural subject before the pronoun ("Officials said the miners were safe, their
    spokesman added": either)."""
    found = [
        t
        for t in pronoun.doc[pronoun.sent.start : pronoun.i]
        if t.dep_ in ("nsubj", "nsubjpass")
        and (t.tag_ in ("NNS", "NNPS") or t.lower_ in PLURAL or t.lower_ == "we")
    ]
    if len(found) != 1 or found[0].tag_ != "NNS" or found[0].pos_ != "NOUN":
        return None
    return found[0]


def _someone_of(head: Token, obj: Token) -> bool:
    """Whether ``obj``, the object of an "of" phrase of ``head``, is a person a name after it
    may be: one person's noun ("the lawyer of the victim"), or any singular common noun after
    a group of people ("the family of the murdered guard"), whose own name a person's never
    is."""
    if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or obj.tag_ != "NN":
        return False
    return _one_of_us(obj) or head.tag_ == "NNS" or head.lemma_.lower() in load_households()


def _self_named(head: Token) -> list[Token]:
    """The name a body gives itself ("a group calling itself Ash Harbour", "a militia that
    calls itself the Free Watch"): the name speaks for the common noun."""
    out = []
    for verb in head.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_ in ("call", "name", "style"):
            kids = list(verb.children)
            if any(k.lower_ in _REFLEXIVE for k in kids):
                out += [k for k in kids if k.lower_ not in _REFLEXIVE and k.i > verb.i]
    return out


def _given_name(head: Token) -> list[Token]:
    """The name a clause on the noun gives for the person ("a nurse who gave only her first
    name, Oda", "a driver, identified only by his surname, Brix,"): that name speaks."""
    return [
        t for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree if given_name(t)
    ]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
"""Curly apostrophes read as the straight one where a speaker is keyed: one voice however its
outlet types a possessive."""
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "some", "several", "two", "three"})
_NOT_SOURCES = frozenset({"which", "that", "who", "what", "this", "it", "one"})
# the words that open a role's qualifier: "campaigner with the group" is a campaigner
_ROLE_QUALIFIERS = frozenset({"of", "with", "at", "for", "from", "in", "on", "to", "within"})


def _titled_after(head: Token, named: Sequence[_Mention]) -> Actor | None:
    """The one person named after a title that heads the phrase and whose roles open with it
    ("Minister of Mines Oskar Brenn", "Secretary of State for Energy Ana Vey": the actors
    stage made the title the person's role): the title's holder, not a name that qualifies
    it. Else nobody."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    word = head.lower_
    found = {
        m.actor.id: m.actor
        for m in named
        if m.start > head.idx
        and m.actor.type == "person"
        and any(r.lower().split()[:1] == [word] for r in m.actor.roles)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _role_head(role: str) -> str:
    """The noun a role names its holder by: its last word before any qualifier ("campaigner
    with the group": campaigner, never group)."""
    words = role.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _ROLE_QUALIFIERS), len(words))
    return words[cut - 1] if cut else ""


_NEARLY = frozenset({"nearly", "almost", "narrowly"})


@cache
def load_dying() -> dict[str, frozenset[str]]:
    """``data/dying.tsv``: how a person is reported dead, by kind."""
    return {k: frozenset(v) for k, v in kinded_lists(__package__, "dying.tsv").items()}


class _Unsure(Exception):
    """A pronoun that the text does not settle between two people: it stays unresolved."""


@dataclass
class _Spoke:
    cue: int
    """Offset of the cue (or of the speaker, with no cue)."""
    phrase: Span
    actor: Actor | None


class SpeakerResolver:
    def __init__(
        self,
        actors: list[Actor],
        quoted: Sequence[tuple[int, int]] = (),
        furniture: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.actors = actors
        self.furniture = sorted(furniture)
        """(start, end) of captions: no sentence a pronoun looks back over, no name it means."""
        self.mentions = sorted(
            (_Mention(m.start, m.end, a) for a in actors for m in a.mentions),
            key=lambda m: m.start,
        )
        self.starts = [m.start for m in self.mentions]
        self.quoted = sorted(quoted)
        """(start, end) of the quotations: subjects inside them are the quoted speaker's."""
        self.quote_starts = [a for a, _ in self.quoted]
        self.spoke: list[_Spoke] = []
        self.introduced: list[_Spoke] = []
        """The speakers of :attr:`spoke` introduced by "a"/"an" ("a senior official"), whom a
        later "the official" may name again."""
        """The speakers resolved so far, in text order (:meth:`note`)."""
        self._genders: dict[str, Gender | None] = {}
        self._told: dict[str, Gender | None] | None = None
        self._shared: set[int] | None = None
        """Starts of bare surnames that two people of the article share and that no apposition
        settles (:meth:`_settle_surnames`): they name nobody."""
        """Genders the article's own "he" and "she" give people (:meth:`_learn_genders`)."""
        self._text: str | None = None
        self._doc: Doc | None = None
        self._appositions: list[Token] | None = None
        self._nouns: dict[str, list[Token]] | None = None
        """The doc's apposition tokens, found once (:meth:`_holder` reads them per phrase)."""

    def _agrees(self, actor: Actor | None, pronoun: Token, doc_text: str) -> bool:
        """Whether a personal pronoun may refer to ``actor`` (:mod:`.gender`: "she" never to a
        "Mr" or a "spokesman"); any pronoun may refer to someone whose gender is not told."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        if actor is None or wanted is None or actor.type != "person":
            return True
        if self._spoke_as_other(actor, pronoun, wanted):
            return False  # "She has blamed her deputy, Karl Ost; he says": not she
        has = self._gender(actor, doc_text)
        if self._died_before(actor, pronoun):
            return False  # "Among the dead was Irma Roe …. '…,' he said": not Irma Roe
        return has is None or has == wanted

    def _spoke_as_other(self, actor: Actor, pronoun: Token, wanted: Gender) -> bool:
        """Whether the article has let ``actor`` speak, before ``pronoun``, as a subject "he"
        or "she" of the other gender: the one who spoke as "she" is no "he" after it."""
        return any(
            x.actor is actor
            and x.cue < pronoun.idx
            and x.phrase.root.lower_ in PERSONAL
            and x.phrase.root.dep_ != "poss"
            and PRONOUN_GENDER.get(x.phrase.root.lower_) not in (None, wanted)
            for x in self.spoke
        )

    def _gender(self, actor: Actor, doc_text: str) -> Gender | None:
        """A person's gender as a title or role tells it, else as the article's "he" or "she"
        after the person's name does (:meth:`_learn_genders`)."""
        if actor.id not in self._genders:
            self._genders[actor.id] = gender_of(actor, doc_text) or self._apposed_gender(actor)
        has = self._genders[actor.id]
        if has is None and self._told is not None:
            has = self._told.get(actor.id)
        return has

    def _learn_genders(self, doc: Doc) -> None:
        """The gender a "he" or "she" gives the person it plainly follows: a main-clause subject
        pronoun, outside quotations, whose sentence or the one before has a person's name as
        its last main-clause subject, with no other person named between them ("Linde said:
        '…' He declined to say …": Linde is a man). Two genders told of one person: none."""
        told: dict[str, set[Gender]] = {}
        for tok in doc:
            wanted = PRONOUN_GENDER.get(tok.lower_)
            if wanted is None or not _main_subject(tok) or self._in_quote(tok.idx):
                continue
            first = tok.sent.start
            if first > 0:
                first = _sentence_before(doc, first)
            person = self._subject_before(doc[first : tok.i])
            if person is not None and not self._other_gender_between(person, tok, wanted):
                told.setdefault(person.id, set()).add(wanted)
        self._told = {k: next(iter(v)) if len(v) == 1 else None for k, v in told.items()}

    def _other_gender_between(self, person: Actor, pronoun: Token, wanted: Gender) -> bool:
        """Whether a "he", "she", "his" or "her" of the other gender than ``wanted`` stands,
        outside quotations, between the last mention of ``person`` and ``pronoun`` ("Brask
        spoke. She has blamed her deputy, Karl Ost; he says": the "he" tells nothing of
        Brask)."""
        before = [m.end for m in person.mentions if m.end <= pronoun.idx]
        if not before:
            return False
        since = max(before)
        return any(
            PRONOUN_GENDER.get(tok.lower_) not in (None, wanted) and not self._in_quote(tok.idx)
            for tok in pronoun.doc[: pronoun.i]
            if tok.idx >= since
        )

    def _subject_before(self, stretch: Span) -> Actor | None:
        """The person named by the last main-clause subject of ``stretch`` outside quotations,
        when no other person is named after that subject (outside quotations); else None."""
        for tok in reversed(stretch):
            if self._in_quote(tok.idx) or not _main_subject(tok):
                continue
            subject = stretch.doc[tok.left_edge.i : tok.right_edge.i + 1]
            actor = self._subject_actor(subject, frozenset({"person"}))
            if actor is None or actor.type != "person":
                return None
            after = self.inside(subject.end_char, stretch.end_char)
            if any(
                m.actor.type == "person" and m.actor is not actor and not self._in_quote(m.start)
                for m in after
            ):
                return None
            return actor
        return None

    def _rival(self, stretch: Span, actor: Actor, pronoun: Token) -> bool:
        """Whether a possessive "her" or "his" may as well be another person's than ``actor``'s,
        whose gender the text does not tell: another person named in ``stretch`` (outside
        quotations) whom the text gives the pronoun's gender ("Lena Voss said she …. Oskar
        Brandt declined to comment. Her brother says": Voss's or Brandt's)."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        text = self._text or ""
        if pronoun.dep_ != "poss" or wanted is None or self._gender(actor, text) is not None:
            return False
        own = self._named_before(actor, pronoun.idx)
        return any(
            m.actor.type == "person"
            and m.actor is not actor
            and not self._in_quote(m.start)
            and self._gender(m.actor, text) == wanted
            and self._named_before(m.actor, pronoun.idx) >= own  # no less in view: "Brask did
            # not answer calls. His assistant said" after Brask named thrice, a spokesman once
            for m in self.inside(stretch.start_char, stretch.end_char)
        )

    def _kin_rival(self, stretch: Span, actor: Actor, pronoun: Token) -> bool:
        """Whether a "he" or "she" may as well stand for another person of ``actor``'s surname
        named in ``stretch`` (outside quotations) as for ``actor``, the subject before it, when
        the text tells neither's gender against the pronoun (relatives: "Among them was Dana
        Roe, the cousin of Jan Roe. '…,' he said")."""
        if pronoun.lower_ not in PERSONAL or pronoun.dep_ == "poss":
            return False
        text = self._text or ""
        surname = actor.name.split()[-1:]
        if not surname or self._told_gender(actor, frozenset()) is not None:
            return False  # (not the gender this very pronoun would teach: "he" after Roe)
        return any(
            m.actor.type == "person"
            and m.actor is not actor
            and m.actor.name.split()[-1:] == surname
            and not self._in_quote(m.start)
            and self._agrees(m.actor, pronoun, text)
            for m in self.inside(stretch.start_char, stretch.end_char)
        )

    def _urged_rival(self, subject: Token, actor: Actor, pronoun: Token) -> bool:
        """Whether a "he" or "she" may as well stand for the person whom the subject ``actor``
        urges (a verb of ``data/urging.tsv`` with its addressee: "Councillor Oster called on
        Mayor Vane to quit. She said she would not"): the one urged is who answers as often as
        the one urging, so when the text tells neither's gender against the pronoun, the
        pronoun is either, and nobody is named."""
        if pronoun.lower_ not in PERSONAL or pronoun.dep_ == "poss":
            return False
        verb = subject.head
        preps = load_urging().get(verb.lemma_.lower())
        if preps is None or verb.pos_ != "VERB":
            return False
        urged = addressee(verb, preps, particle=True)
        if urged is None:
            return False
        text = self._text or ""
        named = self.inside(urged.left_edge.idx, urged.right_edge.idx + len(urged.right_edge))
        return any(
            m.actor.type == "person"
            and m.actor is not actor
            and not self._in_quote(m.start)
            and self._agrees(m.actor, pronoun, text)
            for m in named
        )

    def _named_before(self, actor: Actor, offset: int) -> int:
        """How often the article names ``actor`` before ``offset``, outside quotations."""
        return sum(
            1
            for m in self.mentions
            if m.actor is actor and m.start < offset and not self._in_quote(m.start)
        )

    def note(self, cue: int, phrase: Span | None, actor: Actor | None) -> None:
        """Remember who spoke at ``cue``: a pronoun after it may refer back to this speaker."""
        if (
            phrase is not None
            and len(phrase)
            and (
                phrase.root.lower_ not in _PRONOUNS
                or (actor is not None and actor.type == "person")
            )
        ):
            insort(self.spoke, _Spoke(cue, phrase, actor), key=lambda x: x.cue)
            if phrase[0].lower_ in ("a", "an"):
                insort(self.introduced, _Spoke(cue, phrase, actor), key=lambda x: x.cue)

    def _in_quote(self, offset: int) -> bool:
        """Whether ``offset`` is inside a quotation, or inside a caption (a pronoun looks back
        past both)."""
        if any(a <= offset < b for a, b in self.furniture):
            return True
        i = bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def inside(self, start: int, end: int) -> list[_Mention]:
        i = bisect_right(self.starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def _settle_surnames(self, doc: Doc) -> None:
        """A bare surname that two people of the article share ("Toll" after "Ana Toll" and
        "Mira Toll") names the one whom its apposition fits ("Toll, 19, the accused": the one
        described elsewhere as 19, or as the accused), else nobody: never the last of them
        named, as the actors stage joins it."""
        self._shared = set()
        by_last: dict[str, list[Actor]] = {}
        for a in self.actors:
            words = a.name.split()
            if a.type == "person" and len(words) > 1:
                by_last.setdefault(words[-1], []).append(a)
        kept: list[_Mention] = []
        text = doc.text  # spaCy joins every token on each read: once, not once per mention
        for m in self.mentions:
            word = text[m.start : m.end]
            sharing = by_last.get(word, []) if m.actor.type == "person" else []
            if len(sharing) < 2:
                kept.append(m)
                continue
            own = self._described_as(doc, m.start, m.end)
            fit = [a for a in sharing if own & self._descriptions(doc, a)]
            if len(fit) == 1:
                kept.append(_Mention(m.start, m.end, fit[0]))
            else:
                self._shared.add(m.start)
        self.mentions = kept
        self.starts = [m.start for m in kept]

    def _descriptions(self, doc: Doc, actor: Actor) -> set[str]:
        """What the article says a person is where it writes the full name (an age, a role's
        head word: "Ana Toll, 19, a student"), and the person's roles' head words."""
        found = {_role_head(r) for r in actor.roles if r.strip()} - {""}
        text = doc.text  # joined once (spaCy joins every token on each read)
        for m in actor.mentions:
            if " " in text[m.start : m.end].strip():
                found |= self._described_as(doc, m.start, m.end)
        return found

    @staticmethod
    def _described_as(doc: Doc, start: int, end: int) -> set[str]:
        """The ages and role words in apposition to the name at ``start``-``end`` ("Toll, 19,
        the accused": "19", "accused"), or qualifying it ("activist Ana Toll": "activist")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return set()
        head = span.root
        found: set[str] = set()
        for c in head.children:
            if c.dep_ == "appos" and c.i > head.i:
                found.add(c.text if c.like_num else c.lemma_.lower())
            elif c.dep_ == "compound" and c.pos_ == "NOUN":
                found.add(c.lemma_.lower())
        return found

    def _shared_surname(self, subject: Span) -> bool:
        """Whether a subject is a bare surname that two people share (:meth:`_settle_surnames`)."""
        return bool(self._shared) and any(
            subject.start_char <= s < subject.end_char for s in self._shared or ()
        )

    def _apposed_gender(self, actor: Actor, skip: frozenset[int] = frozenset()) -> Gender | None:
        """The gender that a gendered noun in apposition to a person's name gives them ("her
        husband, Tomas Varr", "Irma Dallek, 41, a nurse and the aunt of …"), read from the
        parse (:func:`.gender.word_gender`); mentions starting at ``skip`` are not read. Two
        genders, or none: None."""
        doc = self._doc
        if doc is None or actor.type != "person":
            return None
        found: set[Gender] = set()
        for m in actor.mentions:
            if m.start in skip:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            nouns = [head.head] if head.dep_ == "appos" and head.head.i < head.i else []
            for c in head.children:
                if c.dep_ == "appos" and c.i > head.i:
                    nouns += [c, *(x for x in c.children if x.dep_ == "conj")]
            for noun in nouns:
                g = word_gender(noun.lower_) if noun.pos_ == "NOUN" else None
                if g is not None:
                    found.add(g)
        return found.pop() if len(found) == 1 else None

    def _died_before(self, actor: Actor, pronoun: Token) -> bool:
        """Whether the article reports ``actor`` dead (``data/dying.tsv``) before a "he" or
        "she" that is the subject of a verb of saying: the dead do not speak after it. Only a
        plain report counts, never a negated, hedged or near one ("nearly died", "may have
        drowned")."""
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in PERSONAL:
            return False
        if load_cues().verb(pronoun.head.lemma_.lower()) is None:
            return False
        doc = pronoun.doc
        dying = load_dying()
        for m in actor.mentions:
            if m.start >= pronoun.idx or self._in_quote(m.start):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            verb = head.head
            if any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in _NEARLY
                for c in verb.children
            ):
                continue
            lemma = verb.lemma_.lower()
            if head.dep_ == "nsubj" and lemma in dying.get("died", ()):
                return True
            if head.dep_ == "nsubjpass" and lemma in dying.get("killed", ()):
                return True
            if head.dep_ == "nsubj" and lemma == "be":
                for prep in verb.children:
                    if prep.dep_ != "prep" or prep.lower_ != "among":
                        continue
                    for obj in prep.children:
                        words = [obj, *(c for c in obj.children if c.dep_ == "acl")]
                        if any(w.lemma_.lower() in dying.get("among", ()) for w in words):
                            return True
        return False

    def _told_gender(self, actor: Actor, skip: frozenset[int]) -> Gender | None:
        """A person's gender from titles, roles and appositions, the mentions starting at
        ``skip`` left out."""
        kept = actor.model_copy(
            update={"mentions": [m for m in actor.mentions if m.start not in skip]}
        )
        found = {g for g in (gender_of(kept, self._text or ""), self._apposed_gender(actor, skip))}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _settle_titles(self, doc: Doc) -> None:
        """A surname after a gendered title ("Mrs Varr", "Mr Varr") that the actors stage joined
        to a person the text gives the other gender elsewhere ("her husband, Tomas Varr") is
        the one other person of that surname whose gender the text does not contradict, else
        nobody: a title must agree with the person it names."""
        self._doc = doc
        if self._text is None:
            self._text = doc.text
        text = self._text
        titled: list[tuple[_Mention, Gender]] = []
        for m in self.mentions:
            if m.actor.type != "person":
                continue
            words = text[m.start : m.end].split()
            before = text[max(0, m.start - 12) : m.start].split()[-1:]
            for word in [*before, *words[:1]] if len(words) > 1 or before else []:
                g = gendered_words().get(word.lower())
                if g is not None and word[:1].isupper():
                    titled.append((m, g))
                    break
        if not titled:
            return
        skip = frozenset(m.start for m, _ in titled)
        moved: dict[int, Actor | None] = {}
        for m, g in titled:
            has = self._told_gender(m.actor, skip)
            if has is None or has == g:
                continue
            surname = text[m.start : m.end].split()[-1]
            others = [
                a
                for a in self.actors
                if a.type == "person"
                and a is not m.actor
                and a.name.split()[-1:] == [surname]
                and self._told_gender(a, skip) in (None, g)
            ]
            moved[m.start] = others[0] if len(others) == 1 else None
            self._genders[m.actor.id] = has
        if not moved:
            return
        kept: list[_Mention] = []
        for m in self.mentions:
            if m.start not in moved:
                kept.append(m)
            elif (other := moved[m.start]) is not None:
                kept.append(_Mention(m.start, m.end, other))
        self.mentions = kept
        self.starts = [m.start for m in kept]

    def resolve(self, phrase: Span | None) -> Actor | None:
        if phrase is None or not len(phrase):
            return None
        if self._shared is None:
            self._settle_surnames(phrase.doc)
            self._settle_titles(phrase.doc)
        head = phrase.root
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
            # "the ministry, which said …": the antecedent speaks (the phrase stays "which");
            # "Ana Roe, a baker, who said …": an apposition's anchor is the one it describes
            antecedent = _who_antecedent(head, head.head.head)
            meant = self.resolve(speaker_phrase(antecedent))
            if meant is None and antecedent.dep_ == "appos" and antecedent.head.i < antecedent.i:
                meant = self.resolve(speaker_phrase(antecedent.head))
            return meant
        found = self.inside(phrase.start_char, phrase.end_char)
        named = [m for m in found if m.actor.type != "place" or m.actor.country]
        holding_head = [m for m in named if m.start <= head.idx < m.end]
        if holding_head:
            return holding_head[0].actor
        if head.pos_ == "PROPN" and head.is_lower and head.is_alpha:
            # "Orlend’s athletics federation" whose common nouns the tagger took for names
            # (after a curly apostrophe, as a copy may write it): the federation, as with a
            # straight one, never the place or the person that owns it (a state's organ
            # speaks for the state: "Norway’s foreign ministry" as before); a person's name in
            # apposition to it says who it is ("The Pellingrove parish priest, Father Ragnar
            # Ashgrove, said": the tagger took "priest" for a name, the name still speaks)
            apposed = self._apposed(head)
            if apposed is not None and apposed.type == "person":
                return apposed
            meant = self._nominal(phrase, head.lower_)
            if meant is not None or not any(m.actor.type == "state" for m in named):
                return meant
        if head.pos_ == "NOUN" and thing(phrase) == "record":
            signer = self._signer(head)
            if signer is not None:
                return signer  # "The letter, signed by spokesman Ivo Pell, said": Pell
        if head.pos_ == "NOUN" and load_things().get(head.lemma_.lower()) == "record":
            sender = self._sent_from(head)
            if sender is not None:
                return sender  # "a statement from spokesman Jo Reyes": Reyes
        if head.pos_ == "NOUN" or (head.pos_ == "NUM" and head.lower_ == "one"):
            named_as = self._apposed(head) or self._apposed_person_as_place(head)
            if named_as is not None:
                return named_as  # "its spokesman, Lt Daniel Farro, said": the name speaks;
                # "One of those freed, clerk Dan Roe, told …": so does one of several
        if _partitive(head):
            return None  # "Three of Pellin's neighbours said": the neighbours, never Pellin
            # (made a speaker of their own by resolve_or_add)
        titled = _titled_after(head, named)
        if titled is not None:
            return titled  # "Minister of Mines Oskar Brenn said": the title's holder speaks
        # a name after an unknown name's head qualifies it: "Ines Ora of Veld Labs" is not Veld
        # Labs (left unresolved, the phrase speaks as written)
        named = [m for m in named if head.pos_ != "PROPN" or m.start <= head.idx]
        people = [m for m in named if m.actor.type in ("person", "group")]
        if people and head.pos_ != "NOUN":
            return people[0].actor  # a common noun's modifiers never speak: "Putin's spokesman"
        if named and head.pos_ == "PROPN":
            if _common_as_name(head):
                return None  # "Norland's transport ministry says": the ministry, not Norland
            return named[0].actor
        accused = _accused(head) if head.lower_ in _SUBJECT_PRONOUNS else None
        if accused is not None:
            meant = self.resolve(speaker_phrase(accused))
            fits = meant is not None and self._agrees(meant, head, head.doc.text)
            if meant is not None and head.lower_ in PERSONAL and meant.type != "person":
                fits = False
            return meant if fits else None
        word = POSSESSIVE.get(head.lower_, head.lower_) if head.tag_ == "PRP$" else head.lower_
        if word in PERSONAL:
            return self._pronoun(phrase, frozenset({"person"}))
        if word in NEUTER and head.dep_ in ("nsubjpass", "expl"):
            return None  # "it is reported that …": nobody speaks
        if word in PLURAL:
            if head.tag_ == "PRP$" and (many := _plural_before(head)) is not None:
                # "The drivers are A, B and C, their families confirmed": the drivers' families
                # (an unnamed group: nobody), never the last body or name before
                return next(
                    (
                        m.actor
                        for m in self.inside(many.idx, many.idx + len(many))
                        if m.actor.type in ("group", "organisation", "state")
                    ),
                    None,
                )
            return self._pronoun(phrase, frozenset({"group", "organisation", "state"}))
        if word in NEUTER:
            return self._pronoun(phrase, frozenset({"organisation", "state"}))
        if head.pos_ == "NOUN" and _pronoun_owner(head) is not None:
            return self._owned(head)  # "Her lawyer said": her lawyer, not the lawyer before
        if head.pos_ == "NOUN" and phrase[0].lower_ in INDEFINITE:
            return self._renamed_next(head) or self._introduced_next(phrase, head)
            # "A group of parents said …. The group, Safe Cradle, said …": the one named next;
            # "A survivor said …. Lena Brik, 41, …": the one person named next; else nobody:
            # "a palace spokesman said": someone new, never the spokesman named
            # before (of another body); made a speaker of its own by resolve_or_add
        if head.pos_ == "NOUN" and _accused_as(phrase):
            return self._the_accused(phrase)  # "the company accused of funding the march"
        if head.pos_ == "NOUN" and self._persons_own(head):
            return None  # "The office of the late mayor said": the mayor's office (a speaker
            # of its own), never the "Marine Safety Office" named for its head noun
        if head.pos_ == "NOUN":
            # "the spokesperson" is the last one named; "a retired Chinese admiral", "Japan's
            # coast guard" are not the state that qualifies them
            return (
                self._role_at_body(phrase, head)
                or self._nominal(phrase, head.lemma_.lower())
                or self._holder(phrase, head)
                or self._unnamed_before(phrase, head)
            )
        return named[0].actor if named else None

    def _unnamed_before(self, phrase: Span, head: Token) -> Actor | None:
        """ "The official" (only "the" and a singular noun of one person) → the one unnamed
        speaker "a … official" (the same noun, after "a" or "an") of the :data:`WINDOW`
        sentences before its own ("…, a senior city official told the Herald. ⏎ The official,
        who asked not to be named, said …"): that speaker, with the words it was introduced
        by. Two such speakers, or one of them named: nobody."""
        if (
            len(phrase) != 2
            or phrase[0].lower_ != "the"
            or head.tag_ != "NN"
            or not _one_of_us(head)
            or len(phrase.sent) > _RUN_ON
        ):
            return None
        lemma = head.lemma_.lower()
        before = bisect_left(self.introduced, phrase.start_char, key=lambda x: x.cue)
        if not any(
            x.phrase.root.lemma_.lower() == lemma
            for x in self.introduced[max(0, before - _CROWDED) : before]
        ):
            return None
        doc = phrase.doc
        first = phrase.sent.start
        for _ in range(WINDOW):
            if first == 0:
                break
            first = _sentence_before(doc, first, [*self.furniture, *self.quoted])
        lo = bisect_left(self.spoke, doc[first].idx, key=lambda x: x.cue)
        hi = bisect_left(self.spoke, phrase.start_char, key=lambda x: x.cue)
        if hi - lo > _CROWDED:  # more speakers in a few sentences than prose holds: nobody
            return None
        same = [
            x
            for x in self.spoke[lo:hi]
            if x.phrase.root.lemma_.lower() == lemma and not self._in_quote(x.phrase.start_char)
        ]
        found = {id(x.actor): x for x in same}
        if len(found) != 1:
            return None
        (x,) = found.values()
        if x.actor is None or x.actor.type != "group" or x.phrase[0].lower_ not in ("a", "an"):
            return None
        return x.actor

    def _persons_own(self, head: Token) -> bool:
        """Whether a noun of a person's own body (``data/owned.tsv``: "office", "campaign") is
        owned by a person: "the office of the late mayor", "Mayor Holt's office", its owner (a
        possessive, or the object of "of") a person's name or a post one person holds ("mayor",
        "governor": an office or a title of ``name_words.tsv``, or ``holders.tsv``). Such a
        phrase is that person's body, never an organisation named before or after whose name
        only shares its head noun ("The Marine Safety Office"). An owner word that is itself in
        an organisation's name ("the office of the prosecutor", with a "Prosecutor's Office"
        named) leaves the phrase to the usual rules."""
        if head.lemma_.lower() not in load_owned():
            return False
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE]
        owners += [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        posts = name_words()["office"] | name_words()["title"] | load_holders()
        for owner in owners:
            word = owner.lemma_.lower()
            if any(word in a.name.lower().split() for a in self.actors if a.type == "organisation"):
                continue
            edge = owner.left_edge.idx
            found = self.inside(edge, owner.idx + len(owner))
            if any(m.actor.type == "person" and m.start <= owner.idx < m.end for m in found):
                return True
            if owner.pos_ == "NOUN" and word in posts:
                return True
        return False

    def _role_at_body(self, phrase: Span, head: Token) -> Actor | None:
        """ "Lena Marsk, a lecturer at Orvik College, said …. ⏎ The Orvik College lecturer
        said": a definite role of one person qualified by the one organisation the phrase names
        is the one person named before it with that role of that organisation in apposition
        ("a lecturer at Orvik College", "an Orvik College lecturer"). Two such, or none:
        nobody."""
        if phrase[0].lower_ != "the" or head.tag_ != "NN" or is_institution(head.lemma_.lower()):
            return None
        bodies = {
            m.actor.id
            for m in self.inside(phrase.start_char, phrase.end_char)
            if m.actor.type == "organisation"
        }
        if len(bodies) != 1:
            return None
        noun = head.lemma_.lower()
        found: dict[str, Actor] = {}
        for tok in phrase.doc[: phrase.start]:
            if tok.dep_ != "appos" or tok.lemma_.lower() != noun or tok.head.pos_ != "PROPN":
                continue
            right = tok.right_edge
            held = self.inside(tok.left_edge.idx, right.idx + len(right))
            if not any(m.actor.id in bodies for m in held):
                continue  # "a lecturer at another college" is someone else's role
            for actor in self._names([tok.head]):
                if actor.type == "person":
                    found[actor.id] = actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _the_accused(self, phrase: Span) -> Actor | None:
        """ "the company accused of funding the march" → the one organisation the article
        reports accused (``data/accusing.tsv``): the object of an active verb ("Farmers accused
        Brenwick Holdings of …"), the subject of a passive one ("Brenwick was accused of …"), or
        the name a participle describes ("Brenwick, accused of …"), outside the phrase itself.
        Two such, none, or one whose name holds a noun of another kind of body: nobody."""
        accusing = load_accusing()
        found: dict[str, Actor] = {}
        for tok in phrase.doc:
            if tok.lemma_.lower() not in accusing or phrase.start <= tok.i < phrase.end:
                continue
            named = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ == "acl" and tok.tag_ == "VBN":
                named.append(tok.head)
            for actor in self._names([n for n in named if n.pos_ == "PROPN"]):
                found[actor.id] = actor  # a person accused too: two, whom the text may mean
        if len(found) != 1:
            return None
        (actor,) = found.values()
        if actor.type != "organisation":
            return None
        noun = phrase.root.lemma_.lower()
        if _of_another_kind(noun, actor.name) or (
            noun not in actor.name.lower().split()
            and any(w in load_bodies()[1] for w in actor.name.lower().split())
        ):
            return None  # "the company accused of …" is no "Ambrey Farmers Union"
        return actor

    def owner(self, head: Token) -> Actor | None:
        """The actor a possessive pronoun on a common noun stands for ("her lawyer": the
        "she" of :meth:`_pronoun`), if any."""
        word = _pronoun_owner(head)
        return None if word is None else self.resolve(head.doc[word.i : word.i + 1])

    def _owned(self, head: Token) -> Actor | None:
        """A role owned by a possessive pronoun ("his lawyer", "its spokesman") is the person
        the text names as that owner's ("Halm's lawyer, Ida Fenn", "Halm's lawyer Ida Fenn":
        Ida Fenn), the owner
        resolved first; never the holder of the same role for someone else. Else nobody
        (:meth:`resolve_or_add` names the role by its owner)."""
        owner = self.owner(head)
        if owner is None:
            return None
        noun = head.lemma_.lower()
        found: dict[str, Actor] = {}
        for role in head.doc:
            if role.pos_ != "NOUN" or role.lemma_.lower() != noun:
                continue
            owners = [c for c in role.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            if owner not in self._names(owners):
                continue
            # "Halm's lawyer, Ida Fenn", "Ida Fenn, Halm's lawyer", "Halm's lawyer Ida Fenn"
            names = [c for c in role.children if c.dep_ == "appos"]
            if role.dep_ in ("appos", "compound"):
                names.append(role.head)
            for actor in self._names(names):
                if actor.type == "person":
                    found[actor.id] = actor
        if not found:
            return self._office_holder(owner, noun)
        return next(iter(found.values())) if len(found) == 1 else None

    def _office_holder(self, owner: Actor, noun: str) -> Actor | None:
        """The one person of the article whose role is the owner's office of that noun, written
        as a title ("its president", the federation's, with "Federation president Ida Lund"
        named before or after): a role whose head is the noun and whose other words name the
        owner (a word of its name). Two such people, or none: nobody."""
        if owner.type not in ("organisation", "state"):
            return None
        words = {w.casefold() for w in owner.name.split() if w.isalpha() and len(w) > 2}
        found = [
            a
            for a in self.actors
            if a.type == "person"
            and any(
                _role_head(r) == noun and words & {w.casefold() for w in r.split()[:-1]}
                for r in a.roles
            )
        ]
        return found[0] if len(found) == 1 else None

    def _apposed(self, head: Token) -> Actor | None:
        """The actor a name in apposition to a common-noun speaker names, if any ("its spokesman,
        Ana Reyes", "its owner, Brightwater Lines"): the name says who the noun is. The parse
        may hang a person's name on the body the role names ("The leader of the opposition
        Green League, Ana Reyes, said": Ana Reyes in apposition to "Green League", the object
        of "of" or itself taken for the apposition of "leader"): such a name speaks when it is
        a person's, and before the body (the head of a body is never the body)."""
        named = [
            c for c in head.children if c.dep_ == "appos" and not _past_one_person(head, c)
        ] + _self_named(head)
        named += _given_name(head)
        objects = [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i
            for o in p.children
            if o.dep_ == "pobj"
        ]
        bodies = named + [o for o in objects if not _someone_of(head, o)]
        # a name apposed to one person of the "of" phrase is that person's ("the family of the
        # murdered guard, Ivo Hask,": the guard), never the head's
        for _ in range(2):  # "of the regulator Finance Watch, Ruth Abernathy,": two deep
            bodies += [g for c in bodies for g in c.children if g.dep_ == "appos" and g.i > c.i]
        # the object of "of" itself is whose the noun is, never who it is ("The family of Ivo
        # Hask said": the family, not Hask; "the parents of …" no more)
        people = [
            a for a in self._names([b for b in bodies if b not in objects]) if a.type == "person"
        ]
        found = people or self._names(named, titled=True)
        return found[0] if found else None

    def _apposed_person_as_place(self, head: Token) -> Actor | None:
        """The name in apposition to a noun for one person of a gender ("his wife, Anneke
        Varrholt, told"), when the dossier knows it only as a place with no country (a name the
        actors stage misread): that name is who speaks. A gendered noun ("wife", "spokeswoman")
        is never a place's."""
        if head.pos_ != "NOUN" or word_gender(head.lower_) is None:
            return None
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i or c.pos_ != "PROPN":
                continue
            for m in self.inside(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)):
                if m.start <= c.idx < m.end and m.actor.type == "place" and not m.actor.country:
                    return m.actor
        return None

    def _signer(self, head: Token) -> Actor | None:
        """The one person a record's participle names as its writer ("The letter, signed by a
        man who called himself the group's spokesman, Ivo Pell,": Ivo Pell;
        ``data/signing.tsv``): the record's words are that person's. Two people named in the
        agent's words, or a body beside the person, or none: nobody."""
        people: dict[str, Actor] = {}
        for verb in head.children:
            if (
                verb.dep_ != "acl"
                or verb.tag_ != "VBN"
                or verb.lemma_.lower() not in load_signing()
            ):
                continue
            for agent in verb.children:
                if agent.dep_ != "agent":
                    continue
                end = agent.right_edge.idx + len(agent.right_edge)
                for m in self.inside(agent.idx, end):
                    if m.actor.type not in ("place", "state"):
                        people[m.actor.id] = m.actor
        found = list(people.values())
        return found[0] if len(found) == 1 and found[0].type == "person" else None

    def _sent_from(self, head: Token) -> Actor | None:
        """Whose a record is by "from" ("according to a statement from spokesman Jo Reyes":
        Jo Reyes; "a letter from the company": the company): the one actor the object of
        "from" resolves to, a person or a body, never a place ("a report from the harbour").
        A statement is the channel, its sender the speaker. None otherwise."""
        objects = [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")
        ]
        if len(objects) != 1:
            return None
        sender = self.resolve(speaker_phrase(objects[0]))
        if sender is None or sender.type not in ("person", "organisation", "group", "state"):
            return None
        return sender

    def _holder(self, phrase: Span, head: Token) -> Actor | None:
        """The one person an article names as holding the role a definite description gives
        ("The director of Velt Hospital said …"): the name the same role is in apposition to
        elsewhere in the article ("Dr Jon Vey, the director of Velt Hospital"); or, where no
        name has a role of that noun, a person first named at the start of the very next
        sentence or as its subject, with no role of their own there ("The retired judge said
        …. Marta Quell told …": the report names the speaker a sentence late). Two such names,
        a second role of the same noun, or a person named in the description's own sentence:
        nobody."""
        noun = head.lemma_.lower()
        known = load_gazetteer().role(noun)
        if (
            not (phrase[0].lower_ == "the" or self._state_owned(phrase))
            or head.tag_ != "NN"
            or is_institution(noun)
        ):
            return None
        if known is not None and known.collective:
            return None  # "The opposition welcomed it …. Jonas Frey said": a body, not him
        wanted = _role_words(phrase)
        exact: set[str] = set()
        same: set[str] = set()
        found: dict[str, Actor] = {}
        if self._appositions is None:
            self._appositions = [t for t in phrase.doc if t.dep_ == "appos"]
        for tok in self._appositions:
            for name, role in ((tok.head, tok), (tok, tok.head)):
                if name.pos_ != "PROPN" or role.pos_ != "NOUN" or role.lemma_.lower() != noun:
                    continue
                if name.head.i == role.i and _past_one_person(role, name):
                    continue  # "the family of the murdered guard, Ivo Hask,": maybe the guard
                for actor in self._names([name]):
                    if actor.type == "place":
                        continue
                    found[actor.id] = actor
                    same.add(actor.id)
                    if _role_words(speaker_phrase(role)) == wanted:
                        exact.add(actor.id)
        if same:
            return found[next(iter(exact))] if len(exact) == 1 and exact == same else None
        if known is None and noun not in load_holders():
            return None  # "The prosecutor's office said …": an office is nobody named next
        return self._named_next(phrase)

    def _state_owned(self, phrase: Span) -> bool:
        """Whether a role opens with the country or place whose post it is ("Kervia's fisheries
        minister"): a definite description as "the" one is, of one person the article names."""
        owner = next((c for c in phrase.root.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN" or owner.left_edge.i != phrase.start:
            return False
        found = self.inside(owner.left_edge.idx, owner.idx + len(owner))
        return bool(found) and all(m.actor.type in ("place", "state") for m in found)

    def _renamed_next(self, head: Token) -> Actor | None:
        """The one actor (no place or state) that the very next sentence names in apposition to
        its main subject, the same noun as ``head`` after a bare "the" ("A group of parents
        said …. The group, Safe Cradle, said …": the indefinite noun is the body named next).
        Else nobody: an indefinite noun is someone new, never one named before."""
        doc = head.doc
        end = head.sent.end
        while end < len(doc):
            nxt = doc[end].sent
            if any(t.is_alpha for t in nxt):
                break
            end = nxt.end
        else:
            return None
        for tok in nxt:
            if (
                not _main_subject(tok)
                or tok.pos_ != "NOUN"
                or tok.lemma_.lower() != head.lemma_.lower()
                or [c.lower_ for c in tok.lefts] != ["the"]
            ):
                continue
            found = {
                a.id: a
                for a in self._names([c for c in tok.children if c.dep_ == "appos"], titled=True)
                if a.type not in ("place", "state")
            }
            return next(iter(found.values())) if len(found) == 1 else None
        return None

    def _introduced_next(self, phrase: Span, head: Token) -> Actor | None:
        """The person a description introduces ("A survivor from Ostrel said …", "A woman who
        was on the bus has said …", a noun of ``data/introduced.tsv`` after "a") and the very
        next sentence names at its start, for the first time in the article ("Lena Brik, 41,
        was travelling …"). Nobody where the description's sentence names a person, where the
        name has a role in apposition that speaks for a body ("Ivo Tarn, a police spokesman")
        or names an organisation, or where its gender is not the noun's ("a woman" and a "he")."""
        if (
            phrase[0].lower_ not in ("a", "an")
            or head.tag_ != "NN"
            or head.lemma_.lower() not in load_introduced()
        ):
            return None
        doc = phrase.doc
        sent = phrase.sent
        if any(m.actor.type == "person" for m in self.inside(sent.start_char, sent.end_char)):
            return None
        end = sent.end
        while end < len(doc):
            nxt = doc[end].sent
            if any(t.is_alpha for t in nxt):
                break
            end = nxt.end
        else:
            return None
        first = next((t for t in nxt if not (t.is_punct or t.is_space)), None)
        if first is None:
            return None
        opening = [m for m in self.inside(nxt.start_char, nxt.end_char) if m.start == first.idx]
        if len(opening) != 1 or opening[0].actor.type != "person":
            return None
        actor = opening[0].actor
        if min(x.start for x in actor.mentions) < nxt.start_char:
            return None  # named before: someone else, not the one introduced
        name = next(t for t in nxt if opening[0].start <= t.idx < opening[0].end)
        while name.dep_ in ("compound", "flat") and name.head.idx < opening[0].end:
            name = name.head
        for role in (c for c in name.children if c.dep_ == "appos"):
            known = load_gazetteer().role(role.lemma_.lower())
            if (known is not None and known.by_context) or is_institution(role.lemma_.lower()):
                return None  # "Ivo Tarn, a police spokesman, said": someone speaking for a body
            if any(
                m.actor.type in ("organisation", "group")
                for m in self.inside(role.left_edge.idx, role.right_edge.idx + 1)
            ):
                return None  # "…, director of the Upland Roads Agency": a body's voice
        wanted = word_gender(head.lower_)
        has = self._gender(actor, doc.text)
        if wanted is not None and has is not None and wanted != has:
            return None
        return actor

    def _named_next(self, phrase: Span) -> Actor | None:
        """The person first named in the sentence after ``phrase``'s, at its start (after a
        title at most) or as the subject of its main verb ("“…,” Marta Quell told reporters"),
        with no apposition, when ``phrase``'s sentence names no person."""
        sent = phrase.sent
        doc = phrase.doc
        if sent.end >= len(doc):
            return None
        if any(m.actor.type == "person" for m in self.inside(sent.start_char, sent.end_char)):
            return None
        nxt = doc[sent.end].sent
        opening = [t for t in nxt if not (t.is_punct or t.is_space)][:2]
        for m in self.inside(nxt.start_char, nxt.end_char):
            if m.actor.type != "person":
                continue
            token = next((t for t in nxt if m.start <= t.idx < m.end), None)
            holder = token.head if token is not None and token.dep_ == "compound" else token
            if holder is None:
                return None
            speaks = holder.dep_ == "nsubj" and holder.head.i == nxt.root.i
            if not (speaks or any(m.start == t.idx for t in opening)):
                continue  # "“…,” Ana Roe told reporters": the subject of the sentence speaks too
            if min(x.start for x in m.actor.mentions) < nxt.start_char:
                return None
            if any(c.dep_ == "appos" for c in holder.children):
                return None  # "Ana Roe, a nurse, said": a role of her own
            return m.actor
        return None

    def _names(self, tokens: list[Token], *, titled: bool = False) -> list[Actor]:
        """The actors (no place) whose mentions hold the proper nouns among ``tokens`` (with
        ``titled``, also a capitalised common noun that NER made part of a name: "The group,
        Parents for Safe Cradles, said", "Parents" tagged a plural noun)."""
        found: list[Actor] = []
        for child in tokens:
            if child.pos_ == "PROPN" or (
                titled and child.is_title and child.ent_type_ in ("ORG", "PERSON")
            ):
                for m in self.inside(
                    child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
                ):
                    if m.actor.type != "place" and m.start <= child.idx < m.end:
                        found.append(m.actor)
        return found

    def resolve_or_add(self, phrase: Span | None, *, named: bool = False) -> Actor | None:
        """As :meth:`resolve`; an unresolved common-noun speaker ("a senior official", "the
        newspaper", "leaked emails") becomes an unnamed ``group`` actor of its own, and so does
        an unknown name that a relative clause makes speak (``named``: "by the Varnholt Fire
        and Rescue Service, which said …")."""
        actor = self.resolve(phrase)
        if actor is not None or phrase is None or not len(phrase):
            return actor
        head = phrase.root
        if self._shared_surname(phrase):
            return None  # "Toll said" with two Tolls and nothing to tell them apart: nobody
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
            antecedent = _who_antecedent(head, head.head.head)
            if (
                antecedent.dep_ in ("nsubj", "nsubjpass")
                or _root_subject(antecedent)
                or thing(speaker_phrase(antecedent)) == "record"
                or _cited(antecedent)
                or _named_body(antecedent)
            ):  # "the company, which had denied …, said": the antecedent, made an actor as it
                # would be (a subject's, a record's, or a name's or the one cited: "during the
                # same period, which suggested …" is no speaker; "aired footage that showed …",
                # "according to the fire service, which said …" are)
                return self.resolve_or_add(
                    speaker_phrase(antecedent), named=antecedent.pos_ == "PROPN"
                )
        named_obj = _named_before_which(head)
        if named_obj is not None:  # "named the company that imported it, which denied …"
            # that the parse hangs on the naming verb: the company
            return self.resolve_or_add(speaker_phrase(named_obj))
        if (person := self._unknown_person(phrase)) is not None:
            return person  # "Mira Tolk, the charity's spokeswoman, said", a name NER missed
        if (person := self._unknown_apposed(phrase)) is not None:
            return person  # "Its chairman, Oskar Blum, said": the same, the other way round
        if (own := self._self_called(phrase)) is not None:
            return own  # "An armed group calling itself the Osk Front said": the Osk Front
        record = _copied(head)
        if record is not None:  # "according to a copy of the report": the report speaks
            shown = speaker_phrase(record)
            seen = _seen_by(record)
            if seen is not None and seen.right_edge.i >= shown.end:
                shown = record.doc[shown.start : seen.right_edge.i + 1]  # "… seen by the Courier"
            return self.resolve_or_add(shown)
        if head.lower_ in _NOT_SOURCES or (
            head.pos_ != "NOUN"
            and not (named and head.pos_ == "PROPN")
            and not _capitalised(phrase)
            and not _common_as_name(head)
            and not noun_tagged_verb(head)
            and not _partitive(head)
        ):
            return None
        if named and self.inside(phrase.start_char, phrase.end_char):
            return None  # a name known as something that does not speak (a place)
        if _one_person(phrase):
            return None  # "the Democratic candidate": someone named before, not found
        words = [
            t
            for t in phrase
            if not (t.i == phrase.start and t.lower_ in _DETERMINERS and t.i != head.i)
        ]  # "Three of Pellin's neighbours" keeps its "Three"
        words = _before_relative(words)
        if not words:
            return None
        name = phrase.doc[words[0].i : words[-1].i + 1].text
        seen = _seen_by(head)
        if seen is not None and words[0].i < seen.i <= words[-1].i and head.pos_ == "NOUN":
            first = phrase.start if phrase[0].lower_ == "the" else words[0].i
            before = phrase.doc[first : seen.i].text  # "the document", one record named
            name = f"{before}, {phrase.doc[seen.i : words[-1].i + 1].text}"  # a note, set off
        if len(words) == 1 and (group := _others_of(head)) is not None:
            name = f"other {group}"  # "Some scientists expect …, but others warn": scientists
        owner = self.owner(head) if head.pos_ == "NOUN" else None
        if owner is not None and words[0].lower_ in POSSESSIVE:
            # "Her lawyer" after Tamsin Roe: "Tamsin Roe's lawyer", one voice wherever named
            rest = phrase.doc[words[0].i + 1 : words[-1].i + 1].text
            name = f"{owner.name}'s {rest}"
        elif words[0].lower_ == "their" and (many := _plural_before(words[0])) is not None:
            # "The drivers are …, their families confirmed": the drivers' families
            rest = phrase.doc[words[0].i + 1 : words[-1].i + 1].text
            name = f"{many.lower_}' {rest}"
        key = f"group:{name.lower().translate(_APOSTROPHES)}"  # "ship’s" is "ship's"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            actor = Actor(
                id=f"a{len(self.actors) + 1}",
                name=name,
                type="group",
                key=key,
                country=self._country(phrase),
            )
            self.actors.append(actor)
        actor.mentions.append(
            Mention.model_validate(
                {
                    "start": phrase.start_char,
                    "end": phrase.end_char,
                    "text": phrase.text,
                    "as": "actor",
                }
            )
        )
        return actor

    def _self_called(self, phrase: Span) -> Actor | None:
        """The body a common noun speaker names itself as, when the actors stage knows that
        name as no speaker (a place, or nothing): "An armed group calling itself the Osk Front
        said" is the Osk Front, an organisation of that name (its words as written, without
        "the"). One capitalised name, every word of it a proper noun or capitalised, else
        nobody."""
        head = phrase.root
        if head.pos_ != "NOUN":
            return None
        named = _self_named(head)
        if len(named) != 1 or named[0].pos_ != "PROPN":
            return None
        doc = phrase.doc
        words = [t for t in doc[named[0].left_edge.i : named[0].right_edge.i + 1]]
        if words and words[0].lower_ == "the":
            words = words[1:]
        if len(words) < 2 or not all(
            (t.pos_ == "PROPN" and t.is_title) or (t.lower_ == "of" and 0 < n < len(words) - 1)
            for n, t in enumerate(words)
        ):
            return None
        span = doc[words[0].i : words[-1].i + 1]
        name = span.text
        key = f"organisation:{name.lower().translate(_APOSTROPHES)}"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            actor = Actor(id=f"a{len(self.actors) + 1}", name=name, type="organisation", key=key)
            self.actors.append(actor)
        self._mentioned(actor, span)
        return actor

    def _unknown_person(self, phrase: Span) -> Actor | None:
        """A person the actors stage missed, made of a speaker's name with a person's role in
        apposition to it ("Mira Tolk, the charity's spokeswoman, said"): two or three words, each
        a capitalised proper noun, no known actor's mention among them, and the apposition's
        head a role of a person (a role of the gazetteer, or an office: "director"), never a
        body's noun. Nobody otherwise: a name alone may be a place or a ship."""
        if not 2 <= len(phrase) <= 3 or self.inside(phrase.start_char, phrase.end_char):
            return None
        if not all(t.pos_ == "PROPN" and t.text.istitle() and t.is_alpha for t in phrase):
            return None
        head = phrase.root
        role = next(
            (
                c
                for c in head.rights
                if c.dep_ == "appos"
                and c.pos_ == "NOUN"
                and c.i > phrase.end
                and phrase.doc[phrase.end].text == ","
            ),
            None,
        )
        if role is None:
            role = _of_a_body(phrase)  # "Ida Rell, of the group Clear Water, said"
        elif is_institution(role.lemma_.lower()) or (
            load_gazetteer().role(role.lemma_.lower()) is None and not is_office(role.lemma_)
        ):
            return None
        kin = role is None and _whose_kin(phrase)  # "Ines Harrow, whose son was hurt, said"
        if role is None and not kin:
            return None
        name = phrase.text
        key = f"person:{name.lower()}"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            described = [phrase.doc[role.left_edge.i : role.right_edge.i + 1].text] if role else []
            actor = Actor(
                id=f"a{len(self.actors) + 1}", name=name, type="person", key=key, roles=described
            )
            self.actors.append(actor)
        self._mentioned(actor, phrase)
        return actor

    def _unknown_apposed(self, phrase: Span) -> Actor | None:
        """A person the actors stage missed, named in apposition after a speaker that is a
        person's role ("Its chairman, Oskar Blum, said"; "The mill's director, Ada Rell, said"):
        the role's head one person's role of the gazetteer (no owner's: "Its owner, Tarn
        Lines") or an office; the name two or three capitalised proper nouns set off by commas,
        no known actor's mention among them, no word of it a body's or a role's word, not ending
        as a body's name. Nobody otherwise."""
        head = phrase.root
        if head.pos_ != "NOUN" or is_institution(head.lemma_.lower()):
            return None
        kind = load_gazetteer().role(head.lemma_.lower())
        if (kind is None or kind.collective) and not is_office(head.lemma_):
            return None  # "Its owner, Brightwater Lines": a body may own; a chairman is one
        doc = phrase.doc
        named = [
            c
            for c in head.children
            if c.dep_ == "appos" and c.i > head.i and doc[c.left_edge.i - 1].text == ","
        ]
        if len(named) != 1:
            return None
        name = doc[named[0].left_edge.i : named[0].right_edge.i + 1]
        if not 2 <= len(name) <= 3 or name.end >= len(doc) or doc[name.end].text != ",":
            return None
        if any(
            not (t.pos_ == "PROPN" and t.text.istitle() and t.is_alpha)
            or is_institution(t.lower_)
            or _a_body(t.lower_)
            or load_gazetteer().role(t.lower_) is not None
            for t in name
        ):
            return None
        if self.inside(name.start_char, name.end_char) or ends_as_organisation(name.text):
            return None
        key = f"person:{name.text.lower()}"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            role = " ".join(
                t.text
                for t in doc[phrase.start : head.i + 1]
                if t.lower_ not in POSSESSIVE and t.lower_ not in _DETERMINERS
            )
            actor = Actor(
                id=f"a{len(self.actors) + 1}", name=name.text, type="person", key=key, roles=[role]
            )
            self.actors.append(actor)
        self._mentioned(actor, name)
        return actor

    def _mentioned(self, actor: Actor, span: Span) -> None:
        """Records ``span`` as a mention of ``actor`` (one this stage made: a name the actors
        stage missed), on the actor and in the sorted mentions the stage looks speakers up in."""
        mention = {"start": span.start_char, "end": span.end_char, "text": span.text, "as": "actor"}
        actor.mentions.append(Mention.model_validate(mention))
        at = bisect_right(self.starts, span.start_char)
        self.mentions.insert(at, _Mention(span.start_char, span.end_char, actor))
        self.starts.insert(at, span.start_char)

    def _country(self, phrase: Span) -> str | None:
        """The country a phrase names ("the Swiss foreign ministry": CHE), if any."""
        return next(
            (
                m.actor.country
                for m in self.inside(phrase.start_char, phrase.end_char)
                if m.actor.type in ("state", "place") and m.actor.country
            ),
            None,
        )

    def _subject_actor(self, subject: Span, types: frozenset[str]) -> Actor | None:
        """The actor a subject phrase names: the mention holding its head, else its first."""
        found = [
            m for m in self.inside(subject.start_char, subject.end_char) if m.actor.type in types
        ]
        head = subject.root
        holding = [m for m in found if m.start <= head.idx < m.end]
        if not holding and head.pos_ == "NOUN":
            named = self._apposed(head)  # "Kostanek's spokesman, Filip Rada, declined …"
            if named is not None and named.type in types:
                return named
            return None  # "the Telegram channel": not the company that qualifies it
        chosen = holding or found
        if not chosen and "person" not in types and head.pos_ == "PROPN":
            return self._body_named(subject, types)
        return chosen[0].actor if chosen else None

    def _body_named(self, subject: Span, types: frozenset[str]) -> Actor | None:
        """The one body (of ``types``) that the article names by the very words of a proper-noun
        subject that NER left out or took for a person there ("Quibly was founded in 2020 by
        …. It says …", Quibly an organisation elsewhere): "it" never stands for a person, and
        two bodies of that name are nobody."""
        head = subject.root
        start = head.i
        while start > subject.start and subject.doc[start - 1].dep_ == "compound":
            start -= 1
        words = subject.doc[start : head.i + 1].text
        same = {a.id: a for a in self.actors if a.type in types and a.name == words}
        return next(iter(same.values())) if len(same) == 1 else None

    def _pronoun(self, phrase: Span, types: frozenset[str]) -> Actor | None:
        try:
            return self._referent(phrase, types)
        except _Unsure:
            return None

    def _referent(self, phrase: Span, types: frozenset[str]) -> Actor | None:
        """A pronoun's actor: the one of ``types`` last named as a subject in the pronoun's
        sentence or the :data:`WINDOW` sentences before it (news refers back to its subject, not
        to the last name: "Zelensky insists Ukraine had nothing to do with Prigozhin's crash.
        '…,' he said." is Zelensky); with no such subject, the one actor of ``types`` named in
        that stretch; else nobody (never a guess between two). A speaker after the last such
        subject is referred back to first ("X claimed: “…” ⏎ It added"), and when the pronoun
        cannot be that speaker's, the subjects before it are looked at."""
        doc = phrase.doc
        if self._text is None:
            self._text = doc.text
        pronoun, text = phrase.root, self._text
        if self._told is None:
            self._learn_genders(doc)
        fronted = self._fronted_owner(pronoun, types)
        if fronted is not None:
            return fronted
        first = phrase[0].sent.start
        phrase = doc[_before_fronted(pronoun) : phrase.end]
        unread = [*self.furniture, *self.quoted]  # sentences wholly inside one quotation are
        # one turn of its speaker's: 'Ada Morn said …. "Jo was threatened. Men came to his
        # house," she told the agency' looks back past the quoted sentences to Morn
        for _ in range(WINDOW):
            if first == 0:
                break
            first = _sentence_before(doc, first, unread)
        window_start = doc[first].idx
        spoke = [x for x in self.spoke if window_start <= x.cue < phrase.start_char]
        if pronoun.lower_ in NEUTER | PLURAL:
            # "The board said a contractor told staff that …. It put the number at 300": the
            # board, never a speaker its words report (nor one inside a quotation)
            spoke = [
                x
                for x in spoke
                if not _reported_speaker(x.phrase) and not self._in_quote(x.phrase.start_char)
            ]
        last = spoke[-1] if spoke else None
        after = last.cue if last is not None else window_start
        actor = self._main_subject_actor(doc[first : phrase.start], types, after, pronoun=pronoun)
        if actor is not None:
            return actor
        stretch = doc[first : phrase.start]
        personal = POSSESSIVE.get(pronoun.lower_, pronoun.lower_) in PERSONAL  # "his" too
        if last is not None and personal and pronoun.dep_ == "poss":
            nearer = self._named_since_speaker(last, phrase, pronoun)
            if nearer is not None:
                return nearer  # "Rosa Mettel said …. Strikers urged Edda Kraal to quit. Her
                # office said": Kraal's office, not the speaker's
        if personal and (unknown := self._unknown_name(stretch, window_start)) is not None:
            return self._described_person(
                unknown, pronoun
            )  # "Varga … called the ruling a start. “…,” she said.": Varga, whom the
            # article names nowhere else, not the speaker before her
        if last is not None:  # "Grey Zone claimed: “…” ⏎ It added: “…”": that speaker
            fits = _fits(last, types, pronoun) if self._agrees(last.actor, pronoun, text) else None
            if fits is not None:
                return last.actor if fits else None
            # it cannot be that speaker's: the subjects before it
            reporter = self._unnamed_reporter(last, spoke, pronoun)
            if reporter is not None:
                return reporter.actor  # "The official, who asked not to be named, said the
                # officers believed …. He stressed …": that official, never a name before
            if personal and pronoun.dep_ in ("nsubj", "nsubjpass"):
                turn = [x for x in spoke if x.actor is not None and x.actor is last.actor]
                for said in reversed(turn or [last]):
                    reported = self._reported_person(said, pronoun)
                    if reported is not None:
                        return reported if reported.type in types else None
            actor = self._main_subject_actor(
                doc[first : phrase.start], types, window_start, last.cue, pronoun=pronoun
            )
            if actor is not None:
                return actor
            for earlier in reversed(spoke[:-1]):  # "Ida Marr, a spokeswoman, said the firm
                # had found …. “…,” she said.": the firm cannot be she; Marr, whose name was
                # taken for a body's, can
                # (an unnamed one, "a spokeswoman", is no more she than the person named before)
                if (
                    earlier.actor is not None
                    and earlier.actor.type != "group"
                    and self._agrees(earlier.actor, pronoun, text)
                    and _fits(earlier, types, pronoun)
                ):
                    return earlier.actor
        named: list[Actor] = []
        for m in reversed(self.inside(doc[first].idx, phrase.start_char)):
            if self._in_quote(m.start) or not self._agrees(m.actor, pronoun, text):
                continue
            if m.actor.type in types and m.actor not in named:
                named.append(m.actor)
        if named:
            return named[0] if len(named) == 1 else None
        return self._person_before_bodies(phrase, first, pronoun)

    def _unnamed_reporter(self, last: _Spoke, spoke: list[_Spoke], pronoun: Token) -> _Spoke | None:
        """The unnamed speaker of one person ("The official, who asked not to be named, said
        …") whose reported clause holds the last speaker, one the subject "he" or "she" opening
        the next sentence cannot be ("… said the officers believed gas had gathered. He
        stressed …": not the officers), when nothing else is a main subject between them and
        the noun's gender is not the other: that speaker, whom the pronoun continues."""
        doc = pronoun.doc
        if (
            pronoun.lower_ not in PERSONAL
            or pronoun.dep_ not in ("nsubj", "nsubjpass")
            or pronoun.i != pronoun.sent.start
            or not _reported_speaker(last.phrase)
        ):
            return None
        reporter = next((x for x in reversed(spoke) if x.cue < last.cue), None)
        if reporter is None or (reporter.actor is not None and reporter.actor.type != "group"):
            return None
        head, sent = reporter.phrase.root, last.phrase.sent
        if head.pos_ != "NOUN" or not _one_of_us(head) or head.sent != sent:
            return None
        node = last.phrase.root
        while node.dep_ != "ccomp" and node.head.i != node.i:
            node = node.head
        if node.head.idx != reporter.cue or self._in_quote(head.idx):
            return None  # the last speaker is not in this one's report
        after = sent.end
        if any(t.i < pronoun.i and _main_subject(t) for t in doc[after : pronoun.i]):
            return None  # another subject between: "he" may be its
        said, wanted = word_gender(head.lower_), PRONOUN_GENDER.get(pronoun.lower_)
        if said is not None and wanted is not None and said != wanted:
            return None
        return reporter

    def _reported_person(self, last: _Spoke, pronoun: Token) -> Actor | None:
        """The subject of the last speaker's reported clause, when the pronoun cannot be that
        speaker and the subject may be the pronoun's person ("Oda Pell said her husband had
        called her. She said he told her …": "he" is her husband, never a speaker named
        before her): the subject's actor, or, for one person named by a common noun ("her
        husband") that no actor stands for, nobody (:class:`_Unsure`). None when that clause
        has no such subject: look further back."""
        doc = pronoun.doc
        cue = next((t for t in doc if t.idx == last.cue), None)
        if cue is None or cue.i >= pronoun.i:
            return None
        wanted = PRONOUN_GENDER.get(POSSESSIVE.get(pronoun.lower_, pronoun.lower_))
        for clause in cue.children:
            if clause.dep_ != "ccomp":
                continue
            for subj in clause.children:
                if subj.dep_ not in ("nsubj", "nsubjpass") or subj.i >= pronoun.i:
                    continue
                if self._in_quote(subj.idx):
                    continue
                if subj.pos_ == "PROPN":
                    meant = self.resolve(speaker_phrase(subj))
                    if meant is not None and self._agrees(meant, pronoun, self._text or ""):
                        return meant
                    continue
                if subj.pos_ != "NOUN" or (not _one_of_us(subj) and not _kin(subj)):
                    continue
                said = word_gender(subj.lower_)
                if said is None or wanted is None or said == wanted:
                    raise _Unsure  # "her husband": one person, whom no actor stands for
        return None

    def _named_since_speaker(self, last: _Spoke, phrase: Span, pronoun: Token) -> Actor | None:
        """The one person a possessive "his" or "her" may stand for who is named (outside
        quotations) in the sentences after the last speaker's, up to the pronoun, when that
        person is not the speaker: the nearest antecedent, whom a reply ("Her office said")
        answers for; None when there is no such person or more than one."""
        doc, text = phrase.doc, self._text or ""
        at = next((t for t in doc if t.idx >= last.cue), None)
        if at is None:
            return None
        since = at.sent.end_char
        found = {
            m.actor.id: m.actor
            for m in self.inside(since, phrase.start_char)
            if m.actor.type == "person"
            and not self._in_quote(m.start)
            and self._agrees(m.actor, pronoun, text)
        }
        if len(found) != 1:
            return None
        (actor,) = found.values()
        return None if actor is last.actor else actor

    def _person_before_bodies(self, phrase: Span, first: int, pronoun: Token) -> Actor | None:
        """ "A board rehired Dr Ames on Friday. The board said …. The lab traced …, the board
        said. ⏎ She said she would return on Monday.": a "he" or "she" opening its sentence,
        with no person in its window, is the one person named up to :data:`FARTHER` sentences
        further back, when only bodies (organisations, states) speak or are the subjects since
        that person's last mention (or a "he" or "she" of the same gender, the same person),
        and no other person is named in all that stretch."""
        doc, text = phrase.doc, self._text or ""
        if pronoun.lower_ not in PERSONAL or pronoun.i != pronoun.sent.start:
            return None
        far = first
        for _ in range(FARTHER):
            if far == 0:
                break
            far = doc[far - 1].sent.start
        if far == first:
            return None
        found = self.inside(doc[far].idx, phrase.start_char)
        people = [m for m in found if m.actor.type == "person"]
        if len({m.actor.id for m in people}) != 1 or not self._agrees(
            people[-1].actor, pronoun, text
        ):
            return None
        since = people[-1].end
        if any(
            since <= x.cue < phrase.start_char
            and not _body(x.phrase, x.actor)
            and x.actor is not people[-1].actor  # "she" as that person before
            for x in self.spoke
        ):
            return None  # "A nurse said …": someone else "she" may be
        for tok in doc[far : phrase.start]:
            if tok.idx < since:
                continue
            if self._in_quote(tok.idx) or not _main_subject(tok) or tok.lower_ in NEUTER:
                continue
            if tok.lower_ in PERSONAL and PRONOUN_GENDER.get(tok.lower_) == PRONOUN_GENDER.get(
                pronoun.lower_
            ):
                continue  # "She told reporters …. “…,” she said. ⏎ She said …": the same one
            if tok.lower_ in PERSONAL | PLURAL:
                return None
            subject = speaker_phrase(tok)
            if not _body(subject, self.resolve(subject)):
                return None
        return people[-1].actor

    def _described_person(self, tok: Token, pronoun: Token) -> Actor | None:
        """The person an unknown subject's name is, when a "who" or "whose" clause or a
        person's role describes it and its sentence refers to it by a pronoun of the gender of
        the ``pronoun`` that refers back to it, and of no other ("Ilse Varnok, whose cellar
        flooded, collected her payment. “…,” she said."): a full name of two capitalised proper
        nouns, no word of it a body's or a role's, not ending as a body's name. Nobody
        otherwise."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        if wanted is None or not _described_by_who(tok):
            return None
        doc = tok.doc
        name = doc[tok.i - 1 : tok.i + 1]
        if name[0].dep_ != "compound" or name[0].head.i != tok.i:
            return None
        if any(
            is_institution(t.lower_) or _a_body(t.lower_) or load_gazetteer().role(t.lower_)
            for t in name
        ) or ends_as_organisation(name.text):
            return None
        told = {
            PRONOUN_GENDER[t.lower_]
            for t in tok.sent
            if t.i > tok.i and t.lower_ in PRONOUN_GENDER and not self._in_quote(t.idx)
        }
        if told != {wanted} or self.inside(name.start_char, name.end_char):
            return None
        key = f"person:{name.text.lower()}"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            actor = Actor(id=f"a{len(self.actors) + 1}", name=name.text, type="person", key=key)
            self.actors.append(actor)
        self._mentioned(actor, name)
        return actor

    def _unknown_name(self, stretch: Span, start: int) -> Token | None:
        """The last main-clause subject of ``stretch`` from ``start``, outside quotations, when
        it is a name of no person (a surname NER left out or took for a place): a personal
        pronoun after it refers to that subject, whom the dossier does not know as a person,
        never to a speaker named before it. None when it is no such name."""
        for tok in reversed(stretch):
            if tok.idx < start:
                break
            described = _described_by_who(tok)
            if self._in_quote(tok.idx) or not (
                _main_subject(tok) or (described and tok.dep_ == "ROOT")
            ):  # "Ilse Varnok, whose cellar flooded, collected …" parsed as a name alone
                continue
            if tok.pos_ != "PROPN" or not (tok.ent_type_ or _untyped_full_name(tok) or described):
                return None  # "Emotion overtook him …": no name
            subject = stretch.doc[tok.left_edge.i : tok.right_edge.i + 1]
            found = self.inside(subject.start_char, subject.end_char)
            if any(m.actor.type == "person" for m in found):
                return None
            if found and any(
                c.dep_ in ("appos", "compound") and _one_of_us(c) for c in tok.children
            ):
                return None  # "Ida Marr, a spokeswoman, said": known, though as a body
            if any(  # a surname of a person named elsewhere ("Mr Harl"): known
                tok.text in a.name.split() for a in self.actors if a.type == "person"
            ):
                return None
            return tok
        return None

    def _main_subject_actor(
        self,
        stretch: Span,
        types: frozenset[str],
        start: int,
        end: int | None = None,
        *,
        pronoun: Token,
    ) -> Actor | None:
        """The actor of ``types`` named by the last main-clause subject of ``stretch`` whose
        offset is from ``start`` up to ``end`` (excluded), outside quotations: a subject inside
        quoted words is not the one referred back to."""
        for tok in reversed(stretch):
            if tok.idx < start:
                break
            if (end is not None and tok.idx >= end) or self._in_quote(tok.idx):
                continue
            verb = _root_name_subject(tok)
            if _main_subject(tok) or verb is not None:
                last = verb.left_edge.i if verb is not None else tok.right_edge.i + 1
                subject = stretch.doc[tok.left_edge.i : last]
                if "person" in types and self._shared_surname(subject[:1]):
                    raise _Unsure  # "Toll, 41, is in prison. She denies": which Toll?
                actor = self._subject_actor(subject, types)
                if actor is not None and self._agrees(actor, pronoun, self._text or ""):
                    if self._rival(stretch, actor, pronoun):
                        raise _Unsure  # "Voss said she …. Brandt declined. Her brother says"
                    if self._kin_rival(stretch, actor, pronoun):
                        raise _Unsure  # "Among them was Dana Roe, a cousin of Jan Roe. '…,'
                        # he said": either Roe, as far as the text tells
                    if self._urged_rival(tok, actor, pronoun):
                        raise _Unsure  # "Oster called on Vane to quit. She said she would
                        # not": the one urged answers as often as the one urging
                    return actor
                owner = self._owner(tok) if actor is None and "person" in types else None
                if owner is not None:
                    wanted = PRONOUN_GENDER.get(pronoun.lower_)
                    has = gender_of(owner, self._text or "")
                    if has is not None and wanted is not None and has != wanted:
                        continue  # "Mr Lund's office disagreed. She said": not Lund
                    if has is None and self._other_person(stretch, owner, pronoun):
                        raise _Unsure  # "Brisk called it a smear. Lund's office disagreed.
                        # She said": Lund or Brisk? the text does not tell
                    return owner  # "Ms Lund's office disagreed. She said": Lund
                body = self._body_owner(stretch, tok, types) if actor is None else None
                if body is not None and pronoun.lower_ in NEUTER:
                    return body  # "The water board's account has changed. On Monday it said"
                named = self._body_as_before(subject) if actor is None else None
                if named is not None and pronoun.lower_ in NEUTER and named.type in types:
                    return named  # "…, the airline said. The airline did not name him. It said"
        return None

    def _body_as_before(self, subject: Span) -> Actor | None:
        """The body a bare "the airline" subject is (a noun of ``data/bodies.tsv``): the one it
        resolves to, else the one the same words last spoke as before it ("…, the airline said in
        a statement. The airline did not name the captain.": the body that statement was
        resolved to). Any other subject, or none so resolved: None."""
        head = subject.root
        if (
            len(subject) != 2
            or subject[0].lower_ != "the"
            or head.pos_ != "NOUN"
            or head.tag_ != "NN"
            or not _a_body(head.lemma_.lower())
        ):
            return None
        meant = self.resolve(subject)
        if meant is None:
            words = _role_words(subject)
            meant = next(
                (
                    x.actor
                    for x in reversed(self.spoke)
                    if x.cue < subject.start_char and _role_words(x.phrase) == words
                ),
                None,
            )
        return meant if meant is not None and meant.type in BODIES else None

    def _body_owner(self, stretch: Span, tok: Token, types: frozenset[str]) -> Actor | None:
        """The body that owns a subject which is a thing of its own ("The water board's account
        has changed twice"): "it" after it is that body, when it is the one organisation or
        state that ``stretch`` names outside quotations, and never when the owned noun is a
        person or a body itself ("the board's chairman", "the board's lawyers")."""
        if tok.pos_ != "NOUN" or _one_of_us(tok) or is_institution(tok.lemma_.lower()):
            return None
        if tok.tag_ != "NN" or load_gazetteer().role(tok.lower_) is not None:
            return None
        poss = [c for c in tok.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE]
        if len(poss) != 1:
            return None
        phrase = stretch.doc[poss[0].left_edge.i : poss[0].i + 1]
        owner = self._subject_actor(phrase, types)
        noun = poss[0].lemma_.lower()
        if owner is None and poss[0].pos_ == "NOUN" and (is_institution(noun) or _a_body(noun)):
            owner = self.resolve_or_add(phrase)  # "The prisons service's account": the one
            # institution the article names by that noun, or one made of the phrase
        if owner is None or owner.type not in BODIES | {"group"}:
            return None
        bodies = {
            m.actor.id
            for m in self.inside(stretch.start_char, stretch.end_char)
            if m.actor.type in BODIES and not self._in_quote(m.start)
        }
        return owner if bodies <= {owner.id} else None

    def _other_person(self, stretch: Span, owner: Actor, pronoun: Token) -> bool:
        """Whether ``stretch`` names, outside quotations, a person besides ``owner`` whom the
        pronoun may stand for."""
        return any(
            m.actor.type == "person"
            and m.actor is not owner
            and not self._in_quote(m.start)
            and self._agrees(m.actor, pronoun, self._text or "")
            for m in self.inside(stretch.start_char, stretch.end_char)
        )

    def _fronted_owner(self, pronoun: Token, types: frozenset[str]) -> Actor | None:
        """The owner of a speaker after the words it reports is their subject ("Halm will visit
        Dravik on Wednesday, his ministry said": Halm's), when that subject is an actor of
        ``types`` the pronoun agrees with; only for a possessive ("X will resign, he said" may
        be anyone's words)."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = pronoun.head.head
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i > pronoun.i:
                continue
            for subject in clause.children:
                if subject.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                span = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
                actor = self._subject_actor(span, types)
                if actor is not None and self._agrees(actor, pronoun, self._text or ""):
                    return actor
        return None

    def _owner(self, head: Token) -> Actor | None:
        """The person who owns a subject that is no one person ("Lund's office", "the
        senator's campaign"): a "he" or "she" after it may be that person, never the office."""
        if head.pos_ != "NOUN" or _one_of_us(head):
            return None
        people = [
            a
            for c in head.children
            if c.dep_ == "poss" and c.pos_ == "PROPN"
            for a in self._names([c])
            if a.type == "person"
        ]
        return people[0] if people else None

    def _nominal(self, phrase: Span, noun: str) -> Actor | None:
        """ "the spokesperson" → the last person whose role is one ("foreign ministry
        spokesperson", not "ministry"; "campaigner with the group" is no group); "the
        ministry" → the one organisation named before with
        that word in its name (two such, "Orsa Clinic" and "Veld Road Clinic" for "the clinic":
        nobody, rather than a guess). A phrase that names its country ("the Swiss foreign
        ministry") takes only an actor of that country; one that names a state of no known
        code ("Osteria's foreign ministry") only a body the text writes as that state's, never
        another state's ministry of the same name (else nobody: the phrase speaks as written)."""
        country = self._country(phrase)
        owners = [] if country is not None else self._uncoded_owners(phrase)
        i = bisect_right(self.starts, phrase.start_char) - 1
        found: list[Actor] = []
        while i >= 0:
            actor = self.mentions[i].actor
            i -= 1
            if country is not None and actor.country != country:
                continue
            if owners and not self._written_as_owned(actor, owners, phrase.doc.text):
                continue
            if (
                actor.type == "organisation"
                and noun in actor.name.lower().split()
                and not _of_another_kind(noun, actor.name)
            ):
                if actor not in found:
                    found.append(actor)
                continue
            if (
                not found
                and actor.type == "person"
                and phrase.root.tag_ != "NNS"  # "analysts" are never the one analyst named
                and any(_role_head(r) == noun for r in actor.roles if r.strip())
            ):
                return actor
        if not found and owners:
            return None
        if not found:
            described = self._described(phrase, noun)
            before = self._body_before(phrase, noun)
            if described is not None and before is not None and described is not before:
                return None  # the company named so elsewhere, another the subject before
            return (
                described
                or before
                or self._named_later(phrase, noun, country)
                or self._one_of_kind(phrase, noun)
                or self._one_by_service(phrase, noun)
                or self._only_body_before(phrase, noun)
                or self._unknown_body_before(phrase, noun)
            )
        return found[0] if len(found) == 1 else None

    def _uncoded_owners(self, phrase: Span) -> list[Actor]:
        """The states or places of no known code that ``phrase`` names as its head's owner by
        a possessive ("Osteria's foreign ministry"): Osteria."""
        found: list[Actor] = []
        for child in phrase.root.children:
            if child.dep_ != "poss" or child.i >= phrase.root.i:
                continue
            sub = list(child.subtree)
            found += [
                m.actor
                for m in self.inside(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if m.actor.type in ("state", "place") and m.actor.country is None
            ]
        return found

    def _written_as_owned(self, actor: Actor, owners: list[Actor], text: str) -> bool:
        """Whether a mention of ``actor`` is written as one of ``owners``' (its name in the
        body's name, or its possessive just before a mention: "Osteria's Foreign Ministry")."""
        names = [o.name for o in owners]
        if any(n.lower() in actor.name.lower() for n in names):
            return True
        for m in self.mentions:
            if m.actor is not actor:
                continue
            before = text[max(0, m.start - 40) : m.start].rstrip().removesuffix("the").rstrip()
            if any(before.endswith((f"{n}'s", f"{n}\u2019s")) for n in names):
                return True
        return False

    def _one_of_kind(self, phrase: Span, noun: str) -> Actor | None:
        """ "the company", "the regulator" alone → the one organisation of the article known to
        be a body the noun stands for (``data/standing.tsv``): by the last word of its name
        ("the Selvan Communications Authority") or by a noun the article puts before its name or
        in apposition to it ("the mobile operator Brovane Telecom", "Brovane Telecom, the
        largest operator"). Two such, or none: nobody; only "the" and the noun (a phrase that
        says more, "the other company", is someone else)."""
        if len(phrase) != 2 or phrase[0].lower_ != "the":
            return None
        covered = _standing().get(noun)
        if covered is None:
            return None
        doc = phrase.doc
        found: set[str] = set()
        chosen: Actor | None = None
        for actor in self.actors:
            if actor.type != "organisation":
                continue
            if any(phrase.end_char <= m.start < phrase.sent.end_char for m in actor.mentions):
                continue  # "the company said … sold by Vask Grain, a company in Derrin": a body
                # its own words name is someone else
            known = set(actor.name.lower().split()[-1:]) | _described_by(doc, actor)
            if known & covered:
                found.add(actor.id)
                chosen = actor
        return chosen if len(found) == 1 else None

    def _one_by_service(self, phrase: Span, noun: str) -> Actor | None:
        """ "the utility", "the water utility", "the water utility serving the town of
        Marrowby" → the one organisation of the article whose name holds a word of the service
        such a body supplies (``data/services.tsv``: "Marrowby Water Board"). Only a phrase
        with "the", whose nouns before the generic one are words of that name, and whose other
        names are places or that organisation; two organisations named for a service, or none:
        nobody."""
        words = _services().get(noun)
        if words is None or phrase[0].lower_ != "the":
            return None
        head = phrase.root
        candidates = [
            a
            for a in self.actors
            if a.type == "organisation"
            and words & {w.strip(".,'’") for w in a.name.lower().split()}
        ]
        if len(candidates) != 1:
            return None
        (chosen,) = candidates
        last = chosen.name.lower().split()[-1].strip(".,'’")
        if last not in words and last not in _services().get("body", frozenset()):
            return None  # "Velt Power Workers Union", "Ministry of Energy": no utility
        name = set(chosen.name.lower().split())
        if any(
            c.dep_ in ("poss", "nummod")
            or (c.dep_ in ("compound", "amod") and c.lower_ not in name)
            for c in head.lefts
        ):
            return (
                None  # "the other utility", "Ambrey's utility", "the gas utility" of a water board
            )
        if any(
            m.actor is not chosen and m.actor.type not in ("place", "state")
            for m in self.inside(phrase.start_char, phrase.end_char)
        ):
            return None  # "the utility that supplies Ostara Metals": someone else named in it
        return chosen

    def _named_later(self, phrase: Span, noun: str, country: str | None) -> Actor | None:
        """ "the federation", "Orlend's athletics federation" before the article names it ("The
        Orlendian Athletics Federation said …" later): the one organisation of the article
        whose name holds the noun and every common noun that qualifies it in the phrase, of the
        phrase's country if it names one. Two such, or none: nobody. Only a phrase with "the" or
        an owner, and a noun of no role ("police", "the government" may be anyone's)."""
        head = phrase.root
        owned = any(c.dep_ == "poss" for c in head.children)
        if not (owned or phrase[0].lower_ == "the") or load_gazetteer().role(noun) is not None:
            return None  # "police said": any police, not the force the article names later
        wanted = {t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.is_lower} | {
            noun
        }
        nouns = {t.lower_ for t in head.lefts if t.dep_ == "compound" and t.is_lower}
        if nouns and wanted != nouns | {noun}:
            # "the regional road agency": a noun of the name ("Upland Roads Agency") says which
            # body; an adjective of its reach ("regional") need not be in its name
            wanted = nouns | {noun}

        def words(name: str) -> set[str]:
            said = set(name.lower().split())
            return said | {w[:-1] for w in said if w.endswith("s")}  # "Roads": "road"

        found = {
            a.id: a
            for a in self.actors
            if a.type == "organisation"
            and wanted <= words(a.name)
            and not _of_another_kind(noun, a.name)
            and (country is None or a.country == country)
            and any(m.start >= phrase.end_char for m in a.mentions)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_before(self, phrase: Span, noun: str) -> Actor | None:
        """ "the company" alone → the organisation that is the main subject of the sentence just
        before ("Pellam Foods denied it. In a statement, the company said …": Pellam Foods), when
        the noun is a business's (``data/bodies.tsv``) and the organisation's name holds no noun
        of another kind of body ("Derrin Health Ministry" is no company). Two main subjects of
        different actors, or none an organisation: nobody."""
        business, others = load_bodies()
        if len(phrase) != 2 or phrase[0].lower_ != "the" or noun not in business:
            return None
        reporter = self._reported_doer(phrase)
        if reporter is not None:
            return reporter
        before = _worded_sentence_before(phrase)
        if before is None:
            return None
        found: set[str] = set()
        chosen: Actor | None = None
        for tok in before:
            if not _main_subject(tok) or self._in_quote(tok.idx):
                continue
            if any(c.dep_ == "conj" for c in tok.children):
                return None  # "Vask Grain and Ambrey Oils lost their licences. The company
                # said …": two bodies the subject names, either of them
            subject = speaker_phrase(tok)
            actor = self._subject_actor(subject, frozenset({"organisation"}))
            if actor is None:
                actor = next(
                    (s.actor for s in self.spoke if s.phrase.root.i == tok.i), None
                )  # "The company denied it. The company said …": the one it was resolved to
            if actor is None or actor.type != "organisation":
                return None
            found.add(actor.id)
            chosen = actor
        if chosen is None or len(found) != 1:
            return None
        if any(w in others for w in chosen.name.lower().split()):
            return None
        return chosen

    def _only_body_before(self, phrase: Span, noun: str) -> Actor | None:
        """ "the company" alone → the one organisation the sentence just before names anywhere
        ("The ministry said it had suspended the licences of Wendrow Coach Lines. The company
        said …": Wendrow Coach Lines), when it is the only organisation the article has named so
        far whose name holds no noun of another kind of body (a ministry, a union: named beside
        it, they are no company), and nothing named in that sentence is a group or another such
        body. Two, or a body named earlier: nobody."""
        business, others = load_bodies()
        if len(phrase) != 2 or phrase[0].lower_ != "the" or noun not in business:
            return None
        before = _worded_sentence_before(phrase)
        if before is None:
            return None
        if self._in_quote(before.start_char):
            return None

        def of_kind(actor: Actor) -> bool:
            return actor.type == "organisation" and not any(
                w.strip(".,'’") in others for w in actor.name.lower().split()
            )

        earlier = {
            m.actor.id: m.actor
            for m in self.inside(0, phrase.start_char)
            if of_kind(m.actor) or (m.actor.type == "group" and m.start >= before.start_char)
        }
        named = {
            m.actor.id for m in self.inside(before.start_char, before.end_char) if of_kind(m.actor)
        }
        if len(earlier) != 1 or set(earlier) != named:
            return None
        (chosen,) = earlier.values()
        known = [
            m
            for m in self.inside(before.start_char, before.end_char)
            if m.actor is chosen or m.actor.type in ("place", "state")
        ]
        for tok in before:
            if not tok.text[:1].isupper():
                continue  # "the transport ministry" with its noun tagged as a name
            if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME"):
                continue
            mine = any(m.start <= tok.idx < m.end for m in known)
            if not mine or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
                return None  # "Vask Grain and Ambrey Oils …" (one read as a person): any other
                # name, or one in a coordination, may be the company meant
        return chosen

    def _unknown_body_before(self, phrase: Span, noun: str) -> Actor | None:
        """ "the company" alone → the name NER missed that speaks as the main subject of the
        sentence just before ("Brannock Gas admitted on Wednesday that …. The company had said
        on Monday …"): an organisation of that name (two or three capitalised proper nouns,
        no actor's mention among them), when the article has named no organisation before and
        that sentence names nothing else but places and dates. Else nobody."""
        business, _ = load_bodies()
        if len(phrase) != 2 or phrase[0].lower_ != "the" or noun not in business:
            return None
        before = _worded_sentence_before(phrase)
        if before is None:
            return None
        if self._in_quote(before.start_char) or any(
            m.actor.type in ("organisation", "group")
            for m in self.inside(0, phrase.start_char)
            if m.actor.type == "organisation" or m.start >= before.start_char
        ):
            return None
        said = [
            x
            for x in self.spoke
            if x.actor is None
            and before.start_char <= x.phrase.start_char < before.end_char
            and _main_subject(x.phrase.root)
        ]
        if len(said) != 1:
            return None
        name = said[0].phrase
        if not 2 <= len(name) <= 3 or self.inside(name.start_char, name.end_char):
            return None
        if not all(t.pos_ == "PROPN" and t.text.istitle() and t.is_alpha for t in name):
            return None
        places = [m for m in self.inside(before.start_char, before.end_char)]
        for tok in before:
            if tok.i in range(name.start, name.end) or not tok.text[:1].isupper():
                continue
            if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME"):
                continue
            if not any(m.start <= tok.idx < m.end and m.actor.type == "place" for m in places):
                return None  # another name: it may be the company meant
        key = f"organisation:{name.text.lower().translate(_APOSTROPHES)}"
        actor = next((a for a in self.actors if a.key == key), None)
        if actor is None:
            actor = Actor(
                id=f"a{len(self.actors) + 1}", name=name.text, type="organisation", key=key
            )
            self.actors.append(actor)
        self._mentioned(actor, name)
        return actor

    def _reported_doer(self, phrase: Span) -> Actor | None:
        """ "Wenlow Airlines suspended a pilot, the airline said": a bare "the company" (a business
        noun) speaking after the words it reports, in the same sentence, is the organisation
        that is the subject of those words' main clause, when its name holds no noun of another
        kind of body (a union or a ministry is no airline). Any other subject: nobody here."""
        head = phrase.root
        verb = head.head
        if head.dep_ != "nsubj" or load_cues().verb(verb.lemma_.lower()) is None:
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i), None)
        if clause is None or self._in_quote(clause.idx):
            return None
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
            return None
        actor = self._subject_actor(speaker_phrase(subjects[0]), frozenset({"organisation"}))
        if actor is None or actor.type != "organisation":
            return None
        _, others = load_bodies()
        if any(w in others for w in actor.name.lower().split()):
            return None
        return actor

    def _described(self, phrase: Span, noun: str) -> Actor | None:
        """ "the crew" alone → the one actor the article names as a crew, before or after (never
        in the rest of the phrase's own sentence, its reported words or their appositions):
        "Amber Kite, the crew that …" (a name and its apposition, either way round), "a crew
        calling itself Amber Kite"; or the one body that spoke before under a name holding
        the noun and a name ("The embassy of Olmara rejected …", then "the embassy said"). Two
        so named: nobody, rather than a guess. Only a bare
        "the" and the noun: a phrase that says more ("the other crew") is left as it is."""
        if len(phrase) != 2 or phrase[0].lower_ != "the":
            return None
        if load_gazetteer().role(noun) is not None and not is_institution(noun):
            return None  # "the official": a person by office, named before (see _nominal), not
            # the next official the article names
        found: list[Actor] = []
        if self._nouns is None:  # the doc's nouns by lemma, found once per article
            self._nouns = {}
            for t in phrase.doc:
                if t.pos_ == "NOUN":
                    self._nouns.setdefault(t.lemma_.lower(), []).append(t)
        for tok in self._nouns.get(noun, ()):
            if phrase.start <= tok.i < phrase.sent.end:
                continue  # "the company said … supplied by Vask Oils, a company in Derrin":
                # a company its own words name is someone else
            names = [c for c in tok.children if c.dep_ == "appos"] + _self_named(tok)
            if tok.dep_ == "appos":
                names.append(tok.head)
            for actor in self._names(names):
                if actor.type not in ("state", "place") and actor not in found:
                    found.append(actor)
        for spoke in self.spoke:  # "The embassy of Olmara rejected …": a body speaking before
            body = spoke.actor
            if (
                spoke.cue < phrase.start_char
                and body is not None
                and body.type == "group"
                and noun in body.name.lower().split()
                and any(w[:1].isupper() for w in body.name.split()[1:])
                and body not in found
            ):
                found.append(body)
        return found[0] if len(found) == 1 else None


def _worded_sentence_before(phrase: Span) -> Span | None:
    """The last sentence before the one holding ``phrase`` that has a word (a line of
    punctuation alone skipped); None at the start of the text."""
    doc = phrase.doc
    start = phrase.sent.start
    while start > 0:
        before = doc[start - 1].sent
        start = before.start
        if any(t.is_alpha for t in before):
            return before
    return None
