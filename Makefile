# The book's tasks. `make` is the main job: every program checked against its
# transcript, then the website rendered. `make test` runs the tests.

GO ?= go
# Each fuzz target runs a number of inputs (about 10 s each on this 2-core
# machine), not a duration: Go 1.26's fuzzer can fail a run that ends on a
# deadline while a worker is busy ("context deadline exceeded", no crasher;
# golang/go#75804, fixed in Go 1.27). FUZZTIME=30s (or 1000x) overrides.
FUZZTIME ?=
# The engines that run each program: yaegi (interpreted, on the virtual
# clock), go (compiled with the Go toolchain). CI checks under both.
ENGINES ?= yaegi

.PHONY: all check update test vet fuzz bench soak site serve gotests codemirror runner

all: check site

# Check every program of the book against its transcript. Programs that
# passed and did not change are reported (cached), as go test does;
# CHECKFLAGS=-count=1 runs them all.
CHECKFLAGS ?=
check:
	$(GO) run ./runner check -engine=$(ENGINES) $(CHECKFLAGS)

# Build the runner as bin/runner, to run one program as `go run` would
# (bin/runner run FILE.go) without go run's own "exit status" line.
runner:
	$(GO) build -o bin/runner ./runner

# Write missing transcripts and merge failing ones; review the diff after.
update:
	$(GO) run ./runner check -update

# Run the tests as go test does, then name the tests that were skipped and
# end on a summary line (scripts/testsummary). TESTFLAGS go to go test.
TESTFLAGS ?= -timeout=30m
test:
	@bin=$$(mktemp -d) && trap 'rm -rf "$$bin"' EXIT && \
	$(GO) build -o "$$bin/testsummary" ./scripts/testsummary && \
	"$$bin/testsummary" $(TESTFLAGS) ./...

# Render the website into site/public, with the in-page runner (play/: the
# runner compiled to WebAssembly, built once and cached until its sources
# change; SITEFLAGS=-play=false skips it, -timelines=false the timelines).
SITEFLAGS ?=
site:
	$(GO) run ./site $(SITEFLAGS)

# Serve the website on 127.0.0.1:$(PORT); a change to a chapter, transcript,
# template or stylesheet rebuilds it and reloads the open page. The server
# is built, then exec'd, so that it is make's own child: it stops with make
# (Ctrl-C, SIGTERM, or make killed), which `go run` in between would hide.
PORT ?= 8000
serve:
	$(GO) build -o bin/site ./site
	exec bin/site -serve 127.0.0.1:$(PORT) $(SITEFLAGS)

# go vet, and gofmt on every Go file of the repository.
vet:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# Run each fuzz target briefly (its corpus lives under testdata/fuzz).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(or $(FUZZTIME),50000x) ./internal/transcript
	$(GO) test -run '^$$' -fuzz '^FuzzMatch$$' -fuzztime $(or $(FUZZTIME),120000x) ./internal/transcript
	$(GO) test -run '^$$' -fuzz '^FuzzParseChapter$$' -fuzztime $(or $(FUZZTIME),90000x) ./internal/book
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeBundle$$' -fuzztime $(or $(FUZZTIME),30000x) ./internal/typecheck
	$(GO) test -run '^$$' -fuzz '^FuzzLower$$' -fuzztime $(or $(FUZZTIME),10000x) ./internal/lower

# Run the `// run` programs of Go's own test suite ($GOROOT/test) under the
# runner and compare each with the Go toolchain on the virtual clock;
# GOTESTS picks the folders (top, chan, ken, typeparam; CI: chan,ken).
GOTESTS ?= all
GOTESTSFLAGS ?=
gotests:
	$(GO) run ./runner gotests -dirs $(GOTESTS) $(GOTESTSFLAGS)

bench:
	$(GO) test -run '^$$' -bench . -benchtime 20x ./...

# Check the whole book 100 times beside two CPU burners; it must never fail.
soak:
	scripts/soak.sh $(or $(RUNS),100)

# Rebuild the page's code editor, site/assets/files/editor.js (CodeMirror 6),
# from the exact packages of site/assets/codemirror/package-lock.json. The
# only target that needs npm; the bundle is committed.
codemirror:
	site/assets/codemirror/build.sh
