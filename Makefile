# CrimeGraph — common tasks. `make demo` and `make test` work on a fresh Debian 12 machine
# with Swift installed: they install the system packages they need first.

SWIFT       ?= swift
PREFIX      ?= /usr/local
BUILD_FLAGS ?=
BIN          = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path)
GRAPH        = Graphs/sihanoukville-2022.yaml
# What building and rendering need, and what the tests need on top (reference tools, a browser).
APT_PACKAGES = pkg-config libgraphviz-dev graphviz fonts-noto-cjk fonts-khmeros
TEST_APT_PACKAGES = python3-venv r-cran-sna chromium
VENV         = .venv
PYTHON       = $(VENV)/bin/python
SUDO         = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build deps test-deps apt-install venv demo picture test fixtures fixtures-check docs install uninstall clean bench bench-venv fuzz sanitize

all: build

## Install the Debian packages CrimeGraph needs, if any is missing.
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

## ... and those the tests need.
test-deps: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_PACKAGES)"

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

## The pinned Python reference tools (NetworkX, igraph, followthemoney) in .venv.
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.txt
	@$(MAKE) --no-print-directory apt-install PACKAGES=python3-venv
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

## Build, then draw the Sihanoukville network (out/) and print its analysis: a summary and how
## the Prime Minister's order reaches a raided company.
demo: build
	@mkdir -p out
	$(BIN)/crimegraph validate $(GRAPH)
	$(BIN)/crimegraph render $(GRAPH) -o out/sihanoukville.svg
	$(BIN)/crimegraph render $(GRAPH) -o out/sihanoukville.png
	$(BIN)/crimegraph report $(GRAPH) -o out/report.html --focus "Hun Sen" "Galaxy World" "Keo Vanthan"
	$(BIN)/crimegraph info $(GRAPH)
	$(BIN)/crimegraph rank $(GRAPH) --by betweenness --top 5
	$(BIN)/crimegraph path $(GRAPH) "Hun Sen" "Jing Chhay Technology"
	@echo "Diagrams: out/sihanoukville.svg out/sihanoukville.png; report: out/report.html"

## Regenerate the picture the README shows.
picture: build
	$(BIN)/crimegraph render $(GRAPH) -o docs/images/sihanoukville.png

## Check that the analysis reference fixtures regenerate identically, then run every test
## (the Swift test summary comes last).
test: test-deps venv fixtures-check
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

## Regenerate the analysis reference values (NetworkX, igraph, R sna) into Tests/Fixtures/analysis.
fixtures: test-deps venv
	$(PYTHON) Tests/Fixtures/analysis/generate.py --out Tests/Fixtures/analysis

## Regenerate them into a temporary folder and fail if anything differs from what is committed.
fixtures-check: test-deps venv
	@tmp=$$(mktemp -d) && $(PYTHON) Tests/Fixtures/analysis/generate.py --out $$tmp && \
	  diff -r -q Tests/Fixtures/analysis/graphs $$tmp/graphs && diff -r -q Tests/Fixtures/analysis/reference $$tmp/reference && \
	  echo "fixtures-check: reference fixtures are up to date" && rm -rf $$tmp

DOC_TARGETS = CrimeGraph CrimeGraphIO CrimeGraphAnalysis CrimeGraphRender CrimeGraphQuery CrimeGraphMerge CrimeGraphReport

## Benchmarks (release build): CrimeGraph against NetworkX, igraph, NetworKit and rustworkx on the
## same seeded graphs, in one run; prints the tables and writes Benchmarks/results/latest.json.
## BENCH_ARGS passes options through, e.g. BENCH_ARGS="--suites caviar,10k".
BENCH_VENV = Benchmarks/.venv
bench-venv: $(BENCH_VENV)/.installed
$(BENCH_VENV)/.installed: Benchmarks/requirements.txt
	@$(MAKE) --no-print-directory apt-install PACKAGES=python3-venv
	python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install -q --disable-pip-version-check -r Benchmarks/requirements.txt
	touch $@

bench: deps bench-venv
	@# SwiftPM can keep a stale build plan for a path dependency whose files were added or
	@# removed (then "cannot find 'X' in scope"); dropping the plan costs nothing.
	rm -f Benchmarks/.build/release.yaml
	cd Benchmarks && $(SWIFT) build -c release
	cd Benchmarks && "$$($(SWIFT) build -c release --show-bin-path)/crimegraph-bench" run $(BENCH_ARGS)

## Fuzz every reader and the query parser for FUZZ_SECONDS each (default 60) with libFuzzer;
## see Fuzz/run.sh. FUZZ_TARGETS picks some, e.g. FUZZ_TARGETS="csv dot".
fuzz: deps
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} Fuzz/run.sh $(FUZZ_TARGETS)

## Run the whole test suite under AddressSanitizer (.build-asan), then ThreadSanitizer
## (.build-tsan), with CI=true; fails on any sanitizer report, failed test, or a run that does not
## run every test a plain run does. Slow (tens of minutes each); see Tests/sanitize/run.sh.
## SANITIZERS picks some, e.g. SANITIZERS=thread.
sanitize: test-deps venv
	Tests/sanitize/run.sh $(SANITIZERS)

## Build the DocC documentation of every library; any warning fails.
docs:
	@for target in $(DOC_TARGETS); do \
	  echo "docs: $$target"; \
	  $(SWIFT) package --disable-sandbox generate-documentation --target $$target --warnings-as-errors >/dev/null || exit 1; \
	done
	@echo "docs: archives in .build/plugins/Swift-DocC/outputs/"

## Install the release binary, the Graphviz worker, the man page and shell completions.
install: deps
	$(SWIFT) build -c release
	$(SWIFT) package --disable-sandbox generate-manual >/dev/null
	@bin="$$($(SWIFT) build -c release --show-bin-path)"; \
	set -e; \
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/libexec $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d; \
	install -m 755 "$$bin/crimegraph" $(DESTDIR)$(PREFIX)/bin/crimegraph; \
	install -m 755 "$$bin/crimegraph-graphviz" $(DESTDIR)$(PREFIX)/libexec/crimegraph-graphviz; \
	install -m 644 .build/plugins/GenerateManual/outputs/crimegraph/crimegraph.1 $(DESTDIR)$(PREFIX)/share/man/man1/crimegraph.1; \
	"$$bin/crimegraph" --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/crimegraph; \
	"$$bin/crimegraph" --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_crimegraph; \
	"$$bin/crimegraph" --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/crimegraph.fish; \
	echo "Installed crimegraph $$($(DESTDIR)$(PREFIX)/bin/crimegraph --version) in $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/crimegraph $(DESTDIR)$(PREFIX)/libexec/crimegraph-graphviz \
	  $(DESTDIR)$(PREFIX)/share/man/man1/crimegraph.1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions/crimegraph \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_crimegraph $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/crimegraph.fish

clean:
	rm -rf .build out $(VENV)
