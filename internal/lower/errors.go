package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// errorsRule replaces errors.Is, errors.As, errors.Unwrap and Go 1.26's
// errors.AsType in a program that declares error types of its own. Compiled
// errors functions cannot see the program's types: errors.As panics ("target
// must be interface or implement error"), and yaegi's wrappers of the
// program's errors have no Unwrap, Is or As methods and cannot be compared.
// The helpers walk the chain as the errors package does, with the type
// assertions the interpreter understands (one per error type of the
// program) and __rt.Unwraps and __rt.Same for compiled errors:
//
//	errors.Is(err, ErrX)        becomes   __errorsIs(err, ErrX)
//	errors.As(err, &nf)         becomes   __errorsAs1(err, &nf)
//	errors.AsType[*E](err)      becomes   __errorsAsType1(err)
//	errors.Unwrap(err)          becomes   __errorsUnwrap(err)
//
// A value of the program's error types handed to compiled code as an
// interface{} (fmt.Errorf's %w operand, errors.Join) reaches it without its
// Error method unless it passes through a variable of type error:
//
//	fmt.Errorf("find: %w", &NotFound{k})   becomes   fmt.Errorf("find: %w", __asError(&NotFound{k}))
//
// A program without error types of its own keeps the compiled functions,
// but for errors.As to an interface of its own (interface{ Timeout() bool }),
// which the compiled one cannot assign, and for errors.AsType, which is
// generic and so not among the interpreter's symbols: over a compiled type
// (errors.AsType[*fs.PathError]) it becomes a helper around the compiled
// errors.As. The helpers find the error's type
// with dyn.go's.
func errorsRule(p *program) error {
	own := len(p.errorTypes()) > 0
	if own {
		p.errorArgs()
	}
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		var fun ast.Expr
		switch x := n.(type) {
		case *ast.CallExpr:
			fun = x.Fun
		case *ast.SelectorExpr:
			fun = x // a function value: errors.Is passed along
		default:
			return true
		}
		id := calleeIdent(fun)
		fn, ok := p.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" {
			return true
		}
		var h string
		if !own && fn.Name() != "As" && fn.Name() != "AsType" {
			return true
		}
		switch fn.Name() {
		case "Is":
			h = p.errorsHelpers().is
		case "Unwrap":
			h = p.errorsHelpers().unwrap1
		case "As":
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			ptr, ok := p.info.TypeOf(call.Args[1]).(*types.Pointer)
			if !ok {
				return true
			}
			if !own && (!types.IsInterface(ptr.Elem()) || p.compiledInterface(ptr.Elem())) {
				return true // compiled errors.As handles compiled targets
			}
			if h, err = p.errorsAsHelper(ptr.Elem(), call.Pos()); err != nil {
				return false
			}
		case "AsType":
			inst, ok := p.info.Instances[id]
			if !ok || inst.TypeArgs.Len() != 1 {
				return true
			}
			e := inst.TypeArgs.At(0)
			if !own && (!types.IsInterface(e) || p.compiledInterface(e)) {
				// A compiled type: the compiled errors.As finds it. AsType
				// itself, generic, is not among yaegi's symbols.
				if h, err = p.errorsAsTypeCompiled(e, fun.Pos()); err != nil {
					return false
				}
				break
			}
			as, herr := p.errorsAsHelper(e, fun.Pos())
			if herr != nil {
				err = herr
				return false
			}
			ts, _ := p.typeString(e, token.NoPos)
			h = p.helper("errors.AsType "+ts, "__errorsAsType", func(name string) string {
				return fmt.Sprintf("func %s(err error) (%s, bool) {\n\tvar t %s\n\tok := %s(err, &t)\n\treturn t, ok\n}\n", name, ts, ts, as)
			})
		default:
			return true
		}
		end := fun.End()
		if p.fset.Position(fun.Pos()).Line != p.fset.Position(end).Line {
			// gofmt wraps a long type argument over lines: the helper's
			// name goes on the last line and the others are emptied, which
			// keeps the lines where they were, unless a line ending before
			// the call would then end a statement (return, a name...).
			if !p.replaceOverLines(fun.Pos(), end, h) {
				err = p.errorf(fun.Pos(), "unsupported: errors.%s over several lines after this; write it on one line", fn.Name())
			}
			return false
		}
		p.replace(fun.Pos(), end, h)
		return false
	})
	return err
}

