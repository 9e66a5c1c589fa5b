package lower

import (
	"go/ast"
	"go/types"
	"sort"
)

// genericsRule refuses what yaegi's generics cannot run: a generic
// function or type of the program instantiated with a type argument that
// is itself an instance of a generic type of the program, such as
// collect[Pair[string, int]] or Box[Pair[string, int]]. yaegi fails to
// compile it ("undefined type for T", "CFG post-order panic") or runs it
// into a nil pointer.
func genericsRule(p *program) error {
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
		for i := range inst.TypeArgs.Len() {
			arg := inst.TypeArgs.At(i)
			if g := p.genericInstanceIn(arg); g != nil {
				return p.errorf(id.Pos(), "unsupported: %s instantiated with %s, an instance of the generic type %s: the interpreter cannot run generic code over a generic type's instance; "+
					"declare a non-generic type for it (type %sT struct{...}) and use that", id.Name, arg, g.Obj().Name(), g.Obj().Name())
			}
		}
	}
	return nil
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
