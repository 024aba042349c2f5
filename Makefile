# One command each on a fresh machine (Python 3.11+):
#   make graph   -> installs kg (only what the build needs) into .venv and builds the seeds graph into out/
#   make test    -> adds the dev tools (pytest, ruff, mypy, Playwright...), lints, type-checks and runs the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: graph test lint browser clean

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev: $(BIN)/kg
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

graph: $(BIN)/kg
	$(BIN)/kg build seeds --out out

lint: $(VENV)/.dev
	$(BIN)/ruff check kg tests benchmarks scripts
	$(BIN)/ruff format --check kg tests benchmarks scripts
	$(BIN)/mypy kg

test: lint
	$(BIN)/pytest

browser:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
