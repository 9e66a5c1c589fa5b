package lower

import (
	"go/ast"
	"strings"
)

// closuresRule gives a function literal used as a value (not called where
// it stands) a frame of its own to be made in, when the function around it
// defers calls. yaegi runs a function's deferred calls holding a lock on the
// function's frame, and a closure takes the lock of the frame that made it
// when it returns: a closure made in main and called while main's deferred
// calls run (defer cleanup(), defer wg.Wait() for closures still running)
// waited forever, "all goroutines are asleep". Made by a function of its
// own, the closure locks that function's frame instead:
//
//	cleanup := func() {...}   becomes   cleanup := func() func() { return func() {...} }()
//
// A literal in a loop gets one too: a closure's slot in the frame that
// made it gets its old value back when a call of the closure returns,
// which, a goroutine of an earlier iteration returning just then (wg.Go,
// errgroup's Go, time.AfterFunc, a function that starts it), left the next
// iteration a nil function to hand over.
//
// The closure still shares the variables of the function around it.
// Literals whose type cannot be written on one line are left as they are,
// and so are those that call recover: yaegi's recover looks for the panic
// in the frame that made the closure.
func closuresRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || p.ownFrame[lit] || callsRecover(lit.Body) || !p.defersIn(enclosingFunc(stack)) && innerLoop(stack) == nil {
			return true
		}
		for i := len(stack) - 1; i >= 0; i-- {
			if par, ok := stack[i].(*ast.ParenExpr); ok && par.X != nil {
				continue
			}
			if call, ok := stack[i].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == lit && !p.boundDefers[call] {
				return true // called where it stands
			}
			break
		}
		ts, err := p.typeString(p.info.TypeOf(lit), lit.Pos())
		if err != nil {
			ts = p.text(lit.Type)
			if strings.ContainsRune(ts, '\n') {
				return true
			}
		}
		p.insert(lit.Pos(), "func() "+ts+" { return ")
		p.insertInner(lit.End(), " }()")
		return true
	})
	return nil
}

// enclosingFunc is the innermost function around the node whose ancestors
// are stack: its *ast.FuncDecl or *ast.FuncLit, nil at the top level.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return f
		}
	}
	return nil
}

// defersIn reports whether the function fn has a defer statement of its
// own (not one of a function literal inside it).
func (p *program) defersIn(fn ast.Node) bool {
	var body *ast.BlockStmt
	switch f := fn.(type) {
	case *ast.FuncDecl:
		body = f.Body
	case *ast.FuncLit:
		body = f.Body
	}
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}
