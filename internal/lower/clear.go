package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// clearRule replaces the builtin clear (Go 1.21), which yaegi does not
// have, by a helper per type: for a map, the worker's __rt.ClearMap
// (reflect's Value.Clear: deleting every key in a loop would leave the NaN
// keys, which no lookup finds); for a slice, setting every element to the
// zero value.
//
//	clear(m)   becomes   __clear1(m)
func clearRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil || !p.isBuiltin(call, "clear") || len(call.Args) != 1 {
			return err == nil
		}
		t := p.info.TypeOf(call.Args[0])
		ts, terr := p.typeString(t, token.NoPos)
		if terr != nil {
			err = p.errorf(call.Pos(), "unsupported: clear on a value of type %s, declared in a function or a type parameter; delete the keys in a loop", t)
			return false
		}
		var body string
		switch u := t.Underlying().(type) {
		case *types.Map:
			body = fmt.Sprintf("\t%s.ClearMap(x)\n", p.rt())
		case *types.Slice:
			es, eerr := p.typeString(u.Elem(), token.NoPos)
			if eerr != nil {
				err = p.errorf(call.Pos(), "unsupported: clear on a slice of %s, declared in a function; set the elements in a loop", u.Elem())
				return false
			}
			body = fmt.Sprintf("\tvar zero %s\n\tfor i := range x {\n\t\tx[i] = zero\n\t}\n", es)
		default:
			err = p.errorf(call.Pos(), "unsupported: clear on a type parameter; clear the map or slice itself")
			return false
		}
		h := p.helper("clear "+ts, "__clear", func(name string) string {
			return fmt.Sprintf("func %s(x %s) {\n%s}\n", name, ts, body)
		})
		p.replace(call.Fun.Pos(), call.Fun.End(), h)
		return true
	})
	return err
}
