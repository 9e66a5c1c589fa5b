module github.com/concbook/concurrency

go 1.26.8

require (
	github.com/traefik/yaegi v0.16.1
	golang.org/x/sync v0.25.0
)

require github.com/yuin/goldmark v1.8.7 // indirect

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
