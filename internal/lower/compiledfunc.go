package lower

import (
	"go/ast"
	"go/types"
)

// compiledFuncRule works around yaegi's issue 1634: a function literal
// passed straight to compiled code (wg.Go, errgroup's g.Go, time.AfterFunc,
// sort.Slice, http.HandleFunc...) is wrapped with the caller's live frame,
// so that it sees the last value of a variable declared in a loop body, not
// the value of its iteration. Evaluated inside a composite literal, the
// literal gets a frame of its own, as an interpreted closure does:
//
//	wg.Go(func() {...})    becomes    wg.Go([]func(){func() {...}}[0])
//
// The closures that compiled code runs in a goroutine of its own
// (sync.WaitGroup.Go, errgroup.Group.Go and TryGo, time.AfterFunc,
// context.AfterFunc) also get crash.go's handler, and __rt.Goroutine or
// __rt.GoroutineErr to be numbered as in compiled Go:
//
//	wg.Go(__rt.Goroutine(__rt.NewGoroutine(), []func(){func() { defer ...; ... }}[0]))
func compiledFuncRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil {
			return err == nil
		}
		if tv, ok := p.info.Types[call.Fun]; !ok || tv.IsBuiltin() || tv.IsType() || p.isProgramFunc(call.Fun) {
			return true
		}
		starter := goroutineStarter(p.calleeFunc(call))
		for _, a := range call.Args {
			lit, isLit := ast.Unparen(a).(*ast.FuncLit)
			if !isLit && starter == "" {
				continue
			}
			t := p.info.TypeOf(a)
			if _, ok := t.Underlying().(*types.Signature); !ok {
				continue
			}
			rt := p.rt()
			if starter != "" {
				id := rt + ".NewGoroutine()"
				if starter == "timer" {
					id = "0"
				}
				wrap := rt + ".Goroutine("
				if sig := t.Underlying().(*types.Signature); sig.Results().Len() == 1 {
					wrap = rt + ".GoroutineErr("
				}
				p.insert(a.Pos(), wrap+id+", ")
				defer p.insert(a.End(), ")")
			}
			if !isLit {
				continue
			}
			ts, terr := p.typeString(t, a.Pos())
			if terr != nil {
				err = p.errorf(a.Pos(), "unsupported: a function literal of type %s, which cannot be named here, passed to compiled code; declare its types at the package level", t)
				return false
			}
			if starter != "" {
				crash := ".CrashHere(%s)"
				if p.calleeFunc(call).FullName() == "(*sync.WaitGroup).Go" {
					// WaitGroup.Go recovers f's panic and panics again.
					crash = ".CrashHereRepanicked(%s)"
				}
				p.insert(lit.Body.Lbrace+1, p.crashHandler(rt+crash))
			}
			p.insert(a.Pos(), "[]"+ts+"{")
			p.insert(a.End(), "}[0]")
		}
		return true
	})
	return err
}

// goroutineStarter tells whether fn runs its function argument in a new
// goroutine: "call" when it starts it during the call, "timer" later.
func goroutineStarter(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	switch fn.FullName() {
	case "(*sync.WaitGroup).Go", "(*golang.org/x/sync/errgroup.Group).Go", "(*golang.org/x/sync/errgroup.Group).TryGo":
		return "call"
	case "time.AfterFunc", "context.AfterFunc":
		return "timer"
	}
	return ""
}
