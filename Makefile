# Two commands do all set-up on a fresh machine:
#   make run    - the bot (terminal chat without TELEGRAM_BOT_TOKEN, Telegram with it)
#   make test   - format check, lint and the whole test suite, end-to-end included
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.runtime
STAMP := $(VENV)/.installed
EMULATOR := tests/e2e/emulator
EMULATOR_STAMP := $(EMULATOR)/node_modules/.installed

.PHONY: run test check bench kb clean

# Running needs only the runtime dependencies; the dev extras (pytest, ruff, …) come with
# `make test`, so the first `make run` on a fresh machine installs no more than it needs.
$(RUNTIME_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $(RUNTIME_STAMP)

$(STAMP): $(RUNTIME_STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

$(EMULATOR_STAMP): $(EMULATOR)/package.json $(EMULATOR)/package-lock.json
	cd $(EMULATOR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(EMULATOR_STAMP)

run: $(RUNTIME_STAMP)
	$(PY) -m bot

check: $(STAMP)
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .

test: check $(EMULATOR_STAMP)
	$(PY) -m pytest -n auto --dist loadfile

bench: $(RUNTIME_STAMP)
	$(PY) -m bot bench

kb: $(RUNTIME_STAMP)
	$(PY) -m knowledge build

clean:
	rm -rf $(VENV) $(EMULATOR)/node_modules data
