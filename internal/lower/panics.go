package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// panicsRule keeps panic values faithful. yaegi panics with the value boxed
// in a reflect.Value, so that recover() returns something that is neither
// an error nor a string to the program, and values of the program's types
// lose their names and methods on the way (in an interface{}, yaegi even
// loses them without a panic). The rule rewrites
//
//	panic(x)   to  panic(__panicSave(x))     (__panicSaveErr if x is an error, __panicSaveStr if a Stringer)
//	recover()  to  __panicValue(recover())
//
// The save helpers keep x, by goroutine, in the program's own memory and
// with a static type that yaegi handles (error, Stringer, or any);
// __panicValue returns the kept value, or for a panic of compiled code (a
// runtime error) the value behind the box (__rt.Unbox), so that r.(error),
// r.(string) and fmt.Println(r) see what Go gives. The crash handlers
// (crash.go) hand __rt.Crash __panicCrash(r): the text the runtime prints,
// v.Error() or v.String() if the value has the method, main.T(v) for a
// named basic type, (main.T) 0x... for other types of the program, and the
// runtime's formatting of floats.
func panicsRule(p *program) error {
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if d, ok := stack[len(stack)-1].(*ast.DeferStmt); ok && d.Call == call && p.isBuiltin(call, "recover") {
			// defer recover(): Go calls recover when the function
			// returns, and its value is dropped; a helper around it
			// would call it at the defer statement.
			return true
		}
		switch {
		case p.isBuiltin(call, "panic") && len(call.Args) == 1:
			h := p.panicHelpers()
			save := h.save
			closing := ")"
			switch t := p.info.TypeOf(call.Args[0]); {
			case implements(t, errorIface):
				save = h.saveErr
			case implements(t, stringerType):
				save = h.saveStr
			case p.ownNamedBasic(t):
				// main.C(2.5): the type is known here, not in the value.
				save, closing = h.saveNamed, fmt.Sprintf(", %q)", reflectName(t))
			}
			p.insert(call.Args[0].Pos(), save+"(")
			p.insert(call.Args[0].End(), closing)
		case p.isBuiltin(call, "recover"):
			// Innermost: a later rule's wrapper of an expression that
			// starts or ends with recover() (recover().(error), made a
			// call returning two values) goes around this one.
			p.insertInnermost(call.Pos(), p.panicHelpers().value+"(")
			p.insertInner(call.End(), ")")
		}
		return true
	})
	return nil
}

var (
	errorIface   = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	stringerType = types.NewInterfaceType([]*types.Func{
		types.NewFunc(0, nil, "String", types.NewSignatureType(nil, nil, nil, nil,
			types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), false)),
	}, nil).Complete()
)

// implements reports whether a value of type t has the methods of iface.
func implements(t types.Type, iface *types.Interface) bool {
	if t == nil {
		return false
	}
	if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	return types.Implements(t, iface)
}

// panicNames are the names of the panic helpers.
type panicNames struct{ save, saveErr, saveStr, saveNamed, value, crash string }

// panicValue is the expression that crash handlers hand __rt.Crash for the
// recovered value r. A program that neither calls panic nor recover itself
// can only crash with a value of compiled code (a runtime error, a
// library's panic), which __rt.CrashValue describes without the helpers:
// the interpreter then has some 140 lines less to compile, which the
// reader's page feels on every run.
func (p *program) panicValue(r string) string {
	if !p.panicsOrRecovers() {
		return fmt.Sprintf("%s.CrashValue(%s)", p.rt(), r)
	}
	return fmt.Sprintf("%s(%s)", p.panicHelpers().crash, r)
}

// panicsOrRecovers reports whether the program's source calls panic or
// recover (the rules' own panics are of compiled values).
func (p *program) panicsOrRecovers() bool {
	if p.panicCalls == nil {
		found := false
		ast.Inspect(p.file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && (p.isBuiltin(call, "panic") || p.isBuiltin(call, "recover")) {
				found = true
			}
			return !found
		})
		p.panicCalls = &found
	}
	return *p.panicCalls
}

