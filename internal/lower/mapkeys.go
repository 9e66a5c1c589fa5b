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
	if err != nil {
		return err
	}
	return p.refuseAlikeKeys()
}

// refuseAlikeKeys refuses keys of two types that the interpreter stores
// alike in maps keyed by an interface: a key added by assignment is the
// bare value, so ID(1) of type ID int and the int 1 are one key, as are
// Empty{} and struct{}{}, where Go keeps two. Keys are the index
// expressions on such maps (m[k], delete(m, k)) whose static type is not an
// interface; when one of the program's named types shares its shape with
// another key type, the first key of the second type is refused.
func (p *program) refuseAlikeKeys() error {
	seen := map[string]types.Type{} // shape → the first key type of that shape
	var err error
	check := func(m ast.Expr, key ast.Expr) {
		t := p.info.TypeOf(m)
		if t == nil {
			return
		}
		mt, ok := t.Underlying().(*types.Map)
		if !ok || !types.IsInterface(mt.Key()) {
			return
		}
		kt := p.info.TypeOf(key)
		if kt == nil || types.IsInterface(kt) {
			return
		}
		if b, ok := kt.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			kt = types.Default(kt)
		}
		sh := p.shape(kt)
		first, ok := seen[sh]
		if !ok {
			seen[sh] = kt
			return
		}
		if types.Identical(first, kt) || !p.ownNamed(first) && !p.ownNamed(kt) {
			return
		}
		err = p.errorf(key.Pos(), "unsupported: keys of types %s and %s in maps keyed by an interface: the interpreter stores both as %s, so equal values of the two would be one key; give the keys one type", first, kt, sh)
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.IndexExpr:
			check(x.X, x.Index)
		case *ast.CallExpr:
			if p.isBuiltin(x, "delete") && len(x.Args) == 2 {
				check(x.Args[0], x.Args[1])
			}
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
