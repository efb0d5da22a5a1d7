"""Knowledge bases for the engine tests, built for real from article text; measured figures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bot.settings import Settings
from knowledge import store
from knowledge.extract import STRICT_ENV
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.paths import BUNDLED_ARTICLES

# An error inside an extraction rule is logged and counted in production; in the tests it must
# fail loudly. Set in the environment so the CLI and bot processes the tests start inherit it.
os.environ[STRICT_ENV] = "1"
# Copies of loaded knowledge bases (knowledge.snapshot) go to a folder of the run's own, not to
# the user's cache: every test's knowledge-base file would otherwise leave one there.
_CACHE_HOME = tempfile.mkdtemp(prefix="tanya-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME
atexit.register(shutil.rmtree, _CACHE_HOME, ignore_errors=True)

# Property tests (tests/knowledge/test_properties.py). "default" keeps `make test` fast and the
# same on every run; "nightly" (HYPOTHESIS_PROFILE=nightly) explores far more, at random, and
# remembers failing examples in .hypothesis/.
settings.register_profile(
    "default",
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "nightly",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FIXTURE_ARTICLES = Path(__file__).parent / "fixtures" / "articles"
BOT_SETTING_NAMES = tuple(name.upper() for name in Settings.model_fields)
"""The environment variables the bot reads; tests take them out of the inherited environment."""
_FIGURE = "measured figure"
_FIGURES: list[str] = []
"""The figures the run's tests reported, in the process that prints the summary."""


@pytest.fixture
def report_figure(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line of measured figures, printed in the run's summary whatever `-s` says.

    The line travels in the test's report, so a run spread over processes (`-n auto`) prints
    it too."""
    return lambda line: request.node.user_properties.append((_FIGURE, line))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Keep the figures a finished test reported (its teardown report carries them all)."""
    if report.when == "teardown":
        _FIGURES.extend(str(value) for name, value in report.user_properties if name == _FIGURE)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the figures the tests measured (load, faults), once, at the end of the run."""
    if _FIGURES:
        terminalreporter.section("measured figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


def _articles(*folders: Path) -> list[tuple[str, str]]:
    return [
        (path.stem, path.read_text(encoding="utf-8"))
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def bundled_kb() -> KnowledgeBase:
    """The knowledge base of the five bundled articles."""
    return build_in_memory(_articles(BUNDLED_ARTICLES))


@pytest.fixture(scope="session")
def wider_kb() -> KnowledgeBase:
    """The bundled articles plus the test-only articles about other places."""
    return build_in_memory(_articles(BUNDLED_ARTICLES, FIXTURE_ARTICLES))


@pytest.fixture(scope="session")
def built_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base file built once from the bundled articles (copy it before changing it)."""
    path = tmp_path_factory.mktemp("built") / "kb.sqlite"
    db = store.open_db(path)
    try:
        store.build(db, actor="test:build")
    finally:
        db.close()  # the last connection checkpoints the WAL: the file alone holds everything
    return path
