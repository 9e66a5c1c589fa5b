package lower

import (
	"fmt"
	"go/ast"
	"go/types"
)

// rangeIntRule lowers Go 1.22's range over an integer, which yaegi does not
// compile, to a three-clause loop with a hidden counter, n evaluated once,
// and the variable declared anew in each iteration (so a closure or a
// goroutine keeps its own value, and the body assigning it does not change
// the iterations):
//
//	for i := range n {     becomes    for __i1, __n1 := T(0), n; __i1 < __n1; __i1++ { i := __i1;
//	for range n {          becomes    for __i1, __n1 := T(0), n; __i1 < __n1; __i1++ {
//	for i = range n {      becomes    for __i1, __n1 := T(0), n; __i1 < __n1; __i1++ { i = __i1;
//
// with T the type of i (of n if there is no i; int for an untyped constant).
func rangeIntRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || err != nil {
			return err == nil
		}
		if !p.isRangeInt(r) {
			return true
		}
		if err = p.deferredCapture(r, r.Body); err != nil {
			return false
		}
		t := p.info.TypeOf(r.X)
		if r.Key != nil && !isBlank(r.Key) {
			t = p.info.TypeOf(r.Key)
		}
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			t = types.Typ[types.Int]
		}
		ts, terr := p.typeString(t, r.For)
		if terr != nil {
			err = p.errorf(r.For, "unsupported: range over an integer of type %s, which cannot be named here; convert the bound to int", t)
			return false
		}
		i, bound := p.name("__i"), p.name("__n")
		start := r.Range
		if r.Key != nil {
			start = r.Key.Pos()
		}
		if p.fset.Position(start).Line != p.fset.Position(r.X.Pos()).Line {
			err = p.errorf(r.For, "unsupported: a range clause over several lines; write it on one line")
			return false
		}
		p.replace(start, r.X.Pos(), fmt.Sprintf("%s, %s := %s(0), ", i, bound, ts))
		p.insert(r.X.End(), fmt.Sprintf("; %s < %s; %s++", i, bound, i))
		if r.Key != nil && !isBlank(r.Key) {
			p.insert(r.Body.Lbrace+1, fmt.Sprintf(" %s %s %s;", p.text(r.Key), r.Tok, i))
		}
		return true
	})
	return err
}

// isRangeInt reports whether r ranges over an integer.
func (p *program) isRangeInt(r *ast.RangeStmt) bool {
	t := p.info.TypeOf(r.X)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}
