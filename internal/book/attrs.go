package book

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// fenceAttrs are the attributes of a ```go fence.
type fenceAttrs struct {
	name     string
	fragment bool
	clock    string
	timeout  time.Duration
	exit     int
	hasExit  bool
	// exercise marks a starter program; solution names the exercise a
	// program solves.
	exercise bool
	solution string
	// test marks a test program, run as `go test -v` runs a package.
	test bool
	// engine names the only engine that runs the program ("go").
	engine string
}

var namePattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// parseFenceAttrs reads the info string "go attr...". With an error it
// returns the offset, within info, of the bad attribute (0 for the block).
func parseFenceAttrs(info string) (fenceAttrs, int, error) {
	var a fenceAttrs
	col := 0
	for _, field := range strings.Fields(info)[1:] {
		col = strings.Index(info, " "+field) + 1
		key, value, hasValue := strings.Cut(field, "=")
		value = strings.Trim(value, `"`)
		switch {
		case key == "fragment" && !hasValue:
			a.fragment = true
		case key == "exercise" && !hasValue:
			a.exercise = true
		case key == "test" && !hasValue:
			a.test = true
		case key == "solution" && hasValue:
			if !namePattern.MatchString(value) {
				return a, col, fmt.Errorf("solution=%s: want the name of an exercise (lower-case letters, digits and dashes)", value)
			}
			a.solution = value
		case key == "name" && hasValue:
			if !namePattern.MatchString(value) {
				return a, col, fmt.Errorf("program name %q: want lower-case letters, digits and dashes", value)
			}
			a.name = value
		case key == "clock" && hasValue:
			if value != "virtual" && value != "real" {
				return a, col, fmt.Errorf("clock=%s: want virtual or real", value)
			}
			a.clock = value
		case key == "timeout" && hasValue:
			d, err := time.ParseDuration(value)
			if err != nil || d <= 0 {
				return a, col, fmt.Errorf("timeout=%s: want a positive duration such as 30s", value)
			}
			a.timeout = d
		case key == "engine" && hasValue:
			if value != "go" {
				return a, col, fmt.Errorf("engine=%s: want go (a program only compiled Go runs right)", value)
			}
			a.engine = value
		case key == "exit" && hasValue:
			n, err := strconv.Atoi(value)
			if err != nil || n < 0 || n > 255 {
				return a, col, fmt.Errorf("exit=%s: want an exit status from 0 to 255", value)
			}
			a.exit, a.hasExit = n, true
		default:
			return a, col, fmt.Errorf("unknown fence attribute %q (want name=, clock=, timeout=, exit=, engine=, exercise, solution=, test or fragment)", field)
		}
	}
	if a.fragment && a.name != "" {
		return a, 0, fmt.Errorf("a fragment has no name: it is never run")
	}
	if a.fragment && (a.exercise || a.solution != "" || a.test) {
		return a, 0, fmt.Errorf("a fragment is never run: it is no exercise, solution or test")
	}
	if a.exercise && a.solution != "" {
		return a, 0, fmt.Errorf("a block is an exercise (the starter) or the solution of one, not both")
	}
	if a.exercise && (a.clock != "" || a.timeout != 0 || a.hasExit) {
		return a, 0, fmt.Errorf("an exercise is compiled, never run: clock=, timeout= and exit= belong on its solution")
	}
	if !a.fragment && a.name == "" {
		return a, 0, fmt.Errorf("a go block needs name=NAME (a program) or fragment (shown, never run)")
	}
	return a, 0, nil
}
