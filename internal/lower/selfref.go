package lower

import (
	"go/ast"
	"go/types"
	"slices"
)

// selfRefRule refuses a named type that contains itself through a map, an
// array or an unnamed struct, or through another named type of the
// program (type M map[string]M, type A [2]*A, type T []U; type U *T). yaegi builds a reflect type for each type of the
// program, and reflect can make one that contains itself only for a
// struct (which yaegi breaks at the recursive field) and, with yaegi's
// patch, through pointer, slice, channel and function types (type
// C chan C, type F func() F, type L[T any] []L[T]); for the others it
// fails to compile (CFG post-order panic, "incomplete type").
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
		named, ok := tn.Type().(*types.Named)
		if !ok {
			return true
		}
		if containsItself(named) {
			err = p.errorf(ts.Name.Pos(), "unsupported: the type %s contains itself through a map, an array, an unnamed struct or another named type, which the interpreter cannot build; make it a struct (type %s struct{ ... })", ts.Name.Name, ts.Name.Name)
		} else if other := p.mutualGeneric(named); other != nil {
			err = p.errorf(ts.Name.Pos(), "unsupported: the generic types %s and %s refer to each other, which the interpreter cannot build (it runs out of memory); make one of them non-generic", ts.Name.Name, other.Obj().Name())
		}
		return true
	})
	return err
}

// mutualGeneric returns another generic type of the program that the
// generic type target is made of, through any types, and that is made of
// target (type E[T any] struct{ l *L[T] }; type L[T any] struct{ e E[T] }):
// yaegi builds such types without end. nil if there is none.
func (p *program) mutualGeneric(target *types.Named) *types.Named {
	if target.TypeParams() == nil {
		return nil
	}
	for _, n := range p.genericTypesIn(target) {
		if n.Origin() != target.Origin() && slices.ContainsFunc(p.genericTypesIn(n.Origin()), func(m *types.Named) bool { return m.Origin() == target.Origin() }) {
			return n.Origin()
		}
	}
	return nil
}

// genericTypesIn is the instances of the program's generic types that
// the underlying type of t holds as data (through structs, pointers,
// slices, arrays, maps and channels, not methods or functions: yaegi
// builds interfaces that refer to each other), through the program's
// named types.
func (p *program) genericTypesIn(t *types.Named) []*types.Named {
	var found []*types.Named
	seen := map[types.Type]bool{}
	var walk func(types.Type)
	walk = func(u types.Type) {
		if u == nil || seen[u] {
			return
		}
		seen[u] = true
		switch u := u.(type) {
		case *types.Alias:
			walk(types.Unalias(u))
		case *types.Named:
			if u.Obj().Pkg() != p.pkg {
				return
			}
			if u.TypeArgs() != nil {
				found = append(found, u)
			}
			walk(u.Origin().Underlying())
		default:
			for _, e := range dataElems(u, true) {
				walk(e)
			}
		}
	}
	walk(t.Underlying())
	return found
}

// containsItself reports whether the named type target contains itself
// (or an instance of itself) in a way the interpreter cannot build:
// through a map, an array or an unnamed struct type (type T []struct{ n
// T }, which yaegi builds without end), or through another named type of
// the program (type T []U; type U *T). yaegi builds a type that contains
// itself only through pointer, slice, channel and function types (type T
// []T, type F func() F): reflect makes it with a stand-in for itself,
// which it then replaces (refSelfType). It does not do that for a map,
// whose layout depends on its element type, nor for an array.
func containsItself(target *types.Named) bool {
	switch target.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	type visit struct {
		t      types.Type
		banned bool
	}
	seen := map[visit]bool{}
	// walk reports whether t holds target where it cannot be built;
	// banned says whether the way to t went through a map or another
	// named type.
	var walk func(t types.Type, banned bool) bool
	walk = func(t types.Type, banned bool) bool {
		if t == nil || seen[visit{t, banned}] {
			return false
		}
		seen[visit{t, banned}] = true
		switch t := t.(type) {
		case *types.Alias:
			return walk(types.Unalias(t), banned)
		case *types.Named:
			if t.Origin() == target {
				return banned
			}
			if t.Obj().Pkg() != target.Obj().Pkg() {
				return false
			}
			switch t.Underlying().(type) {
			case *types.Struct, *types.Interface:
				return false
			}
			return walk(t.Underlying(), true)
		case *types.Pointer:
			return walk(t.Elem(), banned)
		case *types.Slice:
			return walk(t.Elem(), banned)
		case *types.Array:
			return walk(t.Elem(), true)
		case *types.Chan:
			return walk(t.Elem(), banned)
		case *types.Map:
			return walk(t.Key(), true) || walk(t.Elem(), true)
		case *types.Struct:
			for i := range t.NumFields() {
				if walk(t.Field(i).Type(), true) {
					return true
				}
			}
		case *types.Signature:
			return walk(t.Params(), banned) || walk(t.Results(), banned)
		case *types.Tuple:
			for i := range t.Len() {
				if walk(t.At(i).Type(), banned) {
					return true
				}
			}
		}
		return false
	}
	return walk(target.Underlying(), false)
}
