"""`kb_path()` reads KB_PATH from the environment without the settings library, and must say
exactly what the settings say in every case."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.paths import kb_path
from knowledge.settings import KnowledgeSettings


@pytest.mark.parametrize(
    ("environment", "env_file", "expected"),
    [
        ({"KB_PATH": "/tmp/dari-env.sqlite"}, None, Path("/tmp/dari-env.sqlite")),
        ({"KB_PATH": "relatif/kb.sqlite"}, None, Path("relatif/kb.sqlite")),
        (
            {"KB_PATH": "/tmp/dari-env.sqlite"},
            "KB_PATH=/tmp/dari-file.sqlite\n",
            Path("/tmp/dari-env.sqlite"),
        ),
        ({"KB_PATH": ""}, "KB_PATH=/tmp/dari-file.sqlite\n", Path("/tmp/dari-file.sqlite")),
        ({"kb_path": "/tmp/huruf-kecil.sqlite"}, None, Path("/tmp/huruf-kecil.sqlite")),
        ({}, "KB_PATH=/tmp/dari-file.sqlite\n", Path("/tmp/dari-file.sqlite")),
        ({}, None, None),
    ],
)
def test_kb_path_is_what_the_settings_say(
    environment: dict[str, str],
    env_file: str | None,
    expected: Path | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("KB_PATH", "kb_path", "Kb_Path"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    if env_file is not None:
        (tmp_path / ".env").write_text(env_file, encoding="utf-8")
    assert kb_path() == KnowledgeSettings().kb_path
    if expected is not None:
        assert kb_path() == expected
