package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// rangeFuncRule lowers Go 1.23's range over a function (an iterator), which
// yaegi does not compile, to a call of the iterator with the loop's body as
// its yield function, as the spec defines it:
//
//	for k, v := range seq {          becomes   { var __ctl1, __st1 int; _ = __ctl1; (seq)(func(k K, v V) bool { if __st1 != 0 { __rt.RangeState(__st1) };
//		...                                         ...
//	}                                           return true }); __st1 = 2; }
//
// In the body, continue becomes return true and break __st1 = 1; return
// false. __st1 is the loop's state, as the compiler keeps it: an iterator
// that calls yield again after the body asked it to stop (1), or after the
// loop is over (2), gets the runtime's panic. A
// return, or a break or continue of a loop outside, records what to do in
// __ctl1 (and the results in variables of the function), returns false to
// stop the iterator, and is done after the call:
//
//	return x, nil      becomes   { __res1_0, __res1_1 = x, nil; __ctl1 = -1; __st1 = 1; return false }
//	...                          and after the call:  if __ctl1 == -1 { return __res1_0, __res1_1 }
//
// Loops over functions nest; each passes what it cannot do itself to the
// loop around it. A goto in such a body is refused: in the closure it
// would not mean what it means in the loop. A defer there defers its call
// in the function around the loop, as Go's does: the calls go on a list of
// the outermost loop over a function, whose head, in that function,
// defers a helper that runs them, the last first, when the function
// returns or panics:
//
//	defer save(i)   becomes   __d1 := __bind1(save, i); __dfr1 = append(__dfr1, __d1)
//
// (the binding is deferargs.go's; a call it leaves alone goes on the list
// as a function literal), and the loop's head declares __dfr1 and runs
// defer func() { __rfDefers1(&__dfr1) }(). A deferred call that may
// recover is refused: run by the helper, its recover would not stop the
// panic.
func rangeFuncRule(p *program) error {
	loops := map[*ast.RangeStmt]*rfLoop{}
	var order []*rfLoop
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || !p.isRangeFunc(r) {
			return true
		}
		l := &rfLoop{r: r, ctl: p.name("__ctl"), st: p.name("__st"), codes: map[string]int{}}
		for i := len(stack) - 1; i >= 0; i-- {
			switch s := stack[i].(type) {
			case *ast.FuncLit:
				l.fn = s.Type
			case *ast.FuncDecl:
				l.fn = s.Type
			case *ast.RangeStmt:
				if l.parent == nil && loops[s] != nil {
					l.parent = loops[s]
				}
				continue
			default:
				continue
			}
			break
		}
		if l.parent != nil && l.parent.fn != l.fn {
			l.parent = nil
		}
		loops[r] = l
		order = append(order, l)
		return true
	})
	if len(order) == 0 {
		return nil
	}
	// The statements of the bodies that leave them.
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		var l *rfLoop
		for i := len(stack) - 1; i >= 0 && l == nil; i-- {
			switch s := stack[i].(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return true
			case *ast.BlockStmt:
				if i > 0 {
					if r, ok := stack[i-1].(*ast.RangeStmt); ok && r.Body == s {
						l = loops[r]
					}
				}
			}
		}
		if l == nil {
			return true
		}
		switch s := n.(type) {
		case *ast.DeferStmt:
			err = p.rfDefer(s, stack)
		case *ast.BranchStmt:
			switch s.Tok {
			case token.GOTO:
				err = p.errorf(s.Pos(), "unsupported: goto in the body of a range over a function; use break, continue or a flag")
			case token.BREAK, token.CONTINUE:
				target := branchTarget(s, stack)
				if target == nil || insideBody(target, l.r) {
					return true
				}
				p.replace(s.Pos(), s.End(), "{ "+p.rfExit(l, s.Tok, target, labelText(s))+" }")
			}
		case *ast.ReturnStmt:
			res := p.rfResults(l)
			if res.err != nil {
				err = res.err
				return false
			}
			exit := p.rfExit(l, token.RETURN, nil, "")
			if len(s.Results) == 0 {
				p.replace(s.Pos(), s.End(), "{ "+exit+" }")
			} else {
				p.replace(s.Pos(), s.Results[0].Pos(), "{ "+strings.Join(res.names, ", ")+" = ")
				p.insert(s.End(), "; "+exit+" }")
			}
		}
		return err == nil
	})
	if err != nil {
		return err
	}
	for _, l := range order {
		if err := p.rfLoopEdits(l); err != nil {
			return err
		}
	}
	return nil
}

// rfLoop is a range over a function being lowered.
type rfLoop struct {
	r      *ast.RangeStmt
	fn     *ast.FuncType // the function the loop is in
	parent *rfLoop       // the loop over a function around it, in the same function
	ctl    string
	st     string // the loop's state: 0 running, 1 body said stop, 2 loop over
	codes  map[string]int
	after  []string // what to do after the call, by __ctl
}

