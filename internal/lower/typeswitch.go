package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// typeSwitchRule makes type switches and type assertions find the dynamic
// type with dyn.go's helpers. yaegi's fail on the program's values in an
// error (every case is missed), match values in an interface{} by their
// shape, and panic asserting to an interface of the program
// ("reflect.Set: value of type interface {} is not assignable"). A switch
// becomes a switch on the __dynN of its operand, on the same lines:
//
//	switch e := err.(type) {     →   switch __x1, __t1 := __dsw1(err); {
//	case *NotFound:              →   case __t1.id == 4: e := __t1.v4;
//	case Temporary, nil:         →   case __impl1(__t1), __t1.id == -1: e := __x1;
//	default:                     →   default: e := __x1;
//
// and an assertion a helper per operand and asserted type:
//
//	nf, ok := err.(*NotFound)    →   nf, ok := __as2_1(err)
//	s := v.(fmt.Stringer)        →   s := __as1_2(v)
//
// where __as1 panics as Go does ("interface conversion: error is
// *main.Other, not *main.NotFound"). Assertions and switches on an
// interface{} that only ask for compiled concrete types (v.(int)) are left
// to yaegi, which gets those right. Those that name types declared in a
// function are refused.
func typeSwitchRule(p *program) error {
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		switch x := n.(type) {
		case *ast.TypeSwitchStmt:
			err = p.typeSwitch(x, stack)
		case *ast.TypeAssertExpr:
			if x.Type == nil {
				return true // the x.(type) of a switch
			}
			err = p.typeAssert(x, stack)
		}
		return err == nil
	})
	return err
}

// typeSwitch rewrites one type switch, if it needs it.
func (p *program) typeSwitch(s *ast.TypeSwitchStmt, stack []ast.Node) error {
	var ta *ast.TypeAssertExpr
	var bound *ast.Ident
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	case *ast.AssignStmt:
		if len(a.Lhs) == 1 && len(a.Rhs) == 1 {
			ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
			bound, _ = a.Lhs[0].(*ast.Ident)
		}
	}
	if ta == nil {
		return nil
	}
	operand := p.info.TypeOf(ta.X)
	var cases []types.Type
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			cases = append(cases, p.info.TypeOf(e))
		}
	}
	if p.leaveToYaegi(stack, operand, cases...) {
		return nil
	}
	if err := p.assertable(s.Pos(), append([]types.Type{operand}, cases...)...); err != nil {
		return err
	}
	if s.Init != nil {
		if len(stack) > 0 {
			if _, labeled := stack[len(stack)-1].(*ast.LabeledStmt); labeled {
				return p.errorf(s.Pos(), "unsupported: a labeled type switch with an init statement; move the init statement before the switch")
			}
		}
	}
	ops, err := p.typeString(operand, token.NoPos)
	if err != nil {
		return p.errorf(ta.Pos(), "unsupported: a type switch on a value of type %s, declared in a function; declare the type at the package level", operand)
	}
	dn := p.dynHelpers()
	sw := p.helper("dsw "+ops, "__dsw", func(name string) string {
		return fmt.Sprintf("func %s(x %s) (%s, %s) { return x, %s }\n", name, ops, ops, dn.dyn, p.dynCall("x", operand))
	})
	xv, tv := p.name("__x"), p.name("__t")
	if s.Init != nil {
		p.replace(s.Switch, s.Switch+token.Pos(len("switch")), "if")
		p.replace(s.Init.End(), s.Assign.Pos(), "; true { switch ")
		p.insert(s.End(), " }")
	}
	p.replace(s.Assign.Pos(), ta.X.Pos(), xv+", "+tv+" := "+sw+"(")
	p.replace(ta.X.End(), s.Assign.End(), ");")
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		for _, e := range cc.List {
			if p.fset.Position(e.Pos()).Line != p.fset.Position(e.End()).Line {
				return p.errorf(e.Pos(), "unsupported: a case type over several lines; write it on one line")
			}
			cond, err := p.caseCond(p.info.TypeOf(e), tv, e.Pos())
			if err != nil {
				return err
			}
			p.replace(e.Pos(), e.End(), p.spaceBefore(e.Pos())+cond)
		}
		if len(cc.List) > 1 {
			// yaegi evaluates only the first expression of a case list
			// in a switch without tag.
			or := p.helper("or", "__or", func(name string) string {
				return fmt.Sprintf("func %s(bs ...bool) bool {\n\tfor _, b := range bs {\n\t\tif b {\n\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n", name)
			})
			p.insertOuter(cc.List[0].Pos(), p.spaceBefore(cc.List[0].Pos())+or+"(")
			p.insert(cc.List[len(cc.List)-1].End(), ")")
		}
		if bound == nil {
			continue
		}
		v := xv
		if len(cc.List) == 1 {
			if t := p.info.TypeOf(cc.List[0]); !isNilType(t) {
				var err error
				if v, err = p.caseValue(t, tv, cc.List[0].Pos()); err != nil {
					return err
				}
			}
		}
		p.insert(cc.Colon+1, fmt.Sprintf(" %s := %s; _ = %s;", bound.Name, v, bound.Name))
	}
	return nil
}

