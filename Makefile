# whatweknow — developer commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: setup demo test lint types unit browser postgres eval bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,eval,web,postgres,dask]'
	touch $@

demo: setup          ## set up, ingest the bundled sample corpus, print a summary
	$(BIN)/wwk demo

test: lint types unit  ## set up, lint, type-check and run the test suite

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

types: setup
	$(BIN)/mypy

unit: setup browser postgres
	$(BIN)/pytest

browser:             ## Debian's Chromium for the browser test (installed when missing, as root)
	@command -v chromium >/dev/null || { \
	  [ "$$(id -u)" = 0 ] || { echo "the browser test needs Debian's chromium: sudo apt-get install chromium" >&2; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

postgres:            ## Debian's PostgreSQL for the store tests, which start a throwaway cluster (installed when missing, as root)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || { \
	  [ "$$(id -u)" = 0 ] || { echo "the PostgreSQL store tests need Debian's postgresql: sudo apt-get install postgresql" >&2; exit 1; }; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

eval: setup          ## evaluations on ../shared/data, each failing under its floor
	$(BIN)/wwk eval meantime ../shared/data/meantime --floor 0.77 --floor-check 0.74
	$(BIN)/wwk eval polnear ../shared/data/polnear --floor 0.64 --floor-attr 0.58 --floor-check-precision 0.76
	$(BIN)/wwk eval factuality ../shared/data/meantime --floor 0.90 --floor-check 0.90
	$(BIN)/wwk eval plover ../shared/data/plover/gsr-dev.json --floor 0.75 --floor-check 0.75
	$(BIN)/wwk eval tempeval3 ../shared/data/tempeval3 --meantime ../shared/data/meantime --floor 0.80 --floor-check 0.80 --meantime-floor 0.80
	$(BIN)/wwk eval ecbplus ../shared/data/ecbplus --floor 0.89 --floor-topic 0.82 --floor-check 0.84
	$(BIN)/wwk eval stories ../shared/data/stories --floor 0.95 --floor-speakers 0.95 --floor-coverage 0.93 --floor-disputes 0.80 --floor-dispute-recall 0.35 --floor-facts 0.95

bench: setup
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf $(VENV) build dist *.egg-info whatweknow-demo.db
