"""The bot's own texts: Indonesian, escaped, split under Telegram's limit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from bot.overview import Overview
from bot.telegram import texts
from knowledge.models import Article, Fact
from tests.bot.telegram.telegram_html import telegram_html_text


@dataclass
class FakeKB:
    """Just what the texts use of a knowledge base: `articles` and `facts_of_article`."""

    articles: dict[str, Article] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def facts_of_article(self, article_id: str) -> list[Fact]:
        """The article's facts, in order."""
        return [fact for fact in self.facts if fact.article_id == article_id]


def article(article_id: str, title: str, published: dt.date | None, **extra: str) -> Article:
    """An article with only what the texts show."""
    return Article(id=article_id, title=title, published=published, sha256="0", raw="", **extra)


def fact(article_id: str, kind: str, quote: str) -> Fact:
    """A fact with its quote."""
    return Fact(kind=kind, article_id=article_id, sentence_id=0, quote=quote)  # type: ignore[arg-type]


HOSTILE = FakeKB(
    articles={
        "a1": article("a1", "Lama <b>&</b>", dt.date(2016, 2, 22), publisher="Media <i>"),
        "a2": article(
            "a2", "Baru", dt.date(2018, 5, 18), url='https://x.org/?a=1&b="2"', publisher="M"
        ),
        "a3": article("a3", "Tanpa tanggal", None),
    },
    facts=[
        fact("a2", "closure", "Tiga <lokalisasi> & satu lagi."),
        fact("a2", "count", "Tiga <lokalisasi> & satu lagi."),
        fact("a2", "aid", "Modal Rp5 juta."),
    ],
)


@pytest.mark.parametrize(
    ("years", "expected"),
    [([2016], "2016"), ([2016, 2017, 2018], "2016–2018"), ([2016, 2018], "2016 dan 2018")],
)
def test_years_text(years: list[int], expected: str) -> None:
    assert texts.years_text(years) == expected


def test_sources_are_escaped_newest_first() -> None:
    [message] = texts.sources_html(HOSTILE)  # type: ignore[arg-type]
    text = telegram_html_text(message)
    assert text.index("Baru") < text.index("Lama <b>&</b>") < text.index("Tanpa tanggal")
    assert "Media <i>, 22 Februari 2016" in text
    assert "/sumber a1" in text


def test_many_sources_are_split_under_the_limit() -> None:
    kb = FakeKB(
        articles={
            f"id{n:04d}": article(
                f"id{n:04d}", f"Judul panjang nomor {n} " * 5, dt.date(2017, 1, 1)
            )
            for n in range(300)
        }
    )
    messages = texts.sources_html(kb)  # type: ignore[arg-type]
    assert len(messages) > 1
    shown = "".join(telegram_html_text(m) for m in messages)
    assert shown.count("/sumber id") == 300


def test_article_shows_each_quoted_sentence_once_with_its_kinds() -> None:
    [message] = texts.article_html(HOSTILE, "a2")  # type: ignore[arg-type]
    text = telegram_html_text(message)
    assert "penutupan, jumlah: “Tiga <lokalisasi> & satu lagi.”" in text
    assert "bantuan: “Modal Rp5 juta.”" in text
    assert "Fakta dari artikel ini (2):" in text
    assert 'href="https://x.org/?a=1&amp;b=&quot;2&quot;"' in message


def test_article_by_unique_prefix_or_not_found() -> None:
    kb = FakeKB(
        articles={
            "000_abc": article("000_abc", "Satu", None),
            "001_def": article("001_def", "Dua", None),
        }
    )
    assert "Satu" in texts.article_html(kb, "000")[0]  # type: ignore[arg-type]
    assert "tidak ditemukan" in texts.article_html(kb, "00")[0]  # type: ignore[arg-type]
    assert "Belum ada fakta" in texts.article_html(kb, "001_def")[0]  # type: ignore[arg-type]


def test_empty_knowledge_base() -> None:
    assert texts.sources_html(FakeKB()) == ["Belum ada artikel di basis pengetahuan."]  # type: ignore[arg-type]
    overview = Overview(articles=0, places=[], years=[], examples=[])
    [message] = texts.help_html(overview, "Bot")
    text = telegram_html_text(message)
    assert "masih kosong" in text
    assert texts.FALLBACK_EXAMPLE in text


def test_help_names_places_years_and_at_most_six_examples() -> None:
    overview = Overview(
        articles=5,
        places=["Kalimantan Timur", "Kalimantan Utara <x>"],
        years=[2016, 2017, 2018],
        examples=[f"Pertanyaan {n}?" for n in range(9)],
    )
    text = telegram_html_text(texts.help_html(overview, "Tanya_Bot")[0])
    assert "5 artikel berita tentang Kalimantan Timur dan Kalimantan Utara <x>" in text
    assert "2016–2018" in text
    assert text.count("• Pertanyaan") == texts.MAX_EXAMPLES
    assert "@Tanya_Bot kata kunci" in text


def test_commands_have_indonesian_descriptions() -> None:
    assert [command for command, _ in texts.COMMANDS] == ["tanya", "sumber", "help", "start"]
    assert all(3 <= len(description) <= 256 for _, description in texts.COMMANDS)
