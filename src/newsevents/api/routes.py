"""The ``/api`` routes. Each handler parses its parameters and calls one library function: ``Corpus``
reads, ``api.queries`` (reads the store does not have yet) or ``newsevents.code``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from newsevents.api import queries
from newsevents.api.app import store
from newsevents.api.models import (
    About,
    ActorRow,
    ArticleRow,
    CameoCode,
    ClusterRow,
    CodeRequest,
    CountryCode,
    DyadRow,
    EventFilters,
    EventRow,
    Filters,
    Network,
    Page,
    Period,
    PlaceRow,
    QuoteFilters,
    QuoteRow,
    TimelineRow,
)
from newsevents.store import Corpus
from newsevents.store import queries as store_queries

router = APIRouter(prefix="/api")
writes = APIRouter(prefix="/api")
Store = Annotated[Corpus, Depends(store)]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
_DOCUMENT = {"$ref": "#/components/schemas/Document"}
_NOT_FOUND = {404: {"description": "No such article."}}
_CODED = {
    "description": "The coded article: the output contract (schema/document.json).",
    "content": {"application/json": {"schema": _DOCUMENT}},
}
_BODY_ERRORS = {
    400: {"description": "The body is not JSON."},
    413: {"description": "The body is larger than the server's limit (`serve --max-body`)."},
    422: {
        "description": "Invalid request, or a text that cannot be coded (empty, binary, not English, past "
        "the deadline or memory ceiling of one input)."
    },
}
_BUSY = {503: {"description": "Every coding worker is busy and the queue is full: retry after Retry-After."}}


@router.get("/about", response_model=About)
def about(request: Request, corpus: Store) -> dict[str, Any]:
    """The version, the store, whether writes are on, and the rows in each table."""
    options = request.app.state.options
    return {
        "version": request.app.version,
        "db": str(options.db),
        "allow_writes": options.allow_writes,
        "max_body_bytes": options.max_body_bytes,
        "counts": corpus.counts(),
        "undated_events": queries.undated(corpus),
    }


@router.get("/articles", response_model=Page[ArticleRow])
def articles(corpus: Store, page: PageNumber = 1, per_page: PerPage = 50) -> dict[str, Any]:
    """Articles in the order they were stored (without their text), with their event and quote counts."""
    rows = corpus.articles(page, per_page).to_pylist()
    return {"total": corpus.counts()["articles"], "page": page, "per_page": per_page, "items": rows}


@router.get("/articles/{article_id:path}", responses={200: _CODED, **_NOT_FOUND})
def article(corpus: Store, article_id: Annotated[str, Path(min_length=1, max_length=200)]) -> Any:
    """One article as ``newsevents.code`` returned it: text, actors, events, quotes, times, places."""
    found = corpus.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/events", response_model=Page[EventRow])
def events(
    corpus: Store, filters: Annotated[EventFilters, Query()], page: PageNumber = 1, per_page: PerPage = 50
) -> dict[str, Any]:
    """Event reports (one per event in an article), oldest first, with the sentence they were read from."""
    return queries.page(corpus, queries.events, page, per_page, f=filters)


@router.get(
    "/events.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}},
)
def events_csv(corpus: Store, filters: Annotated[EventFilters, Query()]) -> Response:
    """Every event report matching the filters, as CSV with a header."""
    return Response(
        queries.events_csv(corpus, filters),
        media_type="text/csv",
        headers={"content-disposition": 'attachment; filename="events.csv"'},
    )


@router.get("/clusters", response_model=Page[ClusterRow])
def clusters(
    corpus: Store, filters: Annotated[Filters, Query()], page: PageNumber = 1, per_page: PerPage = 50
) -> dict[str, Any]:
    """Real-world events: the asserted reports of one (day, source, target, CAMEO code, place), with
    how many reports, articles and sources tell of each; newest first."""
    return queries.page(corpus, queries.clusters, page, per_page, f=filters)


@router.get("/actors", response_model=Page[ActorRow])
def actors(corpus: Store, page: PageNumber = 1, per_page: PerPage = 50) -> dict[str, Any]:
    """Actors with the number of articles and mentions naming them, most named first."""
    return queries.page(corpus, store_queries.actors, page, per_page)


@router.get("/dyads", response_model=Page[DyadRow])
def dyads(
    corpus: Store,
    filters: Annotated[Period, Query()],
    by: Literal["day", "week", "month", "year"] = "day",
    page: PageNumber = 1,
    per_page: PerPage = 500,
) -> dict[str, Any]:
    """Country pairs per period: real-world events, reports and mean Goldstein score."""
    return queries.page(corpus, queries.dyads, page, per_page, by=by, f=filters)


@router.get("/quotes", response_model=Page[QuoteRow])
def quotes(
    corpus: Store,
    filters: Annotated[QuoteFilters, Query()],
    page: PageNumber = 1,
    per_page: PerPage = 50,
) -> dict[str, Any]:
    """Quotes with their speaker and article, in the order they were stored."""
    return queries.page(corpus, queries.quotes, page, per_page, f=filters)


@router.get("/timeline", response_model=list[TimelineRow])
def timeline(
    corpus: Store,
    filters: Annotated[Filters, Query()],
    source: Annotated[CountryCode | None, Query(description="Source country of one pair.")] = None,
    target: Annotated[CountryCode | None, Query(description="Target country of one pair.")] = None,
) -> list[dict[str, Any]]:
    """Real-world events per day and QuadClass, with their mean Goldstein score."""
    return queries.timeline(corpus, filters, source, target)


@router.get("/places", response_model=list[PlaceRow])
def places(corpus: Store, filters: Annotated[Filters, Query()]) -> list[dict[str, Any]]:
    """The places of real-world events with coordinates: name, country, lat, lon, events, mean Goldstein."""
    return queries.places(corpus, filters)


@router.get("/network", response_model=Network)
def network(
    corpus: Store, filters: Annotated[Filters, Query()], limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> dict[str, Any]:
    """Countries as nodes and directed country pairs as edges, the ``limit`` busiest pairs."""
    return queries.network(corpus, filters, limit)


@router.get("/cameo", response_model=list[CameoCode])
def cameo() -> list[Any]:
    """The CAMEO codebook: code, name, Goldstein weight, QuadClass."""
    from newsevents.events.codes import codebook

    return list(codebook().values())


@router.post("/code", responses={200: _CODED, **_BODY_ERRORS, **_BUSY})
async def code(request: Request, body: CodeRequest) -> Any:
    """Code a pasted article (plain text or HTML) and return the contract; nothing is stored."""
    return await _code(request, body)


@writes.post("/articles", status_code=201, responses={201: _CODED, **_BODY_ERRORS, **_BUSY})
async def add_article(request: Request, body: CodeRequest) -> Any:
    """Code a pasted article and store it (only with ``serve --allow-writes``); an article whose text is
    stored already is not stored again."""
    coded = await _code(request, body)
    await run_in_threadpool(_save, request, coded)
    return coded


def _save(request: Request, coded: dict[str, Any]) -> None:
    with request.app.state.store_lock:
        queries.save(request.app.state.corpus, coded, request.app.state.originals)


async def _code(request: Request, body: CodeRequest) -> dict[str, Any]:
    """Coded in a worker process (``api.coder``), never in the server's own threads."""
    published = body.published.isoformat() if body.published else None
    job = {"text": body.text, "published": published, "url": body.url, "title": body.title}
    return await request.app.state.coder.code(job, request.is_disconnected)
