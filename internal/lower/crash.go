package lower

import (
	"fmt"
	"go/ast"
)

// crashRule makes a panic that reaches the top of main or of a goroutine end
// the program as in compiled Go: it inserts, first in each such function body,
//
//	defer func() { if r := recover(); r != nil { __rt.Crash(__panicValue(r)) } }();
//
// Being deferred first, it runs last, after the function's own deferred
// calls, which may still recover. __panicValue (panics.go) gives Crash the
// value as the runtime prints it.
//
// The goroutine's number, which the crash prints, is the one a compiled
// program would have had (see runner/worker/goroutines.go): main calls
// __rt.Start(first) and go func(...){...}(...) becomes
// go func(__gid int64, ...){...}(__rt.NewGoroutineAt(creator, file, line), ...),
// numbered in the goroutine that starts it, which records where it was
// created (funcnames.go); its handler calls __rt.CrashIn(__gid, ...).
// Goroutines that call a named function are gostmt.go's.
func crashRule(p *program) error {
	rt := p.rt()
	first := 18
	if p.tp.DependsOn("os") {
		first = 19 // os starts the runtime's finalizer goroutine first
	}
	for _, d := range p.file.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if ok && fn.Recv == nil && fn.Name.Name == "main" && fn.Body != nil {
			p.insert(fn.Body.Lbrace+1, fmt.Sprintf("%s %s.Start(%d); ", p.crashHandler(rt+".Crash(%s)"), rt, first))
		}
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := ast.Unparen(g.Call.Fun).(*ast.FuncLit)
		if !ok {
			return true
		}
		p.insert(lit.Body.Lbrace+1, p.goroutineEnter()+p.crashHandler(rt+".CrashIn(__gid, %s)"))
		params := lit.Type.Params
		sep := ""
		if len(params.List) > 0 {
			sep = ", "
		}
		p.insert(params.Opening+1, "__gid int64"+sep)
		for _, f := range params.List {
			if len(f.Names) == 0 {
				p.insert(f.Type.Pos(), "_ ")
			}
		}
		sep = ""
		if len(g.Call.Args) > 0 {
			sep = ", "
		}
		p.insert(g.Call.Lparen+1, p.newGoroutineCall(g)+sep)
		return true
	})
	return nil
}

// crashHandler is the deferred call that hands a panic to crash, a format
// with one %s for the panic value.
func (p *program) crashHandler(crash string) string {
	return "defer func() { if r := recover(); r != nil { " + fmt.Sprintf(crash, p.panicValue("r")) + " } }(); "
}
