"""Settings from the environment and .env: secrets stay secret, the environment wins."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from knowledge.paths import DEFAULT_KB_PATH
from tests.conftest import BOT_SETTING_NAMES


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in BOT_SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)


def test_defaults_without_anything() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url is None
    assert settings.webhook_url is None
    assert settings.bot_admin_ids == frozenset()
    assert settings.kb_path == DEFAULT_KB_PATH


def test_token_is_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "123:abc"
    assert "123:abc" not in repr(settings)
    assert "123:abc" not in str(settings.model_dump())


@pytest.mark.parametrize(
    ("raw", "ids"),
    [("", frozenset()), ("42", {42}), ("1, 2,3", {1, 2, 3}), ("7;8", {7, 8}), ("5,", {5})],
)
def test_admin_ids_are_comma_separated(
    monkeypatch: pytest.MonkeyPatch, raw: str, ids: set[int]
) -> None:
    monkeypatch.setenv("BOT_ADMIN_IDS", raw)
    assert Settings(_env_file=None).bot_admin_ids == ids  # type: ignore[call-arg]


def test_bad_admin_id_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_ADMIN_IDS", "12,abc")
    with pytest.raises(ValueError, match="abc"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_env_file_is_read_and_the_environment_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        "TELEGRAM_BOT_TOKEN=dari-file\nKB_PATH=/tmp/dari-file.sqlite\nWEBHOOK_URL=\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("KB_PATH", "/tmp/dari-env.sqlite")
    settings = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "dari-file"
    assert settings.kb_path == Path("/tmp/dari-env.sqlite")
    assert settings.webhook_url is None, "an empty value means unset"


def test_webhook_path_comes_from_the_url() -> None:
    settings = Settings(webhook_url="https://bot.example.org/tg/hook/", _env_file=None)  # type: ignore[call-arg]
    assert settings.webhook_path == "tg/hook"
    assert Settings(_env_file=None).webhook_path == ""  # type: ignore[call-arg]


def test_log_level_is_info_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).log_level == "INFO"  # type: ignore[call-arg]
    monkeypatch.setenv("LOG_LEVEL", " debug ")
    assert Settings(_env_file=None).log_level == "DEBUG"  # type: ignore[call-arg]
    monkeypatch.setenv("LOG_LEVEL", "LOUD")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_fair_shares_default_to_telegrams_limits() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.throttle_user_per_second, settings.throttle_user_burst) == (1.0, 5)
    assert (settings.throttle_group_per_minute, settings.throttle_group_burst) == (20.0, 20)
    assert (settings.throttle_inline_per_second, settings.throttle_inline_burst) == (2.0, 10)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("THROTTLE_USER_PER_SECOND", "0"),
        ("THROTTLE_USER_BURST", "0"),
        ("THROTTLE_GROUP_PER_MINUTE", "-20"),
        ("THROTTLE_GROUP_BURST", "1"),  # no room left for the note
        ("THROTTLE_INLINE_PER_SECOND", "banyak"),
        ("THROTTLE_INLINE_BURST", "2.5"),
    ],
)
def test_a_fair_share_must_leave_room_to_answer(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=name.lower()):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_fair_shares_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THROTTLE_USER_PER_SECOND", "0.5")
    monkeypatch.setenv("THROTTLE_GROUP_BURST", "10")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.throttle_user_per_second == 0.5
    assert settings.throttle_group_burst == 10
