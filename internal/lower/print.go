package lower

import (
	"go/ast"
	"go/types"
)

// printRule sends the builtins print and println where Go sends them, to
// standard error, formatted as the runtime formats them (yaegi prints them
// to standard output with fmt's formatting):
//
//	println("n", n)   becomes   __rt.Println("n", n)
//
// An argument of interface type is printed by the runtime as its two words,
// (0x0,0x0) when nil: it is handed over as __rt.Iface((x) == nil).
func printRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		var fn string
		switch {
		case p.isBuiltin(call, "println"):
			fn = "Println"
		case p.isBuiltin(call, "print"):
			fn = "Print"
		default:
			return true
		}
		rt := p.rt()
		p.replace(call.Fun.Pos(), call.Fun.End(), rt+"."+fn)
		for _, a := range call.Args {
			t := p.info.TypeOf(a)
			if t == nil || !types.IsInterface(t) {
				continue
			}
			if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
				continue
			}
			p.insert(a.Pos(), rt+".Iface((")
			p.insert(a.End(), ") == nil)")
		}
		return true
	})
	return nil
}
