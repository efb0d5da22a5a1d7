"""From raw article text to an article with sentences, places and cited facts."""

from __future__ import annotations

import hashlib

from knowledge.clean import clean_article
from knowledge.errors import NoFacts
from knowledge.extract import extract_facts
from knowledge.models import Article, ArticleMeta, ParsedArticle, Sentence
from knowledge.places import Gazetteer
from knowledge.topic import is_about_topic


def parse_article(
    raw: str, article_id: str, gazetteer: Gazetteer, meta: ArticleMeta | None = None
) -> ParsedArticle:
    """Clean `raw`, detect title/outlet/date, and extract facts; raise NoFacts when there are none
    and the story is not plainly about the subject.

    The gazetteer learns the villages, lokalisasi and short names the article introduces, so a
    later article in the same batch can use them. `meta` is what the web page the text came
    from says about itself: its title and outlet are used where the text has none, its date
    wins over dates found in the body (a page's text starts after its date line, so a date the
    body gives is an event's, not the publication's), and its URL is the article's.
    """
    clean = clean_article(raw, gazetteer)
    meta = meta or ArticleMeta()
    article = Article(
        id=article_id,
        title=meta.title or clean.title or article_id,
        publisher=clean.publisher or meta.publisher,
        published=meta.published or clean.published,
        dateline=clean.dateline,
        url=meta.url,
        author=clean.author or meta.author,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        raw=raw,
    )
    sentences = [
        Sentence(article_id=article_id, id=index, paragraph=paragraph, text=text)
        for index, (paragraph, text) in enumerate(clean.sentences)
    ]
    extraction = extract_facts(
        gazetteer,
        article_id,
        article.title,
        article.published,
        ((s.id, s.paragraph, s.text) for s in sentences),
        dateline=clean.dateline,
    )
    unread = extraction.unread_sentences
    # A story with no fact of a kind the extraction types (a raid on a café the police say was
    # used for prostitution) is still kept when it is plainly about the subject: questions about
    # its place are answered from its sentences (bot/answer/stories.py).
    if not extraction.facts and not is_about_topic([article.title, *(s.text for s in sentences)]):
        raise NoFacts(
            f"Artikel “{article.title}” tidak memuat fakta tentang lokalisasi yang bisa dikenali "
            "(penutupan, jumlah pekerja, target, atau bantuan)"
            + (f"; {len(unread)} kalimat tidak terbaca" if unread else "")
            + ". Tidak ada yang disimpan."
        )
    return ParsedArticle(
        article=article,
        sentences=sentences,
        facts=extraction.facts,
        places=extraction.places,
        aliases=extraction.aliases,
        unread_sentences=unread,
    )
