package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// equalityRule compares interface values as Go does. yaegi compares the
// wrappers it keeps the program's error values in, which are not
// comparable: err == ErrFull panicked "comparing uncomparable type
// interp._error" when both held errors of the program's types. A
// comparison of an interface value with anything but nil goes through a
// helper that compares the dynamic types and values (dyn.go):
//
//	err == ErrFull   becomes   __eq1(err, ErrFull)
//	switch err {     becomes   switch __tag1 := err; {
//	case ErrFull:    becomes   case __eq1(__tag1, ErrFull):
//
// A switch with an init statement moves into a block of its own (below).
func equalityRule(p *program) error {
	if !p.hasNamedTypes() {
		return nil
	}
	var err error
	// A labeled switch with an init statement is left alone: moved into a
	// block, its label would name the block, which break cannot.
	labeled := map[*ast.SwitchStmt]bool{}
	ast.Inspect(p.file, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			if sw, ok := l.Stmt.(*ast.SwitchStmt); ok {
				labeled[sw] = true
			}
		}
		return true
	})
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op != token.EQL && x.Op != token.NEQ {
				return true
			}
			if tp, ok := p.typeParamAgainstInterface(x.X, x.Y); ok {
				err = p.errorf(x.OpPos, "unsupported: comparing an interface value with a value of the type parameter %s: the interpreter may find equal values of the program's types unequal; compare them outside the generic function", tp)
				return false
			}
			if dt := p.indistinctAgainstInterface(x.X, x.Y); dt != nil {
				err = p.indistinctErr(x.OpPos, dt)
				return false
			}
			h, ok := p.eqHelper(x.X, x.Y)
			if !ok || p.fset.Position(x.X.End()).Line != p.fset.Position(x.Y.Pos()).Line {
				return true
			}
			not := ""
			if x.Op == token.NEQ {
				not = "!"
			}
			p.insertOuter(x.X.Pos(), not+h+"(")
			p.replace(x.X.End(), x.Y.Pos(), ", ")
			p.insert(x.Y.End(), ")")
		case *ast.SwitchStmt:
			if x.Tag == nil || x.Init != nil && labeled[x] {
				return true
			}
			if !p.comparesInterface(x) {
				return true
			}
			var helpers []string
			for _, st := range x.Body.List {
				for _, e := range st.(*ast.CaseClause).List {
					if tp, ok := p.typeParamAgainstInterface(x.Tag, e); ok {
						err = p.errorf(e.Pos(), "unsupported: a switch case comparing an interface value with a value of the type parameter %s: the interpreter may find equal values of the program's types unequal; compare them outside the generic function", tp)
						return false
					}
					if t := p.info.TypeOf(e); t != nil && isNilType(t) {
						helpers = append(helpers, "")
						continue
					}
					h, ok := p.eqHelper(x.Tag, e)
					if !ok && (types.IsInterface(p.info.TypeOf(x.Tag)) || types.IsInterface(p.info.TypeOf(e))) {
						return true
					}
					helpers = append(helpers, h) // "": compared with ==

				}
			}
			if p.fset.Position(x.Switch).Line != p.fset.Position(x.Body.Lbrace).Line {
				return true
			}
			tag := p.name("__tag")
			if x.Init != nil {
				// switch i := v; i {   becomes   { i := v; switch __tag1 := i; {
				// in a block of its own, which the tag's variable needs.
				p.replace(x.Switch, x.Switch+token.Pos(len("switch")), "{")
				p.insert(x.Tag.Pos(), "switch ")
				p.insert(x.Body.Rbrace+1, " }")
			}
			p.insert(x.Tag.Pos(), tag+" := ")
			p.insert(x.Tag.End(), ";")
			i := 0
			for _, st := range x.Body.List {
				cc := st.(*ast.CaseClause)
				for _, e := range cc.List {
					if helpers[i] == "" {
						p.insertOuter(e.Pos(), p.spaceBefore(e.Pos())+tag+" == ")
					} else {
						p.insertOuter(e.Pos(), p.spaceBefore(e.Pos())+helpers[i]+"("+tag+", ")
						p.insert(e.End(), ")")
					}
					i++
				}
				if len(cc.List) > 1 {
					or := p.helper("or", "__or", func(name string) string {
						return fmt.Sprintf("func %s(bs ...bool) bool {\n\tfor _, b := range bs {\n\t\tif b {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n", name)
					})
					p.insertOuter(cc.List[0].Pos(), p.spaceBefore(cc.List[0].Pos())+or+"(")
					p.insert(cc.List[len(cc.List)-1].End(), ")")
				}
			}
		}
		return true
	})
	return err
}

