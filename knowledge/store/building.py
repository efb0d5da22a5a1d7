"""Filling the store: ingest, (re)build from the bundled articles, replay of corrections.

Build. `build` re-creates places and aliases from seed(), re-parses the bundled articles in
name order, then re-parses the admin-added articles (kept, with their raw text) in the order
they were added, and finally re-applies the admins' standing corrections (fact edits, fact
removals, facts admins added, removal of bundled articles) found in the audit log. An article
added from a web page is re-read with the URL, title, outlet and date stored with it. Same
inputs, same database.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlite_utils import Database

from knowledge import intake
from knowledge.audit import AuditEntry, now, record, standing_corrections
from knowledge.errors import DuplicateArticle, InvalidInput, KnowledgeError
from knowledge.intake import ArticleInput
from knowledge.models import ArticleMeta, ParsedArticle, Place
from knowledge.paths import BUNDLED_ARTICLES
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer, seed
from knowledge.store.database import INSERT_BATCH, check_actor, query_all, query_one, write
from knowledge.store.reading_order import reading_order
from knowledge.store.rows import alias_row, fact_row, load_gazetteer, place_row
from knowledge.store.schema import FACT_ID_BLOCK, SEED_SOURCE, get_meta, set_meta

BUNDLED_BY = "bundled"

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, article_id) while a build parses articles."""


class BrokenExtractionError(KnowledgeError):
    """The pipeline returned facts that do not hold together (a bug, not bad input)."""


class SkippedArticle(BaseModel):
    """An article a build could not (re)store, and why."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    reason: str


class ReplayMiss(BaseModel):
    """A standing correction a build could not re-apply, and why."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    reason: str


class BuildReport(BaseModel):
    """What a build stored."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    articles: list[str]
    facts: int
    places: int
    skipped: list[SkippedArticle]
    kept_without_facts: list[SkippedArticle]
    """Admin-added articles the pipeline now rejects: kept (raw text and all) without facts."""
    replayed: list[int]
    not_replayed: list[ReplayMiss]


class StoredArticle(BaseModel):
    """One article an ingest added."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    facts: int
    sentences: int
    unread_sentences: list[int] = []
    """Sentences an extraction rule failed on ("N kalimat tidak terbaca"): facts may be missing."""


