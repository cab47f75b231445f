# hpportal — every target does its own set-up on a fresh clone.
#   make serve   install, create var/Data.fs with the demo city when missing, serve on http://127.0.0.1:6543
#   make test    install (Python and the npm tools), ruff check, the whole pytest suite
#   make css     rebuild core/static/vendor/bootstrap.min.css from Bootstrap's Sass sources (npm)

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat setup.py | md5sum | cut -c1-8)
PO := $(wildcard locales/*/LC_MESSAGES/*.po)
MO := $(PO:.po=.mo)
# The Nu HTML checker (vnu-jar), axe-core and Bootstrap's Sass sources, from the npm registry (package-lock.json).
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | md5sum | cut -c1-8)

.PHONY: serve test install node css translations extract-messages demo bench clean upgrade zeo serve-zeo serve-postgres

serve: install translations var/Data.fs upgrade
	$(BIN)/pserve development.ini

test: install translations node
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

install: $(STAMP)

$(STAMP): setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

node: $(NODE_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	rm -f node_modules/.installed-* && touch $@

css: node
	npm run css

translations: $(MO)

%.mo: %.po $(STAMP)
	$(BIN)/pybabel compile -i $< -o $@ 2>/dev/null

extract-messages: install
	$(BIN)/pot-create -c locales/lingua.cfg -d hpportal --no-location -s -o locales/hpportal.pot src/hpportal workflows.zcml

var/Data.fs: | $(STAMP)
	mkdir -p var
	$(BIN)/hpportal -c development.ini demo --if-missing

upgrade: install
	$(BIN)/hpportal -c development.ini upgrade

# Scale-out: `make zeo` in one terminal, `make serve-zeo` in another (two app processes, ports 6543 and 6544).
zeo: install
	mkdir -p var/zeo
	$(BIN)/runzeo -C etc/zeo.conf

serve-zeo: install translations
	$(BIN)/hpportal -c zeo.ini demo --if-missing
	$(BIN)/hpportal -c zeo.ini upgrade
	$(BIN)/pserve zeo.ini http_port=6544 & $(BIN)/pserve zeo.ini http_port=6543

# Several hosts: RelStorage on the PostgreSQL at 127.0.0.1:5432 (database hpportal, made when missing).
serve-postgres: install translations
	createdb -h 127.0.0.1 -U postgres hpportal 2>/dev/null || true
	$(BIN)/hpportal -c postgres.ini demo --if-missing
	$(BIN)/hpportal -c postgres.ini upgrade
	$(BIN)/pserve postgres.ini http_port=6544 & $(BIN)/pserve postgres.ini http_port=6543

demo: install translations var/Data.fs

bench: install translations
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/sharing.py
	$(BIN)/python bench/rename_portal.py
	$(BIN)/python bench/scaleout.py

clean:
	rm -rf $(VENV) node_modules var src/*.egg-info .pytest_cache .ruff_cache
	find locales -name '*.mo' -delete
