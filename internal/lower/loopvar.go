package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// loopVarRule gives each iteration of a loop its own variables, as Go 1.22
// does and yaegi does not: where a loop variable is captured in the body (a
// closure uses it, or its address is taken), the body starts by declaring
// it anew from the loop's:
//
//	for i := 0; i < n; i++ {         becomes   for i := 0; i < n; i++ { i := i;
//	for k, v := range m {            becomes   for k, v := range m { k, v := k, v;
//
// A three-clause loop whose body both captures and assigns its variable
// carries each iteration's variables to the next through pointers
// (carryLoopVars). Range over an integer, over a function and over
// channels are their own rules'.
func loopVarRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch s := n.(type) {
		case *ast.RangeStmt:
			if s.Tok != token.DEFINE || p.isRangeInt(s) || p.isRangeFunc(s) || p.isRangeChan(s) || p.isRangeOverChans(s) {
				return true
			}
			var names []string
			for _, e := range []ast.Expr{s.Key, s.Value} {
				if id, ok := e.(*ast.Ident); ok && id.Name != "_" && p.captured(p.info.Defs[id], s.Body) {
					names = append(names, id.Name)
				}
			}
			if err = p.deferredCapture(s, s.Body); err != nil {
				return false
			}
			p.redeclare(s.Body, names)
		case *ast.ForStmt:
			init, ok := s.Init.(*ast.AssignStmt)
			if !ok || init.Tok != token.DEFINE {
				return true
			}
			if err = p.deferredCapture(s, s.Body); err != nil {
				return false
			}
			if at := p.capturedAndAssigned(s); at.IsValid() {
				err = p.carryLoopVars(s, init, at)
				return err == nil
			}
			var names []string
			for _, e := range init.Lhs {
				if id, ok := e.(*ast.Ident); ok && id.Name != "_" && p.captured(p.info.Defs[id], s.Body) {
					names = append(names, id.Name)
				}
			}
			p.redeclare(s.Body, names)
		}
		return true
	})
	return err
}

// redeclare starts body with names := names.
func (p *program) redeclare(body *ast.BlockStmt, names []string) {
	if len(names) == 0 {
		return
	}
	list := strings.Join(names, ", ")
	p.insert(body.Lbrace+1, " "+list+" := "+list+";")
}

// captured reports whether a closure in body uses obj or body takes its
// address (&v, v[:] of an array, a pointer method called on v).
func (p *program) captured(obj types.Object, body ast.Node) bool {
	if obj == nil {
		return false
	}
	found := false
	inspect(body, func(n ast.Node, stack []ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.DeferStmt:
			// yaegi keeps a deferred call's arguments by reference.
			for _, a := range x.Call.Args {
				ast.Inspect(a, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && p.info.Uses[id] == obj {
						found = true
					}
					return true
				})
			}
		case *ast.Ident:
			if p.info.Uses[x] == obj {
				for _, a := range stack {
					if _, ok := a.(*ast.FuncLit); ok {
						found = true
					}
				}
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND && p.rootIs(x.X, obj) {
				found = true
			}
		case *ast.SliceExpr:
			if _, ok := p.info.TypeOf(x.X).Underlying().(*types.Array); ok && p.rootIs(x.X, obj) {
				found = true
			}
		case *ast.SelectorExpr:
			if sel, ok := p.info.Selections[x]; ok && sel.Kind() != types.FieldVal {
				if sig, ok := sel.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
					if _, ptr := sig.Recv().Type().(*types.Pointer); ptr && p.rootIs(x.X, obj) {
						if _, isPtr := p.info.TypeOf(x.X).Underlying().(*types.Pointer); !isPtr {
							found = true
						}
					}
				}
			}
		}
		return true
	})
	return found
}

