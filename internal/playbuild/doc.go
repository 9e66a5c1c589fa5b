// Package playbuild builds the in-page runner: runner/worker compiled to
// js/wasm, and the files of the site's play/ folder around it.
//
// The wasm is the worker itself (its js build: runner/worker/main_js.go),
// with the same type checker, lowering, yaegi and transcript matcher as
// `make check`, built with
//
//	GOOS=js GOARCH=wasm CGO_ENABLED=0 go build -tags faketime -ldflags=-s -w -gcflags=all=-l ... -overlay=...
//
// (no inlining but in the runtime: buildFlags in build.go says why)
//
// The overlay replaces four files:
//
//   - GOROOT's runtime/lock_js.go, patched (overlay.go): under faketime the
//     runtime only moves the clock in checkdead, which js never reaches;
//     the patch moves it to the next timer when the scheduler goes idle
//     with no JS event in progress. Without it a sleep hangs.
//   - GOROOT's syscall/tables_js.go, patched (errors.go): system errors
//     read as on Linux, where the command line runs the book's programs
//     ("no such file or directory", not Native Client's "No such file or
//     directory").
//   - GOROOT's syscall/syscall_js.go, patched (signals.go): signals have
//     Linux's numbers and names ("interrupt", 15 for SIGTERM), for the
//     signals a page program sends itself (runner/worker/signals_js.go).
//   - internal/typecheck/exportdata_js.go, generated: the export data of
//     the packages a page program may import (internal/play/pagepkgs), for
//     go/types, which has no go list in the page; taken from the standard
//     packages as patched.
//
// Building takes about a minute, so the results are cached like the worker
// binaries (internal/engine's BuildCached and SourceHash): the wasm and its
// gzip and brotli forms, keyed by a hash of the sources. Files (site.go) is
// what the site build writes: play/runner.wasm(.gz, .br), play/worker.js,
// play/wasm_exec.js with play/LICENSE-go, and each program's source and
// transcript under programs/.
package playbuild
