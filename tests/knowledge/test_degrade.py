"""An ingest degrades instead of failing: a broken rule costs its facts, never the article;
a refused file of a batch is named with what happened to every other file."""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from knowledge import cli, kinds, store
from knowledge.errors import DuplicateArticle, InvalidInput, NoFacts
from knowledge.extract import STRICT_ENV, SentenceView
from knowledge.extract.context import Context
from knowledge.kinds import count, target
from tests.knowledge.conftest import BUNDLED, content, everything
from tests.knowledge.test_cli import ok, run

PALANGKA = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "palangka.txt"
COUNT_SENTENCE = 1
"""The sentence of palangka.txt that counts the workers ("… sebanyak 40 orang"); sentence 0 is
the lead, its dateline cut off."""
NO_FACTS = "Hari ini cuaca cerah di Jakarta.\n\nWarga berolahraga di taman kota sejak pagi."


def test_the_regional_article_ingests_with_its_facts(kb_file: Path) -> None:
    """`python -m knowledge ingest palangka.txt` once ended in a ValueError traceback."""
    result = run(kb_file, "ingest", str(PALANGKA))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Ditambahkan palangka" in result.stdout
    assert "tidak terbaca" not in result.stdout
    facts = ok(kb_file, "facts", "--article", "palangka")
    counts = [(f["kind"], f["number"], f["unit"], f["place_text"]) for f in facts]
    assert ("count", 40, "pekerja seks", "Km 12") in counts
    targets = [f for f in facts if f["kind"] == "target" and f["number"] == 2019]
    assert [t["place_text"] for t in targets] == ["Kota Palangkaraya"]


@pytest.fixture
def broken_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count rule raises on the sentence that counts the workers; strict mode is off."""
    monkeypatch.delenv(STRICT_ENV, raising=False)

    @functools.wraps(count.counts)
    def broken(ctx: Context, view: SentenceView) -> None:
        if view.id == COUNT_SENTENCE:
            raise RuntimeError("aturan rusak untuk uji")
        count.counts(ctx, view)

    swap_rule(monkeypatch, count.counts, broken)


def swap_rule(monkeypatch: pytest.MonkeyPatch, rule: kinds.Rule, replacement: kinds.Rule) -> None:
    """Run `replacement` where the rules table has `rule`, for this test only."""
    table = tuple((kind, replacement if r is rule else r) for kind, r in kinds.RULES)
    monkeypatch.setattr(kinds, "RULES", table)


@pytest.mark.usefixtures("broken_counts")
def test_a_broken_rule_costs_its_facts_not_the_article(
    built: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="knowledge.extract"):
        report = store.ingest_files(built, [PALANGKA], actor="test")
    [article] = report.articles
    assert article.unread_sentences == [COUNT_SENTENCE]
    assert report.unread_sentences == 1
    stored = store.get_article(built, "palangka")
    kinds = {(f.kind, f.number) for f in stored.facts}
    assert ("target", 2019) in kinds, "the other rules' facts are stored"
    assert ("count", 40) not in kinds, "the broken rule's fact is missing"
    assert len(stored.sentences) == 4
    [record] = [r for r in caplog.records if "failed" in r.getMessage()]
    message = record.getMessage()
    for part in ("rule counts", "palangka", f"sentence {COUNT_SENTENCE}", "aturan rusak untuk uji"):
        assert part in message
    assert record.exc_info is not None


@pytest.mark.usefixtures("broken_counts")
def test_the_cli_report_says_how_many_sentences_were_not_read(
    kb_file: Path, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL):  # the traceback is the logging test's business
        assert cli.main(["ingest", str(PALANGKA), "--db", str(kb_file)]) == 0
    out = capfd.readouterr().out
    assert "Ditambahkan palangka" in out
    assert f"1 kalimat tidak terbaca (kalimat {COUNT_SENTENCE})" in out


BROKEN_CLI = f"""
import sys
from knowledge import cli
from knowledge import kinds
from knowledge.kinds import count

def counts(ctx, view):
    if view.id == {COUNT_SENTENCE}:
        raise RuntimeError("aturan rusak untuk uji")
    count.counts(ctx, view)
