package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// newExprRule lowers Go 1.26's new(expr), a pointer to a new variable that
// holds the value of expr, which yaegi reads as new(type):
//
//	new(42)   becomes   __new1(42)   with   func __new1(v int) *int { return &v }
func newExprRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil || !p.isBuiltin(call, "new") || len(call.Args) != 1 {
			return err == nil
		}
		if p.info.Types[call.Args[0]].IsType() {
			return true
		}
		ptr, ok := p.info.TypeOf(call).(*types.Pointer)
		if !ok {
			return true
		}
		ts, terr := p.typeString(ptr.Elem(), token.NoPos)
		if terr != nil {
			err = p.errorf(call.Pos(), "unsupported: new(expr) of type %s, declared in a function; declare a variable and take its address", ptr.Elem())
			return false
		}
		h := p.helper("new "+ts, "__new", func(name string) string {
			return fmt.Sprintf("func %s(v %s) *%s { return &v }\n", name, ts, ts)
		})
		p.replace(call.Fun.Pos(), call.Fun.End(), h)
		return true
	})
	return err
}
