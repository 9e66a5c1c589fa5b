package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// convsRule makes the program's error values of non-pointer types errors
// that yaegi handles. Converted to error by an assignment, a variable
// declaration or a conversion, such a value is stored bare: its Error
// method is lost (fmt prints {c}, e.Error() panics "reflect: Method index
// out of range") and error(v) fails to compile. Returned by a function it
// is wrapped as it should be, so the rule converts it in a helper:
//
//	var err error = ValidationErr{"name"}   becomes   var err error = __errv1(ValidationErr{"name"})
//
// where func __errv1(v ValidationErr) error { return v }. In a := of
// several values, a composite literal after or before a call made yaegi
// lose the call's value (a, b := f(), T{} gave a zero a): such a literal
// goes through an identity helper, a call like the other. An explicit
// conversion to an interface of the program, Event(Key{'x'}), goes through
// a helper too.
func convsRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				p.parallelLiterals(x)
			}
			if x.Tok != token.ASSIGN || len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, rhs := range x.Rhs {
				p.errorValue(p.info.TypeOf(x.Lhs[i]), rhs)
			}
		case *ast.ValueSpec:
			if x.Type == nil {
				return true
			}
			for _, v := range x.Values {
				p.errorValue(p.info.TypeOf(x.Type), v)
			}
		case *ast.CallExpr:
			if tv, ok := p.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				p.interfaceValue(tv.Type, x.Args[0])
			}
		}
		return true
	})
	return nil
}

// errorValue converts e through a helper if it is a value of a non-pointer
// type of the program assigned to an error.
func (p *program) errorValue(dst types.Type, e ast.Expr) {
	if dst == nil || !types.Identical(dst, universeError) {
		return
	}
	t := p.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !p.involvesProgramType(t) {
		return
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr || !implements(t, errorIface) {
		return
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return
	}
	h := p.helper("errv "+ts, "__errv", func(name string) string {
		return fmt.Sprintf("func %s(v %s) error { return v }\n", name, ts)
	})
	p.insert(e.Pos(), h+"(")
	p.insertInner(e.End(), ")")
}

// interfaceValue converts e through a helper if it is a value of a type of
// the program converted to the interface dst, Event(Key{'x'}): yaegi's
// conversion makes an interface value that type assertions and switches do
// not see into.
func (p *program) interfaceValue(dst types.Type, e ast.Expr) {
	if !types.IsInterface(dst) {
		return
	}
	if types.Identical(dst, universeError) {
		p.errorValue(dst, e)
		return
	}
	t := p.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !p.involvesProgramType(t) {
		return
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return
	}
	ds, err := p.typeString(dst, token.NoPos)
	if err != nil {
		return
	}
	h := p.helper("conv "+ds+" "+ts, "__conv", func(name string) string {
		return fmt.Sprintf("func %s(v %s) %s { return v }\n", name, ts, ds)
	})
	p.insert(e.Pos(), h+"(")
	p.insertInner(e.End(), ")")
}

// parallelLiterals wraps the composite literals of a, b := f(), T{...} in
// a helper (see convsRule).
func (p *program) parallelLiterals(x *ast.AssignStmt) {
	if len(x.Rhs) < 2 {
		return
	}
	call := false
	for _, r := range x.Rhs {
		if c, ok := ast.Unparen(r).(*ast.CallExpr); ok {
			if tv, ok := p.info.Types[c.Fun]; ok && !tv.IsType() {
				call = true
			}
		}
	}
	if !call {
		return
	}
	for _, r := range x.Rhs {
		if _, ok := ast.Unparen(r).(*ast.CompositeLit); !ok {
			continue
		}
		ts, err := p.typeString(p.info.TypeOf(r), token.NoPos)
		if err != nil {
			continue
		}
		h := p.helper("lit "+ts, "__lit", func(name string) string {
			return fmt.Sprintf("func %s(v %s) %s { return v }\n", name, ts, ts)
		})
		p.insertOuter(r.Pos(), h+"(")
		p.insert(r.End(), ")")
	}
}
