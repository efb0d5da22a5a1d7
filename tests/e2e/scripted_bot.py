"""The Telegram bot with a scripted stand-in for the answer engine, for the end-to-end tests.

Runs exactly what `python -m bot` runs with a token (settings, logging, Application, polling),
except that a few trigger phrases get scripted answers — an ambiguous question, a two-finding
answer, a very long one, a follow-up — so that the Telegram flows around them can be driven over
the Bot API before (and independently of) the real engine producing such answers. Everything
else goes to the real engine.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time

from bot.answer import answer as real_answer
from bot.models import Answer, Choice, Context, Finding, Slots
from bot.run import configure_logging
from bot.settings import Settings
from bot.telegram.app import build_application, load_state, run
from knowledge.index import KnowledgeBase
from knowledge.models import Citation

AMBIGUOUS = "bantuan kaltara"
TWO_FINDINGS = "dua temuan"
LONG_ANSWER = "jawaban panjang"
FOLLOW_UP = "kalau di kaltim?"

CHOICES = (
    Choice(label="Besar bantuan per orang", intent="aid_amount"),
    Choice(label="Siapa pemberi bantuan", intent="aid_giver"),
)
LONG_FINDINGS = 40

# Article text is hostile on purpose: it must reach users escaped.
CITATION = Citation(
    article_id="003_af679eb96ada4b00",
    title="Mantan Pekerja Seks <Diberi> Modal Usaha Rp 5 Juta & Pelatihan",
    publisher="Kaltara <News>",
    published=dt.date(2018, 5, 18),
    url="https://example.org/berita?id=3&sumber=<uji>",
    quote='Setiap orang mendapat modal usaha Rp5 juta, kata "Sugiono" <b>tegas</b> & jelas.',
)
OTHER_CITATION = CITATION.model_copy(
    update={
        "article_id": "004_987b55b605f243cd",
        "title": "2018, Kaltara Ditarget Bebas Lokalisasi",
    }
)


def _context(intent: str) -> Context:
    return Context(intent=intent, slots=Slots(places=("kalimantan-utara",)), asked_at=time.time())


def scripted_answer(
    question: str, kb: KnowledgeBase, context: Context | None = None, *, intent: str | None = None
) -> Answer:
    """Scripted answers for the trigger phrases; the real engine for anything else."""
    asked = question.strip().lower()
    if asked == AMBIGUOUS and intent is None:
        return Answer(
            question=question,
            found=False,
            summary="Pertanyaan ini bisa berarti beberapa hal.",
            choices=CHOICES,
        )
    if asked == AMBIGUOUS:
        label = next(choice.label for choice in CHOICES if choice.intent == intent)
        finding = Finding(text=f"{label}: Rp5.000.000 per orang.", citations=(CITATION,))
        return Answer(
            question=question,
            found=True,
            intent=intent,
            confidence=0.9,
            summary=f"{label}: Rp5.000.000 per orang (pilihan {intent}).",
            findings=(finding,),
            context=_context(intent),
        )
    if asked == FOLLOW_UP:
        if context is None:
            return Answer(question=question, found=False, summary="Maaf, kalau apa maksudnya?")
        return Answer(
            question=question,
            found=True,
            intent=context.intent,
            summary=f"Lanjutan dari {context.intent}: di Kaltim 22 lokalisasi.",
            findings=(Finding(text="22 lokalisasi ditutup.", citations=(OTHER_CITATION,)),),
            context=_context(context.intent),
        )
    if asked == TWO_FINDINGS:
        return Answer(
            question=question,
            found=True,
            intent="aid_amount",
            summary="Dua angka: Rp5.000.000 & Rp3.000.000.",
            findings=(
                Finding(text="Modal usaha Rp5.000.000 per orang.", citations=(CITATION,)),
                Finding(text="Bantuan UEP Rp3.000.000.", citations=(OTHER_CITATION,)),
            ),
            context=_context("aid_amount"),
        )
    if asked == LONG_ANSWER:
        findings = tuple(
            Finding(text=f"Temuan nomor {n} <{n}> & seterusnya. " * 8, citations=(CITATION,))
            for n in range(LONG_FINDINGS)
        )
        return Answer(
            question=question,
            found=True,
            intent="aid_amount",
            summary="Jawaban yang sangat panjang.",
            findings=findings,
        )
    return real_answer(question, kb, context, intent=intent)


def main() -> int:
    """Run the bot from the environment's settings, with the scripted engine."""
    settings = Settings()
    assert settings.telegram_bot_token is not None, "TELEGRAM_BOT_TOKEN is required"
    configure_logging(logging.INFO, [settings.telegram_bot_token.get_secret_value()])
    state = load_state(settings)
    state.answer = scripted_answer
    run(build_application(settings, state), settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
