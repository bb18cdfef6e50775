"""`sayso serve`: one FastAPI app with the JSON API (OpenAPI at /docs) and server-rendered pages.

Article text is untrusted: templates autoescape everything, links are only
ever http(s), a Content-Security-Policy forbids inline script, request bodies
over a limit get 413, and write endpoints need the operator's bearer token.
"""

from __future__ import annotations

import hmac
import os
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline

from .. import pipeline
from ..ingest.html import article_from_html, looks_like_html
from ..ingest.text import InputError
from ..ingest.url import FetchError, Fetcher
from ..ledger import jobs, queries
from ..ledger.store import Store
from ..model import STANCES, Article, content_text
from . import api_models as m
from .render import citation_graph, safe_link, segments

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DEFAULT_MAX_BODY = 2 * 1024 * 1024


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, by header or by counting what arrives."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except _TooLarge:
            await self._refuse(send)

    async def _refuse(self, send):
        body = b'{"detail":"request body too large"}'
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


def create_app(db: str | None = None, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               allow_private: bool = False) -> FastAPI:
    """The app on one ledger. `token` (default $SAYSO_TOKEN) switches the write endpoints on."""
    store = Store(db)
    token = token if token is not None else os.environ.get("SAYSO_TOKEN") or None
    # FastAPIOffline serves the Swagger UI assets itself: /docs works on a machine with no internet.
    app = FastAPIOffline(title="sayso", version="0.1.0",
                  description="Who said what, citing whom, and how each claim fared: the ledger of attributed claims.")
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    templates.env.globals.update(safe_link=safe_link, stances=STANCES)
    templates.env.filters["content_text"] = content_text
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        # The API docs page (no article text on it) needs Swagger UI's inline start-up script.
        docs = request.url.path in ("/docs", "/redoc")
        response.headers["Content-Security-Policy"] = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") \
            if docs else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def page(request: Request, template: str, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context)

    def analyse(req: m.AnalyseRequest) -> dict:
        if req.url:
            fetcher = Fetcher(allow_private=allow_private)
            try:
                got = fetcher.get(req.url)
                if got.status >= 400:
                    raise HTTPException(422, f"{req.url}: HTTP {got.status}")
                article = article_from_html(got.body, req.url, url=got.url)
            except (FetchError, InputError) as e:
                raise HTTPException(422, f"{req.url}: {e}") from None
            finally:
                fetcher.close()
        elif req.text and req.text.strip():
            try:
                article = (article_from_html(req.text, "the posted page") if looks_like_html(req.text)
                           else Article(text=req.text, title=req.title))
            except InputError as e:
                raise HTTPException(422, str(e)) from None
        else:
            raise HTTPException(422, "give the article text (or a URL)")
        article.published = req.published or article.published
        article.outlet = req.outlet or article.outlet
        doc = pipeline()(article).to_dict()
        doc["text"] = article.text
        return doc

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise HTTPException(403, "write endpoints are off: the operator has not set SAYSO_TOKEN")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    def paged(items: list, limit: int, offset: int) -> dict:
        return {"items": items, "limit": limit, "offset": offset,
                "next_offset": offset + limit if len(items) == limit else None}

    # -- API -------------------------------------------------------------------
    @app.get("/api/articles", response_model=m.Page[m.ArticleSummary], tags=["ledger"])
    def api_articles(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0), outlet: str | None = None):
        return paged(queries.articles(store, limit=limit, offset=offset, outlet=outlet), limit, offset)

    @app.get("/api/articles/{article_id}", response_model=m.ArticleDetail, tags=["ledger"])
    def api_article(article_id: int):
        doc = queries.article(store, article_id)
        if doc is None:
            raise HTTPException(404, f"no article {article_id}")
        return doc

    @app.get("/api/speakers", response_model=m.Page[m.SpeakerSummary], tags=["ledger"])
    def api_speakers(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0), name: str | None = None):
        return paged(queries.speakers(store, name=name, limit=limit, offset=offset), limit, offset)

    @app.get("/api/speakers/{speaker_id}", response_model=m.SpeakerDetail, tags=["ledger"])
    def api_speaker(speaker_id: int, stance: str | None = None, limit: int = Query(100, ge=1, le=1000),
                    offset: int = Query(0, ge=0)):
        doc = queries.speaker(store, speaker_id)
        if doc is None:
            raise HTTPException(404, f"no speaker {speaker_id}")
        doc["quotes"] = list(queries.quotes(store, queries.QuoteFilter(speaker_id=speaker_id, stance=stance,
                                                                        limit=limit, offset=offset)))
        return doc

    def search_filter(q, speaker, outlet, stance, since, until, limit, offset) -> queries.QuoteFilter:
        return queries.QuoteFilter(query=q or None, speaker=speaker or None, outlet=outlet or None,
                                   stance=stance or None, since=since or None, until=until or None,
                                   limit=limit, offset=offset)

    @app.get("/api/search", response_model=m.SearchPage, tags=["ledger"])
    def api_search(q: str | None = None, speaker: str | None = None, outlet: str | None = None,
                   stance: str | None = None, since: str | None = None, until: str | None = None,
                   limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)):
        f = search_filter(q, speaker, outlet, stance, since, until, limit, offset)
        return {**paged(list(queries.quotes(store, f)), limit, offset), "facets": queries.facets(store, f)}

    @app.post("/api/analyse", response_model=m.ExtractionModel, tags=["extraction"])
    def api_analyse(req: m.AnalyseRequest):
        return analyse(req)

    @app.post("/api/ingest", response_model=m.IngestResult, tags=["ledger"], dependencies=[Depends(require_token)])
    def api_ingest(req: m.IngestRequest):
        from ..ingest.sources import read_url

        items: list = [Article(text=a.text, title=a.title, url=a.url, outlet=a.outlet, published=a.published)
                       for a in req.articles]
        fetcher = Fetcher(allow_private=allow_private)
        try:
            for url in req.urls:
                items.extend(read_url(url, fetcher))
            counts: dict[str, int] = {}
            failures = []
            for ev in jobs.ingest(store, pipeline(), items):
                counts[ev.status] = counts.get(ev.status, 0) + 1
                if ev.status == "failed":
                    failures.append(f"{ev.source}: {ev.detail}")
        finally:
            fetcher.close()
        return {"counts": counts, "failures": failures}

    # -- pages -----------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/articles")

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request):
        return page(request, "analyse.html", doc=None, error=None, text="", url="")

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_page(request: Request, text: Annotated[str, Form()] = "", url: Annotated[str, Form()] = "",
                     published: Annotated[str, Form()] = ""):
        # Browsers submit textarea line breaks as CRLF; the user pasted LF.
        text = text.replace("\r\n", "\n")
        try:
            doc = analyse(m.AnalyseRequest(text=text or None, url=url or None, published=published or None))
        except HTTPException as e:
            return templates.TemplateResponse(request, "analyse.html", {"doc": None, "error": e.detail,
                                                                        "text": text, "url": url}, status_code=e.status_code)
        return page(request, "analyse.html", doc=doc, error=None, text=text, url=url,
                    segments=segments(doc["text"], doc["attributions"]))

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, offset: int = Query(0, ge=0), outlet: str | None = None):
        rows = queries.articles(store, limit=50, offset=offset, outlet=outlet)
        return page(request, "articles.html", rows=rows, offset=offset, outlet=outlet or "")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: int):
        doc = queries.article(store, article_id)
        if doc is None:
            raise HTTPException(404, f"no article {article_id}")
        latest = doc["versions"][-1] if doc["versions"] else None
        gone = [a for v in doc["versions"][:-1] for a in v["attributions"] if a["gone_in_version"] and a["type"] != "story"]
        return page(request, "article.html", doc=doc, latest=latest, gone=gone,
                    segments=segments(latest["text"], latest["attributions"]) if latest else [])

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(request: Request, name: str | None = None, offset: int = Query(0, ge=0)):
        return page(request, "speakers.html", rows=queries.speakers(store, name=name, limit=100, offset=offset),
                    name=name or "", offset=offset)

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: int, stance: str | None = None):
        doc = queries.speaker(store, speaker_id)
        if doc is None:
            raise HTTPException(404, f"no speaker {speaker_id}")
        rows = list(queries.quotes(store, queries.QuoteFilter(speaker_id=speaker_id, stance=stance or None, limit=500)))
        return page(request, "speaker.html", sp=doc, rows=rows, stance=stance or "")

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request):
        return page(request, "outlets.html", graph=citation_graph(queries.citations(store)))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", speaker: str = "", outlet: str = "", stance: str = "",
                    since: str = "", until: str = "", offset: int = Query(0, ge=0)):
        f = search_filter(q, speaker, outlet, stance, since, until, 50, offset)
        searched = any((q, speaker, outlet, stance, since, until))
        rows = list(queries.quotes(store, f)) if searched else []
        return page(request, "search.html", rows=rows, facets=queries.facets(store, f) if searched else {},
                    params={"q": q, "speaker": speaker, "outlet": outlet, "stance": stance, "since": since,
                            "until": until}, searched=searched, offset=offset)

    @app.exception_handler(HTTPException)
    async def errors(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail},
                                          status_code=exc.status_code)

    app.add_middleware(BodyLimit, limit=max_body)
    return app