// panicHelpers declares the panic helpers, once.
func (p *program) panicHelpers() panicNames {
	if _, ok := p.decls["panic"]; ok {
		return p.panicNames
	}
	rt, syncPkg := p.rt(), p.importName("sync")
	n := panicNames{
		save: p.name("__panicSave"), saveErr: p.name("__panicSaveErr"), saveStr: p.name("__panicSaveStr"),
		saveNamed: p.name("__panicSaveNamed"), value: p.name("__panicValue"), crash: p.name("__panicCrash"),
	}
	p.panicNames = n
	mu, vals, errs, strs := p.name("__panicMu"), p.name("__panicVals"), p.name("__panicErrs"), p.name("__panicStrs")
	// recs: the value recover() last returned in a goroutine; reps: whether
	// the goroutine's panic re-panics it, which Go 1.25's crash message
	// marks "[recovered, repanicked]".
	recs, reps := p.name("__panicRecs"), p.name("__panicReps")
	// names: the type of a goroutine's panic value, for a named basic type
	// of the program known at the panic (main.C(2.5)): the interpreter
	// may hold the value bare, a float64 for a C.
	names := p.name("__panicNames")
	describe, asAny := p.name("__panicDescribe"), p.name("__panicAny")
	p.helper("panic", "__panic", func(string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "var %s %s.Mutex\n", mu, syncPkg)
		fmt.Fprintf(&b, "var %s = map[int64]any{}\nvar %s = map[int64]error{}\nvar %s = map[int64]interface{ String() string }{}\n", vals, errs, strs)
		fmt.Fprintf(&b, "var %s = map[int64]any{}\nvar %s = map[int64]bool{}\nvar %s = map[int64]string{}\n\n", recs, reps, names)
		for _, s := range []struct{ name, typ, m string }{
			{n.save, "any", vals}, {n.saveErr, "error", errs}, {n.saveStr, "interface{ String() string }", strs},
		} {
			fmt.Fprintf(&b, "func %s(v %s) %s {\n", s.name, s.typ, s.typ)
			if s.name != n.saveStr {
				// panic(nil) panics with a *runtime.PanicNilError (Go
				// 1.21), which a re-panic of it repeats.
				fmt.Fprintf(&b, "\tif v == nil {\n\t\tv = %s.PanicNil()\n\t}\n", rt)
			}
			fmt.Fprintf(&b, "\tif v != nil {\n\t\tid := %s.Goid()\n\t\t%s.Lock()\n\t\t%s[id] = v\n", rt, mu, s.m)
			fmt.Fprintf(&b, "\t\trec, ok := %s[id]\n\t\t%s[id] = ok && %s.SameValue(rec, v)\n", recs, reps, rt)
			// A re-panic of the recovered value keeps its type's name.
			fmt.Fprintf(&b, "\t\tif !%s[id] {\n\t\t\tdelete(%s, id)\n\t\t}\n\t\t%s.Unlock()\n\t}\n\treturn v\n}\n\n", reps, names, mu)
		}
		fmt.Fprintf(&b, "func %s(v any, name string) any {\n\tv = %s(v)\n\t%s.Lock()\n\t%s[%s.Goid()] = name\n\t%s.Unlock()\n\treturn v\n}\n\n", n.saveNamed, n.save, mu, names, rt, mu)
		fmt.Fprintf(&b, "func %s(e error) any { return e }\n\n", asAny)
		fmt.Fprintf(&b, "func %s(s interface{ String() string }) any { return s }\n\n", asAny+"S")
		// __panicValue: what recover() returns, remembered for reps.
		fmt.Fprintf(&b, "func %s(r any) any {\n\tv := %s0(r)\n\tif v != nil {\n\t\t%s.Lock()\n\t\t%s[%s.Goid()] = v\n\t\t%s.Unlock()\n\t}\n\treturn v\n}\n\n", n.value, n.value, mu, recs, rt, mu)
		fmt.Fprintf(&b, "func %s0(r any) any {\n\tif r == nil {\n\t\treturn nil\n\t}\n\tid := %s.Goid()\n\t%s.Lock()\n", n.value, rt, mu)
		fmt.Fprintf(&b, "\te, isErr := %s[id]\n\ts, isStr := %s[id]\n\tv, ok := %s[id]\n\tdelete(%s, id)\n\tdelete(%s, id)\n\tdelete(%s, id)\n\t%s.Unlock()\n",
			errs, strs, vals, errs, strs, vals, mu)
		fmt.Fprintf(&b, "\tswitch {\n\tcase isErr:\n\t\treturn %s(e)\n\tcase isStr:\n\t\treturn %sS(s)\n\tcase ok:\n\t\treturn v\n\t}\n\treturn %s.Unbox(r)\n}\n\n", asAny, asAny, rt)
		// __panicCrash: what the crash handlers print.
		fmt.Fprintf(&b, "func %s(r any) any {\n\tv := %s0(r)\n\t%s.Lock()\n\trep := %s[%s.Goid()]\n\t%s.Unlock()\n\tif rep {\n\t\treturn %s.Repanicked(v)\n\t}\n\treturn v\n}\n\n", n.crash, n.crash, mu, reps, rt, mu, rt)
		fmt.Fprintf(&b, "func %s0(r any) any {\n\tid := %s.Goid()\n\t%s.Lock()\n\te, isErr := %s[id]\n\ts, isStr := %s[id]\n\tv, ok := %s[id]\n\tname, named := %s[id]\n\t%s.Unlock()\n",
			n.crash, rt, mu, errs, strs, vals, names, mu)
		fmt.Fprintf(&b, "\tswitch {\n\tcase isErr:\n\t\treturn %s.Describe(e.Error())\n\tcase isStr:\n\t\treturn %s.Describe(s.String())\n\tcase ok && named:\n\t\treturn %s.Describe(name + \"(\" + %s.PrintValue(v) + \")\")\n\tcase ok:\n\t\treturn %s(v)\n\t}\n\treturn %s(%s.Unbox(r))\n}\n\n",
			rt, rt, rt, rt, describe, describe, rt)
		// __panicDescribe: the runtime's text for a value of another type.
		fmt.Fprintf(&b, "func %s(v any) any {\n", describe)
		fmt.Fprintf(&b, "\tif x, ok := v.(float64); ok {\n\t\treturn %s.Describe(%s.PrintValue(x))\n\t}\n", rt, rt)
		fmt.Fprintf(&b, "\tif x, ok := v.(float32); ok {\n\t\treturn %s.Describe(%s.PrintValue(x))\n\t}\n", rt, rt)
		for _, c := range p.panicTypeCases() {
			fmt.Fprintf(&b, "\tif x, ok := v.(%s); ok {\n\t\t_ = x\n\t\treturn %s\n\t}\n", c.typ, c.text(rt))
		}
		b.WriteString("\treturn v\n}\n")
		return b.String()
	})
	return n
}

