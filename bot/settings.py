"""The bot's settings, from the environment and an optional `.env` file (the environment wins)."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import NoDecode, SettingsConfigDict

from knowledge.fetch import TOTAL_TIMEOUT, FetchSettings
from knowledge.paths import ENV_FILE
from knowledge.settings import KnowledgeSettings


class Settings(KnowledgeSettings):
    """Everything `python -m bot` reads from outside; the token stays secret until used.

    KB_PATH comes from KnowledgeSettings, which `python -m knowledge` reads the same way.
    """

    model_config = SettingsConfigDict(
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        # `TELEGRAM_BOT_TOKEN=` in a .env means "no token", not an empty one.
        env_ignore_empty=True,
        extra="ignore",
    )

    telegram_bot_token: SecretStr | None = None
    """Without it, `python -m bot` chats in the terminal instead of connecting to Telegram."""
    telegram_api_base_url: str | None = None
    """python-telegram-bot's `base_url`, e.g. http://127.0.0.1:9000/bot; None means Telegram's."""
    webhook_url: str | None = None
    """The public HTTPS address Telegram posts updates to; None means long polling."""
    webhook_listen: str = "127.0.0.1"
    """Where the webhook server listens; a reverse proxy in front forwards WEBHOOK_URL here."""
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_secret_token: SecretStr | None = None
    """Checked on every webhook request; a random one is made at start-up when unset."""
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    """Telegram user ids allowed to change the knowledge base (comma-separated)."""
    fetch_allow_private_hosts: bool = False
    """Let admins add articles from links to loopback and private addresses (tests, intranets)."""
    fetch_timeout: float = Field(default=TOTAL_TIMEOUT, gt=0)
    """Seconds for fetching one linked page, redirects included."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    """What the Telegram bot logs: INFO is one line per update, never the users' text; DEBUG adds
    that text (clipped) and python-telegram-bot's own detail."""
    # Fair shares in Telegram (bot/telegram/allowance.py): beyond them a question gets one short
    # note, then silence until the allowance has refilled.
    throttle_user_per_second: float = Field(default=1.0, gt=0)
    """Questions (and commands) one user may ask per second, on average."""
    throttle_user_burst: int = Field(default=5, ge=1)
    """Questions one user may ask at once."""
    throttle_group_per_minute: float = Field(default=20.0, gt=0)
    """Questions addressed to the bot in one group per minute: Telegram's 20 messages a minute."""
    throttle_group_burst: int = Field(default=20, ge=2)
    """Messages the bot may send into one group at once: answers, and one kept for the note."""
    throttle_inline_per_second: float = Field(default=2.0, gt=0)
    """Inline queries (`@bot kata kunci`, one per pause in typing) one user may have answered
    per second, on average."""
    throttle_inline_burst: int = Field(default=10, ge=1)
    """Inline queries one user may have answered at once."""

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        """Accept "debug" as well as "DEBUG"."""
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Read "123, 456" as {123, 456}."""
        if isinstance(value, str):
            return frozenset(
                int(part) for part in value.replace(";", ",").split(",") if part.strip()
            )
        return value

    def fetch_settings(self) -> FetchSettings:
        """How linked pages are fetched: the same FETCH_* settings `python -m knowledge` reads."""
        return FetchSettings(
            allow_private_hosts=self.fetch_allow_private_hosts,
            timeout=self.fetch_timeout,
            _env_file=None,  # type: ignore[call-arg]
        )

    @property
    def webhook_path(self) -> str:
        """The path part of WEBHOOK_URL, which the webhook server answers on."""
        return urlsplit(self.webhook_url or "").path.strip("/")