// errorsAsTypeCompiled declares the helper for errors.AsType[E] where E is
// a compiled type (*fs.PathError, *exec.Error), in a program without error
// types of its own: the compiled errors.As with a target of type *E.
func (p *program) errorsAsTypeCompiled(e types.Type, at token.Pos) (string, error) {
	ts, err := p.typeString(e, token.NoPos)
	if err != nil {
		return "", p.errorf(at, "unsupported: errors.AsType over %s, which cannot be named at the top level", e)
	}
	errs := p.importName("errors")
	return p.helper("errors.AsType compiled "+ts, "__errorsAsType", func(name string) string {
		return fmt.Sprintf("func %s(err error) (%s, bool) {\n\tvar t %s\n\tok := %s.As(err, &t)\n\treturn t, ok\n}\n", name, ts, ts, errs)
	}), nil
}

// errorType is an error type of the program: T or *T, whichever has the
// Error method, written as a type assertion would.
type errorType struct {
	name string
	t    types.Type
}

// errorTypes lists the program's package-level types that implement
// error, and the instances of its generic types that do.
func (p *program) errorTypes() []errorType {
	var out []errorType
	for _, named := range append(p.namedTypes(), p.genericInstances()...) {
		name := named.Obj().Name()
		switch {
		case types.Implements(named, errorIface):
			out = append(out, errorType{name: name, t: named})
		case types.Implements(types.NewPointer(named), errorIface):
			out = append(out, errorType{name: "*" + name, t: types.NewPointer(named)})
		}
	}
	return out
}

// errorsNames are the names of the shared errors helpers.
type errorsNames struct{ is, unwrap, unwrap1, same string }

// errorsHelpers declares Is, Unwrap and their helpers once.
func (p *program) errorsHelpers() errorsNames {
	if n, ok := p.decls["errors"]; ok {
		_ = n
		return p.errorsNames
	}
	rt := p.rt()
	n := errorsNames{is: p.name("__errorsIs"), unwrap: p.name("__errorsUnwraps"), unwrap1: p.name("__errorsUnwrap"), same: p.name("__errorsSame")}
	p.errorsNames = n
	dn := p.dynHelpers()
	numbered := p.dyn().types
	p.helper("errors", "__errors", func(string) string {
		var b strings.Builder
		// unwraps: what err wraps.
		fmt.Fprintf(&b, "func %s(err error) []error {\n\td := %s(err)\n\tswitch d.id {\n", n.unwrap, dn.err)
		for _, dt := range numbered {
			switch {
			case p.hasMethod(dt.t, "Unwrap", "func() error"):
				fmt.Fprintf(&b, "\tcase %d:\n\t\tif u := d.%s.Unwrap(); u != nil {\n\t\t\treturn []error{u}\n\t\t}\n\t\treturn nil\n", dt.id, dt.field)
			case p.hasMethod(dt.t, "Unwrap", "func() []error"):
				fmt.Fprintf(&b, "\tcase %d:\n\t\treturn d.%s.Unwrap()\n", dt.id, dt.field)
			}
		}
		fmt.Fprintf(&b, "\t}\n\tn := %s.UnwrapN(err)\n\tif n == 0 {\n\t\treturn nil\n\t}\n\tus := make([]error, n)\n\tfor i := range us {\n\t\tus[i] = %s.UnwrapI(err, i)\n\t}\n\treturn us\n}\n\n", rt, rt)
		fmt.Fprintf(&b, "func %s(err error) error {\n\tif err == nil {\n\t\treturn nil\n\t}\n\tif us := %s(err); len(us) == 1 {\n\t\treturn us[0]\n\t}\n\treturn nil\n}\n\n", n.unwrap1, n.unwrap)
		// same: err == target, as errors.Is compares.
		fmt.Fprintf(&b, "func %s(a, b error) bool {\n\tda := %s(a)\n\tdb := %s(b)\n\tif da.id > 0 || db.id > 0 {\n\t\tif da.id != db.id {\n\t\t\treturn false\n\t\t}\n\t\tswitch da.id {\n", n.same, dn.err, dn.err)
		for _, dt := range numbered {
			if types.Comparable(dt.t) && implements(dt.t, errorIface) {
				fmt.Fprintf(&b, "\t\tcase %d:\n\t\t\treturn da.%s == db.%s\n", dt.id, dt.field, dt.field)
			}
		}
		fmt.Fprintf(&b, "\t\t}\n\t\treturn false\n\t}\n\treturn %s.Same(a, b)\n}\n\n", rt)
		// is: errors.Is.
		fmt.Fprintf(&b, "func %s(err, target error) bool {\n\tif err == nil || target == nil {\n\t\treturn err == nil && target == nil\n\t}\n\tfor err != nil {\n\t\tif %s(err, target) {\n\t\t\treturn true\n\t\t}\n\t\td := %s(err)\n\t\t_ = d\n", n.is, n.same, dn.err)
		for _, dt := range numbered {
			if p.hasMethod(dt.t, "Is", "func(error) bool") {
				fmt.Fprintf(&b, "\t\tif d.id == %d && d.%s.Is(target) {\n\t\t\treturn true\n\t\t}\n", dt.id, dt.field)
			}
		}
		fmt.Fprintf(&b, "\t\tif %s.IsMethod(err, target) {\n\t\t\treturn true\n\t\t}\n", rt)
		fmt.Fprintf(&b, "\t\tus := %s(err)\n\t\tif len(us) != 1 {\n\t\t\tfor _, u := range us {\n\t\t\t\tif %s(u, target) {\n\t\t\t\t\treturn true\n\t\t\t\t}\n\t\t\t}\n\t\t\treturn false\n\t\t}\n\t\terr = us[0]\n\t}\n\treturn false\n}\n", n.unwrap, n.is)
		return b.String()
	})
	return n
}

