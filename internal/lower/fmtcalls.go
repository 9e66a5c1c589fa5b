package lower

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"unicode/utf8"
)

// fmtCallsRule prints the program's values as Go prints them. Compiled fmt
// sees yaegi's representation of them: a struct type without its name
// (%T printed struct { X int; Y int }), a value of a type with a String
// method boxed in a wrapper (%d printed {1 5471584}), and in a slice, a
// struct field or a map no String or Error method at all ([]Color printed
// [0 1 2]), or yaegi's own box ([]any printed {0xc0001 {...}}). A call of
// fmt's or log's printing functions with an operand that holds such a
// value hands fmt a description of it instead (a fmtcopy.Node, see
// runner/worker/fmtcopy), which the worker's copy of fmt prints as fmt
// prints the value it describes:
//
//	fmt.Printf("%v %T\n", p, p)   becomes   fmt.Print(__rt.Sprintf("%v %T\n", __fD1(p, 0), __fD1(p, 0)))
//	fmt.Println("got", items)     becomes   fmt.Print(__rt.Sprintln("got", __fD2(items, 0)))
//	s := fmt.Sprint(c)            becomes   s := __rt.Sprint(__fD3(c, 0))
//	fmt.Errorf("%v: %w", k, err)  becomes   __rt.Errorf("%v: %w", __fD4(k, 0), __fD5(err, 0))
//	log.Printf(...)               becomes   log.Print(__rt.Sprintf(...))
//
// __fDN(x T, depth int) describes a value of type T: the type's name as
// reflect writes it, its fields, elements or keys, its String, Error,
// GoString and Format methods, and for an interface the dynamic value
// (dyn.go finds its type). A deferred call, or one a go statement starts,
// formats when it runs: it calls a helper that takes the operands as they
// are when the statement runs (deferargs.go and gostmt.go bind them) and
// formats them then. Operands that print alike either way (basic values,
// values of compiled types, the program's types without methods under
// verbs that do not name them) are left to compiled fmt, and so are calls
// that have only such operands. %T and %#v of a type declared in a
// function are refused.
func fmtCallsRule(p *program) error {
	var err error
	inspect(p.file, func(n ast.Node, stack []ast.Node) bool {
		if err != nil {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if p.boundFmt[call] {
			return true // formatted in its helper
		}
		fc, ok := p.fmtCallOf(call)
		if !ok {
			return true
		}
		needs, nerr := p.fmtNeeds(fc)
		if nerr != nil {
			err = nerr
			return false
		}
		if needs == nil {
			return true
		}
		err = p.rewriteFmtCall(fc, needs)
		return err == nil
	})
	return err
}

// fmtCall is a call of a printing function.
type fmtCall struct {
	call    *ast.CallExpr
	kind    string // Printf, Print or Println: how the operands are formatted
	out     string // sprint (the call returns the text), print, fprint, append, errorf, log
	recv    ast.Expr
	first   int  // the first argument to format (the format, for Printf)
	method  bool // a method of *log.Logger
	logFunc string
}

var printFuncs = map[string][2]string{
	"Printf": {"Printf", "print"}, "Print": {"Print", "print"}, "Println": {"Println", "print"},
	"Sprintf": {"Printf", "sprint"}, "Sprint": {"Print", "sprint"}, "Sprintln": {"Println", "sprint"},
	"Fprintf": {"Printf", "fprint"}, "Fprint": {"Print", "fprint"}, "Fprintln": {"Println", "fprint"},
	"Appendf": {"Printf", "append"}, "Append": {"Print", "append"}, "Appendln": {"Println", "append"},
	"Errorf": {"Printf", "errorf"},
}

var logFuncs = map[string][2]string{
	"Printf": {"Printf", "Print"}, "Print": {"Print", "Print"}, "Println": {"Println", "Print"},
	"Fatalf": {"Printf", "Fatal"}, "Fatal": {"Print", "Fatal"}, "Fatalln": {"Println", "Fatal"},
	"Panicf": {"Printf", "Panic"}, "Panic": {"Print", "Panic"}, "Panicln": {"Println", "Panic"},
}

// fmtCallOf recognises a call of fmt's or log's printing functions.
func (p *program) fmtCallOf(call *ast.CallExpr) (fmtCall, bool) {
	fn := p.calleeFunc(call)
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || fn.Pkg() == nil || !isSel {
		return fmtCall{}, false
	}
	fc := fmtCall{call: call, recv: sel.X}
	sig := fn.Type().(*types.Signature)
	switch {
	case fn.Pkg().Path() == "fmt" && sig.Recv() == nil:
		k, ok := printFuncs[fn.Name()]
		if !ok {
			return fmtCall{}, false
		}
		fc.kind, fc.out = k[0], k[1]
		if fc.out == "fprint" || fc.out == "append" {
			fc.first = 1
		}
	case fn.Pkg().Path() == "log":
		k, ok := logFuncs[fn.Name()]
		if !ok {
			return fmtCall{}, false
		}
		if sig.Recv() != nil {
			if types.TypeString(sig.Recv().Type(), nil) != "*log.Logger" {
				return fmtCall{}, false
			}
			fc.method = true
		}
		fc.kind, fc.out, fc.logFunc = k[0], "log", k[1]
	default:
		return fmtCall{}, false
	}
	if len(call.Args) <= fc.first {
		return fmtCall{}, false
	}
	return fc, true
}

// fmtUse is how a verb formats an operand.
type fmtUse struct {
	verb        rune
	sharp, plus bool
}

// fmtNeeds tells which operands of a printing call need describing (nil:
// none does).
func (p *program) fmtNeeds(fc fmtCall) ([]bool, error) {
	args := fc.call.Args
	start := fc.first
	var uses map[int][]fmtUse
	known := true
	if fc.kind == "Printf" {
		start++
		tv := p.info.Types[args[fc.first]]
		if tv.Value != nil && tv.Value.Kind() == constant.String && !fc.call.Ellipsis.IsValid() {
			uses = parseFormat(constant.StringVal(tv.Value), len(args)-start)
		} else {
			known = false
		}
	}
	needs := make([]bool, len(args))
	any := false
	for i := start; i < len(args); i++ {
		t := p.info.TypeOf(args[i])
		if t == nil {
			continue
		}
		if fc.call.Ellipsis.IsValid() && i == len(args)-1 {
			if s, ok := t.Underlying().(*types.Slice); ok && types.IsInterface(s.Elem()) && p.hasNamedTypes() {
				needs[i], any = true, true
			}
			continue
		}
		u := []fmtUse{{verb: 'v'}}
		switch {
		case !known:
			u = []fmtUse{{verb: 'T'}, {verb: 'v', sharp: true}}
		case fc.kind == "Printf":
			u = uses[i-start]
		}
		need, err := p.fmtOperandNeeds(t, u, args[i])
		if err != nil {
			return nil, err
		}
		needs[i] = need
		any = any || need
	}
	if !any {
		return nil, nil
	}
	return needs, nil
}

// hasNamedTypes reports whether the program declares a named type, whose
// values an interface could hold.
func (p *program) hasNamedTypes() bool {
	for _, obj := range p.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
			if _, ok := tn.Type().(*types.Named); ok {
				return true
			}
		}
	}
	return false
}

