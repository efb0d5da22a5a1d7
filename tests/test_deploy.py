"""Shipping: the Dockerfile, docker-compose.yml, .dockerignore and .env.example hold together.

No Docker engine runs on the machines these tests run on, so the image is never built here.
Instead, each promise the files make is checked where it can be:

- docker-compose.yml is valid under the Compose Specification's JSON schema (the copy that
  check-jsonschema ships), and under `docker compose config` when a Compose CLI is installed;
  it runs one bot service with the .env file, a volume at /data, a restart policy, a
  healthcheck that runs the real health command.
- The Dockerfile runs as a non-root user on a slim Python that satisfies requires-python, keeps
  the knowledge base on a /data volume, and copies only what .dockerignore lets through.
- The image's build stage is replayed: the files the Dockerfile copies, minus what .dockerignore
  leaves out, become a wheel, which must carry every data file of the packages; installed
  outside the repository, it must build the knowledge base from its bundled articles on first
  start (KB_PATH on an empty folder), and the healthcheck must pass then, and fail before.
- .env.example names every setting the bot reads, and nothing else.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from bot.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[1]
COMPOSE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "Dockerfile"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"
ENV_EXAMPLE = REPO_ROOT / ".env.example"
HEALTH_COMMAND = ["python", "-m", "bot", "health"]
DATA_DIR = "/data"
KB_IN_CONTAINER = "/data/kb.sqlite"
TIMEOUT = 120.0
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check"]


# --- docker-compose.yml -------------------------------------------------------------------------


def _compose() -> dict[str, Any]:
    return dict(yaml.safe_load(COMPOSE.read_text(encoding="utf-8")))


def _bot_service() -> dict[str, Any]:
    services = _compose()["services"]
    assert list(services) == ["bot"], "one service: the bot"
    return dict(services["bot"])


def test_compose_file_is_valid_under_the_compose_specification() -> None:
    vendored = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads((vendored / "compose-spec.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    errors = sorted(validator_class(schema).iter_errors(_compose()), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def _compose_cli() -> list[str] | None:
    """`docker compose` (v2) or `docker-compose` (v1), if one works here."""
    for command in (["docker", "compose"], ["docker-compose"]):
        if shutil.which(command[0]) is None:
            continue
        probe = subprocess.run(
            [*command, "version"], capture_output=True, timeout=TIMEOUT, check=False
        )
        if probe.returncode == 0:
            return command
    return None


@pytest.mark.skipif(_compose_cli() is None, reason="no Docker Compose CLI on this machine")
def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    shutil.copy(COMPOSE, tmp_path / "docker-compose.yml")
    env = ENV_EXAMPLE.read_text(encoding="utf-8").replace(
        "TELEGRAM_BOT_TOKEN=", "TELEGRAM_BOT_TOKEN=123:dummy", 1
    )
    (tmp_path / ".env").write_text(env, encoding="utf-8")
    command = _compose_cli()
    assert command is not None
    checked = subprocess.run(
        [*command, "config", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr

    # Without a token the stack refuses to start, saying why.
    (tmp_path / ".env").write_text(ENV_EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    refused = subprocess.run(
        [*command, "config", "-q"],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert refused.returncode != 0
    assert "TELEGRAM_BOT_TOKEN" in refused.stderr


def test_compose_runs_the_bot_with_env_file_volume_restart_and_healthcheck() -> None:
    bot = _bot_service()
    assert bot["build"] == "."
    env_files = bot["env_file"] if isinstance(bot["env_file"], list) else [bot["env_file"]]
    assert ".env" in env_files
    assert bot["environment"]["KB_PATH"] == KB_IN_CONTAINER
    assert ":?" in bot["environment"]["TELEGRAM_BOT_TOKEN"], "refuse to start without a token"
    [volume] = bot["volumes"]
    name, target = volume.split(":")[:2]
    assert target == DATA_DIR
    assert name in _compose()["volumes"], "a named volume, declared"
    assert bot["restart"] in ("unless-stopped", "always")
    health = bot["healthcheck"]
    assert health["test"] == ["CMD", *HEALTH_COMMAND]
    assert health["start_period"], "the first start builds the knowledge base: give it time"
    assert bot["init"] is True
    assert bot["read_only"] is True
    assert "/tmp" in bot["tmpfs"]


def test_compose_sets_only_real_settings() -> None:
    names = {name.upper() for name in Settings.model_fields}
    assert set(_bot_service()["environment"]) <= names


# --- Dockerfile ---------------------------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order; continuation lines joined, comments dropped."""
    lines: list[str] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = raw.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        lines.append(pending + stripped)
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def _final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    last_from = max(i for i, (name, _) in enumerate(instructions) if name == "FROM")
    return instructions[last_from:]


