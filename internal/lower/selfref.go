package lower

import (
	"go/ast"
	"go/types"
)

// selfRefRule refuses a named type that contains itself other than
// through a struct or an interface type: type C chan C, type F func() F,
// type L[T any] []L[T]. yaegi builds a reflect type for each type of the
// program, and reflect can make such a type only for a struct (which
// yaegi breaks at the recursive field); for the others it fails to compile
// (CFG post-order panic, "incomplete type").
func selfRefRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		ts, ok := n.(*ast.TypeSpec)
		if !ok || ts.Assign.IsValid() {
			return true
		}
		tn, ok := p.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		if named, ok := tn.Type().(*types.Named); ok && containsItself(named) {
			err = p.errorf(ts.Name.Pos(), "unsupported: the type %s contains itself other than through a struct type, which the interpreter cannot build; make it a struct (type %s struct{ ... })", ts.Name.Name, ts.Name.Name)
		}
		return true
	})
	return err
}

// containsItself reports whether the named type target contains itself
// (or an instance of itself) through pointer, slice, array, map, channel
// and function types and the named types of the program made of those.
func containsItself(target *types.Named) bool {
	switch target.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		if t == nil || seen[t] {
			return false
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Alias:
			return walk(types.Unalias(t))
		case *types.Named:
			if t.Origin() == target {
				return true
			}
			if t.Obj().Pkg() != target.Obj().Pkg() {
				return false
			}
			switch t.Underlying().(type) {
			case *types.Struct, *types.Interface:
				return false
			}
			return walk(t.Underlying())
		case *types.Pointer:
			return walk(t.Elem())
		case *types.Slice:
			return walk(t.Elem())
		case *types.Array:
			return walk(t.Elem())
		case *types.Chan:
			return walk(t.Elem())
		case *types.Map:
			return walk(t.Key()) || walk(t.Elem())
		case *types.Signature:
			return walk(t.Params()) || walk(t.Results())
		case *types.Tuple:
			for i := range t.Len() {
				if walk(t.At(i).Type()) {
					return true
				}
			}
		}
		return false
	}
	return walk(target.Underlying())
}
