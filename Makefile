# Two commands for a newcomer: `make demo` and `make test`. Each sets up .venv on first use.
PYTHON     ?= python3
VENV       ?= .venv
BIN        := $(VENV)/bin
SAMPLE     := examples/rferl-2005-11-30-washington-iraq-iran.txt
SAMPLE_PAGE := examples/rferl-2005-11-30-washington-iraq-iran.html
DEMO       ?= demo-output
REPOSITORY ?= repository

.PHONY: demo test lint bench fuzz records clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime dependencies only for the demo; the test extras for the tests.
$(VENV)/.installed-runtime: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q src >/dev/null
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q src >/dev/null
	touch $@ $(VENV)/.installed-runtime

# The mission on the bundled sample: article → validated bag → OCFL repository, verified at each step.
# Idempotent: run it again and the bag is found and verified, the repository left unchanged.
demo: $(VENV)/.installed-runtime
	@echo "== 1. ingest: parse, render, validate, bag (the article as text, and as a news site's web page)"
	$(BIN)/archivist ingest $(SAMPLE) -o $(DEMO)/bags --report $(DEMO)/ingest.jsonl
	$(BIN)/archivist ingest $(SAMPLE_PAGE) -o $(DEMO)/bags --report $(DEMO)/ingest-page.jsonl
	@echo "== 1b. ingest a web archive: the page captured in $(DEMO)/crawl.warc.gz (examples/make_warc.py;"
	@echo "       its robots.txt and image records are skipped)"
	$(BIN)/python examples/make_warc.py $(SAMPLE_PAGE) $(DEMO)/crawl.warc.gz
	$(BIN)/archivist ingest $(DEMO)/crawl.warc.gz -o $(DEMO)/bags --report $(DEMO)/ingest-warc.jsonl
	@echo "== 2. validate the bag (RFC 8493, every checksum, archivist's BagIt profile)"
	$(BIN)/archivist validate --profile schemas/archivist-bagit-profile.json $(DEMO)/bags/*/
	@echo "== 3. deposit into the OCFL storage root $(REPOSITORY)"
	$(BIN)/archivist deposit $(DEMO)/bags/*/ --to $(REPOSITORY)
	@echo "== 4. validate the repository (ocfl-py, digests included)"
	$(BIN)/archivist validate $(REPOSITORY)
	@echo "== 5. audit what was deposited (every digest again; the check logged as a PREMIS event)"
	XDG_CACHE_HOME=$(DEMO)/cache $(BIN)/archivist audit $(REPOSITORY)
	@echo "== where everything is"
	@for bag in $(DEMO)/bags/*/; do echo "   bag (original in data/source/, metadata in data/metadata/): $$bag"; done
	@for receipt in $(DEMO)/bags/*.deposit.json; do echo "   deposit receipt:        $$receipt"; done
	@echo "   per-article reports:    $(DEMO)/ingest.jsonl, $(DEMO)/ingest-page.jsonl, $(DEMO)/ingest-warc.jsonl"
	@echo "   OCFL repository:        $(REPOSITORY)/"
	@for events in $(REPOSITORY)/*/*/*/*/logs/archivist-events*; do echo "   fixity events:          $$events"; done

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

fuzz: $(VENV)/.installed-test
	$(BIN)/python bench/fuzz_cli.py --count 20000

# Regenerate the committed sample documents under records/ (the tests compare them byte for byte).
records: $(VENV)/.installed-runtime
	SOURCE_DATE_EPOCH=1133308800 $(BIN)/archivist render $(SAMPLE) -o records/rferl-2005-11-30-washington-iraq-iran

clean:
	rm -rf $(VENV) build dist .pytest_cache $(DEMO) $(REPOSITORY)
