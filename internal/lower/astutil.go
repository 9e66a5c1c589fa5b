package lower

import (
	"go/ast"
	"go/types"
	"sort"
)

// inspect walks the tree under root, calling f with each node and its
// ancestors (stack[len(stack)-1] is n's parent); f returns false to skip
// n's children.
func inspect(root ast.Node, f func(n ast.Node, stack []ast.Node) bool) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if !f(n, stack) {
			return false
		}
		stack = append(stack, n)
		return true
	})
}

// branchTarget returns the statement a break or continue leaves or
// continues: the labeled one, or the innermost loop (and for break the
// innermost switch or select) around it in its function.
func branchTarget(b *ast.BranchStmt, stack []ast.Node) ast.Stmt {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		case *ast.LabeledStmt:
			if b.Label != nil && s.Label.Name == b.Label.Name {
				return s.Stmt
			}
		case *ast.ForStmt, *ast.RangeStmt:
			if b.Label == nil {
				return s.(ast.Stmt)
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if b.Label == nil && b.Tok.String() == "break" {
				return s.(ast.Stmt)
			}
		}
	}
	return nil
}

// labelOf returns the label of s, if s is labeled, from its parent.
func labelOf(s ast.Stmt, parent ast.Node) string {
	if l, ok := parent.(*ast.LabeledStmt); ok && l.Stmt == s {
		return l.Label.Name
	}
	return ""
}

// objOf is the variable an identifier declares or uses.
func (p *program) objOf(id *ast.Ident) types.Object {
	if o := p.info.Defs[id]; o != nil {
		return o
	}
	return p.info.Uses[id]
}

// isProgramFunc reports whether a call's callee is declared by the program
// (interpreted by yaegi) rather than compiled into the worker.
func (p *program) isProgramFunc(fun ast.Expr) bool {
	switch f := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		o := p.info.Uses[f]
		return o == nil || o.Pkg() == p.pkg
	case *ast.SelectorExpr:
		if sel, ok := p.info.Selections[f]; ok {
			return sel.Obj().Pkg() == p.pkg
		}
		o := p.info.Uses[f.Sel]
		return o == nil || o.Pkg() == p.pkg
	case *ast.IndexExpr:
		return p.isProgramFunc(f.X)
	case *ast.IndexListExpr:
		return p.isProgramFunc(f.X)
	}
	return false
}

// calleeFunc returns the function a call calls, if it is a named one.
func (p *program) calleeFunc(call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		return p.calleeFunc(&ast.CallExpr{Fun: f.X})
	case *ast.IndexListExpr:
		return p.calleeFunc(&ast.CallExpr{Fun: f.X})
	}
	if id == nil {
		return nil
	}
	fn, _ := p.info.Uses[id].(*types.Func)
	return fn
}

// isBuiltin reports whether call calls the builtin name.
func (p *program) isBuiltin(call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || id.Name != name {
		return false
	}
	_, ok = p.info.Uses[id].(*types.Builtin)
	return ok
}

// namedTypes lists the program's package-level named types that are neither
// generic nor interfaces, sorted by name.
func (p *program) namedTypes() []*types.Named {
	scope := p.pkg.Scope()
	names := scope.Names()
	sort.Strings(names)
	var out []*types.Named
	for _, name := range names {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams() != nil || types.IsInterface(named) {
			continue
		}
		out = append(out, named)
	}
	return out
}
