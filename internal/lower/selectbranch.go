package lower

import (
	"fmt"
	"go/ast"
	"go/token"
)

// selectBranchRule rewrites break and continue inside the cases of a
// select, which yaegi gets wrong (an unlabeled break leaves the enclosing
// loop, continue does not continue, break L never leaves), into goto out of
// the select, which it gets right, and a break or continue after it:
//
//	select { case ...: break }         becomes   select { case ...: goto __sel1 }; __sel1: ;
//	select { case ...: continue }      becomes   var __selDo1 int; select { case ...: { __selDo1 = 2; goto __sel1 } }; __sel1: ; if __selDo1 == 2 { continue }
//	select { case ...: break L }       becomes   ... { __selDo1 = 1; goto __sel1 } ...; __sel1: ; if __selDo1 == 1 { break L }
//
// Loops over functions are rangefunc.go's: their bodies become closures.
func selectBranchRule(p *program) error {
	type selInfo struct {
		label, flag string
		actions     map[string]int
		after       []string
	}
	sels := map[*ast.SelectStmt]*selInfo{}
	var order []*ast.SelectStmt
	parents := map[*ast.SelectStmt]ast.Node{}
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		b, ok := n.(*ast.BranchStmt)
		if !ok || (b.Tok != token.BREAK && b.Tok != token.CONTINUE) {
			return true
		}
		target := branchTarget(b, stack)
		if target == nil {
			return true
		}
		// The innermost select whose case holds b, below the target.
		var sel *ast.SelectStmt
		var selParent ast.Node
		for i := len(stack) - 1; i > 0 && stack[i] != target; i-- {
			switch s := stack[i].(type) {
			case *ast.CommClause:
				if sel == nil {
					sel = stack[i-2].(*ast.SelectStmt)
					selParent = stack[i-3]
				}
			case *ast.RangeStmt:
				if p.isRangeFunc(s) {
					return true
				}
			}
		}
		if r, ok := target.(*ast.RangeStmt); ok && p.isRangeFunc(r) {
			return true
		}
		if sel == nil {
			return true
		}
		info := sels[sel]
		if info == nil {
			info = &selInfo{label: p.name("__sel"), actions: map[string]int{}}
			sels[sel] = info
			parents[sel] = selParent
			order = append(order, sel)
		}
		if target == ast.Stmt(sel) {
			p.replace(b.Pos(), b.End(), "goto "+info.label)
			return true
		}
		// A loop or switch around the select: done after it.
		stmt := b.Tok.String()
		if b.Label != nil {
			stmt += " " + b.Label.Name
		}
		code, ok := info.actions[stmt]
		if !ok {
			if info.flag == "" {
				info.flag = p.name("__selDo")
			}
			code = len(info.actions) + 1
			info.actions[stmt] = code
			info.after = append(info.after, fmt.Sprintf("if %s == %d { %s }", info.flag, code, stmt))
		}
		p.replace(b.Pos(), b.End(), fmt.Sprintf("{ %s = %d; goto %s }", info.flag, code, info.label))
		return true
	})
	for _, sel := range order {
		info := sels[sel]
		after := "; " + info.label + ": ;"
		for _, a := range info.after {
			after += " " + a + ";"
		}
		p.insert(sel.End(), after)
		if info.flag != "" {
			at := sel.Pos()
			if l, ok := parents[sel].(*ast.LabeledStmt); ok && l.Stmt == ast.Stmt(sel) {
				at = l.Pos()
			}
			p.insert(at, "var "+info.flag+" int; ")
		}
	}
	return nil
}