// comparesInterface reports whether the switch compares interface values:
// its tag is one, or one of its cases is (switch t { case i: }, which
// yaegi fails to convert).
func (p *program) comparesInterface(sw *ast.SwitchStmt) bool {
	if tt := p.info.TypeOf(sw.Tag); tt != nil && types.IsInterface(tt) {
		return true
	}
	for _, st := range sw.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			if t := p.info.TypeOf(e); t != nil && !isNilType(t) && types.IsInterface(t) {
				return true
			}
		}
	}
	return false
}

// typeParamAgainstInterface reports whether one of a and b is a value of a
// type parameter and the other a value of an interface type (not nil): in
// func g[T comparable](i fooer) { i != t }, yaegi finds i holding
// myint(0) unequal to t, a myint(0). The helpers cannot name T.
func (p *program) typeParamAgainstInterface(a, b ast.Expr) (*types.TypeParam, bool) {
	ta, tb := p.info.TypeOf(a), p.info.TypeOf(b)
	if ta == nil || tb == nil || isNilType(ta) || isNilType(tb) {
		return nil, false
	}
	pa, isA := ta.(*types.TypeParam)
	pb, isB := tb.(*types.TypeParam)
	switch {
	case isA && !isB && types.IsInterface(tb):
		return pa, true
	case isB && !isA && types.IsInterface(ta):
		return pb, true
	}
	return nil, false
}

// indistinctAgainstInterface returns the type of a or b when one is an
// interface value and the other a pointer to an empty struct type that
// the interpreter cannot tell apart (indistinct).
func (p *program) indistinctAgainstInterface(a, b ast.Expr) *dynType {
	ta, tb := p.info.TypeOf(a), p.info.TypeOf(b)
	if ta == nil || tb == nil {
		return nil
	}
	for _, pair := range [][2]types.Type{{ta, tb}, {tb, ta}} {
		if !types.IsInterface(pair[1]) {
			continue
		}
		if dt := p.dynOf(pair[0]); dt != nil && p.indistinct(dt) {
			return dt
		}
	}
	return nil
}

// eqHelper declares the comparison of a and b, if one is an interface
// value and neither is nil.
func (p *program) eqHelper(a, b ast.Expr) (string, bool) {
	ta, tb := p.info.TypeOf(a), p.info.TypeOf(b)
	if ta == nil || tb == nil || isNilType(ta) || isNilType(tb) {
		return "", false
	}
	if !types.IsInterface(ta) && !types.IsInterface(tb) {
		return "", false
	}
	for _, t := range []types.Type{ta, tb} {
		if _, ok := t.(*types.TypeParam); ok {
			return "", false
		}
	}
	if b, ok := ta.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		ta = types.Default(ta)
	}
	if b, ok := tb.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		tb = types.Default(tb)
	}
	as, err := p.typeString(ta, token.NoPos)
	if err != nil {
		return "", false
	}
	bs, err := p.typeString(tb, token.NoPos)
	if err != nil {
		return "", false
	}
	da, ok := p.dynOfValue("a", ta)
	if !ok {
		return "", false
	}
	db, ok := p.dynOfValue("b", tb)
	if !ok {
		return "", false
	}
	p.dynHelpers()
	rt := p.rt()
	return p.helper("eq "+as+" "+bs, "__eq", func(name string) string {
		s := fmt.Sprintf("func %s(a %s, b %s) bool {\n\tda := %s\n\tdb := %s\n\tif da.id != db.id {\n\t\treturn false\n\t}\n\tswitch da.id {\n\tcase -1:\n\t\treturn true\n\tcase 0:\n\t\treturn %s.Equal(da.x, db.x)\n", name, as, bs, da, db, rt)
		for _, dt := range p.dyn().types {
			if types.Comparable(dt.t) {
				s += fmt.Sprintf("\tcase %d:\n\t\treturn da.%s == db.%s\n", dt.id, dt.field, dt.field)
			} else {
				s += fmt.Sprintf("\tcase %d:\n\t\tpanic(%s.AssertionError(%q))\n", dt.id, rt, "runtime error: comparing uncomparable type "+dt.rname)
			}
		}
		return s + "\t}\n\treturn false\n}\n"
	}), true
}

// dynOfValue is the __dynN of x, of static type t: found out for an
// interface, known for a numbered or a compiled type.
func (p *program) dynOfValue(x string, t types.Type) (string, bool) {
	dn := p.dynHelpers()
	if types.IsInterface(t) {
		return p.dynCall(x, t), true
	}
	if dt := p.dynOf(t); dt != nil {
		return fmt.Sprintf("%s{id: %d, %s: %s}", dn.dyn, dt.id, dt.field, x), true
	}
	if p.involvesProgramType(t) {
		return "", false
	}
	return fmt.Sprintf("%s{x: %s}", dn.dyn, x), true
}
