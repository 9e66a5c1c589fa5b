package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// goLoopVarsRule hands a goroutine's function literal the loop variables
// it uses as pointers, arguments of the go statement, as compiledfunc.go
// does for literals handed to compiled code:
//
//	for i := 0; i < n; i++ {           for i := 0; i < n; i++ { i := i;
//	    go func() { use(i) }()    →        go func(__gid int64, i *int) { ...; use((*i)) }(__rt.NewGoroutine(), &i)
//
// A goroutine's literal in a loop is also made by a function of its own,
// func() T { return func(...) {...} }(): yaegi keeps the closure a literal
// makes in a slot of the frame around it, and puts the slot's old value
// back when a call of the closure returns, so that a goroutine of an
// earlier iteration that returned just then made the go statement start
// nil ("reflect.Value.Call: call of nil function").
//
// A variable of a basic or interface type that neither the loop nor the
// literal changes is passed as it is (yaegi cannot call a method through
// (*p) for p a pointer to an interface). The go statement's arguments are
// evaluated before the goroutine starts;
// what the literal captures, yaegi reads from a copy of the caller's frame
// that it makes as the goroutine starts, and now and then that copy is made
// after the loop went on: one goroutine in 30 or so saw the next
// iteration's variable, or a nil function. The pointers keep Go's sharing:
// the goroutine and the rest of its iteration see one variable. Variables
// whose type cannot be named here are left to the capture.
func goLoopVarsRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
		if !ok {
			return true
		}
		if innerLoop(stack) == nil {
			return true
		}
		vars, uses := p.loopVarsUsed(lit, stack)
		if sig, ok := p.info.TypeOf(lit).(*types.Signature); ok && sig.Variadic() {
			vars = nil // parameters cannot follow a variadic one
		}
		var params, args string
		var types_ []string // the types of the parameters added
		for _, v := range vars {
			vt, err := p.typeString(v.Type(), lit.Pos())
			if err != nil {
				continue
			}
			if p.byValue(v, loopOf(v, stack), lit) {
				params += ", " + v.Name() + " " + vt
				args += ", " + v.Name()
				types_ = append(types_, vt)
				continue
			}
			params += ", " + v.Name() + " *" + vt
			args += ", &" + v.Name()
			types_ = append(types_, "*"+vt)
			for _, id := range uses[v] {
				p.replace(id.Pos(), id.End(), "(*"+v.Name()+")")
			}
		}
		if params != "" {
			p.insert(lit.Type.Params.Closing, params)
			p.insert(g.Call.Rparen, args)
		}
		// The literal is made by a function of its own (see above).
		if ft, ok := p.goLiteralType(lit, types_); ok {
			p.insert(lit.Pos(), "func() "+ft+" { return ")
			p.insertInner(lit.End(), " }()")
		}
		return true
	})
	return nil
}

// loopVarsUsed lists the variables declared in the loops around lit (up
// to its function) that lit uses, and where it uses them.
func (p *program) loopVarsUsed(lit *ast.FuncLit, stack []ast.Node) ([]*types.Var, map[*types.Var][]*ast.Ident) {
	var loops []ast.Node
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			i = -1
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, s)
		}
	}
	if len(loops) == 0 {
		return nil, nil
	}
	inLoop := func(obj types.Object) bool {
		for _, l := range loops {
			if l.Pos() <= obj.Pos() && obj.Pos() < l.End() {
				return true
			}
		}
		return false
	}
	var vars []*types.Var
	uses := map[*types.Var][]*ast.Ident{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := p.info.Uses[id].(*types.Var)
		if !ok || v.IsField() || (lit.Pos() <= v.Pos() && v.Pos() < lit.End()) || !inLoop(v) {
			return true
		}
		if uses[v] == nil {
			vars = append(vars, v)
		}
		uses[v] = append(uses[v], id)
		return true
	})
	return vars, uses
}

// loopOf is the loop among stack that declares v.
func loopOf(v *types.Var, stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch l := stack[i].(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if l.Pos() <= v.Pos() && v.Pos() < l.End() {
				return l
			}
		}
	}
	return nil
}

// byValue reports whether the loop variable v can be handed to lit as a
// value rather than a pointer: it is of a basic or interface type, and
// nothing in its loop assigns it, increments it or takes its address.
func (p *program) byValue(v *types.Var, loop ast.Node, lit *ast.FuncLit) bool {
	switch v.Type().Underlying().(type) {
	case *types.Basic, *types.Interface:
	default:
		return false
	}
	if loop == nil {
		return false
	}
	var body ast.Node
	switch l := loop.(type) {
	case *ast.ForStmt:
		body = l.Body
		if l.Post != nil && p.assignedIn(v, l.Post).IsValid() {
			return false
		}
	case *ast.RangeStmt:
		body = l.Body
	}
	if p.assignedIn(v, body).IsValid() {
		return false
	}
	taken := false
	ast.Inspect(body, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && p.info.Uses[id] == v {
				taken = true
			}
		}
		return !taken
	})
	return !taken
}

// goLiteralType writes the type of a goroutine's literal as the rules
// leave it: crash.go's __gid int64 first, then its own parameters, then
// the loop variables added here.
func (p *program) goLiteralType(lit *ast.FuncLit, added []string) (string, bool) {
	sig, ok := p.info.TypeOf(lit).(*types.Signature)
	if !ok {
		return "", false
	}
	parts := []string{"int64"}
	params := sig.Params()
	for i := range params.Len() {
		ts, err := p.typeString(params.At(i).Type(), lit.Pos())
		if err != nil {
			return "", false
		}
		if sig.Variadic() && i == params.Len()-1 {
			et, err := p.typeString(params.At(i).Type().(*types.Slice).Elem(), lit.Pos())
			if err != nil {
				return "", false
			}
			ts = "..." + et
		}
		parts = append(parts, ts)
	}
	// The added parameters follow a variadic one in the text, which Go
	// does not allow: no IIFE then (the rule adds none for variadic ones).
	if sig.Variadic() && len(added) > 0 {
		return "", false
	}
	parts = append(parts, added...)
	res := ""
	if sig.Results().Len() > 0 {
		rs, err := p.typeString(sig.Results(), lit.Pos())
		if err != nil {
			return "", false
		}
		res = " " + rs
	}
	return "func(" + strings.Join(parts, ", ") + ")" + res, true
}
