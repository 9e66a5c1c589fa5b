package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// goStmtRule gives a goroutine that calls a named function, go f(x), or a
// method or function value, go s.run(x), the crash handler and number that
// crash.go gives go func(){...}(), while f, s and x are still evaluated in
// the goroutine that runs the go statement, as the spec says:
//
//	go f(x, y)  becomes
//	go func() func(int64, func()) { return func(__gid int64, __c func()) { defer ...; __c() } }()(__rt.NewGoroutineAt(...), __bindN(f, x, y))
//
// where __bindN(f func(X, Y), a0 X, a1 Y) func() { return func() { f(a0, a1) } }
// is a helper per signature. A go statement whose types cannot be written
// at the top level (a type declared in a function) is left as it is; its
// panic then reaches the engine's traceback cleaning instead.
func goStmtRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok || err != nil {
			return err == nil
		}
		call := g.Call
		if _, lit := ast.Unparen(call.Fun).(*ast.FuncLit); lit {
			return true
		}
		if tv, ok := p.info.Types[call.Fun]; !ok || tv.IsBuiltin() || tv.IsType() {
			return true
		}
		sig, ok := p.info.TypeOf(call.Fun).Underlying().(*types.Signature)
		if !ok {
			return true
		}
		fmtHelper, fmtSig, isFmt := p.fmtDeferred(call) // go fmt.Println(x): formats when it runs
		if isFmt {
			sig = fmtSig
		}
		bind, ok := p.bindHelper(sig, len(call.Args), call.Ellipsis.IsValid())
		if !ok {
			if isFmt {
				delete(p.boundFmt, call)
			}
			return true
		}
		rt := p.rt()
		// The literal is made by a function of its own (see goloopvars.go).
		p.insert(call.Fun.Pos(), "func() func(int64, func()) { return func(__gid int64, __c func()) { "+p.goroutineEnter()+p.crashHandler(rt+".CrashIn(__gid, %s)")+
			"__c() } }()("+p.newGoroutineCall(g)+", "+bind+"(")
		if isFmt {
			p.replace(call.Fun.Pos(), call.Fun.End(), fmtHelper)
		}
		sep := ""
		if len(call.Args) > 0 {
			sep = ", "
		}
		p.replace(call.Lparen, call.Lparen+1, sep)
		p.insert(call.Rparen+1, ")")
		return true
	})
	return err
}

// bindHelper declares the helper that binds a function of signature sig to
// nargs arguments (the last one spread with ... if ellipsis).
func (p *program) bindHelper(sig *types.Signature, nargs int, ellipsis bool) (string, bool) {
	fnType, err := p.typeString(sig, token.NoPos)
	if err != nil {
		return "", false
	}
	params := sig.Params()
	var decl, use []string
	for i := range nargs {
		var t types.Type
		spread := ""
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			elem := params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			t = elem
			if ellipsis {
				spread = "..."
			}
		default:
			t = params.At(i).Type()
		}
		ts, err := p.typeString(t, token.NoPos)
		if err != nil {
			return "", false
		}
		decl = append(decl, fmt.Sprintf("a%d %s%s", i, spread, ts))
		use = append(use, fmt.Sprintf("a%d%s", i, spread))
	}
	key := fmt.Sprintf("bind %s %d %v", fnType, nargs, ellipsis)
	return p.helper(key, "__bind", func(name string) string {
		return fmt.Sprintf("func %s(f %s%s) func() { return func() { f(%s) } }\n",
			name, fnType, prefixComma(strings.Join(decl, ", ")), strings.Join(use, ", "))
	}), true
}

func prefixComma(s string) string {
	if s == "" {
		return ""
	}
	return ", " + s
}
