"""The Telegram shell over the answer engine: python-telegram-bot handlers, kept thin."""
