package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// compiledFuncRule works around yaegi's issue 1634: a function literal
// passed straight to compiled code (wg.Go, errgroup's g.Go, time.AfterFunc,
// sort.Slice, http.HandleFunc...) runs with the caller's live frame, so that
// it sees the last iteration's value of a variable declared in a loop. Such
// a literal gets the loop's variables it uses through pointers, taken when
// the literal is evaluated, as parameters of a function that returns it:
//
//	for id := range 3 {                 for id := range 3 {
//	    wg.Go(func() { use(id) })  →        wg.Go(func(id *int) func() { return func() { use((*id)) } }(&id))
//
// The pointers keep Go's sharing exactly: the literal and the rest of its
// iteration see one variable. (An earlier form, []func(){lit}[0], gave the
// literal a frame of its own but raced: yaegi now and then produced a nil
// function.)
//
// The closures that compiled code runs in a goroutine of its own
// (sync.WaitGroup.Go, errgroup.Group.Go and TryGo, time.AfterFunc,
// context.AfterFunc) also get crash.go's handler, and __rt.Goroutine or
// __rt.GoroutineErr to be numbered as in compiled Go:
//
//	wg.Go(__rt.Goroutine(__rt.NewGoroutine(), func() { defer ...; ... }))
func compiledFuncRule(p *program) error {
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
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
			if starter != "" {
				crash := ".CrashHere(%s)"
				if p.calleeFunc(call).FullName() == "(*sync.WaitGroup).Go" {
					// WaitGroup.Go recovers f's panic and panics again.
					crash = ".CrashHereRepanicked(%s)"
				}
				p.insert(lit.Body.Lbrace+1, p.crashHandler(rt+crash))
			}
			if err = p.bindLoopVars(lit, t, append(stack, call)); err != nil {
				return false
			}
		}
		return true
	})
	return err
}

// bindLoopVars passes the loop variables that lit uses to it through
// pointers (see compiledFuncRule).
func (p *program) bindLoopVars(lit *ast.FuncLit, t types.Type, stack []ast.Node) error {
	vars, uses := p.loopVarsUsed(lit, stack)
	if len(vars) == 0 {
		return nil
	}
	ft, err := p.typeString(t, lit.Pos())
	if err != nil {
		return p.errorf(lit.Pos(), "unsupported: a function literal of type %s, which cannot be named here, passed to compiled code; declare its types at the package level", t)
	}
	var params, args []string
	for _, v := range vars {
		vt, err := p.typeString(v.Type(), lit.Pos())
		if err != nil {
			return p.errorf(lit.Pos(), "unsupported: a function literal passed to compiled code uses %s, of type %s, which cannot be named here; declare its type at the package level", v.Name(), v.Type())
		}
		if p.byValue(v, loopOf(v, stack), lit) {
			params = append(params, v.Name()+" "+vt)
			args = append(args, v.Name())
			continue
		}
		params = append(params, v.Name()+" *"+vt)
		args = append(args, "&"+v.Name())
		for _, id := range uses[v] {
			p.replace(id.Pos(), id.End(), "(*"+v.Name()+")")
		}
	}
	if p.ownFrame == nil {
		p.ownFrame = map[*ast.FuncLit]bool{}
	}
	p.ownFrame[lit] = true
	p.insert(lit.Pos(), "func("+strings.Join(params, ", ")+") "+ft+" { return ")
	p.insert(lit.End(), " }("+strings.Join(args, ", ")+")")
	return nil
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
