# Tanya Lokalisasi, the Telegram bot, as a small image that runs as a non-root user.
#
#   docker compose up -d --build        (docker-compose.yml; the README's "Running it for real")
#
# The knowledge base lives on the /data volume (KB_PATH=/data/kb.sqlite). On first start, while
# that file is missing, the bot builds it from the articles bundled in the package; afterwards
# it keeps every change admins make, across restarts and upgrades of the image.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: the project and its dependencies in a virtual environment ---------------------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
WORKDIR /src
# Only what the package is made of: tests, the emulator and local data stay out (.dockerignore).
# The wheel built from it carries the bundled articles and data files (package data).
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN /opt/venv/bin/pip install .

# --- run -----------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    KB_PATH=/data/kb.sqlite
# The environment only: no sources, no build tools, no pip cache (same base image, same Python).
COPY --from=build /opt/venv /opt/venv
# A fixed uid, so a bind-mounted folder can be given to it: chown 10001:10001 ./data
RUN groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --home-dir /home/bot --create-home \
       --shell /usr/sbin/nologin bot \
    && mkdir /data \
    && chown bot:bot /data
USER bot
WORKDIR /home/bot
VOLUME ["/data"]
# Webhook mode only (WEBHOOK_URL set, WEBHOOK_LISTEN=0.0.0.0); long polling needs no port.
EXPOSE 8443
# Cheap and real: opens the knowledge base read-only and counts its articles (bot/health.py).
# The first start builds the base, hence the grace period.
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
# SIGTERM (docker stop) ends the bot cleanly: python-telegram-bot stops polling and exits.
CMD ["python", "-m", "bot"]
