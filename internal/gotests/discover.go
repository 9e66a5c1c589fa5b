package gotests

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Dirs are the folders of $GOROOT/test the measurement covers; "." is the
// top level.
var Dirs = []string{".", "chan", "ken", "typeparam"}

// Program is one single-file `// run` program of $GOROOT/test.
type Program struct {
	// Path is the file's path under $GOROOT/test, with slashes:
	// "chan/powser1.go", "235.go".
	Path string
	// Dir is the folder it is in, one of Dirs.
	Dir    string
	Source []byte
	// Out is the content of its .out file, nil when it has none.
	Out []byte
}

// Find returns the `// run` programs of the folders dirs of testDir
// ($GOROOT/test) whose path matches match (nil for all), in path order. A
// program whose header asks for anything else (flags, runoutput, rundir,
// buildrun) or whose build constraints exclude linux/amd64 is left out.
func Find(testDir string, dirs []string, match *regexp.Regexp) ([]Program, error) {
	var progs []Program
	for _, dir := range dirs {
		entries, err := os.ReadDir(filepath.Join(testDir, dir))
		if err != nil {
			return nil, fmt.Errorf("finding Go's test programs: %w", err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			rel := filepath.ToSlash(filepath.Join(dir, e.Name()))
			if match != nil && !match.MatchString(rel) {
				continue
			}
			src, err := os.ReadFile(filepath.Join(testDir, rel))
			if err != nil {
				return nil, err
			}
			if action, builds := header(src); action != "run" || !builds {
				continue
			}
			out, err := os.ReadFile(filepath.Join(testDir, strings.TrimSuffix(rel, ".go")+".out"))
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			progs = append(progs, Program{Path: rel, Dir: dir, Source: src, Out: out})
		}
	}
	sort.Slice(progs, func(i, j int) bool { return progs[i].Path < progs[j].Path })
	return progs, nil
}

// ParseDirs reads a comma-separated list of folders ("chan,ken"); "" and
// "all" mean Dirs, "top" or "." the top level.
func ParseDirs(s string) ([]string, error) {
	if s == "" || s == "all" {
		return Dirs, nil
	}
	var dirs []string
	for _, d := range strings.Split(s, ",") {
		d = strings.TrimSpace(d)
		if d == "top" {
			d = "."
		}
		found := false
		for _, known := range Dirs {
			found = found || d == known
		}
		if !found {
			return nil, fmt.Errorf("unknown folder %q (want top, chan, ken or typeparam)", d)
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}