// rfResultVars are the variables that hold a function's results.
type rfResultVars struct {
	names []string
	decl  string // declarations, "" for named results
	named bool
	err   error
}

// rfResults returns the result variables of l's function.
func (p *program) rfResults(l *rfLoop) rfResultVars {
	if v, ok := p.rfVars[l.fn]; ok {
		return v
	}
	var v rfResultVars
	if l.fn.Results != nil {
		named := len(l.fn.Results.List) > 0 && len(l.fn.Results.List[0].Names) > 0
		v.named = named
		base := p.name("__res")
		i := 0
		for _, f := range l.fn.Results.List {
			t := p.info.TypeOf(f.Type)
			ts, err := p.typeString(t, l.r.Pos())
			if err != nil {
				v.err = p.errorf(l.r.Pos(), "unsupported: return in a range over a function, in a function whose result type %s cannot be named here", t)
			}
			count := len(f.Names)
			if count == 0 {
				count = 1
			}
			for j := range count {
				if named && f.Names[j].Name != "_" {
					v.names = append(v.names, f.Names[j].Name)
				} else {
					name := fmt.Sprintf("%s_%d", base, i)
					v.names = append(v.names, name)
					v.decl += fmt.Sprintf("var %s %s; ", name, ts)
				}
				i++
			}
		}
	}
	if p.rfVars == nil {
		p.rfVars = map[*ast.FuncType]rfResultVars{}
	}
	p.rfVars[l.fn] = v
	return v
}

// rfExit returns the statements that, in the body of l, do tok (return,
// break or continue of target, written stmt).
func (p *program) rfExit(l *rfLoop, tok token.Token, target ast.Stmt, stmt string) string {
	if tok != token.RETURN && target == ast.Stmt(l.r) {
		if tok == token.CONTINUE {
			return "return true"
		}
		return l.st + " = 1; return false"
	}
	key := tok.String() + " " + stmt
	code, ok := l.codes[key]
	if !ok {
		code = len(l.codes) + 1
		if tok == token.RETURN {
			code = -1
		}
		l.codes[key] = code
		var then string
		switch {
		case l.parent != nil:
			then = p.rfExit(l.parent, tok, target, stmt)
		case tok == token.RETURN:
			res := p.rfResults(l)
			then = "return"
			if !res.named && len(res.names) > 0 {
				then += " " + strings.Join(res.names, ", ")
			}
		default:
			then = stmt
		}
		l.after = append(l.after, fmt.Sprintf("if %s == %d { %s }", l.ctl, code, then))
	}
	return fmt.Sprintf("%s = %d; %s = 1; return false", l.ctl, code, l.st)
}

// rfLoopEdits rewrites the loop's header and closing brace.
func (p *program) rfLoopEdits(l *rfLoop) error {
	r := l.r
	if p.fset.Position(r.For).Line != p.fset.Position(r.Body.Lbrace).Line {
		return p.errorf(r.For, "unsupported: a range clause over several lines; write it on one line")
	}
	sig := p.info.TypeOf(r.X).Underlying().(*types.Signature)
	yield := sig.Params().At(0).Type().Underlying().(*types.Signature)
	var params, prologue []string
	vars := []ast.Expr{r.Key, r.Value}
	for i := range yield.Params().Len() {
		ts, err := p.typeString(yield.Params().At(i).Type(), r.For)
		if err != nil {
			return p.errorf(r.For, "unsupported: range over a function yielding %s, which cannot be named here", yield.Params().At(i).Type())
		}
		name := "_"
		if i < len(vars) && vars[i] != nil && !isBlank(vars[i]) {
			if r.Tok == token.DEFINE {
				name = vars[i].(*ast.Ident).Name
			} else {
				name = p.name("__rv")
				prologue = append(prologue, p.text(vars[i])+" = "+name+";")
			}
		}
		params = append(params, name+" "+ts)
	}
	open := fmt.Sprintf("{ var %s, %s int; _ = %s; ", l.ctl, l.st, l.ctl)
	if list, ok := p.rfDefers[r]; ok {
		// A literal reads the list when it runs: yaegi evaluates a
		// deferred call's arguments late, and &list in a function literal
		// then pointed to a list of another frame.
		open += fmt.Sprintf("var %s []func(); defer func() { %s(&%s) }(); ", list, p.rfDefersHelper(), list)
	}
	if l.parent == nil {
		if v, ok := p.rfVars[l.fn]; ok {
			open += v.decl
		}
	}
	p.replace(r.For, r.X.Pos(), open+"(")
	p.replace(r.X.End(), r.Body.Lbrace+1, fmt.Sprintf(")(func(%s) bool { if %s != 0 { __rt.RangeState(%s) }; %s", strings.Join(params, ", "), l.st, l.st, strings.Join(prologue, " ")))
	p.replace(r.Body.Rbrace, r.Body.Rbrace+1, fmt.Sprintf("return true }); %s = 2; %s }", l.st, strings.Join(l.after, "; ")))
	return nil
}

