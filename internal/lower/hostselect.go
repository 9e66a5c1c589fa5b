package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// hostSelectRule works around a data race in yaegi: a select statement
// keeps one slice of cases for all the goroutines that run it, so that two
// goroutines entering the same select at once (two workers of one function,
// woken at the same virtual instant) can wait on each other's channels. The
// select becomes a switch on the worker's __rt.Select, which builds its cases
// at each call; each case's channel and sent value are evaluated in order
// before the switch, as Go evaluates them on entering a select:
//
//	select {                     switch __si1, __sv1, __sok1 := __rt.Select(__rt.SelectRecv(ch), __rt.SelectSend(out, x), __rt.SelectDefault()); __si1 {
//	case v, ok := <-ch:    →     case 0: var v T; if __sv1 != nil { v = __sv1.(T) }; ok := __sok1;
//	case out <- x:               case 1:
//	default:                     case 2:
//	}                            }
//
// break and continue keep their meaning: a break in a switch case leaves the
// switch, as in a select case. The rule runs last, and leaves a select as it
// is where it cannot move an expression without moving a line or another
// rule's edit, or where a channel's element type cannot be named.
func hostSelectRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectStmt); ok {
			p.hostSelect(s)
		}
		return true
	})
	return nil
}

func (p *program) hostSelect(s *ast.SelectStmt) {
	if len(s.Body.List) == 0 || !p.movable(s.Select, s.Body.Lbrace) {
		return
	}
	rt := p.rt()
	idx, val, okName := p.name("__si"), p.name("__sv"), p.name("__sok")
	var args []string
	type clauseEdit struct {
		c      *ast.CommClause
		assign string
	}
	var clauses []clauseEdit
	for _, st := range s.Body.List {
		c := st.(*ast.CommClause)
		if !p.movable(c.Case, c.Colon) {
			return
		}
		ce := clauseEdit{c: c}
		switch comm := c.Comm.(type) {
		case nil:
			args = append(args, rt+".SelectDefault()")
		case *ast.SendStmt:
			if !p.movable(comm.Chan.Pos(), comm.Chan.End()) || !p.movable(comm.Value.Pos(), comm.Value.End()) {
				return
			}
			args = append(args, p.selectSend(comm))
		case *ast.ExprStmt:
			ch, ok := recvChan(comm.X)
			if !ok || !p.movable(ch.Pos(), ch.End()) {
				return
			}
			args = append(args, fmt.Sprintf("%s.SelectRecv(%s)", rt, p.text(ch)))
		case *ast.AssignStmt:
			if len(comm.Rhs) != 1 || len(comm.Lhs) == 0 || len(comm.Lhs) > 2 {
				return
			}
			ch, ok := recvChan(comm.Rhs[0])
			if !ok || !p.movable(ch.Pos(), ch.End()) {
				return
			}
			ct, ok := p.info.TypeOf(ch).Underlying().(*types.Chan)
			if !ok || hasTypeParam(ct.Elem()) {
				return
			}
			ts, err := p.typeString(ct.Elem(), s.Select)
			if err != nil {
				return
			}
			args = append(args, fmt.Sprintf("%s.SelectRecv(%s)", rt, p.text(ch)))
			var b strings.Builder
			// A nil interface (received from a chan error, say) asserts
			// badly in yaegi: it leaves the zero value instead.
			if lhs := p.text(comm.Lhs[0]); lhs != "_" && comm.Tok == token.DEFINE {
				fmt.Fprintf(&b, " var %s %s; if %s != nil { %s = %s.(%s) };", lhs, ts, val, lhs, val, ts)
			} else if lhs != "_" {
				fmt.Fprintf(&b, " if %s != nil { %s = %s.(%s) } else { %s = *new(%s) };", val, lhs, val, ts, lhs, ts)
			}
			if len(comm.Lhs) == 2 {
				if lhs := p.text(comm.Lhs[1]); lhs != "_" {
					fmt.Fprintf(&b, " %s %s %s;", lhs, comm.Tok, okName)
				}
			}
			ce.assign = b.String()
		default:
			return
		}
		clauses = append(clauses, ce)
	}
	p.replace(s.Select, s.Body.Lbrace, fmt.Sprintf("switch %s, %s, %s := %s.Select(%s); %s ", idx, val, okName, rt, strings.Join(args, ", "), idx))
	for i, ce := range clauses {
		p.replace(ce.c.Case, ce.c.Colon, fmt.Sprintf("case %d", i))
		if ce.assign != "" {
			p.insert(ce.c.Colon+1, ce.assign)
		}
	}
}

// recvChan returns ch of a receive <-ch.
func recvChan(e ast.Expr) (ast.Expr, bool) {
	u, ok := ast.Unparen(e).(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return nil, false
	}
	return u.X, true
}

// movable reports whether the text between pos and end is on one line and
// holds no edit of another rule, so that it can be replaced or copied.
func (p *program) movable(pos, end token.Pos) bool {
	off, e := p.offset(pos), p.offset(end)
	if strings.ContainsRune(string(p.src[off:e]), '\n') {
		return false
	}
	for _, ed := range p.edits {
		if ed.end > off && ed.off < e || ed.off == ed.end && ed.off > off && ed.off < e {
			return false
		}
	}
	return true
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	found := false
	visit(t, func(t types.Type) {
		if _, ok := t.(*types.TypeParam); ok {
			found = true
		}
	})
	return found
}

// selectSend is the case of a send. To a channel of an interface type, a
// value that is not an interface travels in a one-element slice of the
// element type: passed as it is to the host's any, the interpreter would
// strip the program's named type from it.
func (p *program) selectSend(comm *ast.SendStmt) string {
	rt := p.rt()
	plain := fmt.Sprintf("%s.SelectSend(%s, %s)", rt, p.text(comm.Chan), p.text(comm.Value))
	ct, ok := p.info.TypeOf(comm.Chan).Underlying().(*types.Chan)
	vt := p.info.TypeOf(comm.Value)
	if !ok || vt == nil || !types.IsInterface(ct.Elem()) || types.IsInterface(vt) || isNilType(vt) || hasTypeParam(ct.Elem()) {
		return plain
	}
	es, err := p.typeString(ct.Elem(), token.NoPos)
	if err != nil {
		return plain
	}
	return fmt.Sprintf("%s.SelectSendElem(%s, []%s{%s})", rt, p.text(comm.Chan), es, p.text(comm.Value))
}
