# sayso — the two commands: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# torch first, pinned: a bare "torch" requirement would pull a multi-GB CUDA build.
TORCH  := torch==2.13.0
# fast (BiLSTM-CRF) or accurate (MiniLM-CRF mixed with it): the tagger `make eval` and `make bench` measure
MODEL  ?= fast

.PHONY: demo test eval bench serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e '.[accurate]'
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/sayso extract samples/harbor-bridge.txt --published 2026-11-18
	$(BIN)/sayso ingest samples --db sayso.db
	$(BIN)/sayso articles --db sayso.db
	$(BIN)/sayso quotes --db sayso.db --limit 25
	$(BIN)/sayso serve --db sayso.db

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

eval: $(VENV)/.installed
	$(BIN)/sayso eval polnear ../shared/data/polnear/dev --model $(MODEL)

serve: $(VENV)/.installed
	$(BIN)/sayso serve --db sayso.db

bench: $(VENV)/.installed
	$(BIN)/sayso bench --model $(MODEL)

clean:
	rm -rf $(VENV) build src/*.egg-info