kinds.RULES = tuple((k, counts if r is count.counts else r) for k, r in kinds.RULES)
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_cli_json_report_counts_them_and_the_log_names_them(kb_file: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != STRICT_ENV}
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_CLI, "ingest", str(PALANGKA), "--db", str(kb_file), "--json"],
        env={**env, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["unread_sentences"] == 1
    assert report["articles"][0]["unread_sentences"] == [COUNT_SENTENCE]
    assert (
        f"extraction rule counts failed on article palangka, sentence {COUNT_SENTENCE}"
        in result.stderr
    )
    assert "RuntimeError: aturan rusak untuk uji" in result.stderr


def test_strict_mode_lets_a_broken_rule_fail(
    built: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(STRICT_ENV, "1")

    @functools.wraps(target.targets)
    def broken(ctx: Context, view: SentenceView) -> None:
        raise RuntimeError("aturan rusak untuk uji")

    swap_rule(monkeypatch, target.targets, broken)
    before = everything(built)
    with pytest.raises(RuntimeError, match="aturan rusak"):
        store.ingest_files(built, [PALANGKA], actor="test")
    assert everything(built) == before


# ------------------------------------------------------------------------------ batches


@pytest.fixture
def batch(tmp_path: Path) -> list[Path]:
    """Two good articles around a file of each kind of refusal."""
    files = {
        "baik-1.txt": PALANGKA.read_bytes(),
        "biner.txt": b"GIF89a\x01\x00\x01\x00\x00\xff\x00",
        "kosong.txt": b"",
        "cuaca.txt": NO_FACTS.encode(),
        "sudah-ada.txt": BUNDLED[1].read_bytes(),
        "baik-2.txt": (Path(__file__).parents[1] / "fixtures/articles/sulsel_target_2020.txt")
        .read_bytes()
        .replace(b"Sulsel", b"Sulawesi Selatan", 1),
        "kembar.txt": PALANGKA.read_bytes(),
    }
    paths = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    big = tmp_path / "besar.txt"
    with big.open("wb") as handle:
        handle.truncate(2_000_000)
    return [*paths[:3], big, *paths[3:]]


REFUSED = {
    "biner.txt": "bukan berkas teks",
    "kosong.txt": "kosong",
    "besar.txt": "terlalu besar",
    "cuaca.txt": "tidak memuat fakta",
    "sudah-ada.txt": "sudah ada",
    "kembar.txt": "teksnya sama dengan",
}


def test_a_refused_batch_names_every_file_and_saves_nothing(
    built: Database, batch: list[Path]
) -> None:
    before = everything(built)
    with pytest.raises(InvalidInput) as refused:  # the first refusal's kind: biner.txt
        store.ingest_files(built, batch, actor="test")
    message = str(refused.value)
    assert message.startswith(f"Tidak ada yang disimpan: {len(REFUSED)} dari {len(batch)}")
    lines = message.splitlines()
    for name, says in REFUSED.items():
        [line] = [line for line in lines if name in line and "DITOLAK" in line]
        assert says in line, line
    assert any("baik-1.txt: bisa disimpan sebagai baik-1" in line for line in lines)
    assert any("baik-2.txt: bisa disimpan sebagai baik-2" in line for line in lines)
    assert "--skip-bad" in message
    assert everything(built) == before


def test_skip_bad_stores_the_good_files_and_reports_the_others(
    built: Database, batch: list[Path]
) -> None:
    report = store.ingest_files(built, batch, actor="test", skip_bad=True)
    assert [a.id for a in report.articles] == ["baik-1", "baik-2"]
    assert [Path(s.source).name for s in report.skipped] == [
        p.name for p in batch if p.name in REFUSED
    ]
    for skipped in report.skipped:
        assert REFUSED[Path(skipped.source).name] in skipped.reason
    assert {a.id for a in store.list_articles(built)} >= {"baik-1", "baik-2"}
    assert "cuaca" not in {a.id for a in store.list_articles(built)}
    # One change: undo takes the batch back whole.
    store.undo_last(built, actor="test")
    assert not {"baik-1", "baik-2"} & {a.id for a in store.list_articles(built)}


def test_skip_bad_with_nothing_good_is_a_refusal(built: Database, tmp_path: Path) -> None:
    weather = tmp_path / "cuaca.txt"
    weather.write_text(NO_FACTS, encoding="utf-8")
    copy = tmp_path / "salinan.txt"
    shutil.copyfile(BUNDLED[1], copy)
    before = content(built)
    with pytest.raises(NoFacts, match="semua berkas ditolak"):
        store.ingest_files(built, [weather, copy], actor="test", skip_bad=True)
    assert content(built) == before


def test_one_refused_file_keeps_its_own_message(built: Database) -> None:
    with pytest.raises(DuplicateArticle) as refused:
        store.ingest_files(built, [BUNDLED[1]], actor="test")
    assert "Tidak ada yang disimpan:" not in str(refused.value)
    assert str(refused.value).startswith(str(BUNDLED[1]))


def test_the_cli_batch_report(kb_file: Path, batch: list[Path]) -> None:
    original = kb_file.read_bytes()
    result = run(kb_file, "ingest", *map(str, batch))
    assert result.returncode == 1
    assert result.stdout == ""
    for name in [p.name for p in batch]:
        assert name in result.stderr
    assert "Traceback" not in result.stderr
    assert kb_file.read_bytes() == original

    result = run(kb_file, "ingest", "--skip-bad", *map(str, batch))
    assert result.returncode == 0, result.stderr
    assert "Ditambahkan baik-1" in result.stdout
    assert "Ditambahkan baik-2" in result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.startswith("Dilewati")]
    assert len(skipped) == len(REFUSED)
    for name in REFUSED:
        assert any(name in line for line in skipped)
