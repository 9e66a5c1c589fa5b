package lower

import (
	"go/ast"
	"go/types"
)

// genericAliasRule writes out generic type aliases (Go 1.24), which yaegi
// does not know: each instance of the alias becomes the type it stands
// for, and the declaration becomes an unused alias, so that lines keep
// their numbers:
//
//	type IntPair[V any] = Pair[int, V]      type __alias1 = struct{}
//	p := IntPair[string]{1, "x"}        →   p := Pair[int, string]{1, "x"}
//
// The alias is a second name of that type, so nothing else changes (%T
// names the type itself in Go too).
func genericAliasRule(p *program) error {
	var err error
	isGenericAlias := func(id *ast.Ident) bool {
		tn, ok := p.info.Uses[id].(*types.TypeName)
		if !ok || !tn.IsAlias() {
			return false
		}
		a, ok := tn.Type().(*types.Alias)
		return ok && a.TypeParams().Len() > 0
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.TypeSpec:
			if n.Assign.IsValid() && n.TypeParams != nil {
				if p.fset.Position(n.Pos()).Line != p.fset.Position(n.End()).Line {
					err = p.errorf(n.Pos(), "unsupported: a generic type alias written over several lines; write it on one line")
					return false
				}
				p.replace(n.Pos(), n.End(), p.name("__alias")+" = struct{}") // yaegi refuses the blank name here
				return false
			}
		case *ast.IndexExpr, *ast.IndexListExpr:
			var x ast.Expr
			switch n := n.(type) {
			case *ast.IndexExpr:
				x = n.X
			case *ast.IndexListExpr:
				x = n.X
			}
			id, ok := x.(*ast.Ident)
			if !ok || !isGenericAlias(id) {
				return true
			}
			e := n.(ast.Expr)
			t := p.info.TypeOf(e)
			if t == nil {
				return true
			}
			s, terr := p.typeString(types.Unalias(t), e.Pos())
			if terr != nil || p.fset.Position(e.Pos()).Line != p.fset.Position(e.End()).Line {
				err = p.errorf(e.Pos(), "unsupported: the generic type alias %s here; write the type it stands for, %s", p.text(e), types.Unalias(t))
				return false
			}
			p.replace(e.Pos(), e.End(), s)
			return false
		}
		return true
	})
	return err
}

// withoutGenericAliases is t with every instance of a generic alias
// replaced by the type it stands for, since genericAliasRule removes the
// aliases' declarations: the helpers the rules write name the types.
func withoutGenericAliases(t types.Type) types.Type {
	switch u := t.(type) {
	case *types.Alias:
		if u.TypeArgs() != nil && u.TypeArgs().Len() > 0 {
			return withoutGenericAliases(types.Unalias(u))
		}
	case *types.Pointer:
		if e := withoutGenericAliases(u.Elem()); e != u.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := withoutGenericAliases(u.Elem()); e != u.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := withoutGenericAliases(u.Elem()); e != u.Elem() {
			return types.NewArray(e, u.Len())
		}
	case *types.Map:
		k, e := withoutGenericAliases(u.Key()), withoutGenericAliases(u.Elem())
		if k != u.Key() || e != u.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Chan:
		if e := withoutGenericAliases(u.Elem()); e != u.Elem() {
			return types.NewChan(u.Dir(), e)
		}
	case *types.Named:
		args := u.TypeArgs()
		if args == nil || args.Len() == 0 {
			return t
		}
		var changed bool
		targs := make([]types.Type, args.Len())
		for i := range args.Len() {
			targs[i] = withoutGenericAliases(args.At(i))
			changed = changed || targs[i] != args.At(i)
		}
		if changed {
			if inst, err := types.Instantiate(nil, u.Origin(), targs, false); err == nil {
				return inst
			}
		}
	}
	return t
}
