"""From a news page's HTML to article text and what the page says about itself.

trafilatura finds the story among the navigation, teasers, comments and footers, and reads the
page's metadata (JSON-LD, OpenGraph, <title>, canonical link): title, date, site name, author.
The text it gives then goes through the same cleaning and extraction as any text article
(knowledge.pipeline); the page's title is put on its first line, where cleaning looks for one.

A page is refused here, with nothing stored, when it has no story to speak of or the story is
not about lokalisasi: the knowledge base is for one subject.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin, urlsplit

from pydantic import BaseModel, ConfigDict

from knowledge.errors import InvalidInput
from knowledge.intake import ARTICLE_ID_MAX, ArticleInput, check_article_id, check_text
from knowledge.models import ArticleMeta
from knowledge.text import fold, tidy
from knowledge.topic import mentions_topic

MIN_TEXT_CHARS = 300
"""A news story is at least a few sentences; a page whose main text is shorter (a gallery, an
index, a 'page not found' in a 200 reply) is not an article."""
MAX_PAGES = 5
"""Pages of one paginated article read (regional networks split stories into 2–4 pages)."""

OFF_TOPIC = "Halaman ini tidak tampak seperti berita tentang lokalisasi; tidak ada yang disimpan."
# Only <link rel="next"> in the head: an <a rel="next"> on a blog is the next *post*.
_NEXT_LINK = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?next[\"']?[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"\bhref\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")
_PAGE_ID_WORDS = 8
"""Words of a link's last path segment kept in an article id made from it."""


class PageText(BaseModel):
    """The main text of one page and its metadata."""

    model_config = ConfigDict(frozen=True)

    text: str
    meta: ArticleMeta


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _http_url(value: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL, or None (a canonical link may be relative, or junk)."""
    if not value:
        return None
    absolute = urljoin(base, value.strip()) if base else value.strip()
    parts = urlsplit(absolute)
    return absolute if parts.scheme in ("http", "https") and parts.hostname else None


def read_page(html: str, url: str | None = None) -> PageText:
    """The main text and metadata of a page; InvalidInput when it holds no article."""
    # Imported here: trafilatura (lxml, htmldate, justext) takes about a second to import, and
    # only ingesting a page needs it, never answering a question.
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        # Not True: its cache is process-wide, so a page read twice would come back empty.
        deduplicate=False,
    )
    text = tidy(getattr(document, "text", None) or "").strip() if document else ""
    if len(text) < MIN_TEXT_CHARS:
        raise InvalidInput(
            "Halaman ini tidak memuat teks artikel yang bisa dibaca (mungkin halaman indeks, "
            "galeri, video, atau perlu JavaScript). Salin teks artikelnya dan kirim dengan "
            "/artikel; tidak ada yang disimpan."
        )
    assert document is not None
    title = tidy(document.title or "").strip() or None
    sitename = tidy(document.sitename or "").strip() or None
    # WordPress themes put "oleh Redaksi" in the byline trafilatura reads the author from.
    author = re.sub(r"^(?:oleh|by)\s+", "", tidy(document.author or "").strip(), flags=re.I)
    meta = ArticleMeta(
        title=title,
        publisher=sitename,
        published=_date(document.date),
        url=_http_url(document.url, url) or url,
        author=author or None,
    )
    return PageText(text=text, meta=meta)


def next_page_url(html: str, url: str) -> str | None:
    """The next page of a paginated article (`<link rel="next">`), or None.

    Only a page of the same story counts: the same address with another query (`?page=2`) or
    a path under it (`…/judul/2`); a "next" pointing elsewhere is the site's next story.
    """
    here = urlsplit(url)
    for tag in _NEXT_LINK.findall(html):
        href = _HREF.search(tag)
        target = _http_url(href.group(1), url) if href else None
        if target is None or target == url:
            continue
        there = urlsplit(target)
        base = here.path.rstrip("/")
        same_story = there.path.rstrip("/") == base or there.path.startswith(base + "/")
        if there.hostname == here.hostname and base and same_story:
            return target
    return None


def check_topic(text: str) -> None:
    """Refuse text that never names the subject (lokalisasi, PSK, prostitusi …)."""
    if not mentions_topic(text):
        raise InvalidInput(OFF_TOPIC)


def compose(pages: list[PageText]) -> PageText:
    """One article from the pages of a paginated one: the first page's metadata, all texts."""
    if len(pages) == 1:
        return pages[0]
    return PageText(text="\n".join(page.text for page in pages), meta=pages[0].meta)


def article_text(page: PageText) -> str:
    """The text stored as the article: the page's title on the first line, then the story."""
    title = page.meta.title
    if title and fold(page.text.split("\n", 1)[0]) != fold(title):
        return f"{title}\n{page.text}"
    return page.text


def article_id_from_url(url: str) -> str:
    """A readable id from a link: its last path segment's first words
    ('…/2019/03/12/pemkot-tegal-tutup-lokalisasi.html' -> 'pemkot-tegal-tutup-lokalisasi'),
    or the site's name and path when the segment is only a number."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(?:html?|php|aspx?|txt)$", "", segments[-1], flags=re.I) if segments else ""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", last) if w][:_PAGE_ID_WORDS]
    candidate = "-".join(words).lower()
    if len(candidate) < 8 or candidate.isdigit():
        host = (parts.hostname or "web").removeprefix("www.")
        candidate = "-".join(filter(None, [host, *segments[-2:]])).lower()
    candidate = _NOT_ID.sub("-", candidate).strip("-._")[:ARTICLE_ID_MAX] or "web"
    return check_article_id(candidate)


def article_from_pages(
    pages: list[PageText], *, source: str, article_id: str | None = None
) -> ArticleInput:
    """The article input for the pages of one story; InvalidInput if it is off the subject."""
    page = compose(pages)
    check_topic(f"{page.meta.title or ''}\n{page.text}")
    text = check_text(article_text(page), source)
    chosen = article_id or (article_id_from_url(page.meta.url) if page.meta.url else None)
    if chosen is None:
        raise InvalidInput(f"{source}: beri ID artikelnya (misalnya --id berita-kaltim-2019).")
    return ArticleInput(
        article_id=check_article_id(chosen), text=text, source=source, meta=page.meta
    )
