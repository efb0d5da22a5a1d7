"""`python -m bot`: the Telegram bot when TELEGRAM_BOT_TOKEN is set, else a chat in the terminal."""

from __future__ import annotations

import logging
from urllib.parse import quote

from bot.settings import Settings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
REDACTED = "[REDACTED]"


class RedactingFormatter(logging.Formatter):
    """A formatter that blanks out secrets wherever they appear (URLs, exception texts, …)."""

    def __init__(self, fmt: str, secrets: list[str]) -> None:
        super().__init__(fmt)
        # The URL-encoded form too: python-telegram-bot puts the token in request URLs.
        variants = {form for secret in secrets if secret for form in (secret, quote(secret))}
        self._secrets = sorted(variants, key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        """Format as usual, then redact."""
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def configure_logging(level: int, secrets: list[str]) -> None:
    """Log to stderr, never showing `secrets`; httpx's per-request lines only as warnings."""
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(LOG_FORMAT, secrets))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def run_bot(settings: Settings | None = None) -> int:
    """Run the bot the settings ask for; returns the exit status."""
    settings = settings or Settings()
    if settings.telegram_bot_token is None:
        from bot.terminal import run_terminal

        configure_logging(logging.WARNING, [])
        return run_terminal(settings)

    from bot.telegram.app import main

    secrets = [settings.telegram_bot_token.get_secret_value()]
    if settings.webhook_secret_token:
        secrets.append(settings.webhook_secret_token.get_secret_value())
    configure_logging(logging.getLevelNamesMapping()[settings.log_level], secrets)
    return main(settings)
