"""Articles from links and saved pages: fetch (knowledge.fetch), read (knowledge.webpage), and
hand the store an ArticleInput that carries the page's URL and metadata.

The fetch is async so the bot's event loop keeps answering others meanwhile; reading the HTML
is CPU work and runs in a worker thread. The command line runs the same coroutine.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from pathlib import Path

import httpx
from sqlite_utils import Database

from knowledge import intake
from knowledge.errors import DuplicateArticle, InvalidInput
from knowledge.fetch import (
    AddressCheck,
    FetchError,
    FetchSettings,
    Resolver,
    check_url,
    decode_body,
    fetch_page,
    is_public,
    system_resolve,
)
from knowledge.intake import ArticleInput
from knowledge.models import ArticleMeta
from knowledge.webpage import (
    MAX_PAGES,
    PageText,
    article_from_pages,
    article_id_from_url,
    check_topic,
    next_page_url,
    read_page,
)

logger = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_LINK = re.compile(r"https?://[^\s<>\"'«»“”]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""


def is_link(text: str) -> bool:
    """Whether `text` is one http(s) link and nothing else."""
    return bool(_LINK.fullmatch(text.strip()))


def find_links(text: str) -> list[str]:
    """The http(s) links in a message, in order, without trailing punctuation."""
    return list(dict.fromkeys(m.group(0).rstrip(_TRAILING) for m in _LINK.finditer(text)))


def known_url(db: Database, url: str) -> str | None:
    """The id of the article stored with this URL, if any."""
    rows = list(db.query("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]))
    return rows[0]["id"] if rows else None


def with_free_id(db: Database, item: ArticleInput) -> ArticleInput:
    """`item` under an id no stored article has: two outlets may give a story the same slug,
    so an id made from a link gets the start of the text's hash when it is taken."""
    if not list(db.query("SELECT 1 AS x FROM articles WHERE id = ?", [item.article_id])):
        return item
    suffix = "-" + item.sha256[:8]
    chosen = item.article_id[: intake.ARTICLE_ID_MAX - len(suffix)] + suffix
    return item.model_copy(update={"article_id": chosen})


def refuse_known(db: Database, url: str) -> None:
    """DuplicateArticle when an article from `url` is stored already (checked before fetching)."""
    existing = known_url(db, check_url(url))
    if existing:
        raise DuplicateArticle(f"Artikel dari tautan {url} sudah ada sebagai ID {existing}.")


async def article_from_link(
    url: str,
    settings: FetchSettings,
    *,
    article_id: str | None = None,
    resolve: Resolver = system_resolve,
    allowed: AddressCheck = is_public,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ArticleInput:
    """Fetch the article at `url` (and the further pages of a paginated one) as an input for
    knowledge.store.ingest; FetchError or InvalidInput say why not."""
    options = {"resolve": resolve, "allowed": allowed, "transport": transport}
    page = await fetch_page(url, settings, **options)  # type: ignore[arg-type]
    if not page.is_html:
        check_topic(page.text)
        text = intake.check_text(page.text, url)
        return ArticleInput(
            article_id=intake.check_article_id(article_id or article_id_from_url(page.url)),
            text=text,
            source=url,
            meta=ArticleMeta(url=page.url),
        )
    pages = [await asyncio.to_thread(read_page, page.text, page.url)]
    html, where, seen = page.text, page.url, {page.url, page.requested}
    while len(pages) < MAX_PAGES and (following := next_page_url(html, where)) not in (None, *seen):
        assert following is not None
        seen.add(following)
        try:
            more = await fetch_page(following, settings, **options)  # type: ignore[arg-type]
            pages.append(await asyncio.to_thread(read_page, more.text, more.url))
        except (FetchError, InvalidInput) as error:
            # The story's first page is in hand; a later page that fails ends the story there.
            logger.warning("Page %s of %s not read: %s", len(pages) + 1, url, error)
            break
        html, where = more.text, more.url
    return article_from_pages(pages, source=url, article_id=article_id)


def article_from_html_file(path: Path, article_id: str | None = None) -> ArticleInput:
    """A saved web page (.html): its id is the file's name unless given, its URL the page's
    canonical link."""
    source = str(path)
    if not path.is_file():
        raise InvalidInput(f"{source}: berkas tidak ditemukan.")
    if path.stat().st_size > FetchSettings.max_bytes:
        raise InvalidInput(f"{source}: terlalu besar untuk satu halaman berita.")
    html, _ = decode_body(path.read_bytes(), None)
    page: PageText = read_page(html)
    chosen = article_id or intake.article_id_from_name(path.name)
    return article_from_pages([page], source=source, article_id=chosen)


def read_inputs(
    items: Sequence[str], settings: FetchSettings, article_id: str | None = None
) -> list[ArticleInput]:
    """Inputs for `python -m knowledge ingest`: links, saved pages (.html) and text files."""
    if article_id is not None and len(items) != 1:
        raise InvalidInput("ID artikel hanya bisa diberikan untuk satu berkas atau tautan.")
    inputs = []
    for item in items:
        if _LINK.match(item.strip()):
            inputs.append(asyncio.run(article_from_link(item, settings, article_id=article_id)))
        elif item.lower().endswith(HTML_SUFFIXES):
            inputs.append(article_from_html_file(Path(item), article_id))
        else:
            inputs.append(intake.read_file(Path(item), article_id))
    seen: dict[str, str] = {}
    for done in inputs:
        url = done.meta.url if done.meta else None
        if url and url in seen:
            raise DuplicateArticle(f"{done.source}: artikel yang sama dengan {seen[url]} ({url}).")
        if url:
            seen[url] = done.source
    return inputs