class SkippedFile(BaseModel):
    """A file of a batch that was not stored, and why (the reason names the file)."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str


class IngestReport(BaseModel):
    """What an ingest added (all in one transaction)."""

    model_config = ConfigDict(frozen=True)

    audit_id: int
    articles: list[StoredArticle]
    places_added: int
    skipped: list[SkippedFile] = []
    """Files refused and left out (only when the ingest was asked to skip bad files)."""

    @property
    def facts(self) -> int:
        """Facts added across all articles."""
        return sum(article.facts for article in self.articles)

    @property
    def unread_sentences(self) -> int:
        """Sentences an extraction rule failed on, across all articles."""
        return sum(len(article.unread_sentences) for article in self.articles)


class _StoredPlaces:
    """The places and names stored so far in the current transaction.

    The pipeline grows the gazetteer it is handed while it reads, so the gazetteer cannot tell
    which of an article's places are already stored; this can.
    """

    def __init__(self, places: Iterable[Place], pairs: Iterable[tuple[str, str]]) -> None:
        self.places: dict[str, Place] = {p.id: p for p in places}
        self.pairs: set[tuple[str, str]] = set(pairs)


@dataclasses.dataclass
class _PlaceChanges:
    """The place and alias rows one article added or changed."""

    added: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    replaced: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    """The rows as they were before the article refined them (a lokalisasi's parent …)."""
    changed: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    """The same rows after."""
    aliases: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _check_parsed(parsed: ParsedArticle, article_id: str, stored: _StoredPlaces) -> None:
    """Refuse extraction output whose citations or places would not resolve."""
    where = f"Hasil ekstraksi artikel {article_id} tidak konsisten"
    bug = "Ini kesalahan program; laporkan ke pengembang."
    if parsed.article.id != article_id:
        raise BrokenExtractionError(f"{where}: ID artikel {parsed.article.id!r}. {bug}")
    sentence_ids = {s.id for s in parsed.sentences}
    if len(sentence_ids) != len(parsed.sentences):
        raise BrokenExtractionError(f"{where}: ada nomor kalimat ganda. {bug}")
    if any(s.article_id != article_id for s in parsed.sentences):
        raise BrokenExtractionError(f"{where}: kalimat milik artikel lain. {bug}")
    if len(parsed.facts) >= FACT_ID_BLOCK:
        raise InvalidInput(
            f"Artikel {article_id} menghasilkan {len(parsed.facts)} fakta; batasnya "
            f"{FACT_ID_BLOCK - 1} per artikel. Pecah teksnya menjadi beberapa artikel."
        )
    known = stored.places.keys() | {p.id for p in parsed.places}
    for place in parsed.places:
        if place.parent_id is not None and place.parent_id not in known:
            raise BrokenExtractionError(f"{where}: induk tempat {place.id} tidak dikenal. {bug}")
    for alias in parsed.aliases:
        if alias.place_id not in known:
            raise BrokenExtractionError(
                f"{where}: nama {alias.alias!r} menunjuk tempat tak dikenal."
            )
    for n, fact in enumerate(parsed.facts, start=1):
        if fact.article_id != article_id or fact.sentence_id not in sentence_ids:
            raise BrokenExtractionError(
                f"{where}: fakta ke-{n} mengutip kalimat {fact.sentence_id} yang tidak ada. {bug}"
            )
        if fact.place_id is not None and fact.place_id not in known:
            raise BrokenExtractionError(
                f"{where}: fakta ke-{n} menunjuk tempat {fact.place_id} yang tidak dikenal. {bug}"
            )


def _store_parsed(
    db: Database,
    parsed: ParsedArticle,
    stored: _StoredPlaces,
    *,
    seq: int,
    added_at: str,
    added_by: str,
    bundled: bool,
) -> _PlaceChanges:
    """Insert one parsed article and the places it names or refines; update `stored`.

    Everything is checked before the first write, so a refusal leaves nothing behind.
    """
    article = parsed.article
    _check_parsed(parsed, article.id, stored)
    changes = _PlaceChanges()
    for place in {p.id: p for p in parsed.places}.values():
        known = stored.places.get(place.id)
        if known is None:
            changes.added.append(place_row(place, article.id))
        elif known != place:
            old = query_one(db, "SELECT * FROM places WHERE id = ?", [place.id])
            if old is None:  # stored.places mirrors the table; this would be a bug here
                raise RuntimeError(f"place {place.id} is known but not stored")
            changes.replaced.append(old)
            # The place keeps its source: the article refined it, it did not introduce it.
            changes.changed.append(place_row(place, old["source"]))
    for alias in parsed.aliases:
        pair = (alias.alias, alias.place_id)
        if pair not in stored.pairs:
            stored.pairs.add(pair)
            changes.aliases.append(alias_row(alias, article.id))

    db.table("articles").insert(
        {
            **article.model_dump(mode="json"),
            "seq": seq,
            "added_at": added_at,
            "added_by": added_by,
            "bundled": int(bundled),
        }
    )
    db.table("sentences").insert_all(
        (s.model_dump(mode="json") for s in parsed.sentences), batch_size=INSERT_BATCH
    )
    db.table("facts").insert_all(
        (fact_row(fact, seq * FACT_ID_BLOCK + n) for n, fact in enumerate(parsed.facts, 1)),
        batch_size=INSERT_BATCH,
    )
    db.table("places").insert_all(changes.added, batch_size=INSERT_BATCH)
    for row in changes.changed:
        db.table("places").update(row["id"], row)
    db.table("aliases").insert_all(changes.aliases, batch_size=INSERT_BATCH)
    for place in parsed.places:
        stored.places[place.id] = place
    return changes


def _next_seq(db: Database) -> int:
    stored = get_meta(db, "next_article_seq")
    highest = query_one(db, "SELECT MAX(seq) AS seq FROM articles")
    return max(int(stored or 1), ((highest or {}).get("seq") or 0) + 1)


def _check_new(db: Database, inputs: Sequence[ArticleInput]) -> None:
    """Refuse inputs whose id or text is already stored, or repeated within `inputs`."""
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for item in inputs:
        url = item.meta.url if item.meta else None
        same_url = url and query_one(db, "SELECT id FROM articles WHERE url = ?", [url])
        if same_url:
            raise DuplicateArticle(
                f"{item.source}: artikel dari tautan {url} sudah ada sebagai ID {same_url['id']}."
            )
        existing = query_one(db, "SELECT id, title FROM articles WHERE id = ?", [item.article_id])
        if existing:
            raise DuplicateArticle(
                f"{item.source}: artikel dengan ID {item.article_id} sudah ada "
                f'("{existing["title"]}"). Hapus dulu atau pakai ID lain.'
            )
        same = query_one(db, "SELECT id FROM articles WHERE sha256 = ?", [item.sha256])
        if same:
            raise DuplicateArticle(
                f"{item.source}: teks yang sama sudah ada sebagai artikel {same['id']}."
            )
        if item.article_id in seen_ids:
            raise DuplicateArticle(
                f"{item.source}: ID {item.article_id} dipakai dua kali "
                f"(juga oleh {seen_ids[item.article_id]})."
            )
        if item.sha256 in seen_texts:
            raise DuplicateArticle(f"{item.source}: teksnya sama dengan {seen_texts[item.sha256]}.")
        seen_ids[item.article_id] = item.source
        seen_texts[item.sha256] = item.source


def _batch_refusal(
    outcomes: Sequence[tuple[str, StoredArticle | KnowledgeError]], *, skip_bad: bool
) -> KnowledgeError:
    """One error naming every file of a batch and its fate (of the first refusal's type)."""
    refused = [error for _, error in outcomes if isinstance(error, KnowledgeError)]
    lines = [
        f"Tidak ada yang disimpan: {len(refused)} dari {len(outcomes)} berkas ditolak."
        if not skip_bad
        else "Tidak ada yang disimpan: semua berkas ditolak."
    ]
    for source, outcome in outcomes:
        if isinstance(outcome, KnowledgeError):
            reason = str(outcome).removeprefix(f"{source}: ")
            lines.append(f"- {source}: DITOLAK — {reason}")
        else:
            lines.append(
                f"- {source}: bisa disimpan sebagai {outcome.id} ({outcome.facts} fakta), "
                "tetapi tidak disimpan karena berkas lain ditolak."
            )
    if not skip_bad:
        lines.append(
            "Perbaiki atau keluarkan berkas yang ditolak lalu ulangi, atau simpan yang baik saja "
            "dengan: python -m knowledge ingest --skip-bad …"
        )
    return type(refused[0])("\n".join(lines))


def _named(error: KnowledgeError, source: str) -> KnowledgeError:
    """`error` with a message that starts with the file it is about."""
    return error if str(error).startswith(source) else type(error)(f"{source}: {error}")


@dataclasses.dataclass(frozen=True)
class RefusedFile:
    """A file of a batch that could not even be read as an article (intake refused it)."""

    source: str
    error: KnowledgeError


def ingest(
    db: Database,
    inputs: Sequence[ArticleInput | RefusedFile],
    *,
    actor: str,
    skip_bad: bool = False,
) -> IngestReport:
    """Parse and add articles in ONE transaction: all are stored, or none is.

    An item may be a RefusedFile: a file of the batch that could not even be read. Every item
    is tried, so a refusal of a batch says what happened to each file. One refused article:
    InvalidInput, DuplicateArticle or NoFacts naming it; several items: one error of the first
    refusal's type listing every file's fate. Either way the knowledge base is then exactly as
    it was. With `skip_bad`, the good articles are stored and the refused ones reported in
    `IngestReport.skipped` (an error only if none is good).
    """
    actor = check_actor(actor)
    if not inputs:
        raise InvalidInput("Tidak ada artikel untuk ditambahkan.")
    # Duplicates are checked before anything is stored, each item against the knowledge base
    # and the items before it, so the refusal names the item at fault.
    checked: list[ArticleInput] = []
    refusals: dict[int, KnowledgeError] = {}
    with write(db):
        for position, item in enumerate(inputs):
            if isinstance(item, RefusedFile):
                refusals[position] = _named(item.error, item.source)
                continue
            try:
                _check_new(db, [*checked, item])
            except KnowledgeError as exc:
                refusals[position] = _named(exc, item.source)
                continue
            checked.append(item)
        if not query_one(db, "SELECT 1 AS x FROM places LIMIT 1"):
            # Never built: the regions are the baseline every article is read against.
            _insert_seed(db)
        gazetteer = load_gazetteer(db)
        stored_places = _StoredPlaces(gazetteer.places.values(), _alias_pairs(gazetteer))
        seq = _next_seq(db)
        outcomes: dict[int, tuple[str, StoredArticle | KnowledgeError]] = {}
        changes = _PlaceChanges()
        for position, item in enumerate(inputs):
            if position in refusals or isinstance(item, RefusedFile):
                outcomes[position] = (item.source, refusals[position])
        readable = [position for position in range(len(inputs)) if position not in outcomes]
        for at in reading_order(checked, gazetteer):
            position, item = readable[at], checked[at]
            # A refused article must not leave the places it named in the gazetteer.
            trial = gazetteer.copy()
            try:
                parsed = parse_article(item.text, item.article_id, trial, item.meta)
                # The pipeline hashes the text itself; check its hash too in case it differs.
                same = query_one(
                    db, "SELECT id FROM articles WHERE sha256 = ?", [parsed.article.sha256]
                )
                if same:
                    raise DuplicateArticle(
                        f"{item.source}: teks yang sama sudah ada sebagai artikel {same['id']}."
                    )
                with db.atomic():
                    these = _store_parsed(
                        db,
                        parsed,
                        stored_places,
                        seq=seq,
                        added_at=now(),
                        added_by=actor,
                        bundled=False,
                    )
            except KnowledgeError as exc:
                # Say which file of a batch it was; the pipeline's message names the title.
                outcomes[position] = (item.source, _named(exc, item.source))
                continue
            gazetteer = trial
            changes.added += these.added
            changes.replaced += these.replaced
            changes.changed += these.changed
            changes.aliases += these.aliases
            outcomes[position] = (
                item.source,
                StoredArticle(
                    id=item.article_id,
                    title=parsed.article.title,
                    facts=len(parsed.facts),
                    sentences=len(parsed.sentences),
                    unread_sentences=parsed.unread_sentences,
                ),
            )
            seq += 1
        # Reported in the batch's order, whatever order the articles were read in.
        told = [outcomes[position] for position in sorted(outcomes)]
        stored = [outcome for _, outcome in told if isinstance(outcome, StoredArticle)]
        skipped = [
            SkippedFile(source=source, reason=str(outcome))
            for source, outcome in told
            if isinstance(outcome, KnowledgeError)
        ]
        if skipped and (not skip_bad or not stored):
            # Leaving the transaction with an error rolls back what was stored of the batch.
            if len(told) == 1:
                raise told[0][1]  # type: ignore[misc]
            raise _batch_refusal(told, skip_bad=skip_bad)
        set_meta(db, "next_article_seq", str(seq))
        ids = [a.id for a in stored]
        marks = ", ".join("?" for _ in ids)
        identities = query_all(
            db, f"SELECT id, sha256, title FROM articles WHERE id IN ({marks}) ORDER BY seq", ids
        )
        names = ", ".join(f"{a.id} ({a.facts} fakta)" for a in stored)
        # Net effect on places: a place one article of the batch added and a later one refined
        # did not exist before the ingest, so undoing removes it rather than restoring it.
        added = {row["id"] for row in changes.added}
        touched_ids = dict.fromkeys(row["id"] for row in changes.added + changes.changed)
        touched = [query_one(db, "SELECT * FROM places WHERE id = ?", [pid]) for pid in touched_ids]
        audit_id = record(
            db,
            actor=actor,
            action="ingest",
            target="article:" + ",".join(ids),
            summary=f"menambah artikel {names}",
            before={
                "places": [r for r in _first_versions(changes.replaced) if r["id"] not in added]
            },
            after={"articles": identities, "places": touched, "aliases": changes.aliases},
        )
    return IngestReport(
        audit_id=audit_id, articles=stored, places_added=len(changes.added), skipped=skipped
    )


def _insert_seed(db: Database) -> None:
    """The official regions and curated names of knowledge.places.seed()."""
    places, aliases = seed()
    db.table("places").insert_all(
        (place_row(p, SEED_SOURCE) for p in places), batch_size=INSERT_BATCH
    )
    db.table("aliases").insert_all(
        (alias_row(a, SEED_SOURCE) for a in aliases), batch_size=INSERT_BATCH
    )


def _alias_pairs(gazetteer: Gazetteer) -> Iterator[tuple[str, str]]:
    for name, aliases in gazetteer.aliases.items():
        for alias in aliases:
            yield name, alias.place_id


def _first_versions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per id, the earliest (two articles of a batch may refine the same place)."""
    first: dict[str, dict[str, Any]] = {}
    for row in rows:
        first.setdefault(row["id"], row)
    return list(first.values())


def ingest_text(db: Database, text: str, article_id: str, *, actor: str) -> IngestReport:
    """Add one article given as text (a chat message, stdin) under `article_id`."""
    return ingest(db, [intake.from_text(text, article_id)], actor=actor)


def ingest_files(
    db: Database,
    paths: Sequence[Path],
    *,
    actor: str,
    article_id: str | None = None,
    skip_bad: bool = False,
) -> IngestReport:
    """Add article files in one transaction; each id is the file name unless `article_id`
    (one file only) is given. See `ingest` for what a refused file does to the batch."""
    if article_id is not None and len(paths) != 1:
        raise InvalidInput("ID artikel hanya bisa diberikan untuk satu berkas.")
    inputs: list[ArticleInput | RefusedFile] = []
    for path in paths:
        try:
            inputs.append(intake.read_file(Path(path), article_id))
        except InvalidInput as exc:
            if len(paths) == 1:
                raise
            inputs.append(RefusedFile(str(path), exc))
    return ingest(db, inputs, actor=actor, skip_bad=skip_bad)


def build(
    db: Database,
    articles_dir: Path = BUNDLED_ARTICLES,
    *,
    actor: str,
    progress: Progress | None = None,
) -> BuildReport:
    """(Re)build the whole knowledge base from the bundled articles; see the module docstring.

    Admin-added articles survive: they are re-parsed after the bundled ones. A bundled file
    that cannot be read or yields no facts is skipped and reported, not fatal.
    """
    actor = check_actor(actor)
    seed_places, seed_aliases = seed()  # ~1 s the first time; done before taking the lock
    files = sorted(Path(articles_dir).glob("*.txt"), key=lambda p: p.name)
    skipped: list[SkippedArticle] = []
    inputs: list[ArticleInput] = []
    for path in files:
        try:
            inputs.append(intake.read_file(path))
        except InvalidInput as exc:
            skipped.append(SkippedArticle(article_id=path.stem, reason=str(exc)))

    with write(db):
        old = {row["id"]: row for row in db.query("SELECT * FROM articles ORDER BY seq")}
        corrections = standing_corrections(db)
        removed_bundled: dict[tuple[str, str], int] = {}
        for entry in corrections:
            if entry.action == "remove_article":
                for row in entry.before.get("articles", []):
                    if row.get("bundled"):
                        removed_bundled[(row["id"], row["sha256"])] = entry.id
        uploads = [row for row in old.values() if not row["bundled"]]
        upload_ids = {row["id"] for row in uploads}
        upload_texts = {row["sha256"]: row["id"] for row in uploads}
        next_seq = _next_seq(db)

        for table in ("facts", "sentences", "articles", "aliases", "places"):
            db.execute(f"DELETE FROM {table}")
        _insert_seed(db)
        gazetteer = Gazetteer(seed_places, seed_aliases)
        stored_places = _StoredPlaces(seed_places, ((a.alias, a.place_id) for a in seed_aliases))

        def attempt(
            text: str, article_id: str, meta: ArticleMeta | None = None, **row: Any
        ) -> ParsedArticle | KnowledgeError:
            """Parse and store one article; on failure nothing it named stays known."""
            nonlocal gazetteer
            trial = gazetteer.copy()
            try:
                parsed = parse_article(text, article_id, trial, meta)
                with db.atomic():
                    _store_parsed(db, parsed, stored_places, **row)
            except KnowledgeError as exc:
                return exc
            gazetteer = trial
            return parsed

        total = len(inputs) + len(uploads)
        stored: list[str] = []
        stored_texts: dict[str, str] = {}
        for done, item in enumerate(inputs, start=1):
            if progress:
                progress(done, total, item.article_id)
            reason = None
            if (item.article_id, item.sha256) in removed_bundled:
                reason = f"dihapus admin (riwayat #{removed_bundled[item.article_id, item.sha256]})"
            elif item.article_id in upload_ids:
                reason = "ID-nya sudah dipakai artikel unggahan admin"
            elif item.sha256 in upload_texts:
                reason = f"teksnya sama dengan artikel unggahan {upload_texts[item.sha256]}"
            elif item.sha256 in stored_texts:
                reason = f"teksnya sama dengan {stored_texts[item.sha256]}"
            if reason:
                skipped.append(SkippedArticle(article_id=item.article_id, reason=reason))
                continue
            previous = old.get(item.article_id)
            known = previous is not None and previous["bundled"]
            # Same text as last time: the article was not added again, keep when and by whom.
            unchanged = previous is not None and known and previous["sha256"] == item.sha256
            outcome = attempt(
                item.text,
                item.article_id,
                seq=previous["seq"] if previous is not None and known else next_seq,
                added_at=previous["added_at"] if previous is not None and unchanged else now(),
                added_by=previous["added_by"] if previous is not None and unchanged else BUNDLED_BY,
                bundled=True,
            )
            if isinstance(outcome, KnowledgeError):
                skipped.append(SkippedArticle(article_id=item.article_id, reason=str(outcome)))
                continue
            if not known:
                next_seq += 1
            stored.append(item.article_id)
            stored_texts[item.sha256] = item.article_id

        kept: list[SkippedArticle] = []
        for done, row in enumerate(uploads, start=len(inputs) + 1):
            if progress:
                progress(done, total, row["id"])
            outcome = attempt(
                row["raw"],
                row["id"],
                meta_of_page(row),
                seq=row["seq"],
                added_at=row["added_at"],
                added_by=row["added_by"],
                bundled=False,
            )
            if isinstance(outcome, KnowledgeError):
                # The stored raw text is the only copy of an admin's article: keep the row
                # (without facts) so nothing is lost; the next build tries again.
                db.table("articles").insert(row)
                kept.append(SkippedArticle(article_id=row["id"], reason=str(outcome)))
            stored.append(row["id"])

        replayed, not_replayed = _replay(db, corrections)
        set_meta(db, "next_article_seq", str(next_seq))
        facts = query_one(db, "SELECT COUNT(*) AS n FROM facts") or {"n": 0}
        places = query_one(db, "SELECT COUNT(*) AS n FROM places") or {"n": 0}
        summary = (
            f"membangun ulang dari {Path(articles_dir).name}: {len(stored)} artikel, "
            f"{facts['n']} fakta"
            + (f", {len(skipped)} dilewati" if skipped else "")
            + (f", {len(replayed)} koreksi diterapkan ulang" if replayed else "")
        )
        audit_id = record(
            db,
            actor=actor,
            action="build",
            target=str(articles_dir),
            summary=summary,
            before={"articles": list(old)},
            after={
                "articles": stored,
                "facts": facts["n"],
                "skipped": [s.model_dump() for s in skipped],
                "kept_without_facts": [s.model_dump() for s in kept],
                "replayed": replayed,
                "not_replayed": [m.model_dump() for m in not_replayed],
            },
        )
    return BuildReport(
        audit_id=audit_id,
        articles=stored,
        facts=facts["n"],
        places=places["n"],
        skipped=skipped,
        kept_without_facts=kept,
        replayed=replayed,
        not_replayed=not_replayed,
    )


def meta_of_page(row: dict[str, Any]) -> ArticleMeta | None:
    """What an article added from a web page keeps of the page's metadata, for a rebuild: its
    text holds only the story, so the URL, title, outlet and date come back from its row."""
    if not row.get("url"):
        return None
    return ArticleMeta(
        title=row["title"],
        publisher=row["publisher"],
        published=row["published"],
        url=row["url"],
        author=row["author"],
    )


def _same_fact(db: Database, row: dict[str, Any]) -> dict[str, Any] | None:
    """The stored fact equal to `row` in everything but its id (preferring the same id)."""
    candidates = query_all(
        db,
        "SELECT * FROM facts WHERE article_id = ? AND sentence_id = ? AND kind = ? AND quote = ? "
        "ORDER BY id",
        [row["article_id"], row["sentence_id"], row["kind"], row["quote"]],
    )
    content = {k: v for k, v in row.items() if k != "id"}
    matches = [c for c in candidates if {k: v for k, v in c.items() if k != "id"} == content]
    for match in matches:
        if match["id"] == row["id"]:
            return match
    return matches[0] if matches else None


def _replay(db: Database, corrections: Iterable[AuditEntry]) -> tuple[list[int], list[ReplayMiss]]:
    """Re-apply standing fact corrections to freshly extracted facts, oldest first."""
    replayed: list[int] = []
    missed: list[ReplayMiss] = []
    for entry in corrections:
        if entry.action == "add_fact":
            # Imported here: knowledge.teach is built on the store.
            from knowledge.teach import replay_added_fact

            if (reason := replay_added_fact(db, entry)) is not None:
                missed.append(ReplayMiss(audit_id=entry.id, reason=reason))
            else:
                replayed.append(entry.id)
            continue
        if entry.action not in ("update_fact", "remove_fact"):
            continue
        before = entry.before["facts"][0]
        if not query_one(db, "SELECT 1 AS x FROM articles WHERE id = ?", [before["article_id"]]):
            continue  # the article itself is gone (removed, or skipped and reported)
        match = _same_fact(db, before)
        if match is None:
            missed.append(
                ReplayMiss(
                    audit_id=entry.id,
                    reason=f"fakta {before['id']} tidak lagi dihasilkan sama persis oleh ekstraksi",
                )
            )
            continue
        if entry.action == "remove_fact":
            db.execute("DELETE FROM facts WHERE id = ?", [match["id"]])
        else:
            after = entry.after["facts"][0]
            changes = {k: v for k, v in after.items() if k != "id" and before.get(k) != v}
            if changes:
                db.table("facts").update(match["id"], changes)
        replayed.append(entry.id)
    return replayed, missed