// rootIs reports whether e is obj or a field or array element of it.
func (p *program) rootIs(e ast.Expr, obj types.Object) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return p.info.Uses[x] == obj
		case *ast.SelectorExpr:
			if _, ptr := p.info.TypeOf(x.X).Underlying().(*types.Pointer); ptr {
				return false
			}
			e = x.X
		case *ast.IndexExpr:
			if _, arr := p.info.TypeOf(x.X).Underlying().(*types.Array); !arr {
				return false
			}
			e = x.X
		default:
			return false
		}
	}
}

// assignedIn returns where body assigns obj, if it does.
func (p *program) assignedIn(obj types.Object, body ast.Node) token.Pos {
	var pos token.Pos
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && p.info.Uses[id] == obj
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if pos.IsValid() {
			return false
		}
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if is(l) {
					pos = l.Pos()
				}
			}
		case *ast.IncDecStmt:
			if is(x.X) {
				pos = x.X.Pos()
			}
		case *ast.RangeStmt:
			if x.Tok == token.ASSIGN && ((x.Key != nil && is(x.Key)) || (x.Value != nil && is(x.Value))) {
				pos = x.For
			}
		}
		return true
	})
	return pos
}

// deferredCapture handles a deferred function literal in a loop that uses
// variables of the loop (or of its body). yaegi runs it with the frame of
// the last iteration, and wrapping it in a literal that makes a frame of
// its own would stop its recover from working. When the literal takes no
// parameters and assigns none of those variables, they become its
// parameters and the call passes them:
//
//	defer func() { fmt.Println(i, w) }()   becomes   defer func(i int, w string) { fmt.Println(i, w) }(i, w)
//
// yaegi keeps, for a deferred call's argument that is a variable, that
// variable, which loopVarRule declares anew in each iteration: the call
// sees its own iteration's, and what the body assigns to it after the
// defer statement, as the closure would. Other such literals are refused.
// A defer inside a function literal of the body is that literal's own: it
// runs when the literal returns, within its iteration (the closure rules
// give the literal the iteration's variables), so it is left alone.
func (p *program) deferredCapture(loop ast.Stmt, body *ast.BlockStmt) error {
	var err error
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		d, ok := n.(*ast.DeferStmt)
		if !ok || err != nil {
			return err == nil
		}
		lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit)
		if !ok {
			return true
		}
		var vars []*types.Var
		var first *ast.Ident
		seen := map[*types.Var]bool{}
		ast.Inspect(lit.Body, func(m ast.Node) bool {
			id, ok := m.(*ast.Ident)
			if !ok {
				return true
			}
			if v, ok := p.info.Uses[id].(*types.Var); ok && !v.IsField() && v.Pos() >= loop.Pos() && v.Pos() < lit.Pos() && !seen[v] {
				seen[v] = true
				vars = append(vars, v)
				if first == nil {
					first = id
				}
			}
			return true
		})
		if len(vars) > 0 {
			err = p.passLoopVars(d.Call, lit, vars, first)
		}
		return false
	})
	return err
}

// passLoopVars makes the variables vars, of a loop around the deferred
// call of lit, its parameters (deferredCapture), or refuses at first, their
// first use.
func (p *program) passLoopVars(call *ast.CallExpr, lit *ast.FuncLit, vars []*types.Var, first *ast.Ident) error {
	refuse := func(why string) error {
		return p.errorf(first.Pos(), "unsupported: a deferred function literal uses %s, a variable of the loop around it, and %s; "+
			"yaegi would run it with the last iteration's %s: pass it as an argument, defer func(%s T) {...}(%s)", first.Name, why, first.Name, first.Name, first.Name)
	}
	if lit.Type.Params.NumFields() > 0 || len(call.Args) > 0 {
		return refuse("takes parameters")
	}
	scope := p.info.Scopes[lit.Type]
	var params, args []string
	for _, v := range vars {
		if at := p.assignedIn(v, lit.Body); at.IsValid() {
			return refuse("assigns " + v.Name())
		}
		if scope != nil && scope.Lookup(v.Name()) != nil {
			return refuse("declares another " + v.Name())
		}
		ts, err := p.typeString(v.Type(), lit.Pos())
		if err != nil {
			return refuse("is of a type the runner cannot name there")
		}
		params = append(params, v.Name()+" "+ts)
		args = append(args, v.Name())
	}
	p.insert(lit.Type.Params.Closing, strings.Join(params, ", "))
	p.insert(call.Rparen, strings.Join(args, ", "))
	return nil
}

