# CrimeGraph — common tasks. `make demo` and `make test` work on a fresh Debian 12 machine
# with Swift installed: they install the system packages they need first.

SWIFT       ?= swift
PREFIX      ?= /usr/local
BUILD_FLAGS ?=
BIN          = $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path)
GRAPH        = Graphs/sihanoukville-2022.yaml
APT_PACKAGES = pkg-config libgraphviz-dev graphviz fonts-noto-cjk fonts-khmeros
SUDO         = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build deps demo picture test install uninstall clean

all: build

## Install the Debian packages CrimeGraph needs, if any is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

## Build, then draw the Sihanoukville network (out/) and print its analysis: a summary and how
## the Prime Minister's order reaches a raided company.
demo: build
	@mkdir -p out
	$(BIN)/crimegraph validate $(GRAPH)
	$(BIN)/crimegraph render $(GRAPH) -o out/sihanoukville.svg
	$(BIN)/crimegraph render $(GRAPH) -o out/sihanoukville.png
	$(BIN)/crimegraph info $(GRAPH)
	$(BIN)/crimegraph path $(GRAPH) "Hun Sen" "Jing Chhay Technology"
	@echo "Diagrams: out/sihanoukville.svg out/sihanoukville.png"

## Regenerate the picture the README shows.
picture: build
	$(BIN)/crimegraph render $(GRAPH) -o docs/images/sihanoukville.png

## Run every test.
test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

install: deps
	$(SWIFT) build -c release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/libexec
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/crimegraph" $(DESTDIR)$(PREFIX)/bin/crimegraph
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/crimegraph-graphviz" $(DESTDIR)$(PREFIX)/libexec/crimegraph-graphviz

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/crimegraph $(DESTDIR)$(PREFIX)/libexec/crimegraph-graphviz

clean:
	rm -rf .build out