// hasMethod reports whether t has a method name of the signature sig
// (written as types.TypeString writes it).
func (p *program) hasMethod(t types.Type, name, sig string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, p.pkg, name)
	fn, ok := obj.(*types.Func)
	return ok && types.TypeString(fn.Type(), nil) == sig
}

// errorsAsHelper declares the errors.As helper for targets of type *t.
func (p *program) errorsAsHelper(t types.Type, at token.Pos) (string, error) {
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", p.errorf(at, "unsupported: errors.As with a target of type %s, declared in a function; declare the error type at the package level", t)
	}
	n := p.errorsHelpers()
	dn := p.dynHelpers()
	cond, err := p.caseCond(t, "d", at)
	if err != nil {
		return "", err
	}
	val, err := p.caseValue(t, "d", at)
	if err != nil {
		return "", err
	}
	return p.helper("errors.As "+ts, "__errorsAs", func(name string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "func %s(err error, target *%s) bool {\n\tfor err != nil {\n\t\td := %s(err)\n\t\tif %s {\n\t\t\t*target = %s\n\t\t\treturn true\n\t\t}\n", name, ts, dn.err, cond, val)
		for _, dt := range p.dyn().types {
			if p.hasMethod(dt.t, "As", "func(any) bool") || p.hasMethod(dt.t, "As", "func(interface{}) bool") {
				fmt.Fprintf(&b, "\t\tif d.id == %d && d.%s.As(target) {\n\t\t\treturn true\n\t\t}\n", dt.id, dt.field)
			}
		}
		fmt.Fprintf(&b, "\t\tus := %s(err)\n\t\tif len(us) != 1 {\n\t\t\tfor _, u := range us {\n\t\t\t\tif %s(u, target) {\n\t\t\t\t\treturn true\n\t\t\t\t}\n\t\t\t}\n\t\t\treturn false\n\t\t}\n\t\terr = us[0]\n\t}\n\treturn false\n}\n", n.unwrap, name)
		return b.String()
	}), nil
}

// calleeIdent is the identifier naming a called function: f, pkg.f, f[T].
func calleeIdent(fun ast.Expr) *ast.Ident {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	case *ast.IndexExpr:
		return calleeIdent(f.X)
	case *ast.IndexListExpr:
		return calleeIdent(f.X)
	}
	return nil
}

// errorArgs converts the program's error values passed to compiled
// functions as interface{} to error, through a helper (a conversion
// error(x) does not do for yaegi).
func (p *program) errorArgs() {
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if tv, ok := p.info.Types[call.Fun]; !ok || tv.IsBuiltin() || tv.IsType() || p.isProgramFunc(call.Fun) {
			return true
		}
		if fn := p.calleeFunc(call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() != "Join" && fn.Name() != "New" {
			return true // errorsRule's helpers, interpreted
		}
		var described []bool
		if fc, ok := p.fmtCallOf(call); ok {
			described, _ = p.fmtNeeds(fc)
		}
		for i, a := range call.Args {
			t := p.info.TypeOf(a)
			if t == nil || types.IsInterface(t) || !p.involvesProgramType(t) || !implements(t, errorIface) {
				continue
			}
			if described != nil && described[i] {
				continue // fmtcalls.go describes it
			}
			h := p.helper("asError", "__asError", func(name string) string {
				return fmt.Sprintf("func %s(e error) error { return e }\n", name)
			})
			p.insert(a.Pos(), h+"(")
			p.insert(a.End(), ")")
		}
		return true
	})
}

// involvesProgramType reports whether t is, or is made of, a type the
// program declares.
func (p *program) involvesProgramType(t types.Type) bool {
	found := false
	visit(t, func(t types.Type) {
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == p.pkg {
			found = true
		}
	})
	return found
}
