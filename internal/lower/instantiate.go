package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// instantiateRule writes out the type arguments that Go infers for a
// call of a generic function of the program, which yaegi cannot infer from
// a function argument or a variadic parameter ("undefined type for T"):
//
//	Map(in, func(n int) string {...})   becomes   Map[int, string](in, func(n int) string {...})
//
// and completes those that give only the first type arguments, the others
// inferred from them (constraint type inference):
//
//	DoubleElems[MySlice](s)   becomes   DoubleElems[MySlice, int](s)
//
// Arguments that cannot be named at the call are left to yaegi.
func instantiateRule(p *program) error {
	// explicit holds the instantiations written with brackets: how many
	// type arguments they give, and where their bracket closes.
	type written struct {
		n      int
		rbrack token.Pos
	}
	explicit := map[*ast.Ident]written{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr:
			if id := calleeIdent(x.X); id != nil {
				explicit[id] = written{1, x.Rbrack}
			}
		case *ast.IndexListExpr:
			if id := calleeIdent(x.X); id != nil {
				explicit[id] = written{len(x.Indices), x.Rbrack}
			}
		}
		return true
	})
	for id, inst := range p.info.Instances {
		fn, ok := p.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != p.pkg {
			continue
		}
		w, isExplicit := explicit[id]
		if isExplicit && w.n >= inst.TypeArgs.Len() {
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
		switch {
		case len(args) == 0:
		case isExplicit:
			// Some written, the others inferred from them (F[MySlice] of
			// F[S ~[]E, E any]): those are written after them.
			p.insert(w.rbrack, ", "+strings.Join(args[w.n:], ", "))
		default:
			p.insert(id.End(), "["+strings.Join(args, ", ")+"]")
		}
	}
	return nil
}
