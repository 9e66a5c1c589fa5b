package lower

import (
	"go/ast"
	"go/types"
	"sort"
)

// genericsRule refuses what yaegi's generics cannot run: a generic
// function or type of the program instantiated with a type argument that
// is itself an instance of a generic type of the program, such as
// stringify[Box[int]], where the type parameter's constraint has methods
// or a type set (T Stringer, L ~[]E). yaegi instantiates generic code by
// copying its syntax tree with the type arguments put in, and does not
// find the methods of an instance that way, nor check one against a type
// set: it fails to compile ("CFG post-order panic") or runs into a nil
// pointer. Under a constraint of any or comparable (collect[Pair[string,
// int]], Box[Pair[string, int]]), the generic code only moves and compares
// such values, which yaegi gets right.
//
// A generic type declared in a function, which yaegi cannot declare ("type
// definition not implemented: fieldList"), is refused too.
func genericsRule(p *program) error {
	if err := p.refuseLocalGenericTypes(); err != nil {
		return err
	}
	var ids []*ast.Ident
	for id := range p.info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	for _, id := range ids {
		inst := p.info.Instances[id]
		obj := p.info.Uses[id]
		if obj == nil {
			obj = p.info.Defs[id]
		}
		if obj == nil || obj.Pkg() != p.pkg {
			continue
		}
		params := typeParamsOf(obj)
		for i := range inst.TypeArgs.Len() {
			arg := inst.TypeArgs.At(i)
			if params != nil && i < params.Len() && plainConstraint(params.At(i)) {
				continue
			}
			if g := p.genericInstanceIn(arg); g != nil {
				err := p.errorf(id.Pos(), "unsupported: %s instantiated with %s, an instance of the generic type %s, for a type parameter whose constraint has methods or a type set: the interpreter cannot run generic code over a generic type's instance that way; "+
					"declare a non-generic type for it (type %sT struct{...}) and use that", id.Name, arg, g.Obj().Name(), g.Obj().Name())
				err.(*Error).instantiated = obj
				return err
			}
		}
	}
	return nil
}

// typeParamsOf returns the type parameters of a generic function or type.
func typeParamsOf(obj types.Object) *types.TypeParamList {
	switch obj := obj.(type) {
	case *types.Func:
		if sig, ok := obj.Type().(*types.Signature); ok {
			return sig.TypeParams()
		}
	case *types.TypeName:
		if n, ok := obj.Type().(*types.Named); ok {
			return n.TypeParams()
		}
	}
	return nil
}

// plainConstraint reports whether the constraint of tp is any or
// comparable: no methods and no type terms.
func plainConstraint(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok || iface.NumMethods() != 0 {
		return false
	}
	return iface.IsMethodSet() || types.Identical(iface, types.Universe.Lookup("comparable").Type().Underlying())
}

// genericInstanceIn returns an instance of a generic type of the program
// that t is or is made of.
func (p *program) genericInstanceIn(t types.Type) *types.Named {
	var found *types.Named
	visit(t, func(t types.Type) {
		if n, ok := t.(*types.Named); ok && found == nil && n.Obj().Pkg() == p.pkg && n.TypeArgs() != nil && n.TypeArgs().Len() > 0 {
			found = n
		}
	})
	return found
}

// refuseLocalGenericTypes refuses the first generic type declared in a
// function.
func (p *program) refuseLocalGenericTypes() error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok || err != nil {
			return err == nil && !ok
		}
		ast.Inspect(fd, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if ok && ts.TypeParams != nil && err == nil {
				err = p.errorf(ts.Name.Pos(), "unsupported: the generic type %s declared in a function: the interpreter declares generic types only at the package level; declare it there, under a name of its own", ts.Name.Name)
			}
			return err == nil
		})
		return false
	})
	return err
}
