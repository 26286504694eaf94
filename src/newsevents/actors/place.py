"""A country for every actor: the actors stage places the ones the text gives a sector but no country.

"The government", "police", "lawmakers" take, in order: a place in their own phrase ("police in Lagos",
"the Los Angeles County Sheriff's Department"; so placed, they place later actors of their sector as a
country the text names would); the sender's country ("Pyongyang sent soldiers"); the
country of an earlier actor of the same sector ("troops" after "Israeli troops", even in a sentence about
Lebanon); the one country their sentence names; the one country of the people and organisations their
sentence names; else the article's country: its dateline, the country it names most, or its site's
country domain.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from spacy.tokens import Span, Token

from newsevents.actors import mentions
from newsevents.actors.lexicon import Entity
from newsevents.document import Actor, Document, Mention

PLACE_LABELS = {"GPE", "LOC", "FAC"}
OTHER_ENTS = {"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL", "NORP"}
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "prep", "pobj"}
PHRASE_PREPS = {"in", "of", "from", "at", "for"}
SITE_DOMAINS = {"uk": "GB"}  # country domains that are not the ISO 3166 alpha-2 code
DISPATCH_VERBS = {"send", "deploy", "dispatch", "mobilize", "mobilise", "station", "withdraw", "pull"}
AIMED_PREPS = {"to", "toward", "towards", "into", "against", "on", "for", "with"}
DOMINANT_MIN = 2  # mentions the article's most named country needs to be its country
DOMAIN_WEIGHT = 2  # how many times the domain's country the most named country must be named to win


def place(doc: Document, names: list[tuple[Span, Entity]]) -> None:
    """Give each actor with a sector and no country the country its context names (in place); ``names``
    are the table names the actors stage read in the parse."""
    unplaced = [a for a in doc.actors if a.country is None and a.sector and a.code in (None, a.sector)]
    if not unplaced or doc.spacy is None:
        return
    named = _named_countries(doc, names)
    index = _Index(doc, named)
    article: str | None = None
    for actor in unplaced:
        own = next((c for m in actor.mentions if (c := _own_place(doc, m, index.named))), None)
        if own:  # "Kharkiv's governor": the text places it, so it may place others of its sector
            index.given.add(id(actor))
        country = own or next((c for m in actor.mentions if (c := _scene(doc, actor, m, index))), None)
        if country is None:
            article = article or _article_country(doc, named) or ""
            country = article or None
        if country:
            actor.country, actor.code = country, country + (actor.sector or "")


@dataclass
class Named:
    """Token index -> country: countries and capitals the tables name (``listed``; those after a locative
    preposition are also in ``located``), and the other places spaCy finds that the gazetteer knows."""

    listed: dict[int, str] = field(default_factory=dict)
    located: set[int] = field(default_factory=set)
    aimed: set[int] = field(default_factory=set)  # the goal of a preposition: "the envoy to Ukraine"
    context: Counter = field(default_factory=Counter)  # the article's countries and US states (geo)
    places: dict[int, str] = field(default_factory=dict)

    def get(self, i: int) -> str | None:
        return self.listed.get(i) or self.places.get(i)

    def all(self) -> dict[int, str]:
        return {**self.places, **self.listed}


def _named_countries(doc: Document, names: list[tuple[Span, Entity]]) -> Named:
    from newsevents.geo import best, context_of
    from newsevents.geo.gazetteer import load
    from newsevents.geo.mentions import Found, qualifier_of

    named = Named()
    regions = {i for span, entity in names if entity.kind == "region" for i in range(span.start, span.end)}
    for span, entity in names:  # adjectives say whose, not where: "Russian missiles struck Kharkiv"
        if entity.kind in ("country", "metonym") and entity.country and len(entity.country) >= 3:
            named.listed.update(dict.fromkeys(range(span.start, span.end), entity.country[:3]))
            if mentions.located_in(span):
                named.located.update(range(span.start, span.end))
            elif _aimed_at(span):
                named.aimed.update(range(span.start, span.end))
    gaz = load()
    ents = [  # a continent or region the tables list is no country's place
        ent
        for ent in doc.spacy.ents
        if ent.label_ in PLACE_LABELS
        and named.listed.keys().isdisjoint(range(ent.start, ent.end))
        and regions.isdisjoint(range(ent.start, ent.end))
    ]
    found = [  # with its qualifier and the article's context: "Palm Beach, Fla." is no Australian town
        Found(
            ent.start_char,
            ent.end_char,
            ent.text.removeprefix("the ").removeprefix("The ").removesuffix("'s"),
            qualifier_of(doc.text, ent.end_char, gaz),
        )
        for ent in ents
    ]
    named.context = context_of(doc, gaz, found)
    for ent, mention in zip(ents, found, strict=True):
        entry = best(gaz, mention, named.context)
        if entry is not None and entry.country:
            named.places.update(dict.fromkeys(range(ent.start, ent.end), entry.country))
            if _aimed_at(ent):
                named.aimed.update(range(ent.start, ent.end))
    return named


def _aimed_at(span: Span) -> bool:
    """The object of a preposition of goal or target: "an envoy to Ukraine", "sanctions on Iran"."""
    return span.root.dep_ == "pobj" and span.root.head.lower_ in AIMED_PREPS


class _Index:
    """What ``_scene`` looks up, indexed once per document, so that a mention costs a few bisects and a
    pass over its own sentence, however long the text."""

    def __init__(self, doc: Document, named: Named) -> None:
        self.named = named
        # a sentence's place, for its actors with no country, is not a country it names as a goal
        self.listed = sorted(item for item in named.listed.items() if item[0] not in named.aimed)
        self.places = sorted(item for item in named.places.items() if item[0] not in named.aimed)
        self.scenes = sorted({*named.located, *named.places} - named.aimed)
        self.mentioned: set[int] = set()
        self.given = {id(a) for a in doc.actors if a.country}  # the text gives them their country
        self.owners: dict[int, list[Actor]] = {}  # token -> the actors with a mention over it
        self.sectors: dict[str | None, list[tuple[Actor, list[int], int | None]]] = {}
        for actor in doc.actors:
            for m in actor.mentions:
                for i in range(*m.tokens):
                    self.mentioned.add(i)
                    self.owners.setdefault(i, []).append(actor)
            named_by = [m.start for m in actor.mentions if not _place_name(m)]
            starts = sorted(m.start for m in actor.mentions)
            self.sectors.setdefault(actor.sector, []).append((actor, starts, min(named_by, default=None)))

    def sentence_country(self, sentence: range) -> str | None:
        """The one country the tables name in ``sentence`` (or a territory and its sovereign: the
        territory), else the one other place there names."""
        for source in (self.listed, self.places):  # "in the village of Tanda in northern Mali": Mali
            found = source[bisect_left(source, (sentence.start,)) : bisect_left(source, (sentence.stop,))]
            countries = _territory({c for _, c in found})
            if len(countries) == 1:
                return countries.pop()
        return None

    def actors_country(self, sentence: range, actor: Actor) -> str | None:
        """The one country of the other people and organisations named in ``sentence`` whose country the
        text gives (a territory with its sovereign: the territory); the sentence's country and region
        names were read before."""
        countries = {
            other.country[:3]
            for i in sentence
            for other in self.owners.get(i, ())
            if other is not actor
            and other.kind != "country"
            and other.sector != "MED"  # "told Reuters": the outlet quoted is not the scene
            and id(other) in self.given
            and len(other.country or "") >= 3
        }
        countries = _territory(countries)
        return countries.pop() if len(countries) == 1 else None

    def last_scene(self, first: int, before: int) -> str | None:
        """The country of the last place from token ``first`` up to ``before``."""
        at = bisect_left(self.scenes, before) - 1
        return self.named.get(self.scenes[at]) if at >= 0 and self.scenes[at] >= first else None

    def earlier(self, actor: Actor, start: int) -> str | None:
        """The country of the actor of the same sector, with a country the text gives it (not one placed
        here: a guess does not spread), named (not by a country's name) before character ``start``, whose
        last mention before it is the latest."""
        best, latest = None, -1
        for other, starts, named_at in self.sectors.get(actor.sector, ()):
            if other is actor or id(other) not in self.given or len(other.country or "") != 3:
                continue
            if named_at is None or named_at >= start:
                continue
            last = starts[bisect_left(starts, start) - 1]
            if last > latest:
                best, latest = other, last
        return best.country if best else None


def _place_name(mention: Mention) -> bool:
    """A country or a city standing for its government ("Israel struck", "Moscow said"): no body whose
    sector later role nouns share, unlike "the Home Office" or "the Pentagon"."""
    from newsevents.geo.gazetteer import load

    if mention.how == "country":
        return True
    return mention.how == "metonym" and any(
        e.kind in ("capital", "city", "country") for e in load().lookup(mention.text.removeprefix("the "))
    )


def _root(doc: Document, mention: Mention) -> Token | None:
    """The syntactic head of the mention's tokens; None for a mention of no token."""
    start, end = mention.tokens
    return doc.spacy[start:end].root if end > start else None


def _own_place(doc: Document, mention: Mention, named: Named) -> str | None:
    """The country of a place in the mention's own phrase: "police in Lagos", "Kharkiv's governor"."""
    root = _root(doc, mention)
    if root is None:
        return None
    phrase = sorted(_phrase(root))
    own = next((c for i in phrase if (c := named.get(i))), None)
    return own or _place_in(doc.spacy, [i for i in phrase if i != root.i], named.context)


def _scene(doc: Document, actor: Actor, mention: Mention, index: _Index) -> str | None:
    spacy, named = doc.spacy, index.named
    root = _root(doc, mention)
    if root is None:
        return None
    start = mention.tokens[0]
    sender = _sender(root, index) or _opening_scene(root, named)
    if sender:
        return sender
    # "troops" after "Israeli troops"; not "officials" after "Israel struck"
    earlier = index.earlier(actor, mention.start)
    if earlier:
        return earlier
    sentence = range(root.sent.start, root.sent.end)
    country = index.sentence_country(sentence) or index.last_scene(sentence.start, start)
    if country:
        return country  # "Israel struck targets in Gaza, and officials said"
    country = _place_in(
        spacy, [i for i in range(sentence.start, start) if i not in index.mentioned], named.context
    )
    return country or index.actors_country(sentence, actor)  # "Lam said police would act"


def _sender(root: Token, index: _Index) -> str | None:
    """ "Pyongyang has sent 11,000 soldiers", "Australia offered to send troops": the object of a dispatch
    verb is its subject's own, or the subject's of the verb it completes."""
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_ not in DISPATCH_VERBS:
        return None
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    countries = {a.country for i in subjects for a in index.owners.get(i, ()) if a.country}
    return countries.pop() if len(countries) == 1 and len(next(iter(countries))) == 3 else None


def _opening_scene(root: Token, named: Named) -> str | None:
    """ "In Italy, Prime Minister Renzi ...": the country a sentence opens with is the scene of what follows,
    before any actor named earlier in the article."""
    first = root.sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or root.i <= first.i:
        return None
    return next((c for o in first.children if o.dep_ == "pobj" and (c := named.listed.get(o.i))), None)


def _place_in(spacy, tokens: list[int], context: Counter) -> str | None:
    """The country of the longest run of capitalized words (up to three) that the gazetteer knows as a
    place, at its likeliest in the article's ``context``: "the Los Angeles County Sheriff's Department",
    "Georgia Southern University" in a US story."""
    from newsevents.geo import best
    from newsevents.geo.gazetteer import load
    from newsevents.geo.mentions import Found

    gaz = load()
    members = set(tokens)
    for size in (3, 2, 1):
        for i in tokens:
            words = spacy[i : i + size]
            if len(words) < size or words.end - 1 not in members:
                continue
            if all(_proper(t) for t in words) and gaz.lookup(words.text):
                entry = best(gaz, Found(words.start_char, words.end_char, words.text), context)
                if entry is not None and entry.country:
                    return entry.country
    return None


def _proper(token: Token) -> bool:
    """A capitalized proper noun that is no role noun ("Police" in "Commissioner of Police" is no town)
    and no abbreviated title ("Sens. Cory Booker": no town of Sens)."""
    from newsevents.actors import lexicon

    if not (
        token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.ent_type_ not in OTHER_ENTS
    ):
        return False
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    abbreviated = after is not None and after.text == "." and after.dep_ != "punct"
    return not abbreviated and token.lower_ not in lexicon.load().roles


def _phrase(root: Token) -> set[int]:
    """The tokens of a noun phrase's modifiers and its of/in/from/at/for phrases."""
    out: set[int] = set(range(root.left_edge.i, root.i + 1))
    stack = [c for c in root.children if c.dep_ in PHRASE_DEPS]
    while stack:
        token = stack.pop()
        if token.dep_ == "prep" and token.lower_ not in PHRASE_PREPS:
            continue
        out.add(token.i)
        stack.extend(c for c in token.children if c.dep_ in PHRASE_DEPS)
    return out


def _article_country(doc: Document, named: Named) -> str | None:
    """The dateline's country, else the country the article names most, else the site's country domain;
    the domain wins unless the most named country is named at least twice as often as the domain's (a
    British site's story on Hong Kong happens in Hong Kong)."""
    from newsevents.geo import best
    from newsevents.geo.gazetteer import load
    from newsevents.geo.mentions import Found
    from newsevents.ingest.dateline import parse_dateline

    gaz = load()
    dateline = parse_dateline(doc.text)
    if dateline is not None:
        place, _, qualifier = dateline["place"].partition(",")
        entry = best(gaz, Found(0, len(place), place.title(), qualifier.strip()), Counter())
        if entry is not None and entry.country:
            return entry.country
    every = named.all()
    counts = Counter(c for i, c in every.items() if every.get(i - 1) != c)
    counts.update(  # "Kenya's parliament", "Kenyan unions": the countries of the other actors' mentions
        a.country
        for a in doc.actors
        if a.country and len(a.country) == 3
        for m in a.mentions
        if m.how not in ("country", "metonym", "pronoun")  # those are counted as named above
    )
    dominant = _dominant(counts)
    host = urlsplit(doc.article.url or "").hostname or ""
    suffix = host.rsplit(".", 1)[-1]
    site = gaz.iso3.get(SITE_DOMAINS.get(suffix, suffix.upper())) if len(suffix) == 2 else None
    if site and (dominant is None or counts[dominant] < DOMAIN_WEIGHT * counts[site]):
        return site
    return dominant


def _dominant(counts: Counter) -> str | None:
    """The country named most, at least twice and more than any other (a territory over its sovereign)."""
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[1][1] >= DOMINANT_MIN and len(_territory({c for c, _ in ranked})) == 1:
        return next(iter(_territory({c for c, _ in ranked})))  # Hong Kong, not China, in a story on both
    if ranked and ranked[0][1] >= DOMINANT_MIN and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _territory(countries: set[str]) -> set[str]:
    """A territory and the country it belongs to (countries.tsv ``sovereign``: Hong Kong and China) as the
    territory alone: the place of its police, protesters and government; other sets as they are."""
    from newsevents.actors import lexicon

    if len(countries) != 2:
        return countries
    rows = lexicon.load().countries
    for country in countries:
        if (rows.get(country) or {}).get("sovereign") in countries:
            return {country}
    return countries