// typeAssert rewrites x.(T), if it needs it.
func (p *program) typeAssert(ta *ast.TypeAssertExpr, stack []ast.Node) error {
	x := ta.X
	inner, standIn := p.impossibleOperand(x)
	if standIn {
		x = inner
	}
	operand, asserted := p.info.TypeOf(x), p.info.TypeOf(ta.Type)
	if !standIn && p.leaveToYaegi(stack, operand, asserted) {
		return nil
	}
	if err := p.assertable(ta.Pos(), operand, asserted); err != nil {
		return err
	}
	if p.fset.Position(ta.X.End()).Line != p.fset.Position(ta.End()).Line {
		return p.errorf(ta.Pos(), "unsupported: a type assertion over several lines; write it on one line")
	}
	ops, err := p.typeString(operand, token.NoPos)
	if err != nil {
		return p.errorf(ta.Pos(), "unsupported: a type assertion on a value of type %s, declared in a function; declare the type at the package level", operand)
	}
	as, err := p.typeString(asserted, token.NoPos)
	if err != nil {
		return p.errorf(ta.Pos(), "unsupported: a type assertion to %s, declared in a function; declare the type at the package level", asserted)
	}
	commaOk := false
	if len(stack) > 0 {
		switch parent := stack[len(stack)-1].(type) {
		case *ast.AssignStmt:
			commaOk = len(parent.Lhs) == 2 && len(parent.Rhs) == 1
		case *ast.ValueSpec:
			commaOk = len(parent.Names) == 2 && len(parent.Values) == 1
		}
	}
	two, err := p.assert2Helper(operand, asserted, ops, as, ta.Pos())
	if err != nil {
		return err
	}
	h := two
	if !commaOk {
		h = p.assert1Helper(operand, asserted, ops, as, two)
	}
	if standIn {
		p.replace(ta.X.Pos(), x.Pos(), h+"(")
		p.replace(x.End(), ta.End(), ")")
		return nil
	}
	p.insert(ta.X.Pos(), h+"(")
	p.replace(ta.X.End(), ta.End(), ")")
	return nil
}

// assertionNeedsHelp reports whether yaegi gets a switch or an assertion
// on a value of type operand for these types wrong.
func (p *program) assertionNeedsHelp(operand types.Type, asserted ...types.Type) bool {
	iface, ok := operand.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if !iface.Empty() {
		return true
	}
	for _, t := range asserted {
		if t == nil || isNilType(t) {
			continue
		}
		if types.IsInterface(t) || p.involvesProgramType(t) || p.namedLike(t) {
			return true
		}
	}
	return false
}

// namedLike reports whether t, an unnamed type, is the underlying type of
// a numbered type of the program (func() int of type F func() int):
// yaegi holds a value of such a named type as one of t, and its own
// assertion to t matches it, where Go's does not.
func (p *program) namedLike(t types.Type) bool {
	if _, named := types.Unalias(t).(*types.Named); named {
		return false
	}
	for _, dt := range p.dyn().types {
		if dt.named != nil && !dt.ptr && types.Identical(dt.named.Underlying(), t) {
			return true
		}
	}
	return false
}

// assertable refuses types the helpers cannot name.
func (p *program) assertable(at token.Pos, ts ...types.Type) error {
	for _, t := range ts {
		if t == nil || isNilType(t) {
			continue
		}
		if _, err := p.typeString(t, token.NoPos); err != nil {
			if hasTypeParam(t) {
				return p.errorf(at, "unsupported: a type switch or assertion with %s, which names a type parameter, in generic code that the runner cannot copy per instance (a method of a generic type, a function instantiated in one, or a type argument the copy cannot name); switch on the values outside the generic code", t)
			}
			return p.errorf(at, "unsupported: a type switch or assertion with %s, a type declared in a function; declare the type at the package level", t)
		}
		bad := false
		visit(t, func(t types.Type) {
			if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == p.pkg && (n.TypeArgs() != nil || n.TypeParams() != nil) && !p.namedInstance(n) {
				bad = true
			}
		})
		if bad {
			return p.errorf(at, "unsupported: a type switch or assertion with the generic type %s; switch on a non-generic type", t)
		}
		if inst := p.genericImplementer(t); inst != nil {
			return p.errorf(at, "unsupported: a type switch or assertion to %s, which %s, an instance of a generic type, implements: the interpreter keeps no type with such a value in an interface, and the helpers cannot find it; assert to a non-generic type", t, inst)
		}
	}
	return nil
}

