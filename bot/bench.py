"""`python -m bot bench`: speed and memory, measured and printed (never asserted in tests).

Targets: ≥ 10,000 questions/s on the bundled knowledge base in one process, p99 ≤ 5 ms with
1,000 articles, cold start to first answer ≤ 0.5 s, RSS ≤ 80 MiB. Each figure comes from its
own process so one phase's memory does not count against another's.
"""

from __future__ import annotations

import compileall
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH_QUESTIONS = Path(__file__).resolve().parent / "data" / "bench_questions.txt"
MIN_SECONDS = 2.0
UNIQUE_QUESTIONS = 2_000
SYNTHETIC_QUESTIONS = 3_000


def _rss_mib() -> float:
    """Peak resident memory of this process image, in MiB.

    VmHWM belongs to the running program; ru_maxrss would also count the parent's memory that
    a forked child held for the instant before exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _timed(
    questions: list[str], ask: Callable[[str], object], min_seconds: float = 0.0
) -> dict[str, float]:
    """Answer the questions round after round until `min_seconds` have passed (at least one
    round); throughput and latency figures."""
    latencies: list[float] = []
    started = time.perf_counter()
    while True:
        for question in questions:
            t0 = time.perf_counter()
            ask(question)
            latencies.append(time.perf_counter() - t0)
        if time.perf_counter() - started >= min_seconds:
            break
    elapsed = time.perf_counter() - started
    return {
        "per_second": len(latencies) / elapsed,
        "p50_ms": _percentile(latencies, 0.50) * 1000,
        "p99_ms": _percentile(latencies, 0.99) * 1000,
    }


def bundled_phase(kb_file: Path) -> dict[str, float]:
    """Throughput and latency on the bundled knowledge base, in this (fresh) process."""
    from bot.answer import answer
    from bot.answer.cues import clear_bonus_cache
    from bot.suggest import prepare
    from bot.understand import clear_caches
    from knowledge.index import read_kb

    t0 = time.perf_counter()
    kb = prepare(read_kb(kb_file))  # as the bot loads a snapshot
    load_seconds = time.perf_counter() - t0
    questions = [q for q in BENCH_QUESTIONS.read_text(encoding="utf-8").splitlines() if q]
    warm = _timed(questions, lambda q: answer(q, kb), MIN_SECONDS)
    # Every question new: readings are not cached, intents are (a running bot's state).
    fresh = unique_questions(kb, UNIQUE_QUESTIONS)
    clear_caches(kb)
    clear_bonus_cache()
    unique = _timed(fresh, lambda q: answer(q, kb))

    def uncached(question: str) -> object:
        clear_caches(kb)
        clear_bonus_cache()
        return answer(question, kb)

    cold = _timed(questions, uncached, MIN_SECONDS)
    return {
        "load_s": load_seconds,
        "warm_qps": warm["per_second"],
        "warm_p50_ms": warm["p50_ms"],
        "warm_p99_ms": warm["p99_ms"],
        "unique_qps": unique["per_second"],
        "unique_p99_ms": unique["p99_ms"],
        "cold_qps": cold["per_second"],
        "cold_p99_ms": cold["p99_ms"],
        "rss_mib": _rss_mib(),
    }


UNIQUE_TEMPLATES = (
    "berapa psk di {p}",
    "brp lokalisasi yg ditutup di {p}",
    "kapan lokalisasi di {p} ditutup ya",
    "psk {p} ada brp",
    "bantuan kemensos utk mantan psk {p} brp",
    "berapa bantuan untuk eks psk di {p}",
    "{p} bebas lokalisasi kapan",
    "siapa kepala dinas sosial {p}",
    "jumlah pekerja seks di {p} tahun {y}",
    "kenapa lokalisasi di {p} ditutup",
)


def unique_questions(kb: object, count: int) -> list[str]:
    """`count` different questions about the places the knowledge base covers."""
    from knowledge.index import KnowledgeBase

    assert isinstance(kb, KnowledgeBase)
    places = sorted({name for name, ids in kb.names.items() if any(i in kb.covered for i in ids)})
    rng = random.Random(3)
    seen: set[str] = set()
    while len(seen) < count:
        template = rng.choice(UNIQUE_TEMPLATES)
        seen.add(
            template.format(
                p=rng.choice(places), n=rng.randrange(10_000), y=rng.randrange(2000, 2030)
            )
        )
    return sorted(seen)


FIRST_NAMES = "Ahmad Budi Citra Dewi Eko Fitri Gunawan Hesti Indra Joko Kartini Lukman Maya".split()
LAST_NAMES = "Santoso Wibowo Lestari Siregar Nasution Pratama Hidayat Saputra Rahman Kusuma".split()
SITE_FIRST = "Sumber Mekar Bunga Tanjung Pondok".split()
SITE_SECOND = "Jaya Indah Sari Permai Baru".split()
WEEKDAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()


def synthetic_articles(count: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """(article id, raw text, place name) for `count` invented closure reports in real regions."""
    import datetime as dt

    from knowledge.numbers import format_rupiah
    from knowledge.places import seed as seed_places
    from knowledge.places import short_name

    rng = random.Random(seed)
    places, _ = seed_places()
    by_id = {p.id: p for p in places}
    regions = [p for p in places if p.level in ("kabupaten", "kota")]
    districts: dict[str, list[str]] = {}
    for place in places:
        if place.level == "kecamatan" and place.parent_id:
            districts.setdefault(place.parent_id, []).append(place.name)
    articles = []
    for index in range(count):
        region = rng.choice(regions)
        province = by_id[region.parent_id or "ID"].name
        short = short_name(region.name)
        kind = "Kota" if region.level == "kota" else "Kabupaten"
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        site = f"{rng.choice(SITE_FIRST)} {rng.choice(SITE_SECOND)}"
        district = rng.choice(districts.get(region.id, [short]))
        lokalisasi = rng.randint(1, 9)
        workers = rng.randint(20, 1500)
        aid = rng.choice([2_500_000, 3_000_000, 5_050_000])
        capital = rng.choice([1, 2, 3, 5])
        target = rng.randint(2016, 2022)
        weekday = WEEKDAYS[day.weekday()]
        text = "\n".join(
            [
                f"Pemerintah {kind} {short} Tutup {lokalisasi} Lokalisasi",
                f"{short} (Antara) - Pemerintah {kind} {short}, {province}, resmi menutup "
                f"{lokalisasi} lokalisasi di daerah itu, {weekday} "
                f"({day.day}/{day.month}/{day.year}).",
                f"Penutupan dipusatkan di lokalisasi {site}, Kecamatan {district}.",
                f"Kepala Dinas Sosial {kind} {short}, {person}, mengatakan sebanyak {workers} "
                "pekerja seks komersial menghuni lokalisasi tersebut.",
                f'"Setiap mantan PSK mendapat bantuan {format_rupiah(aid)} dari Kementerian '
                f'Sosial dan modal usaha Rp{capital} juta dari pemerintah daerah," kata '
                f"{person.split()[0]}.",
                f"Pemerintah {province} menargetkan seluruh lokalisasi di provinsi itu ditutup "
                f"pada {target}.",
            ]
        )
        articles.append((f"syn_{index:04d}", text, short))
    return articles


def synthetic_phase(count: int) -> dict[str, float]:
    """Build a knowledge base of `count` invented articles and time questions against it."""
    from bot.answer import answer
    from bot.suggest import prepare
    from knowledge.index import build_in_memory

    articles = synthetic_articles(count)
    t0 = time.perf_counter()
    kb = prepare(build_in_memory((article_id, text) for article_id, text, _ in articles))
    build_seconds = time.perf_counter() - t0
    rng = random.Random(11)
    templates = [
        "Berapa PSK di {p}?",
        "Kapan lokalisasi di {p} ditutup?",
        "Berapa bantuan untuk eks PSK di {p}?",
        "brp lokalisasi yg ditutup di {p}",
        "Siapa Kepala Dinas Sosial {p}?",
        "Berapa modal usaha untuk mantan psk di {p}?",
        "Kenapa lokalisasi di {p} ditutup?",
        "Berapa jumlah penduduk {p}?",
    ]
    places = [place for _, _, place in articles]
    # Different questions each time: no reading is served from the cache.
    questions = sorted(
        {rng.choice(templates).format(p=rng.choice(places)) for _ in range(SYNTHETIC_QUESTIONS)}
    )
    timed = _timed(questions, lambda q: answer(q, kb))
    return {
        "articles": len(kb.articles),
        "facts": len(kb.facts),
        "build_s": build_seconds,
        "questions": len(questions),
        "qps": timed["per_second"],
        "p50_ms": timed["p50_ms"],
        "p99_ms": timed["p99_ms"],
        "rss_mib": _rss_mib(),
    }


def _in_subprocess(phase: str, *args: str) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, "-m", "bot.bench", phase, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


def _cold_start(kb_file: Path, runs: int = 5) -> tuple[float, float]:
    """Seconds from starting `python -m bot ask` to its printed answer: the first start after
    the file changed (which reads the store and leaves a copy in the cache folder,
    knowledge.snapshot), and the median of `runs` starts after it (which load the copy)."""
    env = {
        **os.environ,
        "KB_PATH": str(kb_file),
        # A cache folder of the bench's own: its copy goes when the bench's files go.
        "XDG_CACHE_HOME": str(kb_file.parent / "cache"),
    }
    # An installed bot starts from bytecode (pip compiles the package); where the environment
    # says PYTHONDONTWRITEBYTECODE, every start would otherwise compile each source again.
    for package in ("bot", "knowledge"):
        compileall.compile_dir(Path(__file__).parent.parent / package, quiet=2)
    timings = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "Berapa PSK di Kaltim?"],
            env=env,
            capture_output=True,
            check=True,
            timeout=60,
        )
        timings.append(time.perf_counter() - t0)
    return timings[0], statistics.median(timings[1:])


def run_bench(synthetic_articles: int = 1000) -> int:
    """Print the speed and memory figures."""
    from knowledge.store import build, open_db

    with tempfile.TemporaryDirectory() as folder:
        kb_file = Path(folder) / "kb.sqlite"
        t0 = time.perf_counter()
        db = open_db(kb_file)
        build(db, actor="bench")
        db.close()
        build_seconds = time.perf_counter() - t0
        print(f"Bundled knowledge base built in {build_seconds:.2f} s")
        first, cold = _cold_start(kb_file)
        print(
            f"Cold start to first answer (python -m bot ask, median of 5): {cold:.3f} s; "
            f"the first start after a change, which also caches the loaded base: {first:.3f} s"
        )
        bundled = _in_subprocess("bundled", str(kb_file))
    print(
        f"Bundled base, one process: {bundled['warm_qps']:,.0f} questions/s on the bench mix "
        f"asked over and over (p50 {bundled['warm_p50_ms']:.3f} ms, p99 "
        f"{bundled['warm_p99_ms']:.3f} ms); {bundled['unique_qps']:,.0f} questions/s on "
        f"{UNIQUE_QUESTIONS:,} different questions (p99 {bundled['unique_p99_ms']:.3f} ms); "
        f"{bundled['cold_qps']:,.0f} questions/s with every cache cleared before every "
        f"question (p99 {bundled['cold_p99_ms']:.3f} ms); loaded in "
        f"{bundled['load_s'] * 1000:.0f} ms; peak RSS {bundled['rss_mib']:.1f} MiB"
    )
    if synthetic_articles:
        synthetic = _in_subprocess("synthetic", str(synthetic_articles))
        print(
            f"Synthetic base of {synthetic['articles']:.0f} articles ({synthetic['facts']:.0f} "
            f"facts, built in {synthetic['build_s']:.1f} s), {synthetic['questions']:,.0f} "
            f"different questions: {synthetic['qps']:,.0f} questions/s, "
            f"p50 {synthetic['p50_ms']:.3f} ms, p99 {synthetic['p99_ms']:.3f} ms; peak RSS "
            f"{synthetic['rss_mib']:.1f} MiB (building included)"
        )
    return 0


if __name__ == "__main__":
    phase = sys.argv[1]
    if phase == "bundled":
        result = bundled_phase(Path(sys.argv[2]))
    else:
        result = synthetic_phase(int(sys.argv[2]))
    print(json.dumps(result))
