# firecrawl-sdk: spec -> overlay -> generator -> generated/ -> wrapper/ -> user.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
VENV_BIN := $(CURDIR)/.venv/bin
SPEC_BUILD := build/openapi.overlaid.json
GEN_PKG := generated/firecrawl_api
SURFACE_PKG := wrapper/firecrawl_sdk/_surface

.PHONY: help setup generate check-generated update-spec update-spec-build spec-history test test-min lint demo bench bench-import fuzz clean

help:
	@echo "make setup | generate | check-generated | update-spec SPEC=... [COMMIT=...] | spec-history | test | test-min | lint | demo | bench | bench-import | fuzz | clean"

# --- setup: idempotent; everything a fresh machine needs --------------------------
setup: .venv/.stamp .venv/.installed node_modules/.stamp .chromium-ok

# Tools only (enough to generate; the package itself needs generated/ to exist).
.venv/.stamp: requirements/dev.txt
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

# The project itself, editable: generated/firecrawl_api and wrapper/firecrawl_sdk.
.venv/.installed: .venv/.stamp pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's chromium drives the local Interact server (installed only when missing).
.chromium-ok:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@chromium --version >/dev/null && touch $@

# --- generation ---------------------------------------------------------------------
# $(call gen,DEST,SURFACE_DEST[,OPENAPI_DIR]): OPENAPI_DIR (default openapi) + overlay
#   -> overlaid spec -> openapi-python-client -> tools/postprocess.py
#   -> tools/constraints.py (input constraints table) -> DEST;
#   openapi/surface.yaml + spec + DEST's endpoints -> tools/surface.py (SDK methods) -> SURFACE_DEST
define gen
	$(PY) tools/build_spec.py $(SPEC_BUILD) --openapi $(or $(3),openapi)
	rm -rf build/gen && mkdir -p build
	PATH="$(VENV_BIN):$$PATH" $(VENV_BIN)/openapi-python-client generate --path $(SPEC_BUILD) \
	  --config generator-config.yml --meta none --output-path build/gen --fail-on-warning > build/generator.log 2>&1 \
	  || { cat build/generator.log; echo "generate: openapi-python-client failed or warned (see above)"; exit 1; }
	$(PY) tools/postprocess.py build/gen
	$(PY) tools/constraints.py $(SPEC_BUILD) build/gen
	$(VENV_BIN)/ruff format --isolated --no-cache --quiet build/gen/_constraints.py
	rm -rf build/surface && $(PY) tools/surface.py $(SPEC_BUILD) build/gen build/surface
	$(VENV_BIN)/ruff check --isolated --no-cache --quiet --fix-only --extend-select=I build/surface
	$(VENV_BIN)/ruff format --isolated --no-cache --quiet --line-length 110 build/surface
	rm -rf $(1) && mkdir -p $(dir $(1)) && mv build/gen $(1)
	rm -rf $(2) && mkdir -p $(dir $(2)) && mv build/surface $(2)
endef

generate: .venv/.stamp
	$(call gen,$(GEN_PKG),$(SURFACE_PKG))
	$(PY) tools/surface.py --splice README.md build/readme_tables.json
	@echo "generate: $(GEN_PKG) and $(SURFACE_PKG) regenerated from openapi/ + generator-config.yml"

check-generated: .venv/.stamp
	$(call gen,build/check/firecrawl_api,build/check/_surface)
	@$(PY) tools/diff_generated.py build/check/firecrawl_api $(GEN_PKG)
	@$(PY) tools/diff_generated.py build/check/_surface $(SURFACE_PKG)
	@$(PY) tools/surface.py --check-splice README.md build/readme_tables.json

# update-spec is a transaction: the new spec, its provenance, the generated packages and the
# README tables are all built in $(UPDATE) (a copy of openapi/ and README.md); only when every
# step succeeded are they moved into place. A failure leaves the working tree as it was.
UPDATE := build/update

update-spec: .venv/.stamp
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL> [COMMIT=<upstream commit>]"; exit 2; }
	@$(MAKE) --no-print-directory update-spec-build SPEC="$(SPEC)" COMMIT="$(COMMIT)" || { \
	  echo "update-spec: stopped (see the message above); the working tree is unchanged: the new spec"; \
	  echo "  and its generated code were built in $(UPDATE)/ only. Fix what the message names (often"; \
	  echo "  an action in openapi/overlay.yaml) and run \`make update-spec SPEC=...\` again."; exit 1; }
	cp $(UPDATE)/openapi/*.json openapi/
	rm -rf $(GEN_PKG) && mv $(UPDATE)/firecrawl_api $(GEN_PKG)
	rm -rf $(SURFACE_PKG) && mv $(UPDATE)/_surface $(SURFACE_PKG)
	cp $(UPDATE)/README.md README.md
	@echo "update-spec: openapi/, $(GEN_PKG), $(SURFACE_PKG) and the README tables updated"

# The steps of update-spec, each writing only below $(UPDATE) and build/.
update-spec-build:
	rm -rf $(UPDATE) && mkdir -p $(UPDATE) && cp -R openapi $(UPDATE)/openapi && cp README.md $(UPDATE)/README.md
	$(PY) tools/update_spec.py "$(SPEC)" --openapi $(UPDATE)/openapi $(if $(COMMIT),--commit "$(COMMIT)")
	$(call gen,$(UPDATE)/firecrawl_api,$(UPDATE)/_surface,$(UPDATE)/openapi)
	$(PY) tools/surface.py --splice $(UPDATE)/README.md build/readme_tables.json

# update-spec over every revision in ../shared/openapi/history, each in a scratch worktree
# (then pytest tests/spec there, or each of SUITES="tests/spec tests/wrapper ..."); prints one
# table row per revision. The checkout is untouched.
spec-history: .venv/.stamp
	$(PY) tools/spec_history.py $(if $(HISTORY),--history "$(HISTORY)") $(if $(SUITES),--suites "$(SUITES)")

# --- checks -------------------------------------------------------------------------
lint: .venv/.stamp
	$(VENV_BIN)/ruff check wrapper tests tools bench examples
	$(VENV_BIN)/ruff format --check wrapper tests tools bench examples
	$(VENV_BIN)/mypy --strict wrapper/firecrawl_sdk
	$(VENV_BIN)/mypy --strict examples
	$(VENV_BIN)/mypy tools tests bench

test: setup check-generated lint
	$(PY) -m pytest

# The lowest versions pyproject.toml allows (uv --resolution lowest-direct, in .venv-min) under the
# wrapper, spec, jobs, faults and local-server tests (tools/test_min.py). Not part of `make test`.
test-min: setup
	$(PY) tools/test_min.py

# The three Interact operations with 5000 examples each, then every operation with input with 500 each.
fuzz: setup
	FIRECRAWL_FUZZ_EXAMPLES=5000 $(PY) -m pytest tests/contract -q -p no:randomly \
	  --ignore=tests/contract/test_agreement_operations.py
	FIRECRAWL_FUZZ_EXAMPLES=500 $(PY) -m pytest tests/contract/test_agreement_operations.py -q -p no:randomly

demo: setup
	$(PY) examples/quickstart.py

bench-import: .venv/.stamp
	$(PY) bench/bench_import.py

bench: setup
	$(PY) bench/run_all.py

clean:
	rm -rf build .venv .venv-min node_modules .chromium-ok .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
