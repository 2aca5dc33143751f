# Two commands do everything (see README.md):
#   make serve   the site at http://127.0.0.1:8000/, rebuilt and reloaded on every change
#   make test    every example, the harness's own tests, the strict build, the workflows,
#                and the built site in Chromium (axe, Lighthouse, links, offline)
# Both create .venv and install requirements.txt first, again whenever it changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
COMPILE := --quiet --universal --python-version 3.11 --output-file requirements.txt

# The browser checks need Chromium, Java and tools from npm; the quicker loop
# without them (ARGS="-m 'not browser'") does not.
BROWSER_TOOLS := $(if $(findstring not browser,$(ARGS)),,browser-tools)

.PHONY: serve test bench build diagrams clean requirements upgrade browser-tools builders fmt

serve: $(INSTALLED)
	$(BIN)/mkdocs serve $(ARGS)

# On every core (pytest-xdist); a run of one or two files stays in one process.
test: $(INSTALLED) $(BROWSER_TOOLS)
	$(BIN)/python -m pytest -n auto $(ARGS)

# How long a contributor waits for each of the above, against its target
# (scripts/bench.py; ARGS="--runs 3" for the best of three).
bench: $(INSTALLED) $(BROWSER_TOOLS)
	$(BIN)/python scripts/bench.py $(ARGS)

# Chromium and Java with apt-get (as root), Lighthouse, axe-core and the Nu HTML
# Checker with npm ci: once, and again when tests/browser/package-lock.json changes.
browser-tools: $(INSTALLED)
	$(BIN)/python -m tests.browser.tools

# Draw the diagrams that changed (harness/site/diagrams.py), with Chromium and Mermaid.
diagrams: $(INSTALLED) browser-tools
	$(BIN)/python -m harness.site.diagrams

build: $(INSTALLED)
	$(BIN)/mkdocs build --strict

# The site built by MkDocs and by ProperDocs, its maintained fork, must be the
# same: one way off MkDocs stays open (CI runs this).
builders: $(INSTALLED)
	rm -rf .cache/builders
	$(BIN)/mkdocs build --strict --quiet --site-dir .cache/builders/mkdocs
	$(BIN)/properdocs build --strict --quiet --site-dir .cache/builders/properdocs
	$(BIN)/python -m harness.site.compare .cache/builders/mkdocs .cache/builders/properdocs

# Python files in the house style (make test checks it).
fmt: $(INSTALLED)
	$(BIN)/ruff check --fix --quiet .
	$(BIN)/ruff format --quiet .

# requirements.txt pins what requirements.in lists, and everything it needs,
# for every Python from 3.11 on. After editing requirements.in:
requirements: $(INSTALLED)
	$(BIN)/uv pip compile $(COMPILE) requirements.in
# Every pin moved to the newest release that requirements.in allows:
upgrade: $(INSTALLED)
	$(BIN)/uv pip compile $(COMPILE) --upgrade requirements.in

clean:
	rm -rf $(VENV) site .pytest_cache tests/browser/node_modules

$(INSTALLED): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "error: Python 3.11 or newer is needed; try: make $(MAKECMDGOALS) PYTHON=python3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	$(BIN)/python -m pip check --disable-pip-version-check
	touch $@
