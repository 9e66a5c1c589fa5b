package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

// A program that starts processes cannot run on the virtual clock. Reading
// a child's output waits in the network poller, which the faketime
// runtime does not count as waiting for anything: a program whose
// goroutines all wait for a child's output is reported as "all goroutines
// are asleep - deadlock!", which `go run` never prints for it. Such a
// program runs on the real clock: `runner run` chooses it by itself (and
// says so), and a request for the virtual clock is refused with the
// position of what starts processes (a fence that declares no clock=real in
// `runner check`).

// processCalls are the functions, other than os/exec's, that start a
// process, by package path.
var processCalls = map[string]map[string]bool{
	"os":      {"StartProcess": true},
	"syscall": {"ForkExec": true, "StartProcess": true, "Exec": true},
}

// StartsProcesses reports whether the program of req starts processes:
// where (its import of os/exec, or its call of os.StartProcess or of
// syscall's ForkExec, StartProcess or Exec, at the positions its //line
// directives give) and how, in words ("imports os/exec"). A program that
// does not parse starts none; its run reports the syntax error.
func StartsProcesses(req Request) (pos token.Position, how string, ok bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, req.Filename, withLineDirective(req), parser.SkipObjectResolution)
	if err != nil {
		return token.Position{}, "", false
	}
	names := map[string]string{} // file's name for a package -> its path
	for _, im := range f.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		if path == "os/exec" {
			return fset.Position(im.Pos()), "imports os/exec", true
		}
		if _, watched := processCalls[path]; !watched {
			continue
		}
		name := path
		if im.Name != nil {
			name = im.Name.Name
		}
		names[name] = path
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if ok {
			return false
		}
		sel, isSel := n.(*ast.SelectorExpr)
		if !isSel {
			return true
		}
		pkg, isIdent := sel.X.(*ast.Ident)
		if !isIdent {
			return true
		}
		if path, imported := names[pkg.Name]; imported && processCalls[path][sel.Sel.Name] {
			pos, how, ok = fset.Position(sel.Pos()), "calls "+path+"."+sel.Sel.Name, true
			return false
		}
		return true
	})
	return pos, how, ok
}

// refuseVirtualProcesses refuses to run a program that starts processes on
// the virtual clock, at the position of what starts them.
func refuseVirtualProcesses(req Request) error {
	if req.Clock != ClockVirtual || req.CompileOnly {
		return nil
	}
	pos, how, ok := StartsProcesses(req)
	if !ok {
		return nil
	}
	return compileErrorf(pos.Filename, pos.Line, pos.Column,
		"the program starts processes (it %s) and asks for the virtual clock, on which waiting for a child's output looks like a deadlock: run it on the real clock (clock=real on its fence, -clock=real for runner run)", how)
}

// DefaultClock is the clock a program runs on when none is asked for, as
// `runner run` chooses it: the real clock for a program that starts
// processes, the virtual clock for any other.
func DefaultClock(req Request) Clock {
	if _, _, ok := StartsProcesses(req); ok {
		return ClockReal
	}
	return ClockVirtual
}
