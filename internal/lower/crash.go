package lower

import (
	"go/ast"
)

// crashRule makes a panic that reaches the top of main or of a goroutine end
// the program as in compiled Go: it inserts, first in each such function body,
//
//	defer func() { if r := recover(); r != nil { __rt.Crash(r) } }();
//
// Being deferred first, it runs last, after the function's own deferred
// calls, which may still recover. A goroutine that calls a named function
// (go work(x)) becomes go func(){ ...; work(x) }() only where that keeps the
// arguments' evaluation in the calling goroutine: when they are constants or
// names of variables not assigned after the go statement... which a source
// rewrite cannot prove, so such goroutines are left as they are, and their
// panics are caught by the traceback cleaning of the engine instead.
func crashRule(p *program) error {
	const handler = "defer func() { if r := recover(); r != nil { " + runtimeName + ".Crash(r) } }(); "
	used := false
	for _, d := range p.file.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if ok && fn.Recv == nil && fn.Name.Name == "main" && fn.Body != nil {
			p.insert(fn.Body.Lbrace+1, handler)
			used = true
		}
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		if lit, ok := g.Call.Fun.(*ast.FuncLit); ok {
			p.insert(lit.Body.Lbrace+1, handler)
			used = true
		}
		return true
	})
	if used {
		p.insert(p.file.Name.End(), "; import "+runtimeName+" \""+runtimePackage+"\"")
	}
	return nil
}
