package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// instantiateRule writes out the type arguments that Go infers for a
// call of a generic function of the program, which yaegi cannot infer from
// a function argument or a variadic parameter ("undefined type for T"):
//
//	Map(in, func(n int) string {...})   becomes   Map[int, string](in, func(n int) string {...})
//
// Arguments that cannot be named at the call are left to yaegi.
func instantiateRule(p *program) error {
	explicit := map[*ast.Ident]bool{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr:
			if id := calleeIdent(x.X); id != nil {
				explicit[id] = true
			}
		case *ast.IndexListExpr:
			if id := calleeIdent(x.X); id != nil {
				explicit[id] = true
			}
		}
		return true
	})
	for id, inst := range p.info.Instances {
		fn, ok := p.info.Uses[id].(*types.Func)
		if !ok || explicit[id] || fn.Pkg() != p.pkg {
			continue
		}
		var args []string
		for i := range inst.TypeArgs.Len() {
			ts, err := p.typeString(inst.TypeArgs.At(i), id.Pos())
			if err != nil {
				args = nil
				break
			}
			args = append(args, ts)
		}
		if len(args) > 0 {
			p.insert(id.End(), "["+strings.Join(args, ", ")+"]")
		}
	}
	return nil
}
