package interp

import (
	"go/ast"
	"go/token"
	"strconv"
)

// rangeAssignToDefine rewrites each range statement that assigns to
// existing operands (for k, v = range x) into one that defines fresh
// iteration variables and assigns them to the operands at the start of
// each iteration:
//
//	for k, v = range x { body }  →  for k·1, v·1 := range x { k, v = k·1, v·1; body }
//
// The interpreter's range statements always define their iteration
// variables, which left the operands unchanged. The fresh names cannot be
// written in Go, so they cannot collide with the program's.
func rangeAssignToDefine(f ast.Node) {
	n := 0
	ast.Inspect(f, func(nod ast.Node) bool {
		r, ok := nod.(*ast.RangeStmt)
		if !ok || r.Tok != token.ASSIGN || r.Body == nil {
			return true
		}
		n++
		var lhs, rhs []ast.Expr
		fresh := func(e ast.Expr, name string) ast.Expr {
			if id, ok := e.(*ast.Ident); e == nil || ok && id.Name == "_" {
				return e
			}
			id := &ast.Ident{NamePos: e.Pos(), Name: name + "·" + strconv.Itoa(n)}
			lhs = append(lhs, e)
			rhs = append(rhs, &ast.Ident{NamePos: e.Pos(), Name: id.Name})
			return id
		}
		r.Key = fresh(r.Key, "key")
		r.Value = fresh(r.Value, "value")
		r.Tok = token.DEFINE
		if len(lhs) > 0 {
			assign := &ast.AssignStmt{Lhs: lhs, TokPos: r.TokPos, Tok: token.ASSIGN, Rhs: rhs}
			r.Body.List = append([]ast.Stmt{assign}, r.Body.List...)
		}
		return true
	})
}
