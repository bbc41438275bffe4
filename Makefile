# Two commands matter: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUNTIME := $(VENV)/.runtime
PIP := $(BIN)/pip install --quiet --quiet --disable-pip-version-check -c constraints.txt
SYSTEM_STAMP := var/.system-packages
# The suite runs in this many pytest-xdist processes (the machines have 2 cores), one test file
# per process at a time, so module-scoped fixtures stay together; each starts its own servers.
TEST_WORKERS ?= 2

# Debian packages the test suite drives for real, keyed by the command (or, for data, the file)
# that proves each is there.
TESSDATA := /usr/share/tesseract-ocr/*/tessdata
SYSTEM_PACKAGES := postgres:postgresql dovecot:dovecot-imapd chromium:chromium pdftotext:poppler-utils \
	ss:iproute2 systemd-analyze:systemd tesseract:tesseract-ocr \
	$(TESSDATA)/fra.traineddata:tesseract-ocr-fra $(TESSDATA)/eng.traineddata:tesseract-ocr-eng

.PHONY: run test lint format system-packages clean

# The runtime only (no test tools); `relance init` does nothing on an install already made;
# `relance run` prints the admin's address (and the first login, until used) last.
run: $(RUNTIME)
	@$(BIN)/relance init
	@$(BIN)/relance run

test: $(STAMP) system-packages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	RELANCE_REQUIRE_SERVERS=1 $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

$(RUNTIME): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing Relance's dependencies into $(VENV) (a minute or two the first time)"
	@$(PIP) -e .
	@touch $@

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[test]'
	touch $(RUNTIME) $@

system-packages:
	@missing=""; \
	for pair in $(SYSTEM_PACKAGES); do \
	  cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  if ! command -v $$cmd >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/$$cmd >/dev/null 2>&1 \
	     && ! test -x /usr/sbin/$$cmd && ! ls $$cmd >/dev/null 2>&1; then missing="$$missing $$pkg"; fi; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
