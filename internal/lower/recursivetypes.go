package lower

import (
	"go/ast"
	"go/types"
)

// recursiveTypesRule refuses a type that contains itself other than
// through a struct or an interface: type F func(string) F, type T []T,
// type P *P. yaegi builds the program's types with reflect (FuncOf,
// SliceOf, PointerTo), which cannot make a type that contains itself, and
// crashed compiling such a program ("reflect.Type is nil"); a struct
// field breaks the cycle, as yaegi builds recursive structs.
func recursiveTypesRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if err != nil || !ok || ts.Assign.IsValid() {
			return err == nil
		}
		obj, ok := p.info.Defs[ts.Name].(*types.TypeName)
		if !ok {
			return true
		}
		named, ok := obj.Type().(*types.Named)
		if ok && containsSelf(named.Underlying(), named, map[*types.Named]bool{}) {
			err = p.errorf(ts.Name.Pos(), "unsupported: type %s contains itself other than through a struct (%s), which the interpreter cannot build; make it a struct with one field",
				ts.Name.Name, types.TypeString(named.Underlying(), types.RelativeTo(p.pkg)))
		}
		return true
	})
	return err
}

// containsSelf reports whether t contains self other than through a struct
// or an interface.
func containsSelf(t types.Type, self *types.Named, seen map[*types.Named]bool) bool {
	switch t := t.(type) {
	case *types.Named:
		if t.Origin() == self.Origin() {
			return true
		}
		if seen[t] {
			return false
		}
		seen[t] = true
		return containsSelf(t.Underlying(), self, seen)
	case *types.Alias:
		return containsSelf(types.Unalias(t), self, seen)
	case *types.Pointer:
		return containsSelf(t.Elem(), self, seen)
	case *types.Slice:
		return containsSelf(t.Elem(), self, seen)
	case *types.Array:
		return containsSelf(t.Elem(), self, seen)
	case *types.Chan:
		return containsSelf(t.Elem(), self, seen)
	case *types.Map:
		return containsSelf(t.Key(), self, seen) || containsSelf(t.Elem(), self, seen)
	case *types.Signature:
		for _, vars := range []*types.Tuple{t.Params(), t.Results()} {
			for i := range vars.Len() {
				if containsSelf(vars.At(i).Type(), self, seen) {
					return true
				}
			}
		}
	}
	return false
}