def _exec_form(arguments: str) -> list[str]:
    return list(json.loads(arguments))


def test_image_is_slim_python_that_satisfies_requires_python() -> None:
    instructions = dockerfile_instructions()
    args = dict(a.split("=", 1) for name, a in instructions if name == "ARG" and "=" in a)
    images = [
        re.sub(r"\$\{(\w+)\}", lambda m: args[m[1]], a.split()[0])
        for name, a in instructions
        if name == "FROM"
    ]
    assert images, "no FROM"
    requires = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"][
        "requires-python"
    ]
    minimum = tuple(int(part) for part in requires.removeprefix(">=").split("."))
    for image in images:
        match = re.fullmatch(r"python:(\d+)\.(\d+)-slim(-\w+)?", image)
        assert match, f"{image}: a slim Python image, pinned to a minor version"
        assert (int(match[1]), int(match[2])) >= minimum


def test_image_runs_as_a_non_root_user_with_the_knowledge_base_on_a_volume() -> None:
    final = _final_stage()
    users = [a.strip() for name, a in final if name == "USER"]
    assert users, "no USER: the bot would run as root"
    assert users[-1].split(":")[0] not in ("root", "0")
    envs = " ".join(a for name, a in final if name == "ENV")
    assert f"KB_PATH={KB_IN_CONTAINER}" in envs
    # `python` in CMD and HEALTHCHECK is the environment the build stage installed the bot in.
    assert "PATH=/opt/venv/bin:$PATH" in envs
    assert ("COPY", "--from=build /opt/venv /opt/venv") in final
    volumes = [a for name, a in final if name == "VOLUME"]
    assert any(DATA_DIR in volume for volume in volumes)
    run = " ".join(a for name, a in final if name == "RUN")
    assert f"chown bot:bot {DATA_DIR}" in run, "the volume starts out writable by the bot"
    [health] = [a for name, a in final if name == "HEALTHCHECK"]
    assert _exec_form(health.split("CMD", 1)[1]) == HEALTH_COMMAND
    [command] = [a for name, a in final if name == "CMD"]
    assert _exec_form(command) == ["python", "-m", "bot"]