// genericImplementer returns an instance of a generic type of the program
// (or a pointer to one) that implements t, an interface with methods, and
// that the dynamic type helpers (dyn.go) do not number; nil if there is
// none or t is no such interface. An assertion to t of an interface value
// holding one would fail where Go's succeeds.
func (p *program) genericImplementer(t types.Type) types.Type {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil
	}
	var ids []*ast.Ident
	for id := range p.info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	for _, id := range ids {
		n, ok := p.info.Instances[id].Type.(*types.Named)
		if !ok || n.Obj().Pkg() != p.pkg || hasTypeParam(n) || types.IsInterface(n) || p.dynOf(n) != nil {
			continue // numbered instances the helpers find; interfaces are no value's type
		}
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(c, iface) {
				return c
			}
		}
	}
	return nil
}

func isNilType(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// caseCond is the condition that the __dynN named tv is of type t, for
// the case or assertion at pos.
func (p *program) caseCond(t types.Type, tv string, pos token.Pos) (string, error) {
	if isNilType(t) {
		return tv + ".id == -1", nil
	}
	if dt := p.dynOf(t); dt != nil {
		if p.indistinct(dt) {
			return "", p.indistinctErr(pos, dt)
		}
		return fmt.Sprintf("%s.id == %d", tv, dt.id), nil
	}
	if types.IsInterface(t) {
		h, err := p.implHelper(t)
		if err != nil {
			return "", err
		}
		return h + "(" + tv + ")", nil
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", err
	}
	h := p.helper("isC "+ts, "__isC", func(name string) string {
		return fmt.Sprintf("func %s(x any) bool {\n\t_, ok := x.(%s)\n\treturn ok\n}\n", name, ts)
	})
	return fmt.Sprintf("%s.id == 0 && %s(%s.x)", tv, h, tv), nil
}

// caseValue is the value of type t that the __dynN named tv holds.
func (p *program) caseValue(t types.Type, tv string, at token.Pos) (string, error) {
	if dt := p.dynOf(t); dt != nil {
		return tv + "." + dt.field, nil
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", p.errorf(at, "unsupported: a type switch case of type %s, declared in a function; declare the type at the package level", t)
	}
	if types.IsInterface(t) {
		h, err := p.toIfaceHelper(t, ts)
		if err != nil {
			return "", err
		}
		return h + "(" + tv + ")", nil
	}
	h := p.helper("asC "+ts, "__asC", func(name string) string {
		return fmt.Sprintf("func %s(x any) %s {\n\tv, _ := x.(%s)\n\treturn v\n}\n", name, ts, ts)
	})
	return h + "(" + tv + ".x)", nil
}

// implementers are the numbered types that implement the interface t.
func (p *program) implementers(t types.Type) []dynType {
	iface := t.Underlying().(*types.Interface)
	var out []dynType
	for _, dt := range p.dyn().types {
		if types.Implements(dt.t, iface) {
			out = append(out, dt)
		}
	}
	return out
}

// compiledInterface reports whether the interface t is a compiled one
// (of a package yaegi imports), whose assertions yaegi gets right on
// compiled values.
func (p *program) compiledInterface(t types.Type) bool {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg() != p.pkg
	}
	return t.Underlying().(*types.Interface).Empty()
}

// implHelper declares the test that a __dynN's value implements the
// interface t.
func (p *program) implHelper(t types.Type) (string, error) {
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", err
	}
	dn := p.dynHelpers()
	rt := p.rt()
	return p.helper("impl "+ts, "__impl", func(name string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "func %s(t %s) bool {\n\tswitch t.id {\n\tcase -1:\n\t\treturn false\n\tcase 0:\n", name, dn.dyn)
		switch {
		case t.Underlying().(*types.Interface).Empty():
			b.WriteString("\t\treturn true\n")
		case p.compiledInterface(t):
			fmt.Fprintf(&b, "\t\t_, ok := t.x.(%s)\n\t\treturn ok\n", ts)
		default:
			fmt.Fprintf(&b, "\t\treturn %s.HasMethods(t.x%s)\n", rt, methodSpecs(t))
		}
		if ids := p.implementers(t); len(ids) > 0 {
			var list []string
			for _, dt := range ids {
				list = append(list, fmt.Sprint(dt.id))
			}
			fmt.Fprintf(&b, "\tcase %s:\n\t\treturn true\n", strings.Join(list, ", "))
		}
		b.WriteString("\t}\n\treturn false\n}\n")
		return b.String()
	}), nil
}

