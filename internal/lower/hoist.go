package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"github.com/concbook/concurrency/internal/typecheck"
)

// hoistRule moves the program's types declared in functions to the top
// level, where the lowering's helpers can name them (printing them,
// switching on them, errors.As). A type declared in a function has no
// methods, so moving it changes nothing else, as long as its name is
// unique in the program and it uses nothing of the function's: the
// declaration stays where it is under the blank name, and a copy is
// declared after the program's last line:
//
//	func main() {                      func main() {
//	    type result struct{ ... }  →       type _ struct{ ... }
//	    ...                                ...
//	                                   type result struct{ ... }
//
// Other types declared in functions are left where they are (and what
// needs their names refused).
func hoistRule(p *program) error {
	type cand struct {
		spec *ast.TypeSpec
		obj  *types.TypeName
	}
	var cands []cand
	count := map[string]int{}
	for _, obj := range p.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok {
			count[tn.Name()]++
		}
	}
	for _, name := range p.pkg.Scope().Names() {
		count[name]++
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		ds, isDecl := n.(*ast.DeclStmt)
		if !isDecl {
			return true
		}
		gd, isGen := ds.Decl.(*ast.GenDecl)
		if !isGen || gd.Tok != token.TYPE {
			return true
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
			tn, isTN := p.info.Defs[ts.Name].(*types.TypeName)
			// unique: the only definition of its name, none at the top level
			if !isTN || ts.Assign.IsValid() || ts.TypeParams != nil || ts.Name.Name == "_" || count[ts.Name.Name] != 1 || p.shimmedIn(ts.Type) {
				continue
			}
			cands = append(cands, cand{ts, tn})
		}
		return true
	})
	hoisted := map[*types.TypeName]bool{}
	for _, c := range cands {
		hoisted[c.obj] = true
	}
	// Drop those that use what their function declares (its constants,
	// its type parameters, types that stay), until none does.
	for changed := true; changed; {
		changed = false
		for _, c := range cands {
			if !hoisted[c.obj] {
				continue
			}
			uses := true
			ast.Inspect(c.spec.Type, func(n ast.Node) bool {
				id, isID := n.(*ast.Ident)
				if !isID {
					return true
				}
				obj := p.info.Uses[id]
				if obj == nil {
					return true
				}
				if tn, isTN := obj.(*types.TypeName); isTN && hoisted[tn] {
					return true
				}
				if obj.Parent() != nil && obj.Parent() != types.Universe && obj.Parent() != p.pkg.Scope() {
					if _, isPkg := obj.(*types.PkgName); !isPkg {
						uses = false
					}
				}
				return true
			})
			if !uses {
				hoisted[c.obj] = false
				changed = true
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].spec.Pos() < cands[j].spec.Pos() })
	for _, c := range cands {
		if !hoisted[c.obj] {
			continue
		}
		p.replace(c.spec.Name.Pos(), c.spec.Name.End(), "_")
		text := p.text(c.spec.Type)
		p.appends = append(p.appends, "type "+c.spec.Name.Name+" "+text+"\n")
		if p.hoisted == nil {
			p.hoisted = map[*types.TypeName]bool{}
		}
		p.hoisted[c.obj] = true
	}
	return nil
}

// shimmedIn reports whether a type expression uses what shims.go rewrites
// (iter.Seq, atomic.Pointer), which a copy of its text would miss.
func (p *program) shimmedIn(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if obj := p.info.Uses[sel.Sel]; obj != nil && obj.Pkg() != nil {
				switch obj.Pkg().Path() {
				case "iter", "sync/atomic":
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// hoistTypes is the checked program with the types hoistRule moves moved
// already, for instances.go: a copy of a generic function per instance
// is written at the top level, where a type argument declared in a
// function (type large struct{...} in main, test/typeparam/dottype.go)
// can be named once it is declared there. It reports false if no type
// moves or the program does not check after the move.
func hoistTypes(tp *typecheck.Program) (*typecheck.Program, bool) {
	p := &program{fset: tp.Fset, file: tp.File, src: tp.Src, info: tp.Info, pkg: tp.Pkg, tp: tp, names: map[string]bool{}, decls: map[string]string{}}
	p.base = tp.Fset.File(tp.File.Pos()).Base()
	if err := hoistRule(p); err != nil || len(p.hoisted) == 0 {
		return nil, false
	}
	out, err := p.edited()
	if err != nil {
		return nil, false
	}
	next, err := tp.Recheck(out)
	if err != nil {
		return nil, false
	}
	return next, true
}
