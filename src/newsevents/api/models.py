"""The shapes of the HTTP API: query filters, request bodies and response rows (for the OpenAPI spec).

Row models name the columns the store returns today and let new ones through (``extra="allow"``).
Cluster ids are 64-bit integers, beyond what JavaScript numbers hold exactly, so they travel as strings.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

Modality = Literal["asserted", "negated", "hypothetical", "future", "speculative"]
Name = Annotated[str, Field(min_length=1, max_length=100, pattern=r"^[^\x00]*$")]
CountryCode = Annotated[str, Field(min_length=2, max_length=3, pattern=r"^[A-Za-z]{2,3}$")]
Row = TypeVar("Row")
# The store keeps UTC as naive timestamps; JSON (RFC 3339) wants the offset.
Utc = Annotated[dt.datetime, AfterValidator(lambda v: v if v.tzinfo else v.replace(tzinfo=dt.UTC))]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    """A day is written YYYY-MM-DD: pydantic alone would also read a number as a Unix timestamp."""
    if isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("a day is written YYYY-MM-DD")


Day = Annotated[dt.date, BeforeValidator(_iso_day)]


class Period(BaseModel):
    """A range of days; both ends optional and inclusive."""

    since: Day | None = Field(None, description="First day (inclusive), YYYY-MM-DD.")
    until: Day | None = Field(None, description="Last day (inclusive), YYYY-MM-DD.")


class QuoteFilters(Period):
    """Filters of ``/api/quotes``; the days are publication days."""

    speaker: Name | None = Field(None, description="Part of the speaker's name, or a code prefix.")


class Filters(Period):
    """Filters shared by events, real-world events, timelines and the network; combined with AND."""

    actor: Name | None = Field(
        None, description="A CAMEO code prefix (RUS matches RUSGOV), a country code or part of a name."
    )
    root: int | None = Field(None, ge=1, le=20, description="CAMEO root code, 1-20.")


class EventFilters(Filters):
    """Filters of ``/api/events``."""

    cameo: str | None = Field(
        None, pattern=r"^\d{2,4}$", description="CAMEO code or prefix: 04 matches 04, 042, 0421."
    )
    quad_class: int | None = Field(
        None,
        ge=1,
        le=4,
        description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
    )
    modality: Modality | None = None
    q: Name | None = Field(None, description="Text in the sentence, trigger, actor names or title.")


class Page(BaseModel, Generic[Row]):
    """One page of rows and the number of rows matching in all."""

    total: int
    page: int
    per_page: int
    items: list[Row]


class _Row(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)


class ArticleRow(_Row):
    id: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    duplicate_of: str | None = None
    ingested_at: Utc | None = None
    events: int = 0
    quotes: int = 0


class EventRow(_Row):
    id: str
    article_id: str
    date: dt.date | None = None
    source_code: str | None = None
    source_name: str | None = None
    cameo: str
    target_code: str | None = None
    target_name: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    plover_type: str | None = None
    modality: str | None = None
    location: str | None = None
    confidence: float | None = None
    trigger: str | None = None
    sentence: str | None = None
    cluster_id: str | None = None
    url: str | None = None
    title: str | None = None


class ClusterRow(_Row):
    id: str
    date: dt.date | None = None
    source_code: str | None = None
    target_code: str | None = None
    cameo: str
    quad_class: int | None = None
    goldstein: float | None = None
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0


class ActorRow(_Row):
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    articles: int = 0
    mentions: int = 0


class DyadRow(_Row):
    period: dt.date | None = None
    source_country: str
    target_country: str
    events: int
    reports: int | None = None
    mean_goldstein: float | None = None


class QuoteRow(_Row):
    published: str | None = None
    speaker: str | None = None
    speaker_code: str | None = None
    kind: str | None = None
    text: str
    cue: str | None = None
    article_id: str
    title: str | None = None
    url: str | None = None


class TimelineRow(_Row):
    date: dt.date
    quad_class: int
    events: int
    mean_goldstein: float | None = None


class PlaceRow(_Row):
    name: str
    country: str | None = None
    lat: float
    lon: float
    events: int
    mean_goldstein: float | None = None


class Node(BaseModel):
    id: str
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    mean_goldstein: float | None = None


class Network(BaseModel):
    """Countries as nodes and directed country pairs (dyads) as edges, over real-world events."""

    nodes: list[Node]
    edges: list[Edge]


class CameoCode(BaseModel):
    code: str
    name: str
    goldstein: float
    quad_class: int


class CodeRequest(BaseModel):
    """A pasted article: plain text or HTML."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, description="The article, plain text or HTML.")
    published: Day | None = Field(None, description="Publication day; dates in the text resolve to it.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)


class About(BaseModel):
    """What this server serves."""

    version: str
    db: str
    allow_writes: bool
    max_body_bytes: int
    counts: dict[str, int]
    undated_events: int = Field(
        0, description="Event reports with no date (no publication day, none in the text): in no timeline."
    )