// methodSpecs lists the methods of the interface t as __rt.HasMethods
// takes them: ", \"Name\", \"func(int) string\"".
func methodSpecs(t types.Type) string {
	iface := t.Underlying().(*types.Interface)
	var b strings.Builder
	for i := range iface.NumMethods() {
		m := iface.Method(i)
		fmt.Fprintf(&b, ", %q, %q", m.Name(), reflectName(m.Type()))
	}
	return b.String()
}

// toIfaceHelper declares the conversion of a __dynN's value to the
// interface t (named ts), for a case that binds it.
func (p *program) toIfaceHelper(t types.Type, ts string) (string, error) {
	dn := p.dynHelpers()
	rt := p.rt()
	return p.helper("toI "+ts, "__toI", func(name string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "func %s(t %s) %s {\n\tswitch t.id {\n", name, dn.dyn, ts)
		for _, dt := range p.implementers(t) {
			fmt.Fprintf(&b, "\tcase %d:\n\t\treturn t.%s\n", dt.id, dt.field)
		}
		b.WriteString("\tcase 0:\n")
		switch {
		case t.Underlying().(*types.Interface).Empty():
			b.WriteString("\t\treturn t.x\n")
		case p.compiledInterface(t):
			fmt.Fprintf(&b, "\t\tv, _ := t.x.(%s)\n\t\treturn v\n", ts)
		default:
			if adapter, ok := p.adapterType(t); ok {
				fmt.Fprintf(&b, "\t\treturn %s{ConcbookAdapted: t.x}\n", adapter)
				break
			}
			fmt.Fprintf(&b, "\t\tpanic(%s.Unsupported(%q + %s.TypeName(t.x) + %q))\n", rt,
				"unsupported: the runner cannot hold a value of the compiled type ", rt,
				" in the program's interface "+reflectName(t)+"; assert to a concrete type or to a standard library interface")
		}
		b.WriteString("\t}\n\treturn nil\n}\n")
		return b.String()
	}), nil
}

// assert2Helper declares func(x I) (T, bool), the comma-ok assertion.
func (p *program) assert2Helper(operand, asserted types.Type, ops, as string, at token.Pos) (string, error) {
	cond, err := p.caseCond(asserted, "t", at)
	if err != nil {
		return "", err
	}
	val, err := p.caseValue(asserted, "t", at)
	if err != nil {
		return "", err
	}
	return p.helper("as2 "+ops+" "+as, "__as2_", func(name string) string {
		return fmt.Sprintf("func %s(x %s) (%s, bool) {\n\tt := %s\n\t_ = t\n\tif %s {\n\t\treturn %s, true\n\t}\n\tvar z %s\n\treturn z, false\n}\n",
			name, ops, as, p.dynCall("x", operand), cond, val, as)
	}), nil
}

// assert1Helper declares func(x I) T, the assertion that panics.
func (p *program) assert1Helper(operand, asserted types.Type, ops, as, two string) string {
	dn := p.dynHelpers()
	rt := p.rt()
	inter, target := reflectName(operand), reflectName(asserted)
	return p.helper("as1 "+ops+" "+as, "__as1_", func(name string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "func %s(x %s) %s {\n\tv, ok := %s(x)\n\tif ok {\n\t\treturn v\n\t}\n\tt := %s\n", name, ops, as, two, p.dynCall("x", operand))
		if types.IsInterface(asserted) {
			fmt.Fprintf(&b, "\tif t.id == -1 {\n\t\tpanic(%s.AssertionError(%q))\n\t}\n", rt, "interface conversion: interface is nil, not "+target)
			fmt.Fprintf(&b, "\tpanic(%s.AssertionError(\"interface conversion: \" + %s(t) + %q + %s))\n", rt, dn.name, " is not "+target+": missing method ", p.missingMethodExpr(asserted, "t"))
		} else {
			fmt.Fprintf(&b, "\tpanic(%s.AssertionError(%q + %s(t) + %q))\n", rt, "interface conversion: "+inter+" is ", dn.name, ", not "+target)
		}
		b.WriteString("}\n")
		return b.String()
	})
}

