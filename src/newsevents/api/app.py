"""The FastAPI application: the JSON API under ``/api``, the dashboard at ``/``, the OpenAPI spec at
``/openapi.json`` and ``/docs``.

Read-only by default: the store is opened with ``Corpus(path, read_only=True)``, which opens the DuckDB
file for each read and closes it again, so a concurrent ``newsevents ingest`` and this server take turns on
the file (docs/store.md). Request bodies are size-limited, CORS is off unless origins are given, and the
one write endpoint (``POST /api/articles``) exists only with ``allow_writes``.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, nullcontext
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents.api.coder import Busy, Coder, Gone, OverLimit
from newsevents.errors import InputError, NewsEventsError, StoreError
from newsevents.store.writer import Originals

WEB = Path(__file__).resolve().parents[1] / "web"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


@dataclass
class Options:
    """How the server runs. ``allowed_hosts`` None accepts any Host header; ``serve`` on a loopback
    address passes ``LOOPBACK_HOSTS``, which stops DNS-rebinding pages from reading the API."""

    db: str | Path = "newsevents.duckdb"
    allow_writes: bool = False
    cors_origins: list[str] = field(default_factory=list)
    max_body_bytes: int = 1_000_000
    allowed_hosts: list[str] | None = None


def create_app(options: Options | None = None) -> FastAPI:
    """The app serving the store at ``options.db``; raises StoreError when it cannot be opened."""
    from newsevents.api.routes import router, writes
    from newsevents.store import Corpus

    options = options or Options()
    coder = Coder()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        coder.close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsevents",
        version=version("newsevents"),
        description="Political event data coded from news: articles, events, actors, dyads, quotes.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.options = options
    app.state.corpus = Corpus(options.db, read_only=not options.allow_writes)
    # DuckDB refuses a read-only and a writable connection to one file in one process: serialize access
    # when writes are on; read-only connections share the file freely.
    app.state.store_lock = threading.Lock() if options.allow_writes else nullcontext()
    app.state.coder = coder
    app.state.originals = Originals()  # the store's originals, for the dedup of POST /api/articles
    app.include_router(router)
    if options.allow_writes:
        app.include_router(writes)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    _pages(app)
    _errors(app)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=options.max_body_bytes)
    if options.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=options.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["content-type"],
        )
    if options.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=options.allowed_hosts)
    return app


def store(request: Request) -> Iterator[Any]:
    """Dependency: the Corpus, held under the store lock for the request."""
    with request.app.state.store_lock:
        yield request.app.state.corpus


def _pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newsevents API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )


def _errors(app: FastAPI) -> None:
    db = Path(app.state.options.db)

    @app.exception_handler(StoreError)
    def store_error(request: Request, exc: StoreError) -> JSONResponse:
        detail = str(exc).replace(str(db.resolve()), db.name).replace(str(db), db.name)
        return JSONResponse({"detail": detail}, status_code=503)

    @app.exception_handler(Busy)
    def busy(request: Request, exc: Busy) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)}
        return JSONResponse({"detail": str(exc)}, status_code=503, headers=headers)

    @app.exception_handler(OverLimit)
    def over_limit(request: Request, exc: OverLimit) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "code": "over_limit"}, status_code=422)

    @app.exception_handler(Gone)
    def gone(request: Request, exc: Gone) -> Response:
        return Response(status_code=499)  # nobody reads it: the client closed the connection

    @app.exception_handler(InputError)
    def input_error(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": exc.reason, "code": exc.code}, status_code=422)

    @app.exception_handler(NewsEventsError)
    def other_error(request: Request, exc: NewsEventsError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated spec plus the output contract (schema/document.json) as ``Document``."""
    if app.openapi_schema is None:
        spec = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        spec.setdefault("components", {}).setdefault("schemas", {}).update(contract_schemas())
        app.openapi_schema = spec
    return app.openapi_schema


def contract_schemas() -> dict[str, Any]:
    """The contract's JSON Schema as OpenAPI components: ``Document`` and its ``Contract_*`` parts."""
    from newsevents.schema import schema

    doc = copy.deepcopy(schema())
    parts = doc.pop("$defs", {})
    for key in ("$schema", "$id"):
        doc.pop(key, None)

    def relink(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (v.replace("#/$defs/", "#/components/schemas/Contract_") if k == "$ref" else relink(v))
                for k, v in node.items()
            }
        return [relink(v) for v in node] if isinstance(node, list) else node

    return {"Document": relink(doc)} | {f"Contract_{k}": relink(v) for k, v in parts.items()}


class BodyLimit:
    """Answers 413 to a request whose body is larger than ``max_bytes``, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.max_bytes:
            return await _too_large(scope, receive, send, self.max_bytes)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return await _too_large(scope, receive, send, self.max_bytes)
            more = message.get("more_body", False)
        body, done = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal done
            if done:
                return await receive()
            done = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = JSONResponse({"detail": f"request body larger than {limit} bytes"}, status_code=413)
    await response(scope, receive, send)


class SecurityHeaders:
    """No sniffing, no framing, no referrer; a strict Content-Security-Policy outside ``/docs``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
        ]
        if scope["path"] != "/docs":
            extra.append((b"content-security-policy", CSP.encode()))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)
