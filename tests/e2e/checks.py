"""What every reply must satisfy, and how to read the figures and sources out of one."""

from __future__ import annotations

from knowledge.numbers import find_amounts
from tests.bot.telegram.telegram_html import telegram_html_text
from tests.e2e.harness import BotMessage

SOURCE_MARK = "📰"
"""What bot.render puts before each citation in Telegram HTML."""

# Title keys of the bundled articles, as the shared dev set names them.
KALTIM_22 = "22 Lokalisasi di Kaltim"
KOTIM_AID = "PSK Diberi Bantuan Belasan Juta"
TARGET_2019 = "Indonesia Ditargetkan Bebas Lokalisasi Tahun 2019"
KALTARA_CAPITAL = "Mantan Pekerja Seks Diberi Modal Usaha Rp 5 Juta"
KALTARA_TARGET = "Kaltara Ditarget Bebas Lokalisasi"


def shown(message: BotMessage) -> str:
    """The text a person sees; fails unless the message is valid Telegram HTML in HTML mode."""
    assert message.parse_mode == "HTML", f"parse_mode {message.parse_mode!r}"
    return telegram_html_text(message.text)


def shown_all(messages: list[BotMessage]) -> str:
    """The text of several messages (one answer split in parts), each checked."""
    return "\n\n".join(shown(message) for message in messages)


def numbers_in(text: str) -> set[int]:
    """Every number in `text`, read the Indonesian way (1.315 = 1315, Rp1,8 juta = 1800000)."""
    return {amount.value for amount in find_amounts(text) if amount.value is not None}


def cites(text: str, *title_keys: str) -> bool:
    """Whether the answer carries a source line naming one of the articles."""
    lowered = text.lower()
    return SOURCE_MARK in text and any(key.lower() in lowered for key in title_keys)
