module github.com/concbook/concurrency

go 1.26.8

require (
	github.com/traefik/yaegi v0.16.1
	golang.org/x/sync v0.25.0
)