// fmtOperandNeeds reports whether an operand of type t, formatted with
// the verbs uses, needs describing.
func (p *program) fmtOperandNeeds(t types.Type, uses []fmtUse, at ast.Expr) (bool, error) {
	if !p.describeNeeded(t) {
		return false, nil
	}
	names := false
	for _, u := range uses {
		// %+v too: yaegi names an unexported field X<name>.
		if u.verb == 'T' || u.verb == 'v' && (u.sharp || u.plus) {
			names = true
		}
		// A verb wrong for the value prints its type: %!d(main.Name=x).
		if p.badVerbFor(t, u.verb) {
			names = true
		}
	}
	if types.Identical(t, universeError) {
		// yaegi's error wrappers print as their Error method says.
		for _, u := range uses {
			switch u.verb {
			case 'v', 's', 'q', 'x', 'X':
				if u.sharp {
					return p.hasNamedTypes(), nil
				}
			default:
				return p.hasNamedTypes(), nil
			}
		}
		return false, nil
	}
	if local := p.localTypeIn(t); local != nil {
		if names {
			return false, p.errorf(at.Pos(), "unsupported: %%T or %%#v of a value of %s, declared in a function; declare the type at the package level", local)
		}
		return false, nil
	}
	if p.containsInterface(t) {
		return p.hasNamedTypes() || names, nil
	}
	return names || p.hasFormatMethods(t), nil
}

