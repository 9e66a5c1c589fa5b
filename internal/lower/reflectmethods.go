package lower

import (
	"go/ast"
	"go/types"
)

// reflectMethodsRule refuses reflect's view of methods: Method,
// MethodByName and NumMethod of a reflect.Type or a reflect.Value (called,
// or taken as a method expression such as reflect.Type.Method). yaegi
// builds the program's types with reflect (StructOf, ...), which makes
// types without methods: NumMethod says 0 and Method(0) panics with
// "reflect: Method index out of range" where Go finds the method. A call
// on reflect.TypeOf(x) or reflect.ValueOf(x), where x is of a type of
// another package (compiled, with its methods), is left alone. An
// interface of the program's whose Method or MethodByName returns a
// reflect.Method is held to be a reflect.Type in disguise.
func reflectMethodsRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if err != nil || !ok {
			return err == nil
		}
		name := sel.Sel.Name
		if name != "Method" && name != "MethodByName" && name != "NumMethod" {
			return true
		}
		s, ok := p.info.Selections[sel]
		if !ok {
			return true
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			return true
		}
		fromReflect := fn.Pkg() != nil && fn.Pkg().Path() == "reflect"
		if !fromReflect && !returnsReflectMethod(fn) {
			return true
		}
		if fromReflect && s.Kind() == types.MethodVal && p.compiledOperand(sel.X) {
			return true
		}
		err = p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on the program's types: the interpreter builds them without methods, so reflect sees none; call the method directly, or through an interface", name)
		return false
	})
	return err
}

// returnsReflectMethod reports whether fn returns a reflect.Method.
func returnsReflectMethod(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	for i := range res.Len() {
		if named, ok := types.Unalias(res.At(i).Type()).(*types.Named); ok {
			if obj := named.Obj(); obj.Pkg() != nil && obj.Pkg().Path() == "reflect" && obj.Name() == "Method" {
				return true
			}
		}
	}
	return false
}

// compiledOperand reports whether x is reflect.TypeOf(e) or
// reflect.ValueOf(e) where e is of a named type of another package, or a
// pointer to one: a compiled type, whose methods reflect sees.
func (p *program) compiledOperand(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn := p.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || (fn.Name() != "TypeOf" && fn.Name() != "ValueOf") {
		return false
	}
	t := p.info.TypeOf(call.Args[0])
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != p.pkg
}