// insideBody reports whether s is r's body or inside it.
func insideBody(s ast.Stmt, r *ast.RangeStmt) bool {
	return s.Pos() >= r.Body.Pos() && s.End() <= r.Body.End()
}

// labelText is a branch statement as source: break, continue L.
func labelText(b *ast.BranchStmt) string {
	if b.Label != nil {
		return b.Tok.String() + " " + b.Label.Name
	}
	return b.Tok.String()
}

// isRangeFunc reports whether r ranges over a function (an iterator).
func (p *program) isRangeFunc(r *ast.RangeStmt) bool {
	t := p.info.TypeOf(r.X)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// rangeFuncDeferList returns the list of deferred calls of the outermost
// range over a function whose body holds the defer statement that stack
// ends above, declaring it on first use; false when the statement is in no
// such body of its function.
func (p *program) rangeFuncDeferList(stack []ast.Node) (string, bool) {
	var root *ast.RangeStmt
outer:
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			break outer
		case *ast.BlockStmt:
			if i > 0 {
				if r, ok := stack[i-1].(*ast.RangeStmt); ok && r.Body == s && p.isRangeFunc(r) {
					root = r
				}
			}
		}
	}
	if root == nil {
		return "", false
	}
	if p.rfDefers == nil {
		p.rfDefers = map[*ast.RangeStmt]string{}
	}
	list, ok := p.rfDefers[root]
	if !ok {
		list = p.name("__dfr")
		p.rfDefers[root] = list
	}
	return list, true
}

// rfDefer puts the call of d, a defer statement in the body of a range
// over a function (stack ends above it), on its loop's list
// (rangeFuncDeferList). deferargs.go has done it for the calls it binds to
// their arguments; another goes there as a function literal, if that
// evaluates its function and its arguments as Go would at the defer
// statement: a declared function, a function literal or a builtin, with
// constants, function literals and the variables snapshotArgs copied.
func (p *program) rfDefer(d *ast.DeferStmt, stack []ast.Node) error {
	if p.mayRecover(d.Call.Fun) {
		return p.errorf(d.Pos(), "unsupported: a deferred call that may recover, in the body of a range over a function: run from the loop's list of deferred calls, its recover would not stop the panic; defer it outside the loop")
	}
	list, ok := p.rangeFuncDeferList(stack)
	if !ok || p.boundDefers[d.Call] {
		return nil
	}
	if !p.rfDeferredLater(d.Call) {
		return p.errorf(d.Pos(), "unsupported: this defer in the body of a range over a function, whose function or arguments the runner cannot evaluate at the defer statement; defer a declared function, with variables or constants as arguments")
	}
	// The literal is made by a function of its own, whose frame it locks
	// when it returns (closures.go): its loop's function, which runs it
	// from a deferred call, holds the lock of its own frame then.
	p.replace(d.Defer, d.Call.Pos(), list+" = append("+list+", func() func() { return func() { ")
	p.insert(d.End(), " } }())")
	return nil
}

// rfDeferredLater reports whether call, evaluated when the list runs it,
// means what it meant at its defer statement.
func (p *program) rfDeferredLater(call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
	case *ast.Ident:
		switch p.info.Uses[fun].(type) {
		case *types.Func, *types.Builtin:
		default:
			return false
		}
	default:
		return false
	}
	for _, a := range call.Args {
		if tv, ok := p.info.Types[a]; ok && (tv.Value != nil || tv.IsNil()) {
			continue
		}
		if _, lit := ast.Unparen(a).(*ast.FuncLit); lit {
			continue
		}
		if id, ok := ast.Unparen(a).(*ast.Ident); !ok || !p.snapshots[id] {
			return false
		}
	}
	return true
}

// rfDefersHelper declares the function that runs a list of deferred
// calls, the last first, each as a deferred call of its own: a panic in
// one does not keep the others from running.
func (p *program) rfDefersHelper() string {
	return p.helper("rfdefers", "__rfDefers", func(name string) string {
		return fmt.Sprintf("func %s(l *[]func()) { %sRun(*l) }\n\nfunc %sRun(fs []func()) {\n\tif len(fs) == 0 {\n\t\treturn\n\t}\n\tdefer fs[0]()\n\t%sRun(fs[1:])\n}\n", name, name, name, name)
	})
}