// localTypeIn returns a named type of the program declared in a function
// that t is made of, or nil.
func (p *program) localTypeIn(t types.Type) types.Type {
	var local types.Type
	visit(t, func(t types.Type) {
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == p.pkg && n.Obj().Parent() != p.pkg.Scope() && !p.hoisted[n.Obj()] && local == nil {
			local = n
		}
	})
	return local
}

// containsInterface reports whether t is or holds an interface (or a type
// parameter), whose dynamic values only the program knows.
func (p *program) containsInterface(t types.Type) bool {
	found := false
	p.walkValueTypes(t, func(t types.Type) {
		switch t.(type) {
		case *types.Interface, *types.TypeParam:
			found = true
		case *types.Named:
			// an interface of another package: fmt.Stringer, io.Reader...
			_, isIface := t.Underlying().(*types.Interface)
			found = found || isIface
		}
	})
	return found
}

// hasFormatMethods reports whether t or a type it holds has a method fmt
// calls.
func (p *program) hasFormatMethods(t types.Type) bool {
	found := false
	p.walkValueTypes(t, func(t types.Type) {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != p.pkg {
			return
		}
		if fmtMethods(n) != (fmtMethodSet{}) || fmtMethods(types.NewPointer(n)) != (fmtMethodSet{}) {
			found = true
		}
	})
	return found
}

// walkValueTypes calls f for t and the types of the values t holds:
// fields, elements, keys, pointees (not function and channel types').
func (p *program) walkValueTypes(t types.Type, f func(types.Type)) {
	seen := map[types.Type]bool{}
	var walk func(types.Type)
	walk = func(t types.Type) {
		t = types.Unalias(t)
		if seen[t] {
			return
		}
		seen[t] = true
		f(t)
		if _, ok := t.(*types.TypeParam); ok {
			return
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != p.pkg {
			if n.Obj().Pkg() == nil {
				f(n.Underlying()) // error
			}
			return // a compiled type's values are fmt's to print
		}
		if u, ok := t.Underlying().(*types.Interface); ok {
			f(u)
		}
		for _, e := range dataElems(t.Underlying(), false) {
			walk(e)
		}
	}
	walk(t)
}

// fmtMethodSet is which of fmt's methods a type has.
type fmtMethodSet struct{ str, err, gostr, format bool }

func fmtMethods(t types.Type) fmtMethodSet {
	var m fmtMethodSet
	if _, ok := t.Underlying().(*types.Interface); ok {
		return m
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			continue
		}
		sig := fn.Type().(*types.Signature)
		stringer := sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
		switch fn.Name() {
		case "String":
			m.str = stringer
		case "Error":
			m.err = stringer
		case "GoString":
			m.gostr = stringer
		case "Format":
			m.format = sig.Results().Len() == 0 && sig.Params().Len() == 2 && isFmtState(sig.Params().At(0).Type()) &&
				types.Identical(sig.Params().At(1).Type(), types.Typ[types.Int32])
		}
	}
	return m
}

func isFmtState(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "State"
}

