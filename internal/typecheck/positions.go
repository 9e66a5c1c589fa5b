package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// go/types and the compiler's type checker (types2, which go build runs)
// share their code but not their syntax trees, and a few errors land on
// different columns. compilerPos moves these errors to the compiler's
// column, so that a program that does not compile is reported on the
// column go run reports (each found by trying both):
//
//   - a type argument inferred for a call that does not satisfy its
//     constraint, and a type argument that cannot be inferred: at the
//     call's '(', where go/types reports the call's first character
//     (go run: "x.go:5:38: K does not satisfy cmp.Ordered", on the '('
//     of slices.Sort(ks));
//   - "not enough arguments in call": at the last argument, or at the
//     call's first character when it has none, where go/types reports
//     the ')'.

// compilerPos returns te with its position where the compiler reports it.
func compilerPos(f *ast.File, te types.Error) types.Error {
	switch {
	case strings.HasPrefix(te.Msg, "not enough arguments in call to "):
		if call := callAt(f, te.Pos, func(c *ast.CallExpr) token.Pos { return c.Rparen }); call != nil {
			te.Pos = call.Pos()
			if n := len(call.Args); n > 0 {
				te.Pos = call.Args[n-1].Pos()
			}
		}
	case strings.Contains(te.Msg, " does not satisfy "), strings.HasPrefix(te.Msg, "in call to ") && strings.Contains(te.Msg, "cannot infer "):
		if call := callAt(f, te.Pos, (*ast.CallExpr).Pos); call != nil {
			te.Pos = call.Lparen
		}
	}
	return te
}

// callAt returns the innermost call whose position, as pos gives it, is at.
func callAt(f *ast.File, at token.Pos, pos func(*ast.CallExpr) token.Pos) *ast.CallExpr {
	var found *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || at < n.Pos() || at > n.End() {
			return false
		}
		if c, ok := n.(*ast.CallExpr); ok && pos(c) == at {
			found = c
		}
		return true
	})
	return found
}
