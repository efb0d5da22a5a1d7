"""What the bot says besides answers: help, source lists, hints. Telegram HTML, already escaped."""

from __future__ import annotations

import html

from bot.overview import Overview
from bot.render import split_messages
from knowledge.dates import format_date
from knowledge.index import KnowledgeBase
from knowledge.kinds import KINDS
from knowledge.models import Article
from knowledge.wording import join_names

COMMANDS: tuple[tuple[str, str], ...] = (
    ("tanya", "Ajukan pertanyaan (di grup: /tanya pertanyaan Anda)"),
    ("sumber", "Daftar artikel sumber, atau /sumber ID untuk isinya"),
    ("help", "Cara bertanya dan contoh pertanyaan"),
    ("start", "Mulai dan kenali bot ini"),
)
"""The command menu registered with set_my_commands: (command, description)."""

MAX_EXAMPLES = 6
MAX_KEY_SHOWN = 64
"""An unknown /sumber ID is shown back up to this length (real ids are about 20 characters)."""
FALLBACK_EXAMPLE = "Berapa lokalisasi yang ditutup di Kaltim?"

CHOICE_PROMPT = "<b>Maksud Anda…?</b>\nPilih salah satu:"
CHOICE_EXPIRED = "Pilihan ini sudah kedaluwarsa. Silakan ajukan pertanyaannya lagi."
"""Shown in a callback answer: plain text, at most 200 characters."""
UNKNOWN_COMMAND = "Perintah itu tidak saya kenal. Ketik /help untuk melihat cara bertanya."
ERROR_APOLOGY = "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi."
INLINE_HELP = "Cara bertanya ke bot ini"
INLINE_NOT_FOUND = "Belum ada jawaban — tanya langsung ke bot"
SLOW_DOWN = "Pelan-pelan ya — saya jawab satu per satu."
"""Said once to whoever asks faster than their allowance (bot/telegram/throttle.py); plain text,
short enough for an inline results button too."""

FACT_KIND_LABELS: dict[str, str] = {name: kind.label for name, kind in KINDS.items()}
"""Admins' word for each kind of fact (declared by the kind, knowledge/kinds/)."""


def years_text(years: list[int]) -> str:
    """'2016', '2016–2018' for a run of years, else '2016, 2017 dan 2019'."""
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return join_names([str(year) for year in years])


def example_question(overview: Overview) -> str:
    """One question worth trying, for hints."""
    return overview.examples[0] if overview.examples else FALLBACK_EXAMPLE


def overview_paragraphs(overview: Overview) -> list[str]:
    """What the bot knows and example questions, as plain-text paragraphs (any shell)."""
    paragraphs = [
        "Saya menjawab pertanyaan seputar penutupan lokalisasi di Indonesia: berapa yang "
        "ditutup dan kapan, target bebas lokalisasi, serta bantuan bagi mantan pekerjanya. "
        "Setiap jawaban menyebutkan sumber beritanya."
    ]
    if overview.articles:
        coverage = f"Pengetahuan saya berasal dari {overview.articles} artikel berita"
        if overview.places:
            coverage += f" tentang {join_names(overview.places)}"
        if overview.years:
            coverage += f", terbitan {years_text(overview.years)}"
        paragraphs.append(coverage + ".")
    else:
        paragraphs.append(
            "Basis pengetahuan saya masih kosong. Admin dapat mengisinya dengan: "
            "python -m knowledge build"
        )
    examples = overview.examples[:MAX_EXAMPLES] or [FALLBACK_EXAMPLE]
    paragraphs.append("Contoh pertanyaan:\n" + "\n".join(f"• {q}" for q in examples))
    return paragraphs


def help_html(overview: Overview, bot_username: str) -> list[str]:
    """/start and /help: what the bot knows, how to ask it anywhere, example questions."""
    mention = html.escape(f"@{bot_username}")
    how_to_ask = (
        "<b>Cara bertanya</b>\n"
        "• Di chat pribadi: ketik saja pertanyaannya.\n"
        f"• Di grup: <code>/tanya pertanyaan</code>, balas pesan saya, atau sebut {mention}.\n"
        f"• Dari chat mana pun: ketik <code>{mention} kata kunci</code>.\n"
        "• /sumber — daftar artikel sumber; <code>/sumber ID</code> — fakta dari satu artikel."
    )
    paragraphs = [html.escape(p) for p in overview_paragraphs(overview)]
    return split_messages(["<b>Tanya Lokalisasi</b>", *paragraphs, how_to_ask])


