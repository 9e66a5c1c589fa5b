package lower

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"
)

// describeFunc declares __fDN(x T, depth int) any, which describes a value
// of type t for the worker's fmt (see fmtcalls.go), and returns its name.
func (p *program) describeFunc(t types.Type, at token.Pos) (string, error) {
	t = types.Unalias(t)
	generic := false
	visit(t, func(t types.Type) {
		if _, ok := t.(*types.TypeParam); ok {
			generic = true
		}
	})
	if generic {
		// A value of a type made of type parameters goes as an
		// interface{}, whose dynamic type dyn.go finds.
		t = types.NewInterfaceType(nil, nil)
	}
	ts, err := p.typeString(t, token.NoPos)
	if err != nil {
		return "", p.errorf(at, "unsupported: printing a value of type %s, which is declared in a function; declare the type at the package level", t)
	}
	return p.helper("fD "+ts, "__fD", func(name string) string { return p.describeBody(name, t, ts) }), nil
}

// describeNeeded reports whether a value of type t, inside another value,
// must be described rather than handed to fmt as it is: it is of the
// program's types, or holds an interface. Values of compiled types are
// fmt's to print.
func (p *program) describeNeeded(t types.Type) bool {
	seen := map[types.Type]bool{}
	var need func(types.Type) bool
	need = func(t types.Type) bool {
		t = types.Unalias(t)
		if seen[t] {
			return false
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if t.Obj().Pkg() == nil {
				return true // error
			}
			if _, isIface := t.Underlying().(*types.Interface); isIface {
				return true // fmt.Stringer, io.Reader...: it may hold the program's values
			}
			return t.Obj().Pkg() == p.pkg
		case *types.Interface, *types.TypeParam:
			return true
		case *types.Pointer:
			return need(t.Elem())
		case *types.Slice:
			return need(t.Elem())
		case *types.Array:
			return need(t.Elem())
		case *types.Map:
			return need(t.Key()) || need(t.Elem())
		case *types.Struct:
			for i := range t.NumFields() {
				if !t.Field(i).Exported() || need(t.Field(i).Type()) {
					return true // yaegi names an unexported field X<name>
				}
			}
		case *types.Chan, *types.Signature:
			return p.involvesProgramType(t)
		}
		return false
	}
	return need(t)
}

// describeExpr is the description of the value x of type t, depth deep:
// a call of t's describing function, or x itself if fmt may print it.
func (p *program) describeExpr(t types.Type, x, depth string) string {
	if !p.describeNeeded(t) {
		return x
	}
	h, err := p.describeFunc(t, token.NoPos)
	if err != nil {
		return x
	}
	return h + "(" + x + ", " + depth + ")"
}

