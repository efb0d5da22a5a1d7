"""`kb_path()` reads KB_PATH from the environment without the settings library, and must say
exactly what the settings say in every case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


@pytest.mark.parametrize(
    ("environment", "env_file", "settings_loaded"),
    [
        ({"KB_PATH": "/tmp/dari-env.sqlite"}, None, False),
        ({}, None, False),
        ({}, "KB_PATH=/tmp/dari-file.sqlite\n", True),
    ],
)
def test_kb_path_loads_the_settings_library_only_for_a_dot_env(
    environment: dict[str, str], env_file: str | None, settings_loaded: bool, tmp_path: Path
) -> None:
    if env_file is not None:
        (tmp_path / ".env").write_text(env_file, encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if k.lower() != "kb_path"}
    script = (
        "import json, sys\n"
        "from knowledge.paths import kb_path\n"
        "path = kb_path()\n"
        "print(json.dumps([str(path), 'pydantic_settings' in sys.modules]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**base, **environment, "PYTHONPATH": str(Path(__file__).parents[2])},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    path, loaded = json.loads(run.stdout)
    assert loaded is settings_loaded
    assert path != ""