def ask_usage(overview: Overview) -> str:
    """The hint for a /tanya (or a mention) without a question."""
    example = html.escape(example_question(overview))
    return f"Tulis pertanyaannya setelah /tanya, misalnya:\n<code>/tanya {example}</code>"


def not_text_hint(overview: Overview) -> str:
    """The one-line hint for stickers, photos and the like in a private chat."""
    example = html.escape(example_question(overview))
    return f"Saya hanya bisa membaca pertanyaan berupa teks, misalnya: <i>{example}</i>"


def _outlet_and_date(article: Article) -> str:
    parts = [article.publisher] if article.publisher else []
    if article.published:
        parts.append(format_date(article.published))
    return ", ".join(parts)


def _newest_first(kb: KnowledgeBase) -> list[Article]:
    return sorted(
        kb.articles.values(),
        key=lambda a: (-(a.published.toordinal() if a.published else 0), a.id),
    )


def sources_html(kb: KnowledgeBase) -> list[str]:
    """/sumber: every article (title, outlet, date), newest first, with the command to open it."""
    if not kb.articles:
        return ["Belum ada artikel di basis pengetahuan."]
    blocks = [f"<b>Sumber pengetahuan: {len(kb.articles)} artikel</b>"]
    for number, article in enumerate(_newest_first(kb), start=1):
        lines = [f"{number}. <b>{html.escape(article.title)}</b>"]
        if where := _outlet_and_date(article):
            lines.append(html.escape(where))
        lines.append(f"<code>/sumber {html.escape(article.id)}</code>")
        blocks.append("\n".join(lines))
    blocks.append(
        "Salin salah satu perintah <code>/sumber ID</code> untuk melihat fakta artikelnya."
    )
    return split_messages(blocks)


def find_article(kb: KnowledgeBase, key: str) -> Article | None:
    """The article with id `key`, or the only one whose id starts with it ("000" is enough)."""
    key = key.strip()
    if key in kb.articles:
        return kb.articles[key]
    matches = [a for a in kb.articles.values() if key and a.id.lower().startswith(key.lower())]
    return matches[0] if len(matches) == 1 else None


def article_html(kb: KnowledgeBase, key: str) -> list[str]:
    """/sumber ID: one article's title, outlet and date, and the facts taken from it."""
    article = find_article(kb, key)
    if article is None:
        # Echo a short key only: a 4,000-character one would push the reply over Telegram's limit.
        if len(key) > MAX_KEY_SHOWN:
            key = key[: MAX_KEY_SHOWN - 1] + "…"
        return [
            f"Artikel <code>{html.escape(key)}</code> tidak ditemukan. "
            "Ketik /sumber untuk melihat daftarnya."
        ]
    title = f"<b>{html.escape(article.title)}</b>"
    if article.url:
        title = f'<a href="{html.escape(article.url, quote=True)}">{title}</a>'
    head = [title]
    if where := _outlet_and_date(article):
        head.append(html.escape(where))
    head.append(f"ID: <code>{html.escape(article.id)}</code>")

    # Several facts often come from one sentence: show each sentence once, with its kinds.
    kinds_by_quote: dict[str, list[str]] = {}
    for fact in kb.facts_of_article(article.id):
        kinds = kinds_by_quote.setdefault(fact.quote, [])
        label = FACT_KIND_LABELS.get(fact.kind, fact.kind)
        if label not in kinds:
            kinds.append(label)
    if not kinds_by_quote:
        return split_messages(["\n".join(head), "Belum ada fakta yang diambil dari artikel ini."])
    facts = [
        f"• <i>{html.escape(', '.join(kinds))}</i>: “{html.escape(quote)}”"
        for quote, kinds in kinds_by_quote.items()
    ]
    heading = f"<b>Fakta dari artikel ini ({len(facts)}):</b>"
    return split_messages(["\n".join(head), "\n".join([heading, *facts])])