// parseFormat tells, for a constant format, how each operand is
// formatted, as doPrintf reads the format.
func parseFormat(format string, nargs int) map[int][]fmtUse {
	uses := map[int][]fmtUse{}
	argNum := 0
	for i := 0; i < len(format); {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		var u fmtUse
	flags:
		for ; i < len(format); i++ {
			switch format[i] {
			case '#':
				u.sharp = true
			case '+':
				u.plus = true
			case '0', '-', ' ':
			default:
				break flags
			}
		}
		argIndex := func() {
			if i < len(format) && format[i] == '[' {
				if j := strings.IndexByte(format[i:], ']'); j > 0 {
					if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n >= 1 {
						argNum = n - 1
					}
					i += j + 1
				}
			}
		}
		argIndex()
		if i < len(format) && format[i] == '*' {
			uses[argNum] = append(uses[argNum], fmtUse{verb: 'd'})
			argNum++
			i++
		} else {
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			argIndex()
			if i < len(format) && format[i] == '*' {
				uses[argNum] = append(uses[argNum], fmtUse{verb: 'd'})
				argNum++
				i++
			} else {
				for i < len(format) && '0' <= format[i] && format[i] <= '9' {
					i++
				}
			}
		}
		argIndex()
		if i >= len(format) {
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		if verb == '%' {
			continue
		}
		u.verb = verb
		uses[argNum] = append(uses[argNum], u)
		argNum++
	}
	// Operands the format does not use are printed as %!(EXTRA T=v).
	for i := range nargs {
		if len(uses[i]) == 0 {
			uses[i] = []fmtUse{{verb: 'T'}, {verb: 'v'}}
		}
	}
	return uses
}

// rewriteFmtCall rewrites a printing call whose operands need describing.
func (p *program) rewriteFmtCall(fc fmtCall, needs []bool) error {
	call := fc.call
	rt := p.rt()
	sprint := rt + ".Sprint"
	switch fc.kind {
	case "Printf":
		sprint = rt + ".Sprintf"
	case "Println":
		sprint = rt + ".Sprintln"
	}
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	first := call.Args[fc.first]
	for i, a := range call.Args {
		if !needs[i] {
			continue
		}
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			h, err := p.describeSpread()
			if err != nil {
				return err
			}
			p.insertOuter(a.Pos(), h+"(")
			p.insert(a.End(), ")")
			continue
		}
		h, err := p.describeFunc(p.info.TypeOf(a), a.Pos())
		if err != nil {
			return err
		}
		p.insertOuter(a.Pos(), h+"(")
		p.insert(a.End(), ", 0)")
	}
	wrap := func(fun string) {
		p.replace(sel.Sel.Pos(), sel.Sel.End(), fun)
		p.insertOuter(first.Pos(), sprint+"(")
		p.insert(call.Rparen, ")")
	}
	switch fc.out {
	case "sprint":
		p.replace(call.Fun.Pos(), call.Fun.End(), sprint)
	case "errorf":
		p.replace(call.Fun.Pos(), call.Fun.End(), rt+".Errorf")
	case "print":
		wrap("Print")
	case "fprint":
		wrap("Fprint")
	case "append":
		wrap("Append")
	case "log":
		wrap(fc.logFunc)
	}
	return nil
}