// describeBody writes the describing function of type t.
func (p *program) describeBody(name string, t types.Type, ts string) string {
	rt := p.rt()
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(x %s, depth int) any {\n", name, ts)
	tn := fmt.Sprintf("%q", reflectName(t))
	if _, ok := t.Underlying().(*types.Interface); ok {
		p.describeInterface(&b, t, tn)
		b.WriteString("}\n")
		return b.String()
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		fmt.Fprintf(&b, "\tn := %s.FBasic(%s, %s(x))\n", rt, tn, types.Typ[u.Kind()].Name())
	case *types.Struct:
		var names, exported, fields []string
		for i := range u.NumFields() {
			f := u.Field(i)
			names = append(names, fmt.Sprintf("%q", f.Name()))
			exported = append(exported, fmt.Sprint(f.Exported()))
			if f.Name() == "_" {
				// A blank field cannot be read: it prints as the zero
				// value of its type, which it is but through unsafe.
				zero := "nil"
				if ft, err := p.typeString(f.Type(), token.NoPos); err == nil {
					zero = p.describeExpr(f.Type(), "*new("+ft+")", "depth+1")
				}
				fields = append(fields, zero)
				continue
			}
			fields = append(fields, p.describeExpr(f.Type(), "x."+f.Name(), "depth+1"))
		}
		key := strings.Join(names, ",") + "|" + strings.Join(exported, ",")
		nv := p.helper("fN "+key, "__fN", func(n string) string {
			return fmt.Sprintf("var %s = []string{%s}\n", n, strings.Join(names, ", "))
		})
		ev := p.helper("fE "+key, "__fE", func(n string) string {
			return fmt.Sprintf("var %s = []bool{%s}\n", n, strings.Join(exported, ", "))
		})
		args := ""
		if len(fields) > 0 {
			args = ", " + strings.Join(fields, ", ")
		}
		fmt.Fprintf(&b, "\tn := %s.FStruct(%s, %s, %s%s)\n", rt, tn, nv, ev, args)
	case *types.Pointer:
		elem := p.describeExpr(u.Elem(), "*x", "1")
		switch u.Elem().Underlying().(type) {
		case *types.Struct, *types.Array, *types.Slice, *types.Map:
			fmt.Fprintf(&b, "\tvar n any\n\tswitch {\n\tcase x == nil:\n\t\tn = %s.FPointer(%s, x)\n\tcase depth == 0:\n\t\tn = %s.FPointer(%s, x, %s)\n", rt, tn, rt, tn, elem)
			fmt.Fprintf(&b, "\tdefault:\n\t\tn = %s.FPointerTo(%s, x, func() any { return %s })\n\t}\n", rt, tn, elem)
		default:
			fmt.Fprintf(&b, "\tn := %s.FPointer(%s, x)\n", rt, tn)
		}
	case *types.Slice:
		fmt.Fprintf(&b, "\tvar n any\n\tif x == nil {\n\t\tn = %s.FSlice(%s, x, true)\n\t} else {\n\t\tes := make([]any, len(x))\n\t\tfor i := range x {\n\t\t\tes[i] = %s\n\t\t}\n\t\tn = %s.FSlice(%s, x, false, es...)\n\t}\n",
			rt, tn, p.describeExpr(u.Elem(), "x[i]", "depth+1"), rt, tn)
	case *types.Array:
		fmt.Fprintf(&b, "\tes := make([]any, len(x))\n\tfor i := range x {\n\t\tes[i] = %s\n\t}\n\tn := %s.FArray(%s, es...)\n",
			p.describeExpr(u.Elem(), "x[i]", "depth+1"), rt, tn)
	case *types.Map:
		fmt.Fprintf(&b, "\tvar n any\n\tif x == nil {\n\t\tn = %s.FMap(%s, x, true)\n\t} else {\n\t\tkv := make([]any, 0, 2*len(x))\n\t\tfor k, v := range x {\n\t\t\tkv = append(kv, %s, %s)\n\t\t}\n\t\tn = %s.FMap(%s, x, false, kv...)\n\t}\n",
			rt, tn, p.describeExpr(u.Key(), "k", "depth+1"), p.describeExpr(u.Elem(), "v", "depth+1"), rt, tn)
	default:
		fmt.Fprintf(&b, "\tn := %s.FOpaque(%s, x)\n", rt, tn)
	}
	m := fmtMethods(t)
	if m.err {
		errv := p.helper("errv "+ts, "__errv", func(name string) string {
			return fmt.Sprintf("func %s(v %s) error { return v }\n", name, ts)
		})
		fmt.Fprintf(&b, "\tn = %s.FError(n, %s(x))\n", rt, errv)
	}
	if m == (fmtMethodSet{}) {
		b.WriteString("\treturn n\n}\n")
		return b.String()
	}
	method := func(has bool, call string) string {
		if !has {
			return "nil"
		}
		return "func() string { return x." + call + "() }"
	}
	format := "nil"
	if m.format {
		format = "func(f " + p.importName("fmt") + ".State, c rune) { x.Format(f, c) }"
	}
	fmt.Fprintf(&b, "\treturn %s.FMethods(n, %s, %s, %s, %s)\n}\n", rt, method(m.str, "String"), method(m.err, "Error"), method(m.gostr, "GoString"), format)
	return b.String()
}

// describeInterface writes the body of the describing function of an
// interface type: the dynamic value's description.
func (p *program) describeInterface(b *strings.Builder, t types.Type, tn string) {
	rt := p.rt()
	fmt.Fprintf(b, "\tt := %s\n\tswitch t.id {\n\tcase -1:\n\t\tif depth == 0 {\n\t\t\treturn nil\n\t\t}\n\t\treturn %s.FNilInterface(%s)\n", p.dynCall("x", t), rt, tn)
	isErr := types.Identical(t, universeError)
	for _, dt := range p.implementers(t) {
		d := p.describeExpr(dt.t, "t."+dt.field, "depth")
		if isErr {
			d = rt + ".FError(" + d + ", x)"
		}
		fmt.Fprintf(b, "\tcase %d:\n\t\treturn %s\n", dt.id, d)
	}
	b.WriteString("\t}\n\treturn t.x\n")
}
