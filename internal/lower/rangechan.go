package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// rangeChanRule lowers two ranges that yaegi runs otherwise than Go:
//
// A range over a channel, which yaegi receives through a select (so that a
// program blocked there deadlocks as "goroutine 1 [select]", where Go says
// "[chan receive]"), becomes a loop of plain receives, the channel
// evaluated once and the variable declared anew in each iteration:
//
//	for v := range ch {    becomes    for __c1 := ch; true; { v, __ok1 := <-__c1; if !__ok1 { break };
//	for v = range ch {     becomes    for __c1 := ch; true; { __v1, __ok1 := <-__c1; if !__ok1 { break }; v = __v1;
//	for range ch {         becomes    for __c1 := ch; true; { if _, __ok1 := <-__c1; !__ok1 { break };
//
// A range with a value over a slice or an array of channels, on which yaegi
// panics ("reflect: call of reflect.Value.Len on int Value"), becomes a
// range over the indexes, the operand evaluated once:
//
//	for i, c := range cs {  becomes   for __i1, __s1 := 0, cs; __i1 < len(__s1); __i1++ { i, c := __i1, __s1[__i1];
func rangeChanRule(p *program) error {
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || err != nil {
			return err == nil
		}
		switch {
		case p.isRangeChan(r):
			err = p.lowerRangeChan(r)
		case p.isRangeOverChans(r):
			err = p.lowerRangeOverChans(r)
		}
		return err == nil
	})
	return err
}

// isRangeChan reports whether r ranges over a channel.
func (p *program) isRangeChan(r *ast.RangeStmt) bool {
	t := p.info.TypeOf(r.X)
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// isRangeOverChans reports whether r ranges with a value over a slice, an
// array or a pointer to an array of channels.
func (p *program) isRangeOverChans(r *ast.RangeStmt) bool {
	if r.Value == nil || isBlank(r.Value) {
		return false
	}
	t := p.info.TypeOf(r.X)
	if t == nil {
		return false
	}
	u := t.Underlying()
	if ptr, ok := u.(*types.Pointer); ok {
		u = ptr.Elem().Underlying()
	}
	var elem types.Type
	switch u := u.(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	default:
		return false
	}
	_, ok := elem.Underlying().(*types.Chan)
	return ok
}

// oneLine refuses a range clause written over several lines, which a
// rewrite on one line cannot keep.
func (p *program) oneLine(r *ast.RangeStmt) error {
	if p.fset.Position(r.For).Line != p.fset.Position(r.X.End()).Line {
		return p.errorf(r.For, "unsupported: a range clause over several lines; write it on one line")
	}
	return nil
}

func (p *program) lowerRangeChan(r *ast.RangeStmt) error {
	if err := p.oneLine(r); err != nil {
		return err
	}
	c, ok := p.name("__c"), p.name("__ok")
	var first string
	switch {
	case r.Key == nil || isBlank(r.Key) && r.Tok != token.ASSIGN:
		first = fmt.Sprintf(" if _, %s := <-%s; !%s { break };", ok, c, ok)
	case r.Tok == token.DEFINE:
		first = fmt.Sprintf(" %s, %s := <-%s; if !%s { break };", p.text(r.Key), ok, c, ok)
	default:
		v := p.name("__v")
		first = fmt.Sprintf(" %s, %s := <-%s; if !%s { break }; %s = %s;", v, ok, c, ok, p.text(r.Key), v)
	}
	// The operand keeps its place (other rules may edit inside it); the
	// condition is true, not empty: yaegi runs the init statement of a loop
	// without condition again at each iteration (see forCondRule).
	p.replace(r.For, r.X.Pos(), fmt.Sprintf("for %s := ", c))
	p.replace(r.X.End(), r.Body.Lbrace, "; true; ")
	p.insert(r.Body.Lbrace+1, first)
	return nil
}

func (p *program) lowerRangeOverChans(r *ast.RangeStmt) error {
	if err := p.oneLine(r); err != nil {
		return err
	}
	s, i := p.name("__s"), p.name("__i")
	lhs, rhs := p.text(r.Value), fmt.Sprintf("%s[%s]", s, i)
	if r.Key != nil && !isBlank(r.Key) {
		lhs, rhs = p.text(r.Key)+", "+lhs, i+", "+rhs
	}
	p.replace(r.For, r.X.Pos(), fmt.Sprintf("for %s, %s := 0, ", i, s))
	p.replace(r.X.End(), r.Body.Lbrace, fmt.Sprintf("; %s < len(%s); %s++ ", i, s, i))
	p.insert(r.Body.Lbrace+1, fmt.Sprintf(" %s %s %s;", lhs, r.Tok, rhs))
	return nil
}
