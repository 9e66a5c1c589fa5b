package lower

import (
	"go/ast"
	"go/types"
)

// mapKeysRule refuses a map literal keyed by an interface whose keys
// include a value of one of the program's named types, such as
//
//	m := map[any]int{Key{1}: 1}
//
// yaegi stores such a key wrapped with the expression that wrote it (a
// value of a type with methods put in an interface keeps its methods that
// way, and the lowering gives every type of the program a method), so no
// lookup m[Key{1}] ever finds it, and ranging over the map hands compiled
// code the wrapper: the program would print 0 where Go prints 1. A key
// added by assignment, m[Key{1}] = 1, is stored as the value itself and
// found again.
func mapKeysRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || err != nil {
			return err == nil
		}
		m, ok := types.Unalias(p.info.TypeOf(lit)).Underlying().(*types.Map)
		if !ok || !types.IsInterface(m.Key()) {
			return true
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			kt := p.info.TypeOf(kv.Key)
			if kt == nil || types.IsInterface(kt) || !p.ownNamed(kt) {
				continue
			}
			err = p.errorf(kv.Key.Pos(), "unsupported: a key of type %s in a literal of %s: the interpreter stores it in a form that no lookup finds; add the entry with an assignment (m[k] = v) after the literal",
				kt, p.info.TypeOf(lit))
			return false
		}
		return true
	})
	return err
}

// ownNamed reports whether t is one of the program's named types, or a
// pointer to one.
func (p *program) ownNamed(t types.Type) bool {
	if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == p.pkg
}
