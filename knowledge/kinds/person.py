"""People: officials named with their office ("Bupati Kotim H. Supian Hadi", "Armin Mustafa,
Kepala Dinsosnakertrans Kalimantan Utara") and the place they serve."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from knowledge import lexicon as lx
from knowledge.describe import person_text
from knowledge.extract.annotate import NAME_WORD
from knowledge.extract.context import Context, SentenceView
from knowledge.kinds.spec import Kind, KindFact
from knowledge.places import INDONESIA

# After an office: its qualifiers (a bracket, a comma, a place, office words), then the name.
_TOKEN_RE = re.compile(r"\([^()]{1,40}\)|[\w'.-]+|,")
# A name, a comma or "selaku", then the office: "Armin Mustafa, Kepala Dinsos …", "Jati
# Wibowo selaku Sekretaris Satpol PP …".
_NAME_THEN_ROLE_RE = re.compile(
    rf"((?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})(?:,\s+|\s+selaku\s+)({lx.ROLE})\b"
)
_TAIL_RE = re.compile(r"[\w ]*")
_WORD_RE = re.compile(r"\w+")
# Offices of the country, whose holder speaks for Indonesia wherever the story is.
_NATIONAL_ROLE_RE = re.compile(r"(?:Menteri|Mensos|Dirjen|Direktur Jenderal)")
# An office's own name up to a comma (capitalised words and "dan"), then the holder's name.
_APPOSED_RE = re.compile(
    rf"(?P<office>(?:\s+(?:[A-Z0-9][\w'&/-]*|dan))+),\s+"
    rf"(?P<name>(?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})(?=\s*,|\s+[a-z])"
)
# "oleh bupati yang saat itu dijabat Abdullah Azwar Anas": the holder named after the office.
_HELD_BY = r"\s+yang\s+(?:(?:saat|ketika|kala|waktu)\s+itu\s+)?(?:di)?jabat(?:\s+oleh)?\b"
_HELD_OFFICE_RE = re.compile(
    r"\b(?P<role>(?i:bupati|wali\s?kota|gubernur|camat|lurah|kepala desa|menteri sosial)"
    rf"(?:\s+{NAME_WORD}){{0,3}})"
    rf"{_HELD_BY}\s+(?P<name>(?:{NAME_WORD}\s+){{0,3}}{NAME_WORD})"
)
_OFFICE_WORDS = lx.OFFICE_WORDS | {"rt", "rw", "setempat", "kemensos"}
"""An office's words, and in a person's office the neighbourhood's ("Ketua RT setempat, Bujang
Amran"), which elsewhere name a lokalisasi ("RT 05"), and the ministry's short name."""
MAX_NAME_WORDS = 4
"""A name longer than this has run into the sentence."""
_OFFICE_TAIL_WORDS = 8
"""How many words an office may still run after what looked like a name, up to its comma."""


def people(ctx: Context, view: SentenceView) -> None:
    """Officials named after their office, and names followed by ', <office>'."""
    text = view.text
    for match in lx.ROLE_RE.finditer(text):
        apposed = _APPOSED_RE.match(text, match.end())
        if (
            apposed
            and _is_name(apposed["name"])
            and not any(loc.start <= apposed.start("name") < loc.end for loc in view.places)
        ):
            # "Kepala Dinas Perindustrian dan Perdagangan Sidoarjo, Hendro Wicaksono, …": the
            # office's full name runs to the comma, its holder follows it.
            # "…, Drs Gusti Riduansyah", "…, Markus Dairo Tanggu SH": titles and degrees are no
            # part of the name.
            words = apposed["name"].split()
            while len(words) > 1 and is_title_of_person(words[0]):
                words.pop(0)
            while len(words) > 1 and is_title_of_person(words[-1]):
                words.pop()
            _person(
                ctx,
                view,
                " ".join(words),
                text[match.start() : apposed.end("office")],
                match.start(),
                apposed.end("office"),
            )
            continue
        qualifier_end = match.end()
        name_tokens: list[str] = []
        name_end = match.end()
        titled = False
        state = "qualifier"
        for token in _TOKEN_RE.finditer(text[match.end() :]):
            word = token.group(0)
            absolute_start = match.end() + token.start()
            absolute_end = match.end() + token.end()
            in_place = any(loc.start <= absolute_start < loc.end for loc in view.places)
            bare = word.lower().strip(".")
            if state == "qualifier":
                # "Bupati Musi Banyuasin (Muba) Drs. H. Bambang …": the bracket is the office's.
                if word.startswith("(") or word == "," or in_place or bare in _OFFICE_WORDS:
                    if word != ",":
                        qualifier_end = absolute_end
                    continue
                state = "name"
            if state == "name":
                if is_title_of_person(word) and not name_tokens:
                    titled = True
                    continue
                if is_title_of_person(word) or bare in lx.NOT_NAMES:
                    break  # "…, M.Si", "Senin (10/12)": the name has ended
                if word[:1].isupper() and not in_place and bare not in _OFFICE_WORDS:
                    name_tokens.append(word.strip("."))
                    name_end = absolute_end
                    if len(name_tokens) == MAX_NAME_WORDS:
                        break
                    continue
                break
        if not name_tokens:
            continue
        if not titled and (after_comma := _name_after_office(view, name_end)):
            # "Kepala Satpol PP Kapuas, Drs Gusti Riduansyah": the capitalised words were the
            # office's, the person is named after the comma.
            qualifier_end, name_tokens = after_comma
        qualifier = text[match.start() : qualifier_end].strip(" ,")
        _person(ctx, view, " ".join(name_tokens), qualifier, match.start(), qualifier_end)
    for match in _HELD_OFFICE_RE.finditer(text):
        # "… oleh bupati yang saat itu dijabat Abdullah Azwar Anas": the office, then its holder.
        role = match["role"]
        _person(
            ctx, view, match["name"], role[:1].upper() + role[1:], match.start(), match.end("role")
        )
    # "Armin Mustafa, Kepala Dinsosnakertrans Kalimantan Utara"
    for match in _NAME_THEN_ROLE_RE.finditer(text):
        name_words = [
            w
            for w in match.group(1).split()
            if w.lower() not in _OFFICE_WORDS
            and w.lower() not in lx.SPEECH_VERBS
            and w.lower() not in lx.NOT_NAMES
        ]
        if not name_words or any(loc.start <= match.start(1) < loc.end for loc in view.places):
            continue
        role_start = match.start(2)
        role_end = role_start + len(match.group(2))
        qualifier_end = role_end
        for loc in view.places:
            if loc.start >= qualifier_end and loc.start - qualifier_end <= 2:
                qualifier_end = loc.end
        # Extend over office words: "Kepala Dinsosnakertrans Kalimantan Utara".
        tail = _TAIL_RE.match(text[role_end:])
        if tail:
            for word in _WORD_RE.finditer(tail.group(0)):
                if word.group(0).lower() in _OFFICE_WORDS or any(
                    loc.start <= role_end + word.start() < loc.end for loc in view.places
                ):
                    qualifier_end = max(qualifier_end, role_end + word.end())
                else:
                    break
        qualifier = text[role_start:qualifier_end].strip(" ,")
        _person(ctx, view, " ".join(name_words), qualifier, role_start, qualifier_end)


