package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// namedPtrRule refuses a value of a defined pointer type (type PS *T, or
// a type made of one: *PS, []PS) put in an interface:
//
//	var x any = PS(&T{})
//
// yaegi gives PS the type it gives *T, so the interface holds a *T: x.(*T)
// succeeds where Go's fails, a type switch takes it for a *T, %T prints
// *main.T. Go's test chan/powser2.go declares such types and never puts one
// in an interface; the dynamic type helpers (dyn.go) leave them out.
func namedPtrRule(p *program) error {
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		for _, a := range p.assignedTo(n, stack) {
			if err == nil {
				err = p.refuseNamedPtr(a.dst, a.src)
			}
		}
		return err == nil
	})
	return err
}

// assignment is a value src given to a destination of type dst.
type assignment struct {
	dst types.Type
	src ast.Expr
}

// assignedTo lists the values that n, a statement or an expression whose
// ancestors are stack, assigns to destinations of known types: the
// right-hand sides of assignments and declarations, results, arguments,
// sends, the elements of composite literals and conversions.
func (p *program) assignedTo(n ast.Node, stack []ast.Node) []assignment {
	var out []assignment
	pair := func(dsts []types.Type, srcs []ast.Expr) {
		if len(dsts) != len(srcs) {
			return
		}
		for i := range srcs {
			out = append(out, assignment{dsts[i], srcs[i]})
		}
	}
	switch x := n.(type) {
	case *ast.AssignStmt:
		if x.Tok == token.ASSIGN {
			var dsts []types.Type
			for _, l := range x.Lhs {
				dsts = append(dsts, p.info.TypeOf(l))
			}
			pair(dsts, x.Rhs)
		}
	case *ast.ValueSpec:
		if x.Type != nil {
			t := p.info.TypeOf(x.Type)
			for _, v := range x.Values {
				out = append(out, assignment{t, v})
			}
		}
	case *ast.ReturnStmt:
		if sig := enclosingSignature(p, stack); sig != nil {
			var dsts []types.Type
			for i := range sig.Results().Len() {
				dsts = append(dsts, sig.Results().At(i).Type())
			}
			pair(dsts, x.Results)
		}
	case *ast.SendStmt:
		if ch, ok := types.Unalias(p.info.TypeOf(x.Chan)).Underlying().(*types.Chan); ok {
			out = append(out, assignment{ch.Elem(), x.Value})
		}
	case *ast.CallExpr:
		out = append(out, p.callArguments(x)...)
	case *ast.CompositeLit:
		out = append(out, p.literalElements(x)...)
	}
	return out
}

// enclosingSignature is the signature of the function (declared or
// literal) that the innermost element of stack belongs to.
func enclosingSignature(p *program, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		var t types.Type
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			t = p.info.TypeOf(f)
		case *ast.FuncDecl:
			if obj := p.info.Defs[f.Name]; obj != nil {
				t = obj.Type()
			}
		default:
			continue
		}
		sig, _ := t.(*types.Signature)
		return sig
	}
	return nil
}

// callArguments pairs a call's arguments (or a conversion's operand) with
// the types they are given to.
func (p *program) callArguments(call *ast.CallExpr) []assignment {
	tv, ok := p.info.Types[call.Fun]
	if !ok {
		return nil
	}
	if tv.IsType() {
		if len(call.Args) == 1 {
			return []assignment{{tv.Type, call.Args[0]}}
		}
		return nil
	}
	sig, ok := types.Unalias(tv.Type).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	var out []assignment
	params := sig.Params()
	for i, arg := range call.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			last := params.At(params.Len() - 1).Type()
			if call.Ellipsis.IsValid() {
				out = append(out, assignment{last, arg})
			} else if s, ok := last.Underlying().(*types.Slice); ok {
				out = append(out, assignment{s.Elem(), arg})
			}
		case i < params.Len():
			out = append(out, assignment{params.At(i).Type(), arg})
		}
	}
	return out
}

// literalElements pairs a composite literal's elements (and map keys)
// with the types they are given to.
func (p *program) literalElements(lit *ast.CompositeLit) []assignment {
	var out []assignment
	t := types.Unalias(p.info.TypeOf(lit))
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	for i, elt := range lit.Elts {
		key, val := ast.Expr(nil), elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, val = kv.Key, kv.Value
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			if key != nil {
				if id, ok := key.(*ast.Ident); ok {
					if f, ok := p.info.Uses[id].(*types.Var); ok {
						out = append(out, assignment{f.Type(), val})
					}
				}
			} else if i < u.NumFields() {
				out = append(out, assignment{u.Field(i).Type(), val})
			}
		case *types.Slice:
			out = append(out, assignment{u.Elem(), val})
		case *types.Array:
			out = append(out, assignment{u.Elem(), val})
		case *types.Map:
			out = append(out, assignment{u.Elem(), val})
			if key != nil {
				out = append(out, assignment{u.Key(), key})
			}
		}
	}
	return out
}

// refuseNamedPtr refuses src, given to dst, if dst is an interface and
// src's type is made of a defined pointer type.
func (p *program) refuseNamedPtr(dst types.Type, src ast.Expr) error {
	st := p.info.TypeOf(src)
	if dst == nil || st == nil || !types.IsInterface(dst) || types.IsInterface(st) || !madeOfDefinedPointer(st, 0) {
		return nil
	}
	return p.errorf(src.Pos(), "unsupported: a value of type %s, made of a defined pointer type, in an interface (%s): the interpreter gives a defined pointer type the type of the pointer it is defined as, so the interface would hold a value of that type; convert the value to the pointer type it is defined as, or declare a struct type that holds the pointer",
		st, dst)
}

// madeOfDefinedPointer reports whether t is a defined pointer type, or a
// pointer, slice, array, map or channel of one.
func madeOfDefinedPointer(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if definedPointer(t) {
		return true
	}
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return madeOfDefinedPointer(u.Elem(), depth+1)
	case *types.Slice:
		return madeOfDefinedPointer(u.Elem(), depth+1)
	case *types.Array:
		return madeOfDefinedPointer(u.Elem(), depth+1)
	case *types.Chan:
		return madeOfDefinedPointer(u.Elem(), depth+1)
	case *types.Map:
		return madeOfDefinedPointer(u.Key(), depth+1) || madeOfDefinedPointer(u.Elem(), depth+1)
	}
	return false
}
