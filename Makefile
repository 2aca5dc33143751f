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

.PHONY: serve test build clean

serve: $(INSTALLED)
	$(BIN)/mkdocs serve

test: $(INSTALLED)
	$(BIN)/python -m pytest $(ARGS)

build: $(INSTALLED)
	$(BIN)/mkdocs build --strict

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
