package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// convsRule makes the program's error values of non-pointer types errors
// that yaegi handles. Converted to error by an assignment, a variable
// declaration or a conversion, such a value is stored bare: its Error
// method is lost (fmt prints {c}, e.Error() panics "reflect: Method index
// out of range") and error(v) fails to compile. Returned by a function it
// is wrapped as it should be, so the rule converts it in a helper:
//
//	var err error = ValidationErr{"name"}   becomes   var err error = __errv1(ValidationErr{"name"})
//
// where func __errv1(v ValidationErr) error { return v }.
func convsRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok != token.ASSIGN || len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, rhs := range x.Rhs {
				p.errorValue(p.info.TypeOf(x.Lhs[i]), rhs)
			}
		case *ast.ValueSpec:
			if x.Type == nil {
				return true
			}
			for _, v := range x.Values {
				p.errorValue(p.info.TypeOf(x.Type), v)
			}
		case *ast.CallExpr:
			if tv, ok := p.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				p.errorValue(tv.Type, x.Args[0])
			}
		}
		return true
	})
	return nil
}

// errorValue converts e through a helper if it is a value of a non-pointer
// type of the program assigned to an error.
func (p *program) errorValue(dst types.Type, e ast.Expr) {
	if dst == nil || !types.Identical(dst, universeError) {
		return
	}
	t := p.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !p.involvesProgramType(t) {
		return
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr || !implements(t, errorIface) {
		return
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return
	}
	h := p.helper("errv "+ts, "__errv", func(name string) string {
		return fmt.Sprintf("func %s(v %s) error { return v }\n", name, ts)
	})
	p.insert(e.Pos(), h+"(")
	p.insertInner(e.End(), ")")
}