// fmtDeferred is, for a printing call that a defer or go statement runs,
// the helper that formats its operands when it runs, and the helper's
// signature. ok is false if the call needs no helper.
func (p *program) fmtDeferred(call *ast.CallExpr) (name string, sig *types.Signature, ok bool) {
	fc, isFmt := p.fmtCallOf(call)
	if !isFmt || fc.method {
		return "", nil, false
	}
	needs, err := p.fmtNeeds(fc)
	if err != nil || needs == nil {
		return "", nil, false
	}
	var params []*types.Var
	var decl, use []string
	for i, a := range call.Args {
		t := types.Default(p.info.TypeOf(a))
		if isNilType(t) {
			t = types.NewInterfaceType(nil, nil)
		}
		ts, err := p.typeString(t, token.NoPos)
		if err != nil {
			return "", nil, false
		}
		arg := fmt.Sprintf("a%d", i)
		spread := call.Ellipsis.IsValid() && i == len(call.Args)-1
		if needs[i] {
			h, err := p.describeFunc(t, a.Pos())
			if spread {
				h, err = p.describeSpread()
			}
			if err != nil {
				return "", nil, false
			}
			if spread {
				arg = h + "(" + arg + ")"
			} else {
				arg = h + "(" + arg + ", 0)"
			}
		}
		if spread {
			arg += "..."
		}
		params = append(params, types.NewVar(token.NoPos, p.pkg, fmt.Sprintf("a%d", i), t))
		decl = append(decl, fmt.Sprintf("a%d %s", i, ts))
		use = append(use, arg)
	}
	rt := p.rt()
	sprint := rt + ".Sprint"
	switch fc.kind {
	case "Printf":
		sprint = rt + ".Sprintf"
	case "Println":
		sprint = rt + ".Sprintln"
	}
	var body string
	k := fc.first
	switch fc.out {
	case "sprint":
		body = "_ = " + sprint + "(" + strings.Join(use, ", ") + ")"
	case "errorf":
		body = "_ = " + rt + ".Errorf(" + strings.Join(use, ", ") + ")"
	case "print":
		body = p.importName("fmt") + ".Print(" + sprint + "(" + strings.Join(use, ", ") + "))"
	case "fprint":
		body = p.importName("fmt") + ".Fprint(" + strings.Join(use[:k], ", ") + ", " + sprint + "(" + strings.Join(use[k:], ", ") + "))"
	case "append":
		body = "_ = " + p.importName("fmt") + ".Append(" + strings.Join(use[:k], ", ") + ", " + sprint + "(" + strings.Join(use[k:], ", ") + "))"
	case "log":
		file, line := p.logPosition(call, true) // logcalls.go: deferred, or started by a go statement
		body = rt + ".LogAt(" + p.importName("log") + ".Default(), " + file + ", " + line + ")." + fc.logFunc + "(" + sprint + "(" + strings.Join(use, ", ") + "))"
	}
	if call.Ellipsis.IsValid() {
		last := len(decl) - 1
		decl[last] = strings.Replace(decl[last], " []", " ...", 1)
	}
	name = p.name("__fmtCall")
	p.appends = append(p.appends, fmt.Sprintf("func %s(%s) {\n\t%s\n}\n", name, strings.Join(decl, ", "), body))
	if p.boundFmt == nil {
		p.boundFmt = map[*ast.CallExpr]bool{}
	}
	p.boundFmt[call] = true
	return name, types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), nil, call.Ellipsis.IsValid()), true
}

// describeSpread declares func(xs []any) []any, describing each value.
func (p *program) describeSpread() (string, error) {
	anyT := types.NewInterfaceType(nil, nil)
	d, err := p.describeFunc(anyT, token.NoPos)
	if err != nil {
		return "", err
	}
	return p.helper("fDs", "__fDs", func(name string) string {
		return fmt.Sprintf("func %s(xs []any) []any {\n\tout := make([]any, len(xs))\n\tfor i, x := range xs {\n\t\tout[i] = %s(x, 0)\n\t}\n\treturn out\n}\n", name, d)
	}), nil
}

// badVerbFor reports whether verb is wrong for a value of one of the
// program's named basic types that t is or holds, which fmt then prints
// with the type's name (%!d(main.Name=x)): yaegi knows only the
// underlying type's.
func (p *program) badVerbFor(t types.Type, verb rune) bool {
	bad := false
	p.walkValueTypes(t, func(t types.Type) {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != p.pkg {
			return
		}
		b, ok := n.Underlying().(*types.Basic)
		if !ok {
			return
		}
		var valid string
		switch info := b.Info(); {
		case info&types.IsBoolean != 0:
			valid = "tv"
		case info&types.IsInteger != 0:
			valid = "bcdoOqxXUv"
		case info&types.IsFloat != 0:
			valid = "beEfFgGxXv"
		case info&types.IsComplex != 0:
			valid = "beEfFgGxXv"
		case info&types.IsString != 0:
			valid = "sqxXv"
		default:
			return
		}
		if !strings.ContainsRune(valid, verb) {
			bad = true
		}
	})
	return bad
}
