package lower

import (
	"go/ast"
)

// deepEqualRule calls the worker's __rt.DeepEqual for reflect.DeepEqual
// of values whose types can hold interface values: the interpreter keeps
// a value of the program's types in an interface wrapped with its type, or
// bare, depending on how it was stored, and reflect.DeepEqual compares the
// wrappers (test/initialize.go: two S{...} equal in Go were not). The
// worker's compares the values they hold, and their types
// (runner/worker/deepequal.go).
func deepEqualRule(p *program) error {
	if p.imported["reflect"] == "" {
		return nil
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		fn := p.calleeFunc(call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || fn.Name() != "DeepEqual" {
			return true
		}
		if !p.holdsInterfaceType(p.info.TypeOf(call.Args[0])) && !p.holdsInterfaceType(p.info.TypeOf(call.Args[1])) {
			return true
		}
		p.replace(call.Fun.Pos(), call.Fun.End(), p.rt()+".DeepEqual")
		return true
	})
	return nil
}