// carryLoopVars rewrites a three-clause loop whose body captures a loop
// variable and assigns it: each iteration declares its variables, the
// first from the init statement, the others from the last iteration's
// (through a pointer to them, so that what the body assigned, continue
// included, is carried), then runs the post statement on them, as Go 1.22
// does. The loop's header and the body's first line become:
//
//	for i := 0; i < 3; i++ {
//
//	for __first1, __last1 := true, (*int)(nil); true; __first1 = false { var i int; if __first1 { i = 0 } else { i = *__last1; i++ }; if !(i < 3) { break }; __last1 = &i;
//
// The condition is true rather than absent: yaegi runs the init statement
// of a loop without condition again at every iteration (forcond.go).
// at is where the body assigns a variable, for the refusal when the loop
// cannot be rewritten.
func (p *program) carryLoopVars(s *ast.ForStmt, init *ast.AssignStmt, at token.Pos) error {
	refuse := func(why string) error {
		return p.errorf(at, "unsupported: a loop variable captured by a closure (or its address taken) and assigned in the loop body, %s; "+
			"assign a copy instead (v := i) and change that", why)
	}
	if p.fset.Position(s.For).Line != p.fset.Position(s.Body.Lbrace).Line {
		return refuse("in a loop whose header spans lines")
	}
	first := p.name("__first")
	var vars, lasts, decls, nils, derefs, addrs []string
	for _, e := range init.Lhs {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name == "_" {
			return refuse("beside a blank loop variable")
		}
		obj := p.info.Defs[id]
		if obj == nil {
			return refuse("redeclaring a variable")
		}
		ts, err := p.typeString(obj.Type(), s.Body.Lbrace)
		if err != nil {
			return refuse("of a type the runner cannot name there")
		}
		last := p.name("__last")
		vars = append(vars, id.Name)
		lasts = append(lasts, last)
		decls = append(decls, "var "+id.Name+" "+ts+";")
		nils = append(nils, "(*"+ts+")(nil)")
		derefs = append(derefs, "*"+last)
		addrs = append(addrs, "&"+id.Name)
	}
	var rhs []string
	for _, r := range init.Rhs {
		rhs = append(rhs, p.text(r))
	}
	var b strings.Builder
	b.WriteString("for " + first + ", " + strings.Join(lasts, ", ") + " := true, " + strings.Join(nils, ", ") + "; true; " + first + " = false { ")
	b.WriteString(strings.Join(decls, " ") + " ")
	b.WriteString("if " + first + " { " + strings.Join(vars, ", ") + " = " + strings.Join(rhs, ", ") + " } else { " + strings.Join(vars, ", ") + " = " + strings.Join(derefs, ", "))
	if s.Post != nil {
		b.WriteString("; " + p.text(s.Post))
	}
	b.WriteString(" }; ")
	if s.Cond != nil {
		b.WriteString("if !(" + p.text(s.Cond) + ") { break }; ")
	}
	b.WriteString(strings.Join(lasts, ", ") + " = " + strings.Join(addrs, ", ") + ";")
	p.carried[s] = true
	p.replace(s.For, s.Body.Lbrace+1, b.String())
	return nil
}

// capturedAndAssigned returns where the body of s assigns a variable that
// s's init statement declares and the body captures (carryLoopVars
// rewrites such a loop), or token.NoPos.
func (p *program) capturedAndAssigned(s *ast.ForStmt) token.Pos {
	init, ok := s.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return token.NoPos
	}
	for _, e := range init.Lhs {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			if obj := p.info.Defs[id]; obj != nil && p.captured(obj, s.Body) {
				if at := p.assignedIn(obj, s.Body); at.IsValid() {
					return at
				}
			}
		}
	}
	return token.NoPos
}
