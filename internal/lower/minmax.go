package lower

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
)

// minMaxRule replaces the builtins min and max (Go 1.21), which yaegi does
// not have and cannot be written as one generic function for it (variadic
// generic functions fail), by a helper per type, with the spec's rules for
// floats (a NaN wins; min prefers -0, max +0):
//
//	min(a, b, c)   becomes   __min_int1(a, b, c)
//
// A call whose arguments are all constant is a constant: it becomes the
// constant's value, so that it may still be used where a constant must be.
func minMaxRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil {
			return err == nil
		}
		var name string
		switch {
		case p.isBuiltin(call, "min"):
			name = "min"
		case p.isBuiltin(call, "max"):
			name = "max"
		default:
			return true
		}
		tv := p.info.Types[call]
		if tv.Value != nil {
			text, cerr := p.constText(tv, call.Pos())
			if cerr != nil || p.fset.Position(call.Pos()).Line != p.fset.Position(call.End()).Line {
				err = p.errorf(call.Pos(), "unsupported: constant %s(...) over several lines or of an unnamed type; write its value", name)
				return false
			}
			p.replace(call.Pos(), call.End(), text)
			return false
		}
		ts, terr := p.typeString(tv.Type, token.NoPos)
		if terr != nil {
			err = p.errorf(call.Pos(), "unsupported: %s on values of type %s, which is declared in a function or is a type parameter; compare with < and >", name, tv.Type)
			return false
		}
		helper := p.minMaxHelper(name, tv.Type, ts)
		p.replace(call.Fun.Pos(), call.Fun.End(), helper)
		return true
	})
	return err
}

// constText writes a constant as source of its type.
func (p *program) constText(tv types.TypeAndValue, at token.Pos) (string, error) {
	var lit string
	switch tv.Value.Kind() {
	case constant.String:
		lit = strconv.Quote(constant.StringVal(tv.Value))
	case constant.Float:
		f, _ := constant.Float64Val(tv.Value)
		lit = strconv.FormatFloat(f, 'g', -1, 64)
	default:
		lit = tv.Value.ExactString()
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "(" + lit + ")", nil
	}
	ts, err := p.typeString(tv.Type, at)
	if err != nil {
		return "", err
	}
	return ts + "(" + lit + ")", nil
}

// minMaxHelper declares the min or max helper for type t (written ts).
func (p *program) minMaxHelper(name string, t types.Type, ts string) string {
	return p.helper(name+" "+ts, "__"+name, func(h string) string {
		less := "y < x"
		zero := ""
		if name == "max" {
			less = "y > x"
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsFloat != 0 {
			math := p.importName("math")
			sign := "%s.Signbit(float64(y))"
			if name == "max" {
				sign = "!%s.Signbit(float64(y))"
			}
			zero = "\t\tcase x != x:\n\t\tcase y != y:\n\t\t\tx = y\n" +
				"\t\tcase y == x && y == 0 && " + fmt.Sprintf(sign, math) + ":\n\t\t\tx = y\n"
		}
		return fmt.Sprintf("func %s(x %s, ys ...%s) %s {\n\tfor _, y := range ys {\n\t\tswitch {\n%s\t\tcase %s:\n\t\t\tx = y\n\t\t}\n\t}\n\treturn x\n}\n",
			h, ts, ts, ts, zero, less)
	})
}
