# PlanDesk — `make run` and `make test` set everything up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | sha1sum | cut -c1-12)
PG_TEST_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/postgres
HAS_FRONTEND := $(wildcard frontend/package.json)

.PHONY: lock run serve worker test lint typecheck pytest test-pg contract contract-st contract-stateful hostile test-rolling openapi web web-install web-test e2e bench bench-importer ocr clean help

help:
	@echo "make run      install, build the web client, migrate, load the demo, serve http://127.0.0.1:8000"
	@echo "make test     lint, type checks, backend tests, web unit tests"
	@echo "make test-pg  backend tests on PostgreSQL ($(PG_TEST_URL))"
	@echo "make contract schemathesis run over every operation"
	@echo "make contract-st  the outside team's st run --checks all against a demo server"
	@echo "make contract-stateful  st's stateful phase along the declared links (two runs, 360 s)"
	@echo "make hostile  hostile inputs on every operation, field and role, on PostgreSQL"
	@echo "make test-rolling  a rolling restart of two API processes behind nginx fails no request"
	@echo "make e2e      browser tests (Debian chromium)"
	@echo "make ocr      Tesseract OCR and its Vietnamese model (Debian), for importing scanned plans"
	@echo "make openapi  regenerate openapi/openapi.json, the web client types and the Python SDK"

# Every install is pinned by requirements.lock (pip-compile'd from pyproject.toml; `make lock`
# refreshes it), so a new upstream release cannot break a fresh clone.
$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade 'pip>=24'
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP)

lock: $(STAMP)
	$(BIN)/pip install -q pip-tools
	$(BIN)/pip-compile -q --extra dev --strip-extras --no-emit-index-url --no-emit-find-links \
	  -o requirements.lock pyproject.toml

ifneq ($(HAS_FRONTEND),)
frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

web-install: frontend/node_modules/.installed

web: web-install
	cd frontend && npm run build

web-test: web-install
	cd frontend && npm run gen:api:check && npm run lint && npm test
else
web-install web web-test:
	@true
endif

# Scanned plans (PDF images, PNG, JPEG) are read by Tesseract: Debian's tesseract-ocr and tesseract-ocr-vie.
# Without them the server still runs and answers 422 naming the packages for a scan.
ocr:
	@(command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx vie) || \
	  (apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-vie) || \
	  echo "warning: could not install tesseract-ocr tesseract-ocr-vie: scanned plans will be refused"

run: $(STAMP) ocr web
	$(BIN)/plandesk db upgrade
	$(BIN)/plandesk demo --if-empty
	$(BIN)/plandesk serve

serve: $(STAMP)
	$(BIN)/plandesk serve

# On PostgreSQL: background jobs and webhook deliveries (on SQLite the API runs them itself).
worker: $(STAMP)
	$(BIN)/plandesk worker

lint: $(STAMP)
	$(BIN)/ruff check backend tests migrations bench
	$(BIN)/ruff format --check backend tests migrations bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) ocr
	$(BIN)/pytest

test: lint typecheck pytest web-test

test-pg: $(STAMP) ocr
	PLANDESK_TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest

contract: $(STAMP)
	$(BIN)/pytest -m contract tests/contract

# The outside team's run: a demo server, an admin token and
# `st run http://…/openapi.json --checks all` (schemathesis.toml holds its options and hooks).
# In .ci/run after `make contract`; it must report zero failures (docs/api.md, "Contract run").
contract-st: $(STAMP)
	CONTRACT_MODE=stateless .ci/contract.sh

# The stateful phase alone: scenarios along the links the document declares (≥ 20,000 steps).
contract-stateful: $(STAMP)
	CONTRACT_MODE=stateful .ci/contract.sh

hostile: $(STAMP)
	PLANDESK_TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -m hostile tests/hostile

test-rolling: $(STAMP)
	command -v nginx >/dev/null || test -x /usr/sbin/nginx || (apt-get update -qq && apt-get install -y -qq nginx-light)
	$(BIN)/pytest -m nginx tests/ops/test_rolling_restart.py

openapi: $(STAMP)
	$(BIN)/plandesk openapi --output openapi/openapi.json
	$(BIN)/python clients/python/regenerate.py
ifneq ($(HAS_FRONTEND),)
	$(MAKE) web-install
	cd frontend && npm run gen:api
endif

e2e: $(STAMP) web
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	cd frontend && npm run e2e

bench: $(STAMP)
	$(BIN)/python bench/tasks.py

bench-importer: $(STAMP) ocr
	$(BIN)/python bench/importer.py

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist
