package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// reflectMethodsRule answers reflect's view of methods, Method,
// MethodByName and NumMethod of a reflect.Type or a reflect.Value, from the
// type checker's method sets. yaegi builds the program's types with
// reflect (StructOf, ...), which makes types without methods: NumMethod
// says 0 and Method(0) panics with "reflect: Method index out of range"
// where Go finds the method. Nor can a type be told from another at run
// time (type M int is reflect's int), so the lowering finds the type
// itself, where the receiver's provenance shows it (provenance below):
//
//	reflect.TypeOf(v).Method(0)   becomes   __rt.TypeMethod(reflect.TypeOf(v), __rmt1, 0)
//
// with __rmt1 the table of T's exported methods, sorted by name as reflect
// sorts them, each with its method expression (Func, a function of the
// program that calls the method on its first argument) and a function
// that makes the method value of a receiver (runner/worker/reflectmethods.go).
// The calls of a method expression reflect.Type.Method held in a variable
// (var h = reflect.Type.Method; h(t, 0)) and of an interface of the
// program that reflect.Type implements (var t I = reflect.TypeOf(v);
// t.Method(0)) are answered alike.
//
// A call on reflect.TypeOf(x) or reflect.ValueOf(x), where x is of a type
// of another package (compiled, with its methods), is left to reflect.
// Refused: a receiver whose type the lowering cannot follow (a parameter,
// a variable assigned twice, an interface's dynamic type), a method value
// or expression used otherwise than called, and a method that calls
// recover, which would not stop a panic when called through the table's
// functions (they call it; Go's reflect calls it directly).
func reflectMethodsRule(p *program) error {
	r := &reflectMethods{p: p, inits: p.singleInits()}
	r.reflectType = p.reflectObject("Type")
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if err != nil || !ok {
			return err == nil
		}
		err = r.selector(sel, stack)
		return err == nil
	})
	return err
}

// reflectMethods is the rule's state: the variables the rule can follow to
// their only value, and reflect.Type (nil when reflect is not imported).
type reflectMethods struct {
	p           *program
	inits       map[*types.Var]ast.Expr
	reflectType types.Type
}

// reflectSite is one call of Method, MethodByName or NumMethod: its
// receiver and other arguments.
type reflectSite struct {
	name  string
	value bool // reflect.Value's method (else reflect.Type's)
	recv  ast.Expr
	args  []ast.Expr
	// fun is the source that names the method, replaced by the helper:
	// from funPos to argsPos (the receiver is kept in place when it is
	// written before the method's name).
	funPos, argsPos token.Pos
	recvFirst       bool // recv is written before the method's name (x.Method(...))
}

// selector handles one selector named Method, MethodByName or NumMethod.
func (r *reflectMethods) selector(sel *ast.SelectorExpr, stack []ast.Node) error {
	p := r.p
	name := sel.Sel.Name
	if name != "Method" && name != "MethodByName" && name != "NumMethod" {
		return nil
	}
	s, ok := p.info.Selections[sel]
	if !ok {
		return nil
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return nil
	}
	fromReflect := fn.Pkg() != nil && fn.Pkg().Path() == "reflect"
	if !fromReflect && (!types.IsInterface(s.Recv()) || !returnsReflectMethod(fn) && !r.reflectTypeImplements(s.Recv())) {
		return nil // a method of the program's
	}
	if !fromReflect && s.Kind() == types.MethodVal && r.holdsConcrete(sel.X, 0) {
		return nil // the interface holds a value of the program's
	}
	value := fromReflect && isReflectNamed(fn.Type().(*types.Signature).Recv().Type(), "Value")
	refuse := func() error { return r.refuse(sel, "") }
	call := calledAt(sel, stack)
	switch s.Kind() {
	case types.MethodVal:
		if fromReflect && p.compiledOperand(sel.X) {
			return nil
		}
		if call == nil {
			return refuse()
		}
		return r.site(reflectSite{name: name, value: value, recv: sel.X, args: call.Args,
			funPos: sel.X.End(), argsPos: call.Lparen + 1, recvFirst: true}, sel)
	case types.MethodExpr:
		if !fromReflect {
			return refuse()
		}
		// Called at once, it is already methods.go's helper, which calls
		// reflect's method.
		calls := r.callsOfHolder(sel)
		if call != nil || calls == nil {
			return refuse()
		}
		for _, c := range calls {
			if len(c.Args) == 0 || c.Ellipsis.IsValid() {
				return refuse()
			}
			err := r.site(reflectSite{name: name, value: value, recv: c.Args[0], args: c.Args[1:],
				funPos: c.Fun.Pos(), argsPos: c.Lparen + 1}, sel)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// calledAt returns the call whose function sel is, if it is one (written
// without parentheses around it).
func calledAt(sel *ast.SelectorExpr, stack []ast.Node) *ast.CallExpr {
	if len(stack) > 0 {
		if call, ok := stack[len(stack)-1].(*ast.CallExpr); ok && call.Fun == sel {
			return call
		}
	}
	return nil
}

// callsOfHolder returns the calls of the variable whose only value is the
// method expression sel (var h = reflect.Type.Method), or nil when the
// variable is used otherwise than called.
func (r *reflectMethods) callsOfHolder(sel *ast.SelectorExpr) []*ast.CallExpr {
	var holder *types.Var
	for v, init := range r.inits {
		if ast.Unparen(init) == sel {
			holder = v
		}
	}
	if holder == nil {
		return nil
	}
	var calls []*ast.CallExpr
	uses := 0
	inspect(r.p.file, func(n ast.Node, stack []ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || r.p.info.Uses[id] != holder {
			return true
		}
		uses++
		if len(stack) > 0 {
			if c, ok := stack[len(stack)-1].(*ast.CallExpr); ok && c.Fun == id {
				calls = append(calls, c)
			}
		}
		return true
	})
	if uses != len(calls) {
		return nil
	}
	if calls == nil {
		calls = []*ast.CallExpr{} // never called: nothing to answer
	}
	return calls
}

// site rewrites one call to the worker's helper, with the table of the
// receiver's type, or leaves it to reflect (a compiled type), or refuses.
func (r *reflectMethods) site(c reflectSite, sel *ast.SelectorExpr) error {
	p := r.p
	pv, ok := r.provenance(c.recv, 0)
	if !ok || pv.value != c.value {
		return r.refuse(sel, " (the lowering cannot tell the receiver's type)")
	}
	if compiledNamed(pv.t, p.pkg) {
		return nil
	}
	tab, err := r.table(pv.t, sel)
	if err != nil {
		return err
	}
	helper := "Type" + c.name
	if c.value {
		helper = "Value" + c.name
	}
	rest := ", " + tab
	if len(c.args) > 0 {
		rest += ", "
	}
	if strings.ContainsRune(string(p.src[p.offset(c.funPos):p.offset(c.argsPos)]), '\n') {
		return r.refuse(sel, " (written over lines)")
	}
	if c.recvFirst {
		p.insertInnermost(c.recv.Pos(), p.rt()+"."+helper+"(")
		p.replace(c.funPos, c.argsPos, rest)
		return nil
	}
	p.replace(c.funPos, c.argsPos, p.rt()+"."+helper+"(")
	p.insertInnermost(c.recv.End(), ", "+tab)
	return nil
}

// refuse is the refusal of reflect's method sel.Sel on the program's
// types, why saying more where it helps.
func (r *reflectMethods) refuse(sel *ast.SelectorExpr, why string) error {
	return r.p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on the program's types%s: the interpreter builds them without methods, so reflect sees none; call the method directly, or through an interface", sel.Sel.Name, why)
}

// holdsConcrete reports whether x, an interface, holds a value of a
// concrete type other than reflect's: its only value is of such a type.
func (r *reflectMethods) holdsConcrete(x ast.Expr, depth int) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || depth > 32 {
		return false
	}
	v, ok := r.p.info.Uses[id].(*types.Var)
	if !ok || r.inits[v] == nil {
		return false
	}
	t := r.p.info.TypeOf(r.inits[v])
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		return r.holdsConcrete(r.inits[v], depth+1)
	}
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "reflect"
}

// provenance is what the lowering knows of a reflect.Type or
// reflect.Value: the type it stands for.
type provenance struct {
	t     types.Type
	value bool // a reflect.Value of a t (else a reflect.Type of t)
}

// provenance follows x to the type its reflect.Type or reflect.Value
// stands for: reflect.TypeOf(e) and reflect.ValueOf(e) of an e of a
// type that is not an interface, through PointerTo, New, Zero, Indirect,
// Elem, Key and Type, and variables that hold only their initial value.
func (r *reflectMethods) provenance(x ast.Expr, depth int) (provenance, bool) {
	p := r.p
	if depth > 32 {
		return provenance{}, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := p.info.Uses[x].(*types.Var)
		if !ok || r.inits[v] == nil {
			return provenance{}, false
		}
		return r.provenance(r.inits[v], depth+1)
	case *ast.CallExpr:
		fn := p.calleeFunc(x)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" {
			return provenance{}, false
		}
		if sig := fn.Type().(*types.Signature); sig.Recv() == nil {
			return r.reflectFuncProvenance(fn.Name(), x.Args, depth)
		}
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 {
			return provenance{}, false
		}
		if s, ok := p.info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
			return provenance{}, false
		}
		pv, ok := r.provenance(sel.X, depth+1)
		if !ok {
			return provenance{}, false
		}
		return methodProvenance(fn.Name(), pv)
	}
	return provenance{}, false
}

// reflectFuncProvenance is provenance of a call of reflect's function name.
func (r *reflectMethods) reflectFuncProvenance(name string, args []ast.Expr, depth int) (provenance, bool) {
	if len(args) != 1 {
		return provenance{}, false
	}
	switch name {
	case "TypeOf", "ValueOf":
		t := r.p.info.TypeOf(args[0])
		if t == nil {
			return provenance{}, false
		}
		t = types.Default(t)
		if types.IsInterface(t) || (t == types.Typ[types.UntypedNil]) {
			return provenance{}, false
		}
		return provenance{t: t, value: name == "ValueOf"}, true
	}
	pv, ok := r.provenance(args[0], depth+1)
	if !ok {
		return provenance{}, false
	}
	switch name {
	case "PointerTo", "PtrTo":
		if pv.value {
			return provenance{}, false
		}
		return provenance{t: types.NewPointer(pv.t)}, true
	case "New":
		if pv.value {
			return provenance{}, false
		}
		return provenance{t: types.NewPointer(pv.t), value: true}, true
	case "Zero":
		if pv.value {
			return provenance{}, false
		}
		return provenance{t: pv.t, value: true}, true
	case "Indirect":
		if !pv.value {
			return provenance{}, false
		}
		if ptr, ok := pv.t.Underlying().(*types.Pointer); ok {
			return provenance{t: ptr.Elem(), value: true}, true
		}
		return pv, true
	}
	return provenance{}, false
}

// methodProvenance is provenance of reflect.Type's or reflect.Value's
// method name, without arguments, on a receiver of provenance pv.
func methodProvenance(name string, pv provenance) (provenance, bool) {
	var t types.Type
	switch {
	case name == "Type" && pv.value:
		t = pv.t
	case name == "Elem" && pv.value:
		if ptr, ok := pv.t.Underlying().(*types.Pointer); ok {
			t = ptr.Elem()
		}
	case name == "Elem":
		switch u := pv.t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Chan:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		}
	case name == "Key" && !pv.value:
		if m, ok := pv.t.Underlying().(*types.Map); ok {
			t = m.Key()
		}
	}
	if t == nil || types.IsInterface(t) {
		return provenance{}, false
	}
	return provenance{t: t, value: pv.value && name != "Type"}, true
}

// compiledNamed reports whether t is a named type of another package, or a
// pointer to one: a compiled type, whose methods reflect sees.
func compiledNamed(t types.Type, pkg *types.Package) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg() != pkg
}

