package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// chanCompareRule converts the bidirectional operand of a comparison of two
// channels of different directions to the other's type. Go compares them by
// identity (c == r for c a chan int and r a <-chan int made from it is
// true); yaegi compares the two values as interfaces, whose dynamic types
// differ, and says false.
//
//	c == r   becomes   (<-chan int)(c) == r
func chanCompareRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		x, ok := n.(*ast.BinaryExpr)
		if !ok || err != nil || (x.Op != token.EQL && x.Op != token.NEQ) {
			return err == nil
		}
		tx, ty := p.info.TypeOf(x.X), p.info.TypeOf(x.Y)
		if tx == nil || ty == nil {
			return true
		}
		cx, okx := tx.Underlying().(*types.Chan)
		cy, oky := ty.Underlying().(*types.Chan)
		if !okx || !oky || cx.Dir() == cy.Dir() {
			return true
		}
		side, to := x.X, ty // convert the bidirectional one
		if cy.Dir() == types.SendRecv {
			side, to = x.Y, tx
		}
		ts, terr := p.typeString(to, side.Pos())
		if terr != nil {
			err = p.errorf(x.Pos(), "unsupported: comparing channels of different directions whose type cannot be named here; convert one to the other's type")
			return false
		}
		p.insertOuter(side.Pos(), "("+ts+")(")
		p.insert(side.End(), ")")
		return true
	})
	return err
}