def _ignore_patterns() -> list[str]:
    return [
        line.strip()
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """Docker's .dockerignore matching: `*` and `?` stay within a folder, `**` crosses them."""
    out = ""
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            out += "(?:.*/)?"
            index += 3
        elif pattern.startswith("**", index):
            out += ".*"
            index += 2
        elif pattern[index] == "*":
            out += "[^/]*"
            index += 1
        elif pattern[index] == "?":
            out += "[^/]"
            index += 1
        else:
            out += re.escape(pattern[index])
            index += 1
    return re.compile(out)


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Whether Docker leaves `path` (relative, with /) out of the build context."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    ignored = False
    for raw in patterns:
        negated = raw.startswith("!")
        regex = _pattern_regex(raw.lstrip("!").strip("/"))
        if any(regex.fullmatch(prefix) for prefix in prefixes):
            ignored = not negated
    return ignored


def _copied_sources() -> list[str]:
    """What the build stage COPYs from the build context."""
    sources: list[str] = []
    for name, arguments in dockerfile_instructions():
        if name == "COPY" and "--from" not in arguments:
            *copied, _destination = shlex.split(arguments)
            sources += copied
    return sources


def _context_files(source: str) -> list[str]:
    path = REPO_ROOT / source
    if path.is_file():
        return [source]
    return sorted(
        str(file.relative_to(REPO_ROOT))
        for file in path.rglob("*")
        if file.is_file() and "__pycache__" not in file.parts
    )


def test_dockerignore_keeps_secrets_and_local_data_out_and_the_sources_in() -> None:
    patterns = _ignore_patterns()
    for path in [
        ".env",
        ".env.production",
        "data/kb.sqlite",
        "kb.sqlite-wal",
        "knowledge/kb.sqlite",
        ".venv/bin/python",
        ".git/config",
        "tests/e2e/emulator/node_modules/express/index.js",
        "bot/__pycache__/cli.cpython-311.pyc",
    ]:
        assert dockerignored(path, patterns), f"{path} would be sent to the Docker daemon"
    sources = _copied_sources()
    assert {"pyproject.toml", "README.md", "bot", "knowledge"} <= set(sources)
    for source in sources:
        for path in _context_files(source):
            assert not dockerignored(path, patterns), f"the image needs {path}"


# --- the build stage, replayed ------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel the image's build stage makes, from exactly the files it would get."""
    context = tmp_path_factory.mktemp("context")
    patterns = _ignore_patterns()
    for source in _copied_sources():
        for path in _context_files(source):
            if not dockerignored(path, patterns):
                (context / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO_ROOT / path, context / path)
    out = tmp_path_factory.mktemp("wheels")
    built = subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(context)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = out.glob("*.whl")
    return wheel


def test_the_wheel_carries_every_data_file_of_the_packages(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    data_files = [
        path
        for package in ("bot", "knowledge")
        for path in _context_files(package)
        if not path.endswith(".py")
    ]
    assert any(path.startswith("knowledge/articles/") for path in data_files)
    missing = [path for path in data_files if path not in names]
    assert not missing, f"not in the wheel, so not in the image: {missing}"


def test_first_start_builds_the_knowledge_base_and_the_healthcheck_follows(
    wheel: Path, tmp_path: Path
) -> None:
    """Installed outside the repository, as in the image: an empty /data, then a first start."""
    site = tmp_path / "site"
    installed = subprocess.run(
        [*PIP, "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    data = tmp_path / "data"
    data.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("KB_PATH", "TELEGRAM_BOT_TOKEN")},
        # The installed copy first; the test's own environment supplies the dependencies.
        "PYTHONPATH": str(site),
        "KB_PATH": str(data / "kb.sqlite"),
    }

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *argv],
            cwd=home,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )

    where = run("-c", "import bot, knowledge; print(bot.__file__, knowledge.__file__)")
    assert where.stdout.count(str(site)) == 2, f"not the installed copy: {where.stdout}"

    before = run("-m", "bot", "health")
    assert before.returncode == 1, "healthy without a knowledge base?"
    first = run("-m", "bot", "ask", "Berapa lokalisasi yang ditutup di Kaltim?")
    assert first.returncode == 0, first.stderr
    assert "22" in first.stdout
    after = run("-m", "bot", "health")
    assert after.returncode == 0, after.stderr
    assert "5 artikel" in after.stdout


# --- .env.example -------------------------------------------------------------------------------


def test_env_example_names_every_setting_and_nothing_else() -> None:
    listed = {
        line.split("=", 1)[0].strip()
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.lstrip().startswith("#")
    }
    names = {name.upper() for name in Settings.model_fields}
    assert listed == names


def test_env_example_loads_as_the_defaults() -> None:
    settings = Settings(_env_file=ENV_EXAMPLE)  # type: ignore[call-arg]
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings == defaults
