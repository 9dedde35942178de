# Two commands for a newcomer: `make demo` and `make test`. Each sets up .venv on first use.
PYTHON     ?= python3
VENV       ?= .venv
BIN        := $(VENV)/bin
SAMPLE     := examples/rferl-2005-11-30-washington-iraq-iran.txt
# The bundled web page, captured into a small deterministic WARC for the demo (examples/make_warc.py).
PAGE       ?= $(firstword $(wildcard examples/*.html))
DEMO       ?= demo-output
REPOSITORY ?= repository

.PHONY: demo test lint bench fuzz records clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime dependencies only for the demo; the test extras for the tests.
$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-runtime

# The mission on the bundled sample: article → validated bag → OCFL repository, verified at each step.
# Idempotent: run it again and the bag is found and verified, the repository left unchanged.
demo: $(VENV)/.installed-runtime
	@echo "== 1. ingest: parse, render, validate, bag"
	$(BIN)/archivist ingest $(SAMPLE) -o $(DEMO)/bags --report $(DEMO)/ingest.jsonl
ifneq ($(PAGE),)
	@echo "== 1b. ingest a web archive: $(PAGE) captured in $(DEMO)/crawl.warc.gz (robots.txt and an image skipped)"
	$(BIN)/python examples/make_warc.py $(PAGE) $(DEMO)/crawl.warc.gz
	$(BIN)/archivist ingest $(DEMO)/crawl.warc.gz -o $(DEMO)/bags --report $(DEMO)/ingest-warc.jsonl
endif
	@echo "== 2. validate the bag (RFC 8493, every checksum, archivist's BagIt profile)"
	$(BIN)/archivist validate --profile schemas/archivist-bagit-profile.json $(DEMO)/bags/*/
	@echo "== 3. deposit into the OCFL storage root $(REPOSITORY)"
	$(BIN)/archivist deposit $(DEMO)/bags/*/ --to $(REPOSITORY)
	@echo "== 4. validate the repository (ocfl-py, digests included)"
	$(BIN)/archivist validate $(REPOSITORY)
	@echo "== where everything is"
	@for bag in $(DEMO)/bags/*/; do echo "   bag (original in data/source/, metadata in data/metadata/): $$bag"; done
	@for receipt in $(DEMO)/bags/*.deposit.json; do echo "   deposit receipt:        $$receipt"; done
	@echo "   per-article reports:    $(DEMO)/ingest.jsonl$(if $(PAGE), $(DEMO)/ingest-warc.jsonl)"
	@echo "   OCFL repository:        $(REPOSITORY)/"

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

fuzz: $(VENV)/.installed-test
	$(BIN)/python bench/fuzz_cli.py --count 20000

# Regenerate the committed sample documents under records/ (the tests compare them byte for byte).
records: $(VENV)/.installed-runtime
	SOURCE_DATE_EPOCH=1133308800 $(BIN)/archivist render $(SAMPLE) -o records/rferl-2005-11-30-washington-iraq-iran

clean:
	rm -rf $(VENV) build dist .pytest_cache $(DEMO) $(REPOSITORY)