// table declares the table of t's exported methods once, and returns its
// name. A method that calls recover is refused.
func (r *reflectMethods) table(t types.Type, sel *ast.SelectorExpr) (string, error) {
	p := r.p
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on %s, a type the lowering cannot name at the top level; call the method directly, or through an interface", sel.Sel.Name, types.TypeString(t, types.RelativeTo(p.pkg)))
	}
	mset := types.NewMethodSet(t)
	var methods []*types.Selection
	for i := range mset.Len() {
		if m := mset.At(i); m.Obj().Exported() {
			methods = append(methods, m)
		}
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].Obj().Name() < methods[j].Obj().Name() })
	for _, m := range methods {
		if fn := m.Obj().(*types.Func); fn.Origin() != fn {
			return "", p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on %s, whose method %s is a generic type's; call the method directly, or through an interface", sel.Sel.Name, types.TypeString(t, types.RelativeTo(p.pkg)), m.Obj().Name())
		}
		if r.callsRecover(m.Obj().(*types.Func)) {
			return "", p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on %s, whose method %s calls recover: called through reflect here, the method is not the deferred call itself, and recover would return nil; call the method directly, or through an interface", sel.Sel.Name, types.TypeString(t, types.RelativeTo(p.pkg)), m.Obj().Name())
		}
	}
	var entries []string
	for _, m := range methods {
		e, ok := r.entry(ts, t, m)
		if !ok {
			return "", p.errorf(sel.Sel.Pos(), "unsupported: reflect's %s on %s, whose method %s has types the lowering cannot name at the top level; call the method directly, or through an interface", sel.Sel.Name, ts, m.Obj().Name())
		}
		entries = append(entries, e)
	}
	rt := p.rt()
	return p.helper("rmt "+types.TypeString(t, nil), "__rmt", func(name string) string {
		return fmt.Sprintf("var %s = %s.MethodTable{%s}\n", name, rt, strings.Join(entries, ", "))
	}), nil
}

// entry declares the method expression of m on the receiver type recv
// (func __rmfN(a0 T, a1 A1) R { return a0.M(a1) }) and the maker of its
// method values, and returns the table's entry for m. The method value
// reads the receiver when it is called, as reflect's does: the
// reflect.Value of a variable sees the variable's later changes.
func (r *reflectMethods) entry(recv string, t types.Type, m *types.Selection) (string, bool) {
	p := r.p
	sig := m.Type().(*types.Signature)
	var decl, use []string
	ps := sig.Params()
	for i := range ps.Len() {
		ts, err := p.typeString(ps.At(i).Type(), token.NoPos)
		if err != nil {
			return "", false
		}
		spread := ""
		if sig.Variadic() && i == ps.Len()-1 {
			ts, spread = "..."+strings.TrimPrefix(ts, "[]"), "..."
		}
		decl = append(decl, fmt.Sprintf("a%d %s", i+1, ts))
		use = append(use, fmt.Sprintf("a%d%s", i+1, spread))
	}
	res, ret := "", ""
	if sig.Results().Len() > 0 {
		rs, err := p.typeString(sig.Results(), token.NoPos)
		if err != nil {
			return "", false
		}
		if sig.Results().Len() > 1 || sig.Results().At(0).Name() != "" {
			rs = "(" + strings.TrimSuffix(strings.TrimPrefix(rs, "("), ")") + ")"
		}
		res, ret = " "+rs, "return "
	}
	name := m.Obj().Name()
	params, args := strings.Join(decl, ", "), strings.Join(use, ", ")
	reflectPkg := p.importName("reflect")
	key := recv + "." + name
	guard := r.nilGuard(t, m)
	fn := p.helper("rmf "+key, "__rmf", func(n string) string {
		return fmt.Sprintf("func %s(a0 %s%s)%s { %s%sa0.%s(%s) }\n", n, recv, prefixComma(params), res, guard, ret, name, args)
	})
	bind := p.helper("rmb "+key, "__rmb", func(n string) string {
		return fmt.Sprintf("func %s(r %s.Value) %s.Value { return %s.ValueOf(func(%s)%s { var a0 %s; %s.ValueOf(&a0).Elem().Set(r); %s%sa0.%s(%s) }) }\n",
			n, reflectPkg, reflectPkg, reflectPkg, params, res, recv, reflectPkg, guard, ret, name, args)
	})
	return fmt.Sprintf("{Name: %q, Func: %s.ValueOf(%s), Bind: %s}", name, reflectPkg, fn, bind), true
}

