package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// stacksRule gives the program its own goroutine stacks. runtime.Stack,
// runtime/debug.Stack and PrintStack, and the goroutine profile of
// runtime/pprof written as text would print the worker's goroutines and
// the interpreter's frames; they become the worker's (runner/worker's
// stacks.go), which print the program's:
//
//	runtime.Stack        becomes  __rt.Stack
//	debug.Stack          becomes  __rt.DebugStack
//	debug.PrintStack     becomes  __rt.PrintStack
//	prof.WriteTo(w, d)   becomes  __rt.WriteProfile(prof, w, d)  (prof a *pprof.Profile)
//
// and the program gets the line stacksMarker, which turns on the
// interpreter's records of each goroutine's frames (they cost every call:
// a program that takes no stacks has none), and each goroutine of a go
// statement says which of the program's it is, __rt.Enter(__gid), first
// (crash.go, gostmt.go).
//
// Refused: a stack taken in a deferred call (the idiom of a recover
// handler that prints debug.Stack): Go's shows the runtime's panic frame
// and the line the deferring frame returns at, which the interpreter does
// not have; the goroutine profile's WriteTo as a method value, which the
// rewrite cannot reach; and WriteTo with debug 0, the protocol buffer
// format, of a profile written pprof.Lookup("goroutine") where it is
// called.
func stacksRule(p *program) error {
	if !p.takesStacks() {
		return nil
	}
	rt := p.rt()
	var err error
	called := map[*ast.SelectorExpr]*ast.CallExpr{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.DeferStmt:
			if use := p.firstStackUse(x.Call); use != nil {
				err = p.errorf(use.Pos(), "unsupported: a goroutine stack taken in a deferred call: Go's shows the runtime's panic frame, or the line the function returns at, which the interpreter does not have; take it before the defer, or run it with go run")
			}
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				called[sel] = x
			}
		case *ast.SelectorExpr:
			switch p.stackFunc(x) {
			case "runtime.Stack":
				p.replace(x.Pos(), x.End(), rt+".Stack")
			case "runtime/debug.Stack":
				p.replace(x.Pos(), x.End(), rt+".DebugStack")
			case "runtime/debug.PrintStack":
				p.replace(x.Pos(), x.End(), rt+".PrintStack")
			case "WriteTo":
				call := called[x]
				if call == nil {
					err = p.errorf(x.Sel.Pos(), "unsupported: the method value WriteTo of a *pprof.Profile: the runner writes the goroutine profile of the program only where WriteTo is called; call it, or run it with go run")
					return false
				}
				if len(call.Args) == 2 {
					if tv, ok := p.info.Types[call.Args[1]]; ok && tv.Value != nil && tv.Value.String() == "0" && p.isGoroutineLookup(x.X) {
						err = p.errorf(call.Args[1].Pos(), "unsupported: the goroutine profile in the protocol buffer format (debug 0): it would hold the interpreter's stacks, not the program's; write it with debug 1 or 2, or run it with go run")
						return false
					}
				}
				if p.line(x.X.End()) != p.line(call.Lparen) {
					err = p.errorf(x.Sel.Pos(), "unsupported: WriteTo of a *pprof.Profile on a line of its own: write the call on one line")
					return false
				}
				p.insert(x.Pos(), rt+".WriteProfile(")
				p.replace(x.X.End(), call.Lparen+1, ", ")
			}
		}
		return true
	})
	if err != nil {
		return err
	}
	p.appends = append(p.appends, stacksMarker+"\n")
	return nil
}

// stacksMarker is the line that turns on the worker's records of
// goroutine stacks (runner/worker's stacks.go).
const stacksMarker = "//concbook:stacks"

// takesStacks reports whether the program calls one of the functions
// stacksRule rewrites.
func (p *program) takesStacks() bool {
	if p.stacks == nil {
		found := false
		ast.Inspect(p.file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && p.stackFunc(sel) != "" {
				found = true
			}
			return !found
		})
		p.stacks = &found
	}
	return *p.stacks
}

// stackFunc names the stack function sel selects: "runtime.Stack",
// "runtime/debug.Stack", "runtime/debug.PrintStack", "WriteTo" for the
// method of *pprof.Profile; "" for anything else.
func (p *program) stackFunc(sel *ast.SelectorExpr) string {
	fn, ok := p.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	path := fn.Pkg().Path()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		if path == "runtime/pprof" && fn.Name() == "WriteTo" {
			return "WriteTo"
		}
		return ""
	}
	switch path + "." + fn.Name() {
	case "runtime.Stack", "runtime/debug.Stack", "runtime/debug.PrintStack":
		if p.info.Selections[sel] == nil { // a package's function, not a field
			return path + "." + fn.Name()
		}
	}
	return ""
}

// firstStackUse is the first stack function n uses, or nil.
func (p *program) firstStackUse(n ast.Node) *ast.SelectorExpr {
	var use *ast.SelectorExpr
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && use == nil && p.stackFunc(sel) != "" {
			use = sel
		}
		return use == nil
	})
	return use
}

// isGoroutineLookup reports whether e is pprof.Lookup("goroutine").
func (p *program) isGoroutineLookup(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, ok := p.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "runtime/pprof" || fn.Name() != "Lookup" {
		return false
	}
	tv, ok := p.info.Types[call.Args[0]]
	return ok && tv.Value != nil && tv.Value.String() == `"goroutine"`
}

// line is the line of pos.
func (p *program) line(pos token.Pos) int { return p.fset.Position(pos).Line }

// goroutineEnter is what a go statement's goroutine calls first: it says
// which of the program's goroutines it is, for the stacks it may print.
func (p *program) goroutineEnter() string {
	if !p.takesStacks() {
		return ""
	}
	return p.rt() + ".Enter(__gid); "
}
