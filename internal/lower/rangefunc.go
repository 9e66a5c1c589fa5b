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
// loop around it. A defer or a goto in such a body is refused: in the
// closure they would not mean what they mean in the loop.
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
			err = p.errorf(s.Pos(), "unsupported: defer in the body of a range over a function; call a function that defers, or defer outside the loop")
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
