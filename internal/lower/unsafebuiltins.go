package lower

import (
	"fmt"
	"go/ast"
	"go/types"
)

// unsafeRule gives the program the functions of package unsafe that Go
// 1.17 and 1.20 added, which yaegi's unsafe lacks: String, StringData,
// Slice and SliceData become calls of the worker's equivalents, written
// with reflect; a length of another integer type is converted to int, and
// Slice's and SliceData's results, typed any, are asserted back:
//
//	unsafe.String(p, n)     becomes   __rt.UnsafeString(p, int(n))
//	unsafe.Slice(p, n)      becomes   __rt.UnsafeSlice(p, int(n)).([]T)
//	unsafe.SliceData(s)     becomes   __rt.UnsafeSliceData(s).(*T)
func unsafeRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil {
			return err == nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		b, ok := p.info.Uses[sel.Sel].(*types.Builtin)
		if !ok {
			return true
		}
		name, assert := "", ""
		switch b.Name() {
		case "String", "StringData":
			name = "Unsafe" + b.Name()
		case "Slice", "SliceData":
			name = "Unsafe" + b.Name()
			ts, terr := p.typeString(p.info.TypeOf(call), call.Pos())
			if terr != nil {
				err = p.errorf(call.Pos(), "unsupported: unsafe.%s of a type that cannot be named here", b.Name())
				return false
			}
			assert = ".(" + ts + ")"
		default:
			return true
		}
		p.replace(call.Fun.Pos(), call.Fun.End(), fmt.Sprintf("%s.%s", p.rt(), name))
		if len(call.Args) == 2 {
			if t := p.info.TypeOf(call.Args[1]); t == nil || !types.Identical(t, types.Typ[types.Int]) {
				p.insertOuter(call.Args[1].Pos(), "int(")
				p.insert(call.Args[1].End(), ")")
			}
		}
		if assert != "" {
			p.insert(call.End(), assert)
		}
		return true
	})
	return err
}
