package lower

import (
	"strconv"
	"strings"
)

// refuseRule refuses, before they run, the imports the worker cannot give
// a program: packages added after Go 1.22 that have no shim (shims.go) and
// cannot be extracted into the worker, being generic or tied to the
// runtime; and embed, whose files the compiler puts in the binary: the
// refusal is at the first //go:embed directive (at the import if there is
// none).
func refuseRule(p *program) error {
	for _, s := range p.file.Imports {
		path, _ := strconv.Unquote(s.Path.Value)
		if path == "embed" {
			pos := s.Pos()
			for _, g := range p.file.Comments {
				for _, c := range g.List {
					if strings.HasPrefix(c.Text, "//go:embed") && pos == s.Pos() {
						pos = c.Pos()
					}
				}
			}
			return p.errorf(pos, "unsupported: //go:embed: the runner cannot embed files in an interpreted program; run it with go run")
		}
		if path == "testing/synctest" && p.test {
			continue // a test program has its *testing.T
		}
		if why, ok := refusedImports[path]; ok {
			return p.errorf(s.Pos(), "unsupported: package %s is not available in the runner (%s)", path, why)
		}
	}
	return nil
}

// refusedImports are the packages the runner refuses, and what to use.
var refusedImports = map[string]string{
	"unique":           "generic, Go 1.23; compare the values themselves or intern them in a map",
	"weak":             "tied to the garbage collector, Go 1.24; keep ordinary pointers",
	"structs":          "Go 1.23; leave the marker field out",
	"testing/synctest": "needs a *testing.T: write a test program (a fence with test); the runner's virtual clock already makes sleeps instant",
}
