package lower

import (
	"bytes"
	"go/ast"
	"go/token"
)

// forCondRule gives a three-clause loop without a condition the condition
// true: yaegi runs the init statement of such a loop again at every
// iteration, so that `for x := next(); ; {` calls next each time round.
//
//	for x := f(); ; x++ {    becomes    for x := f(); true ; x++ {
func forCondRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		f, ok := n.(*ast.ForStmt)
		if !ok || f.Init == nil || f.Cond != nil || p.capturedAndAssigned(f).IsValid() {
			return true // (loopvar.go writes a carried loop's header whole)
		}
		// The first semicolon after the init statement ends it.
		off := p.offset(f.Init.End())
		semi := bytes.IndexByte(p.src[off:], ';')
		if semi < 0 {
			return true
		}
		p.insert(f.Init.End()+token.Pos(semi+1), " true")
		return true
	})
	return nil
}
