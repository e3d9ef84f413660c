# Quick start:  make demo   (install, then open a demo campaign)
#               make test   (install, then ruff and every test on SQLite and PostgreSQL)
#
# ARGS go to the command: `make test ARGS="-k agenda -x"` (both pytest runs),
# `make demo ARGS="--no-browser --port 8400"`, `make serve ARGS=--no-browser`.
# .venv is made with `python3 -m venv` (PYTHON=... to choose another) and re-installed
# only when pyproject.toml is newer than its stamp file.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip --disable-pip-version-check --no-input --quiet
ARGS ?=

.PHONY: demo test lint format bench serve clean mutants

demo: $(STAMP)
	$(BIN)/coffeechat demo $(ARGS)

test: $(DEV_STAMP)
	scripts/test $(ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check --output-format concise .
	$(BIN)/lint-imports --no-cache

# Fix what ruff can fix by itself.
format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Every benchmark runs, whatever the one before it printed; the exit code is 1 if any missed.
# They run as modules (python -m bench.pages), so bench.data imports from the project root.
bench: $(STAMP)
	rc=0; \
	$(BIN)/python -m bench.pages || rc=1; \
	$(BIN)/python -m bench.lint_speed || rc=1; \
	$(BIN)/python -m bench.lint_eval || rc=1; \
	$(BIN)/python -m bench.lint_eval --corpus bench/lint_corpus/round2 || rc=1; \
	$(BIN)/python -m bench.import_parse_speed || rc=1; \
	$(BIN)/python -m bench.import_speed || rc=1; \
	$(BIN)/python -m bench.dedupe_speed || rc=1; \
	$(BIN)/python -m bench.export_restore || rc=1; \
	exit $$rc

# Mutation testing of coffeechat/lib/ against tests/lib/ (minutes; not part of `make test`
# or CI), then the share of mutants killed per module. MUTATE names the modules, e.g.
# `make mutants MUTATE="agenda lamp"`; empty means every one but lint/ (being split).
# ARGS=--again tests only the last run's survivors once more, after new tests.
MUTATE ?=
mutants: $(DEV_STAMP)
	COFFEECHAT_DATA_DIR=$$(mktemp -d) $(BIN)/python scripts/mutants.py $(ARGS) $(MUTATE)

serve: $(STAMP)
	$(BIN)/coffeechat serve $(ARGS)

clean:
	rm -rf $(VENV) $(STAMP) $(DEV_STAMP) coffeechat.egg-info .pytest_cache .ruff_cache mutants

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

# The dev install includes the app's own, so it renews both stamps.
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[dev]'
	touch $@ $(STAMP)
