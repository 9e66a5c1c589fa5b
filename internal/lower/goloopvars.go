package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// goLoopVarsRule hands a goroutine's function literal the loop variables
// it uses as pointers, arguments of the go statement, as compiledfunc.go
// does for literals handed to compiled code:
//
//	for i := 0; i < n; i++ {           for i := 0; i < n; i++ { i := i;
//	    go func() { use(i) }()    →        go func(__gid int64, i *int) { ...; use((*i)) }(__rt.NewGoroutine(), &i)
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
		vars, uses := p.loopVarsUsed(lit, stack)
		var params, args string
		for _, v := range vars {
			vt, err := p.typeString(v.Type(), lit.Pos())
			if err != nil {
				continue
			}
			if p.byValue(v, loopOf(v, stack), lit) {
				params += ", " + v.Name() + " " + vt
				args += ", " + v.Name()
				continue
			}
			params += ", " + v.Name() + " *" + vt
			args += ", &" + v.Name()
			for _, id := range uses[v] {
				p.replace(id.Pos(), id.End(), "(*"+v.Name()+")")
			}
		}
		if params == "" {
			return true
		}
		p.insert(lit.Type.Params.Closing, params)
		p.insert(g.Call.Rparen, args)
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