// nilGuard is the check that starts the functions of a method m of *T
// declared with a value receiver of T: Go calls it through a wrapper,
// which panics with the runtime's "value method main.T.M called using nil
// *T pointer" (runtime.panicwrap) for a nil receiver. A method promoted
// from an embedded field is reached through the field, whose selection
// dereferences the nil pointer as the wrapper does.
func (r *reflectMethods) nilGuard(t types.Type, m *types.Selection) string {
	ptr, ok := t.(*types.Pointer)
	if !ok || len(m.Index()) != 1 {
		return ""
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return ""
	}
	recv := m.Obj().(*types.Func).Type().(*types.Signature).Recv()
	if recv == nil {
		return ""
	}
	if _, ptrRecv := recv.Type().(*types.Pointer); ptrRecv {
		return ""
	}
	return fmt.Sprintf("if a0 == nil { panic(%s.PanicWrap(%q, %q, %q)) }; ", r.p.rt(), named.Obj().Pkg().Name(), named.Obj().Name(), m.Obj().Name())
}

// callsRecover reports whether the program declares fn with a body that
// calls recover.
func (r *reflectMethods) callsRecover(fn *types.Func) bool {
	found := false
	for _, d := range r.p.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || r.p.info.Defs[fd.Name] != fn {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && r.p.isBuiltin(call, "recover") {
				found = true
			}
			return !found
		})
	}
	return found
}

// reflectTypeImplements reports whether t is an interface that
// reflect.Type implements: a variable of it may hold a reflect.Type.
func (r *reflectMethods) reflectTypeImplements(t types.Type) bool {
	if r.reflectType == nil || !types.IsInterface(t) || isReflectNamed(t, "Type") {
		return false
	}
	return types.Implements(r.reflectType, t.Underlying().(*types.Interface))
}

// reflectObject is reflect's type name, when the program imports reflect.
func (p *program) reflectObject(name string) types.Type {
	for _, imp := range p.pkg.Imports() {
		if imp.Path() == "reflect" {
			if tn, ok := imp.Scope().Lookup(name).(*types.TypeName); ok {
				return tn.Type()
			}
		}
	}
	return nil
}

// isReflectNamed reports whether t is reflect's type name.
func isReflectNamed(t types.Type, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "reflect" && named.Obj().Name() == name
}

// returnsReflectMethod reports whether fn returns a reflect.Method.
func returnsReflectMethod(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	for i := range res.Len() {
		if isReflectNamed(res.At(i).Type(), "Method") {
			return true
		}
	}
	return false
}

// compiledOperand reports whether x is reflect.TypeOf(e) or
// reflect.ValueOf(e) where e is of a named type of another package, or a
// pointer to one: a compiled type, whose methods reflect sees. An
// interface of another package (io.Reader) is none: it may hold a value of
// the program's, which the interpreter hands reflect wrapped with the
// interface's methods only.
func (p *program) compiledOperand(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	fn := p.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || (fn.Name() != "TypeOf" && fn.Name() != "ValueOf") {
		return false
	}
	t := p.info.TypeOf(call.Args[0])
	return t != nil && !types.IsInterface(t) && compiledNamed(t, p.pkg)
}

// singleInits maps the program's variables that hold only the value they
// are declared with (never assigned again, nor their address taken) to
// that value.
func (p *program) singleInits() map[*types.Var]ast.Expr {
	inits := map[*types.Var]ast.Expr{}
	written := map[*types.Var]bool{}
	def := func(id *ast.Ident, x ast.Expr) {
		if v, ok := p.info.Defs[id].(*types.Var); ok {
			inits[v] = x
		}
	}
	write := func(x ast.Expr) {
		if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			if v, ok := p.info.Uses[id].(*types.Var); ok {
				written[v] = true
			}
		}
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			if len(n.Values) == len(n.Names) {
				for i, id := range n.Names {
					def(id, n.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
					if id, ok := lhs.(*ast.Ident); ok {
						def(id, n.Rhs[i])
					}
				}
				write(lhs)
			}
		case *ast.IncDecStmt:
			write(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				write(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				write(n.Key)
				if n.Value != nil {
					write(n.Value)
				}
			}
		}
		return true
	})
	for v := range written {
		delete(inits, v)
	}
	return inits
}
