# The book's tasks. `make check` is the main job: every program checked
# against its transcript; `make site` renders the website; `make test` runs
# the tests of the runner and the site.

GO ?= go

.PHONY: all check test site serve bench soak vet fmt

all: check site

check:
	$(GO) run ./runner check

test:
	$(GO) test ./...

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); exit 1; }

bench:
	$(GO) test -run '^$$' -bench . -benchtime 20x ./...
