"""Questions in English: say that the bot answers in Indonesian, and answer when the question
maps onto an Indonesian one ("how many brothels were closed in east kalimantan?" ->
"berapa lokalisasi ditutup di kalimantan timur").

The mapping is a short phrase table over the domain's words, not a translator: a question it
cannot map gets the note and example questions instead, never a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.models import Answer, Finding

ENGLISH_INTENT = "other_language"
NOTE = "Catatan: saya menjawab dalam bahasa Indonesia. (Note: I answer in Indonesian.)"
NOT_UNDERSTOOD = (
    "Maaf, saya hanya memahami pertanyaan dalam bahasa Indonesia. "
    "(Sorry, I only understand questions in Indonesian.)"
)

PHRASES: tuple[tuple[str, str], ...] = (
    ("how many", "berapa"),
    ("how much", "berapa"),
    ("what year", "tahun berapa"),
    ("which year", "tahun berapa"),
    ("who closed", "siapa yang menutup"),
    ("when", "kapan"),
    ("who", "siapa"),
    ("where", "di mana"),
    ("why", "mengapa"),
    ("what is", "apa itu"),
    ("what are", "apa itu"),
    ("what", "apa"),
    ("red light districts", "lokalisasi"),
    ("red light district", "lokalisasi"),
    ("prostitution complexes", "lokalisasi"),
    ("prostitution complex", "lokalisasi"),
    ("brothels", "lokalisasi"),
    ("brothel", "lokalisasi"),
    ("sex workers", "pekerja seks"),
    ("sex worker", "pekerja seks"),
    ("prostitutes", "pekerja seks"),
    ("prostitute", "pekerja seks"),
    ("shut down", "ditutup"),
    ("closed down", "ditutup"),
    ("closed", "ditutup"),
    ("close", "ditutup"),
    ("closing", "penutupan"),
    ("shut", "ditutup"),
    ("financial aid", "bantuan"),
    ("aid", "bantuan"),
    ("assistance", "bantuan"),
    ("compensation", "bantuan"),
    ("former", "mantan"),
    ("ex", "mantan"),
    ("east kalimantan", "kalimantan timur"),
    ("north kalimantan", "kalimantan utara"),
    ("central kalimantan", "kalimantan tengah"),
    ("south kalimantan", "kalimantan selatan"),
    ("west kalimantan", "kalimantan barat"),
    ("west java", "jawa barat"),
    ("east java", "jawa timur"),
    ("central java", "jawa tengah"),
    ("targeted", "ditargetkan"),
    ("target", "target"),
    ("free of", "bebas"),
    ("free from", "bebas"),
    ("free", "bebas"),
    ("remaining", "tersisa"),
    ("left", "tersisa"),
    ("still", "masih"),
    ("received", "menerima"),
    ("receive", "menerima"),
    ("get", "mendapat"),
    ("got", "mendapat"),
    ("in", "di"),
    ("at", "di"),
    ("from", "dari"),
    ("for", "untuk"),
    ("by", "oleh"),
    ("year", "tahun"),
    ("province", "provinsi"),
    ("regency", "kabupaten"),
    ("city", "kota"),
    ("governor", "gubernur"),
    ("mayor", "wali kota"),
    ("regent", "bupati"),
    ("workers", "pekerja"),
    ("number of", "jumlah"),
    ("total", "total"),
)
DROPPED = frozenset(
    "the a an were was is are did does do been be will would has have had of there to and "
    "it its they them their get".split()
)
ENGLISH_MARKERS = frozenset(
    "how many much what when where who which why were was is are the did does do of in at "
    "closed close closing shut brothel brothels red light district districts prostitution "
    "prostitutes prostitute sex workers worker aid assistance money receive received former "
    "targeted free year province city east west north south central will been has have by "
    "for from about there still remaining left".split()
)
INDONESIAN_MARKERS = frozenset(
    "berapa brp kapan kpn siapa apa apakah dimana mana yang yg di ada lokalisasi psk tutup "
    "ditutup bantuan dan untuk utk dari ke sudah udah belum tahun thn jumlah pekerja seks "
    "mantan eks bebas masih sisa tersisa berapakah kapankah bagaimana ini itu saja".split()
)
MIN_ENGLISH_WORDS = 2
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_TABLE = sorted(PHRASES, key=lambda pair: -len(pair[0].split()))


@lru_cache(maxsize=4096)
def is_english(question: str) -> bool:
    """Whether `question` is English: at least two English words and no Indonesian one."""
    lowered = question.lower()
    words = _WORD.findall(lowered)
    if "-" in lowered:
        words = [w for part in words for w in part.split("-")]
    # Most questions are Indonesian, and say so in their first words.
    if not INDONESIAN_MARKERS.isdisjoint(words):
        return False
    return sum(w in ENGLISH_MARKERS for w in words) >= MIN_ENGLISH_WORDS


def to_indonesian(question: str) -> str:
    """The question with every phrase of the table replaced and filler words dropped."""
    words = [w for part in _WORD.findall(question.lower()) for w in part.split("-")]
    out: list[str] = []
    at = 0
    while at < len(words):
        for english, indonesian in _TABLE:
            size = len(english.split())
            if words[at : at + size] == english.split():
                out.append(indonesian)
                at += size
                break
        else:
            if words[at] not in DROPPED:
                out.append(words[at])
            at += 1
    return " ".join(out) + "?"


def with_note(reply: Answer, question: str) -> Answer:
    """An answer to the mapped question, for the English `question`, with the language note."""
    return reply.model_copy(
        update={"question": question, "findings": (*reply.findings, Finding(text=NOTE))}
    )


def not_understood(question: str, suggestions: tuple[str, ...]) -> Answer:
    """The reply to an English question that maps onto nothing the bot answers."""
    return Answer(
        question=question,
        found=False,
        intent=ENGLISH_INTENT,
        summary=NOT_UNDERSTOOD,
        suggestions=suggestions,
    )
