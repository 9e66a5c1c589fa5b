package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// deferArgsRule evaluates the arguments of a deferred call when the defer
// statement runs, as Go does. yaegi keeps, for each argument, the variable
// or the temporary that held it, and reads it when the call runs: after
//
//	x := 10
//	defer fmt.Println("x:", x)
//	x = 20
//
// it printed 20, and the calls deferred in a loop all saw the last
// iteration's values. The rule binds the function to its arguments in a
// variable of the defer statement's own, with gostmt.go's __bindN helpers,
// leaving the call's text where it is:
//
//	defer fmt.Println("x:", x)   becomes   __d1 := __bind1(fmt.Println, "x:", x); defer __d1()
//
// (a variable declared anew each time the statement runs keeps its value,
// a temporary does not). The receiver of a method with a value receiver is
// copied by methods.go's rule. A function that may call recover must stay
// the deferred function itself (recover stops a panic only when the
// deferred function calls it), and so must one whose types cannot be named
// at the top level: their arguments that are variables are copied into
// variables of the statement's own instead,
//
//	defer handle(name)   becomes   __d1 := name; defer handle(__d1)
//
// and other arguments are left as they are, as are calls whose arguments
// are all constants. So are a builtin's (defer close(ch)).
func deferArgsRule(p *program) error {
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		d, ok := n.(*ast.DeferStmt)
		if !ok || err != nil {
			return err == nil
		}
		call := d.Call
		if lit := p.recoveringClosure(call.Fun); lit != nil {
			err = p.errorf(d.Pos(), "unsupported: deferring a call of a function literal held in a variable, which calls recover: "+
				"the interpreter deadlocks running it; defer the literal itself (defer func() { ... }()) or make it a named function")
			return false
		}
		if tv, ok := p.info.Types[call.Fun]; !ok || tv.IsType() {
			return true
		} else if tv.IsBuiltin() {
			p.snapshotArgs(d)
			return true
		}
		if !p.deferNeedsBinding(call) {
			return true
		}
		sig, ok := p.info.TypeOf(call.Fun).Underlying().(*types.Signature)
		if !ok {
			return true
		}
		fmtHelper, fmtSig, isFmt := p.fmtDeferred(call)
		if isFmt {
			sig = fmtSig
		}
		bind, ok := p.bindHelper(sig, len(call.Args), call.Ellipsis.IsValid())
		if !ok || p.mayRecover(call.Fun) {
			if isFmt {
				delete(p.boundFmt, call)
			}
			p.snapshotArgs(d)
			return true
		}
		if p.boundDefers == nil {
			p.boundDefers = map[*ast.CallExpr]bool{}
		}
		p.boundDefers[call] = true
		v := p.name("__d")
		p.replace(d.Defer, d.Defer+5, v+" :=")
		p.insert(call.Fun.Pos(), bind+"(")
		if isFmt {
			p.replace(call.Fun.Pos(), call.Fun.End(), fmtHelper)
		}
		sep := ""
		if len(call.Args) > 0 {
			sep = ", "
		}
		p.replace(call.Lparen, call.Lparen+1, sep)
		if list, ok := p.rangeFuncDeferList(stack); ok {
			p.insert(call.Rparen+1, "; "+list+" = append("+list+", "+v+")")
			return true
		}
		p.insert(call.Rparen+1, "; defer "+v+"()")
		return true
	})
	return err
}

// recoveringClosure returns the function literal that calls recover which
// fun, a variable of the function around the defer statement, was
// declared with (f := func() { recover() ... }), or nil. yaegi runs a
// function's deferred calls holding its frame's lock, which a closure made
// in that frame takes when it returns: closures.go gives the others a
// frame of their own, but a closure that calls recover must stay (yaegi's
// recover looks for the panic in the frame that made it).
func (p *program) recoveringClosure(fun ast.Expr) *ast.FuncLit {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := p.info.Uses[id].(*types.Var)
	if !ok || v.Parent() == p.pkg.Scope() {
		return nil
	}
	var found *ast.FuncLit
	ast.Inspect(p.file, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || found != nil {
			return found == nil
		}
		for i, l := range a.Lhs {
			lid, ok := l.(*ast.Ident)
			if !ok || i >= len(a.Rhs) || p.objOf(lid) != v {
				continue
			}
			if lit, ok := ast.Unparen(a.Rhs[i]).(*ast.FuncLit); ok && callsRecover(lit.Body) {
				found = lit
			}
		}
		return true
	})
	return found
}

// deferNeedsBinding reports whether a deferred call has an argument that
// is not a constant, or a receiver that a method with a value receiver
// copies.
func (p *program) deferNeedsBinding(call *ast.CallExpr) bool {
	if p.valueMethodValue(call.Fun) {
		return true
	}
	for _, a := range call.Args {
		tv, ok := p.info.Types[a]
		if !ok || tv.Value != nil || tv.IsNil() {
			continue
		}
		if _, lit := ast.Unparen(a).(*ast.FuncLit); lit {
			continue
		}
		return true
	}
	return false
}

// mayRecover reports whether the function fun calls may call recover
// itself: a function or method of the program, or a function literal, that
// does, or a variable of function type in a program that has function
// literals that do.
func (p *program) mayRecover(fun ast.Expr) bool {
	fun = ast.Unparen(fun)
	if lit, ok := fun.(*ast.FuncLit); ok {
		return callsRecover(lit.Body)
	}
	if !p.isProgramFunc(fun) {
		return false
	}
	id := calleeIdent(fun)
	if id == nil {
		return true
	}
	if fn, ok := p.info.Uses[id].(*types.Func); ok {
		for _, d := range p.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && p.info.Defs[fd.Name] == fn {
				return callsRecover(fd.Body)
			}
		}
		return true
	}
	found := false
	ast.Inspect(p.file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && callsRecover(lit.Body) {
			found = true
		}
		return !found
	})
	return found
}

// callsRecover reports whether body calls the builtin recover, outside the
// function literals in it.
func callsRecover(body *ast.BlockStmt) bool {
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == "recover" {
				found = true
			}
		}
		return !found
	})
	return found
}

// snapshotArgs copies the arguments of a deferred call that are variables
// into variables declared before the defer statement, on its line.
func (p *program) snapshotArgs(d *ast.DeferStmt) {
	var decl []string
	for _, a := range d.Call.Args {
		id, ok := ast.Unparen(a).(*ast.Ident)
		if !ok {
			continue
		}
		if _, isVar := p.info.Uses[id].(*types.Var); !isVar || p.editedIn(id.Pos(), id.End()) {
			continue
		}
		v := p.name("__d")
		decl = append(decl, v+" := "+id.Name+"; ")
		p.replace(id.Pos(), id.End(), v)
		if p.snapshots == nil {
			p.snapshots = map[*ast.Ident]bool{}
		}
		p.snapshots[id] = true
	}
	if len(decl) > 0 {
		p.insert(d.Defer, strings.Join(decl, ""))
	}
}

// editedIn reports whether a rule edited the source between pos and end.
func (p *program) editedIn(pos, end token.Pos) bool {
	off, e := p.offset(pos), p.offset(end)
	for _, ed := range p.edits {
		if ed.off < e && ed.end > off || ed.off > off && ed.off < e {
			return true
		}
	}
	return false
}