// panicCase is a case of __panicDescribe.
type panicCase struct {
	typ  string
	text func(rt string) string
}

// panicTypeCases are the cases for the program's package-level types: a
// named basic type prints as main.T(v), any other as (main.T) 0x...
func (p *program) panicTypeCases() []panicCase {
	var cases []panicCase
	for _, named := range p.namedTypes() {
		name := named.Obj().Name()
		full := "main." + name
		if _, ok := named.Underlying().(*types.Basic); ok {
			cases = append(cases, panicCase{typ: name, text: func(rt string) string {
				return fmt.Sprintf("%s.Describe(%q + %s.PrintValue(x) + \")\")", rt, full+"(", rt)
			}})
		} else {
			cases = append(cases, panicCase{typ: name, text: func(rt string) string {
				return fmt.Sprintf("%s.Describe(%q)", rt, "("+full+") 0xc000012120")
			}})
		}
		cases = append(cases, panicCase{typ: "*" + name, text: func(rt string) string {
			return fmt.Sprintf("%s.Describe(%q)", rt, "(*"+full+") 0xc000012120")
		}})
	}
	return cases
}

// ownNamedBasic reports whether t is one of the program's named types with
// a basic underlying type (type C float64).
func (p *program) ownNamedBasic(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != p.pkg {
		return false
	}
	_, basic := n.Underlying().(*types.Basic)
	return basic
}
