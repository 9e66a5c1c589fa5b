package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// makeSizeRule checks the sizes given to make for channels and slices as
// Go's runtime does, so that a size out of range panics with the runtime's
// error ("makechan: size out of range", "makeslice: len out of range",
// "makeslice: cap out of range", a runtime.Error) instead of reflect's
// message as a string. Constant sizes are checked by the compiler and left
// alone; the element size comes from the type (gc's layout for amd64):
//
//	make(chan T, n)   becomes   make(chan T, __rt.ChanSize(int64(n), 8))
//	make([]T, n)      becomes   make([]T, __rt.SliceLen(int64(n), 8))
//	make([]T, n, c)   becomes   make([]T, __rt.SliceLenCap(int64(n), int64(c), 8), c)
//
// where c is simple (simpleSize: names, constants, operators and
// conversions); another cap, which may have to be evaluated once, is left
// to yaegi's check.
func makeSizeRule(p *program) error {
	sizes := types.SizesFor("gc", "amd64")
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !p.isBuiltin(call, "make") || len(call.Args) < 2 {
			return true
		}
		t := p.info.TypeOf(call.Args[0])
		if t == nil {
			return true
		}
		var elem types.Type
		switch u := t.Underlying().(type) {
		case *types.Chan:
			elem = u.Elem()
		case *types.Slice:
			elem = u.Elem()
		default:
			return true
		}
		if hasTypeParam(elem) {
			return true // no size to give
		}
		size := sizes.Sizeof(elem)
		isConst := func(e ast.Expr) bool { return p.info.Types[e].Value != nil }
		wrap := func(e ast.Expr, fn, extra string) {
			p.insertOuter(e.Pos(), fmt.Sprintf("%s.%s(int64(", p.rt(), fn))
			p.insert(e.End(), fmt.Sprintf(")%s, %d)", extra, size))
		}
		length := call.Args[1]
		switch _, isChan := t.Underlying().(*types.Chan); {
		case isChan:
			if !isConst(length) {
				wrap(length, "ChanSize", "")
			}
		case len(call.Args) == 2:
			if !isConst(length) {
				wrap(length, "SliceLen", "")
			}
		default:
			c := call.Args[2]
			if isConst(length) && isConst(c) {
				return true
			}
			if p.simpleSize(c) && p.fset.Position(c.Pos()).Line == p.fset.Position(c.End()).Line {
				wrap(length, "SliceLenCap", ", int64("+p.text(c)+")")
			}
		}
		return true
	})
	return nil
}

// simpleSize reports whether the size e can be written twice with the
// same meaning and no other rule's edits inside: names, constants,
// operators and conversions of those.
func (p *program) simpleSize(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		_, isFunc := p.info.Uses[x].(*types.Func)
		return !isFunc
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return p.simpleSize(x.X)
	case *ast.BinaryExpr:
		return p.simpleSize(x.X) && p.simpleSize(x.Y)
	case *ast.UnaryExpr:
		return x.Op != token.ARROW && p.simpleSize(x.X)
	case *ast.CallExpr:
		return p.info.Types[x.Fun].IsType() && len(x.Args) == 1 && p.simpleSize(x.Args[0])
	}
	return false
}
