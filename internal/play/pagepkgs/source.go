package pagepkgs

// FileName is the name a program run in the page has: its errors read
// "prog.go:3:2: ...", and so do its tracebacks.
const FileName = "prog.go"

// Source is the source the page type-checks and lowers for the program
// src, as main.go: src under a //line directive that names it FileName.
// The page's runner (runner/worker/page_js.go) and the site build, which
// lowers the book's programs ahead (internal/playbuild), both use it, so
// that a program lowered ahead is the one the page would lower.
func Source(src []byte) []byte {
	return append([]byte("//line "+FileName+":1:1\n"), src...)
}
