# One command each on a fresh machine (Python 3.11+):
#   make graph   -> installs kg into .venv and builds the seeds graph into out/
#   make test    -> installs kg with its dev tools into .venv, lints, type-checks and runs the tests
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: graph test lint browser clean

$(BIN)/kg: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

graph: $(BIN)/kg
	$(BIN)/kg build seeds --out out

lint: $(BIN)/kg
	$(BIN)/ruff check kg tests benchmarks scripts
	$(BIN)/ruff format --check kg tests benchmarks scripts
	$(BIN)/mypy kg

test: lint
	$(BIN)/pytest

browser:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