// missingMethodExpr is the expression naming the first method of the
// interface t that the __dynN named tv lacks.
func (p *program) missingMethodExpr(t types.Type, tv string) string {
	iface := t.Underlying().(*types.Interface)
	var names []string
	for i := range iface.NumMethods() {
		names = append(names, iface.Method(i).Name())
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("func() string {\n\t\tswitch " + tv + ".id {\n")
	for _, dt := range p.dyn().types {
		if types.Implements(dt.t, iface) {
			continue
		}
		for _, m := range names {
			if obj, _, _ := types.LookupFieldOrMethod(dt.t, false, p.pkg, m); obj == nil {
				fmt.Fprintf(&b, "\t\tcase %d:\n\t\t\treturn %q\n", dt.id, m)
				break
			}
		}
	}
	fmt.Fprintf(&b, "\t\t}\n\t\treturn %s.MissingMethod(%s.x%s)\n\t}()", p.rt(), tv, methodSpecs(t))
	return b.String()
}

// adapterType declares, for an interface of the program whose methods
// involve compiled types only, a type that holds a value of a compiled
// type and has the interface's methods, calling the value's: yaegi cannot
// put the compiled value itself in the program's interface. dyn.go and the
// worker take the value back out of it (__rt.Unadapt).
func (p *program) adapterType(t types.Type) (string, bool) {
	iface := t.Underlying().(*types.Interface)
	var methods []string
	rt := p.rt()
	for i := range iface.NumMethods() {
		m := iface.Method(i)
		sig := m.Type().(*types.Signature)
		if sig.Variadic() || p.involvesProgramType(sig) {
			return "", false
		}
		var params, args []string
		for j := range sig.Params().Len() {
			ts, err := p.typeString(sig.Params().At(j).Type(), token.NoPos)
			if err != nil {
				return "", false
			}
			params = append(params, fmt.Sprintf("p%d %s", j, ts))
			args = append(args, fmt.Sprintf(", p%d", j))
		}
		var results, conv, ret []string
		for j := range sig.Results().Len() {
			ts, err := p.typeString(sig.Results().At(j).Type(), token.NoPos)
			if err != nil {
				return "", false
			}
			results = append(results, ts)
			conv = append(conv, fmt.Sprintf("\tv%d, _ := r[%d].(%s)\n", j, j, ts))
			ret = append(ret, fmt.Sprintf("v%d", j))
		}
		res := ""
		switch len(results) {
		case 0:
		case 1:
			res = " " + results[0]
		default:
			res = " (" + strings.Join(results, ", ") + ")"
		}
		body := fmt.Sprintf("\tr := %s.CallMethod(a.ConcbookAdapted, %q%s)\n\t_ = r\n%s", rt, m.Name(), strings.Join(args, ""), strings.Join(conv, ""))
		if len(ret) > 0 {
			body += "\treturn " + strings.Join(ret, ", ") + "\n"
		}
		methods = append(methods, fmt.Sprintf("func (a NAME) %s(%s)%s {\n%s}\n", m.Name(), strings.Join(params, ", "), res, body))
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", false
	}
	return p.helper("adapt "+ts, "__adapt", func(name string) string {
		out := fmt.Sprintf("type %s struct{ ConcbookAdapted any }\n\n", name)
		for _, m := range methods {
			out += "\n" + strings.ReplaceAll(m, "NAME", name)
		}
		return out
	}), true
}

// namedInstance reports whether n is an instance of a generic type that
// the helpers can tell from every other type: one dyn.go numbers, or an
// interface with concrete type arguments, which is only the operand or the
// methods asked for.
func (p *program) namedInstance(n *types.Named) bool {
	if n.TypeArgs().Len() == 0 || hasTypeParam(n) {
		return false
	}
	return types.IsInterface(n) || p.dynOf(n) != nil
}

// impossibleOperand reports whether x is the call through which
// instances.go passes the operand of an assertion that a copy of a
// generic function makes impossible (impossibleAssertions), and returns
// the operand: the assertion is made from it, of its own type, through
// the helpers, which compile whatever the type.
func (p *program) impossibleOperand(x ast.Expr) (ast.Expr, bool) {
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	id, ok := call.Fun.(*ast.Ident)
	if !ok || !p.impossible[id.Name] {
		return nil, false
	}
	if fn, ok := p.info.Uses[id].(*types.Func); !ok || fn.Parent() != p.pkg.Scope() {
		return nil, false
	}
	return call.Args[0], true
}
