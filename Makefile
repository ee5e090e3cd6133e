# `make run`: install, ingest seeds/ into db/monitor.duckdb, serve the dashboard on 127.0.0.1:8501 (this
# machine only: see "Security and limits" in the README to let others in).
# `make test`: install, run the tests (all of them; `make quick`: those not marked slow, under a minute).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

$(STAMP): requirements.txt requirements-camel.txt constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt -c constraints.txt
	$(BIN)/pip install -q --no-deps -r requirements-camel.txt
	touch $(STAMP)

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/python -m etl ingest seeds/

run: ingest
	$(BIN)/streamlit run dashboard.py --server.address 127.0.0.1 --server.port 8501 --server.headless true

# The browser tests use Debian's chromium; as root (CI) it is installed here, elsewhere they are skipped.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium not installed: the browser tests will be skipped"; }

# Both cores: one test file per worker at a time (a file's servers and databases are made once).
test: $(STAMP) chromium
	$(BIN)/python -m pytest -q -n 2 --dist loadfile --no-loadscope-reorder

quick: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m tools.bench

.PHONY: install ingest run test quick bench chromium