def _name_after_office(view: SentenceView, start: int) -> tuple[int, list[str]] | None:
    """Where an office ends and the name after its comma, when the words from `start` to the
    next comma can all be the office's (places, office words, capitalised words) and a name
    marked as one (a title before it or a degree after it) follows the comma."""
    text = view.text
    tokens = list(_TOKEN_RE.finditer(text, start))
    index = 0
    while index < len(tokens) and tokens[index].group(0) != ",":
        word = tokens[index].group(0)
        in_place = any(loc.start <= tokens[index].start() < loc.end for loc in view.places)
        bare = word.lower().strip(".")
        if not (in_place or word[:1].isupper() or bare in _OFFICE_WORDS):
            return None
        index += 1
    if index >= len(tokens) or index > _OFFICE_TAIL_WORDS:
        return None
    office_end = tokens[index].start()
    titled = False
    name: list[str] = []
    for token in tokens[index + 1 :]:
        word = token.group(0)
        if is_title_of_person(word):
            if name:
                return office_end, name  # "…, Marulitua Hutapea SH": a degree ends it
            titled = True
            continue
        bare = word.lower().strip(".")
        if word[:1].isupper() and bare not in lx.NOT_NAMES and bare not in _OFFICE_WORDS:
            name.append(word.strip("."))
            if len(name) > MAX_NAME_WORDS:
                return None
            continue
        break
    return (office_end, name) if name and titled else None


def _person(ctx: Context, view: SentenceView, name: str, role: str, start: int, end: int) -> None:
    """Emit a person in an office, placed where the office is (its words name the place)."""
    if name.split()[0].lower() in lx.SPEECH_VERBS or ctx.gazetteer.lookup(name):
        return
    if _ROMAN_RE.fullmatch(name):
        return  # "Asisten III Provinsi X": the office's number, cut off from its holder
    places = [loc.place_id for loc in view.places if start <= loc.start < end]
    national = _NATIONAL_ROLE_RE.match(role)
    place = ctx.collapse(places)[0] if places else (INDONESIA if national else ctx.main_place)
    for known in ctx.facts:
        same = known.kind == "person" and known.name and same_person(known.name, name)
        if same and known.label == role:
            return
    ctx.emit(ctx.fact(view, "person", name=name, label=role, place_id=place))


_ROMAN_RE = re.compile(r"[IVX]+")


def _is_name(text: str) -> bool:
    """Whether words after an office's comma are a person's name, not more offices ("Satpol
    PP") or a title alone."""
    words = text.split()
    return not any(
        w.lower().strip(".") in _OFFICE_WORDS or w.lower() in lx.NOT_NAMES for w in words
    ) and not all(is_title_of_person(w) for w in words)


def is_title_of_person(word: str) -> bool:
    """'Drs.', 'H.', 'Hj', 'M.Si', 'SH', 'S.Sos': honorifics and degrees around a name."""
    bare = word.lower().strip(".,")
    return bare in lx.HONORIFICS or bool(lx.DEGREE_RE.fullmatch(word.strip(",")))


def same_person(a: str, b: str) -> bool:
    """Whether two names share a word (a person named in full, then by one name)."""
    return bool(set(a.lower().split()) & set(b.lower().split()))


RULES = (people,)
"""The person rules, in the order they run."""


class PersonFact(KindFact):
    """An official (`name`) and their role (`label`) in a place."""

    FIELDS: ClassVar[frozenset[str]] = frozenset({"name", "label"})
    kind: Literal["person"] = "person"
    unit: None = None


KIND = Kind(
    name="person",
    label="tokoh",
    model=PersonFact,
    rules=RULES,
    editable=("name", "label", "place"),
    describe=person_text,
)
