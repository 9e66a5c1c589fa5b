package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// methodsRule makes method values and method expressions mean what they
// mean in Go.
//
// A method value x.M of a method with a value receiver copies x when it is
// evaluated; yaegi's keeps referring to x, so that a later change to x
// showed through (and every value taken in a loop was the last one's). It
// is taken from a copy, a parameter of a helper per type and method:
//
//	f := t.Show   becomes   f := __mv1(t)     func __mv1(r T) func(string) { return r.Show }
//
// (with *p for a pointer p, as Go copies *p). That includes the function of
// a go or defer statement, which gostmt.go and deferargs.go turn into a
// value, and not a method called at once. A method value of a pointer
// variable copies the pointer likewise (__mvpN), but in a defer statement.
//
// A method expression T.M or (*T).M, which yaegi calls with the wrong
// arguments ("reflect: Call with too many input arguments"), becomes a
// helper function that calls the method on its first argument:
//
//	f := (*Server).Stop   becomes   f := __me1     func __me1(r *Server) { r.Stop() }
//
// or, where its types can be named only in place (s[T].M in a generic
// function), a function literal that does the same.
//
// Method values and expressions whose types cannot be named at the top
// level are left as they are.
func methodsRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s, ok := p.info.Selections[sel]
		if !ok {
			return true
		}
		switch s.Kind() {
		case types.MethodVal:
			value := p.valueMethodValue(sel)
			ptr := p.pointerMethodValue(sel)
			if !value && !ptr {
				return true
			}
			stmt := ""
			if len(stack) > 0 {
				if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == sel {
					if len(stack) < 2 {
						return true
					}
					switch stack[len(stack)-2].(type) {
					case *ast.GoStmt:
						stmt = "go"
					case *ast.DeferStmt:
						stmt = "defer"
					default:
						return true // called at once: the receiver is copied into the call
					}
				}
			}
			if !value && stmt == "defer" {
				return true // a pointer, as good now as when the call runs
			}
			var h string
			if value {
				h, ok = p.methodValueHelper(s)
			} else {
				h, ok = p.pointerMethodValueHelper(s)
			}
			if !ok {
				return true
			}
			deref := ""
			if _, isPtr := s.Recv().Underlying().(*types.Pointer); isPtr && value {
				deref = "*"
			}
			p.insert(sel.X.Pos(), h+"("+deref)
			p.replace(sel.X.End(), sel.End(), ")")
		case types.MethodExpr:
			h, ok := p.methodExprHelper(s)
			if !ok {
				h, ok = p.methodExprLiteral(s, sel.Pos())
			}
			if !ok {
				return true
			}
			p.replace(sel.Pos(), sel.End(), h)
			return false
		}
		return true
	})
	return nil
}

// valueMethodValue reports whether fun is x.M for a method M with a value
// receiver of a concrete (not interface) x.
func (p *program) valueMethodValue(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := p.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	_, ptrRecv := recv.Type().(*types.Pointer)
	return !ptrRecv && !types.IsInterface(recv.Type())
}

// pointerMethodValue reports whether fun is p.M for a pointer variable p
// (not an interface): yaegi's method value keeps referring to the
// variable, so that go p.run() in a loop ran every goroutine on the last
// p; the pointer is copied as Go copies it.
func (p *program) pointerMethodValue(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s, ok := p.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) || p.valueMethodValue(sel) {
		return false
	}
	_, isPtr := s.Recv().Underlying().(*types.Pointer)
	return isPtr
}

// pointerMethodValueHelper declares func __mvpN(r *T) F { return r.M }.
func (p *program) pointerMethodValueHelper(s *types.Selection) (string, bool) {
	fn := s.Obj().(*types.Func)
	rt, err := p.typeString(s.Recv(), token.NoPos)
	if err != nil {
		return "", false
	}
	ft, err := p.typeString(s.Type(), token.NoPos)
	if err != nil {
		return "", false
	}
	return p.helper("mvp "+rt+"."+fn.Name(), "__mvp", func(name string) string {
		return fmt.Sprintf("func %s(r %s) %s { return r.%s }\n", name, rt, ft, fn.Name())
	}), true
}

// methodValueHelper declares func __mvN(r T) F { return r.M } for the
// selection s of a method with a value receiver of type T.
func (p *program) methodValueHelper(s *types.Selection) (string, bool) {
	fn := s.Obj().(*types.Func)
	recv := s.Recv()
	if ptr, ok := recv.Underlying().(*types.Pointer); ok {
		recv = ptr.Elem()
	}
	rt, err := p.typeString(recv, token.NoPos)
	if err != nil {
		return "", false
	}
	ft, err := p.typeString(s.Type(), token.NoPos)
	if err != nil {
		return "", false
	}
	return p.helper("mv "+rt+"."+fn.Name(), "__mv", func(name string) string {
		return fmt.Sprintf("func %s(r %s) %s { return r.%s }\n", name, rt, ft, fn.Name())
	}), true
}

// methodExprHelper declares the function a method expression stands for.
func (p *program) methodExprHelper(s *types.Selection) (string, bool) {
	params, res, body, ok := p.methodExprFunc(s, "a", token.NoPos)
	if !ok {
		return "", false
	}
	key := "me " + types.TypeString(s.Recv(), nil) + "." + s.Obj().Name()
	return p.helper(key, "__me", func(name string) string {
		return fmt.Sprintf("func %s(%s)%s { %s }\n", name, params, res, body)
	}), true
}

// methodExprLiteral writes the function a method expression stands for as
// a function literal, for one whose types can be named only where it is
// (s[T].M in a generic function, with T its type parameter).
func (p *program) methodExprLiteral(s *types.Selection, at token.Pos) (string, bool) {
	params, res, body, ok := p.methodExprFunc(s, "__a", at)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("func(%s)%s { %s }", params, res, body), true
}

// methodExprFunc writes the parameters, results and body of the function
// a method expression stands for, which calls the method on its first
// parameter, with the types written as they are named at at (NoPos: at
// the top level). Its parameters are named prefix0, prefix1, ...
func (p *program) methodExprFunc(s *types.Selection, prefix string, at token.Pos) (params, res, body string, ok bool) {
	fn := s.Obj().(*types.Func)
	sig := s.Type().(*types.Signature) // the receiver is the first parameter
	ps := sig.Params()
	var decl, use []string
	for i := range ps.Len() {
		ts, err := p.typeString(ps.At(i).Type(), at)
		if err != nil {
			return "", "", "", false
		}
		spread := ""
		if sig.Variadic() && i == ps.Len()-1 {
			ts = "..." + strings.TrimPrefix(ts, "[]")
			spread = "..."
		}
		decl = append(decl, fmt.Sprintf("%s%d %s", prefix, i, ts))
		if i > 0 {
			use = append(use, fmt.Sprintf("%s%d%s", prefix, i, spread))
		}
	}
	ret := ""
	if sig.Results().Len() > 0 {
		rs, err := p.typeString(sig.Results(), at)
		if err != nil {
			return "", "", "", false
		}
		res, ret = " "+rs, "return "
	}
	body = fmt.Sprintf("%s%s0.%s(%s)", ret, prefix, fn.Name(), strings.Join(use, ", "))
	return strings.Join(decl, ", "), res, body, true
}
