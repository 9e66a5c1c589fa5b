package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// The dynamic types of interface values, which yaegi loses: a value of the
// program's types that sits in an error is a wrapper of yaegi's, on which a
// type switch or assertion fails, and one in an interface{} is matched by
// its structure (a struct{ X int } of one type is taken for another's), or
// by name only when yaegi boxed it with its type. The lowering finds a
// value's type itself, when a rule needs it (typeswitch.go, fmtcalls.go,
// errors.go), with helpers it declares once:
//
//   - __dynN is a struct with the type's number (id) and a field per type of
//     the program (T and *T), which holds the value; x holds a value of a
//     compiled type; id is -1 for nil, 0 for a compiled type.
//   - __dynErrN(err) asks an error for its type through its Error method:
//     the lowering starts every Error method of the program with a probe,
//     which, while __dynErrN probes on the goroutine, records the type and
//     the receiver instead of running (String methods likewise, for
//     __dynStrN(fmt.Stringer)). Method calls are what yaegi gets right.
//   - __dynAnyN(v any) asks a type switch without binding first (yaegi
//     compares the type a boxed value carries), then one with binding for
//     struct values yaegi stores bare (it compares their reflect types,
//     which a struct tag, added to struct types of one shape, tells apart),
//     then, for a wrapped error or Stringer, their probes.
//
// Named types of the program without methods get a method of no use,
// ConcbookT__, so that yaegi boxes their values with their type.
//
// The instances of generic types with concrete type arguments that the
// program's values have (Box[int], *Pair[string, S]) are numbered too:
// yaegi gives each its own type, and Go its own name (main.Box[int]).
// Types declared in functions, and instances whose type arguments are,
// have no number: their values are taken for values of compiled types.
type dynInfo struct {
	types   []dynType
	byKey   map[string]*dynType
	names   dynNames
	enabled bool
}

// dynType is one type of the program with a number: T or *T.
type dynType struct {
	t     types.Type
	src   string // how the helpers write it: T, *T
	rname string // as reflect names it: main.T, *main.T
	id    int
	field string // its field of __dynN
	named *types.Named
	ptr   bool
	struc bool // a struct type (or a pointer to one) yaegi may store bare
	// composite: a slice, array, map or pointer type (not the *T of a
	// named T) made of the program's types, which yaegi stores bare
	composite bool
}

// emptyStruct reports whether dt is an empty struct type or a pointer to
// one: struct{} has no field to carry a tag (tagSameShapes), so every
// empty struct type has the same shape.
func (dt *dynType) emptyStruct() bool {
	return dt.struc && dt.named.Underlying().(*types.Struct).NumFields() == 0
}

// indistinct reports whether dt is a pointer to an empty struct type that
// yaegi cannot tell from another type's: it holds every such pointer as a
// bare *struct{}, so unless *T is the program's only value type of that
// shape, a *T in an interface cannot be told from a *U or a *struct{}.
func (p *program) indistinct(dt *dynType) bool {
	return dt.ptr && dt.emptyStruct() && !p.uniqueShape(dt.t)
}

// indistinctErr is the refusal of a use of such a type at pos.
func (p *program) indistinctErr(pos token.Pos, dt *dynType) error {
	return p.errorf(pos, "unsupported: %s in a type switch, assertion or comparison with an interface: the interpreter holds every pointer to an empty struct as a *struct{}, so it cannot tell %s from other such pointers; give %s a field", dt.src, dt.src, dt.named.Obj().Name())
}

// dynNames are the helpers' names.
type dynNames struct {
	dyn, mu, probing, res, probe, err, str, any, sw, name string
}

// dynTypes lists the program's types with numbers, and declares the
// helpers (once, the first time a rule asks).
func (p *program) dyn() *dynInfo {
	if p.dynInfo != nil {
		return p.dynInfo
	}
	d := &dynInfo{byKey: map[string]*dynType{}}
	p.dynInfo = d
	scope := p.pkg.Scope()
	byName := map[string]*types.TypeName{}
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			byName[name] = tn
		}
	}
	for tn := range p.hoisted {
		byName[tn.Name()] = tn
	}
	var names []string
	for name := range byName {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tn := byName[name]
		if tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams() != nil || types.IsInterface(named) || definedPointer(named) {
			continue
		}
		_, isStruct := named.Underlying().(*types.Struct)
		for _, ptr := range []bool{false, true} {
			var t types.Type = named
			src, rname := name, "main."+name
			if ptr {
				t, src, rname = types.NewPointer(named), "*"+name, "*main."+name
			}
			id := len(d.types) + 1
			d.types = append(d.types, dynType{t: t, src: src, rname: rname, id: id, field: "v" + strconv.Itoa(id), named: named, ptr: ptr, struc: isStruct})
		}
	}
	for _, named := range p.genericInstances() {
		src, err := p.typeString(named, token.NoPos)
		if err != nil {
			continue
		}
		_, isStruct := named.Underlying().(*types.Struct)
		for _, ptr := range []bool{false, true} {
			var t types.Type = named
			tsrc, rname := src, reflectName(named)
			if ptr {
				t, tsrc, rname = types.NewPointer(named), "*"+src, "*"+rname
			}
			id := len(d.types) + 1
			d.types = append(d.types, dynType{t: t, src: tsrc, rname: rname, id: id, field: "v" + strconv.Itoa(id), named: named, ptr: ptr, struc: isStruct})
		}
	}
	for _, t := range p.compositeTypes() {
		ts, err := p.typeString(t, token.NoPos)
		if err != nil {
			continue
		}
		id := len(d.types) + 1
		d.types = append(d.types, dynType{t: t, src: ts, rname: reflectName(t), id: id, field: "v" + strconv.Itoa(id), composite: true})
	}
	for i := range d.types {
		d.byKey[types.TypeString(d.types[i].t, nil)] = &d.types[i]
	}
	return d
}

// definedPointer reports whether t is a defined pointer type (type PS
// *T). yaegi gives it the type it gives *T, so a type switch cannot tell
// them apart (it refuses case PS next to case *T as a duplicate) and the
// helpers leave it out; namedptr.go refuses what would need it.
func definedPointer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	_, ok = n.Underlying().(*types.Pointer)
	return ok
}

// compositeTypes are the slice, array, map and pointer types of the
// program's values made of its named types, which an interface may hold
// bare: yaegi stores a []Celsius as a []float64, and only its shape tells
// it from another's. Those whose shape another type of the program shares
// (a []float64 of its own) are left out, unknown.
func (p *program) compositeTypes() []types.Type {
	byShape := p.shapes()
	var shapes []string
	for sh := range byShape {
		shapes = append(shapes, sh)
	}
	sort.Strings(shapes)
	var out []types.Type
	for _, sh := range shapes {
		ts := byShape[sh]
		if len(ts) != 1 {
			continue
		}
		t := ts[0]
		switch u := t.(type) {
		case *types.Slice, *types.Array, *types.Map:
		case *types.Pointer:
			if _, named := types.Unalias(u.Elem()).(*types.Named); named {
				continue // *T is numbered with T
			}
		default:
			continue
		}
		if !p.involvesProgramType(t) || p.containsInterface(t) || p.genericInstanceIn(t) != nil {
			continue
		}
		bad := false
		visit(t, func(t types.Type) {
			if _, ok := t.(*types.TypeParam); ok {
				bad = true
			}
		})
		if !bad {
			out = append(out, t)
		}
	}
	return out
}

// uniqueShape reports whether t is the only type of the program's values
// of its shape, so that yaegi's bare values of it are t's.
func (p *program) uniqueShape(t types.Type) bool {
	return len(p.shapes()[p.shape(t)]) == 1
}

// shapes groups the types of the program's values by shape.
func (p *program) shapes() map[string][]types.Type {
	if p.shapeCache != nil {
		return p.shapeCache
	}
	byShape := map[string][]types.Type{}
	p.shapeCache = byShape
	seen := map[string]bool{}
	add := func(t types.Type) {
		t = types.Unalias(t)
		key := types.TypeString(t, nil)
		if seen[key] {
			return
		}
		seen[key] = true
		sh := p.shape(t)
		byShape[sh] = append(byShape[sh], t)
	}
	for _, tv := range p.info.Types {
		if tv.Type != nil && !tv.IsType() {
			add(tv.Type)
		}
	}
	for _, inst := range p.info.Instances {
		for i := range inst.TypeArgs.Len() {
			add(inst.TypeArgs.At(i))
		}
	}
	return byShape
}

// shape writes t as yaegi's reflect type of it would: the program's named
// types by their underlying types (a struct type that shares its fields
// with another of the program by its name, tagSameShapes telling them
// apart), compiled named types by name.
func (p *program) shape(t types.Type) string {
	var b strings.Builder
	var write func(t types.Type)
	// A type that refers to itself (type node struct{ next *node }, a
	// generic list) is written by name where it recurs.
	writing := map[*types.Named]bool{}
	write = func(t types.Type) {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if t.Obj().Pkg() != p.pkg {
				b.WriteString(types.TypeString(t, nil))
				return
			}
			if st, ok := t.Underlying().(*types.Struct); ok && st.NumFields() > 0 && p.sharesShape(st) || writing[t] {
				b.WriteString("main." + t.Obj().Name())
				return
			}
			writing[t] = true
			defer delete(writing, t)
			write(t.Underlying())
		case *types.Basic:
			b.WriteString(types.Typ[t.Kind()].Name())
		case *types.Pointer:
			b.WriteString("*")
			write(t.Elem())
		case *types.Slice:
			b.WriteString("[]")
			write(t.Elem())
		case *types.Array:
			fmt.Fprintf(&b, "[%d]", t.Len())
			write(t.Elem())
		case *types.Map:
			b.WriteString("map[")
			write(t.Key())
			b.WriteString("]")
			write(t.Elem())
		case *types.Struct:
			b.WriteString("struct{")
			for i := range t.NumFields() {
				fmt.Fprintf(&b, "%s ", t.Field(i).Name())
				write(t.Field(i).Type())
				b.WriteString(";")
			}
			b.WriteString("}")
		default:
			b.WriteString(types.TypeString(t, nil))
		}
	}
	write(t)
	return b.String()
}

// sharesShape reports whether another named struct type of the program
// has the fields of st.
func (p *program) sharesShape(st *types.Struct) bool {
	n := 0
	for _, dt := range p.dyn().types {
		if dt.ptr || dt.named == nil {
			continue
		}
		if u, ok := dt.named.Underlying().(*types.Struct); ok && types.Identical(u, st) {
			n++
		}
	}
	return n > 1
}

// dynOf returns the numbered type t is, if it is one.
func (p *program) dynOf(t types.Type) *dynType {
	return p.dyn().byKey[types.TypeString(types.Unalias(t), nil)]
}

// dynHelpers declares the helpers and instruments the program's Error
// and String methods, once. It returns the helpers' names.
func (p *program) dynHelpers() dynNames {
	d := p.dyn()
	if d.enabled {
		return d.names
	}
	d.enabled = true
	n := dynNames{
		dyn: p.name("__dyn"), mu: p.name("__dynMu"), probing: p.name("__dynProbing"), res: p.name("__dynRes"),
		probe: p.name("__dynProbe"), err: p.name("__dynErr"), str: p.name("__dynStr"), any: p.name("__dynAny"), sw: p.name("__dynSw"), name: p.name("__dynName"),
	}
	d.names = n
	rt, syncPkg, fmtPkg := p.rt(), p.importName("sync"), p.importName("fmt")
	p.instrumentMethods("Error", n)
	p.instrumentMethods("String", n)
	p.tagSameShapes()
	var b strings.Builder
	fmt.Fprintf(&b, "type %s struct {\n\tid int\n\tx  any\n", n.dyn)
	for _, t := range d.types {
		fmt.Fprintf(&b, "\t%s %s\n", t.field, t.src)
	}
	b.WriteString("}\n\n")
	fmt.Fprintf(&b, "var %s %s.Mutex\nvar %s int64\nvar %s %s\n\n", n.mu, syncPkg, n.probing, n.res, n.dyn)
	fmt.Fprintf(&b, "func %s() bool { return %s != 0 && %s == %s.Goid() }\n\n", n.probe, n.probing, n.probing, rt)
	for _, k := range []struct{ fn, typ, method string }{{n.err, "error", "Error"}, {n.str, fmtPkg + ".Stringer", "String"}} {
		// The probe: under the lock, with the method's panic recovered.
		fmt.Fprintf(&b, "func %sProbe(v %s) %s {\n\t%s.Lock()\n\tdefer %s.Unlock()\n\tdefer func() {\n\t\trecover()\n\t}()\n", k.fn, k.typ, n.dyn, n.mu, n.mu)
		fmt.Fprintf(&b, "\t%s = %s{}\n\t%s = %s.Goid()\n\tdefer func() {\n\t\t%s = 0\n\t}()\n\t_ = v.%s()\n\treturn %s\n}\n\n", n.res, n.dyn, n.probing, rt, n.probing, k.method, n.res)
		fmt.Fprintf(&b, "func %s(v %s) %s {\n\tif v == nil {\n\t\treturn %s{id: -1}\n\t}\n\tr := %sProbe(v)\n", k.fn, k.typ, n.dyn, n.dyn, k.fn)
		fmt.Fprintf(&b, "\tif r.id > 0 && %s.Compiled(v) {\n\t\tr = %s{}\n\t}\n", rt, n.dyn)
		fmt.Fprintf(&b, "\tif r.id > 0 && %s.IsPointer(v) {\n\t\tswitch r.id {\n", rt)
		for _, t := range d.types {
			if !t.ptr && !t.composite {
				fmt.Fprintf(&b, "\t\tcase %d:\n\t\t\tc := r.%s\n\t\t\tr = %s{id: %d, %s: &c}\n", t.id, t.field, n.dyn, t.id+1, d.types[t.id].field)
			}
		}
		fmt.Fprintf(&b, "\t\t}\n\t}\n\tif r.id == 0 {\n\t\tr.x = %s.Unadapt(v)\n\t}\n\treturn r\n}\n\n", rt)
	}
	// __dynSw: the type switches alone, which the probe of a generic
	// type's method asks (under the probe's lock, which __dynAny's probing
	// of errors and Stringers would take again).
	fmt.Fprintf(&b, "func %s(v any) (%s, bool) {\n\tswitch v.(type) {\n\tcase nil:\n\t\treturn %s{id: -1}, true\n", n.sw, n.dyn, n.dyn)
	for _, t := range d.types {
		fmt.Fprintf(&b, "\tcase %s:\n\t\treturn %s{id: %d, %s: v.(%s)}, true\n", t.src, n.dyn, t.id, t.field, t.src)
	}
	b.WriteString("\t}\n\tswitch x := v.(type) {\n")
	for _, t := range d.types {
		bare := false // a named slice, array or map type yaegi may store bare
		if !t.ptr && t.named != nil {
			switch t.named.Underlying().(type) {
			case *types.Slice, *types.Array, *types.Map:
				bare = p.uniqueShape(t.named)
			}
		}
		// A bare *struct{} is the program's *Z only where no other value
		// of the program has that shape (indistinct).
		if t.composite || bare || t.struc && !t.emptyStruct() || t.ptr && t.emptyStruct() && !p.indistinct(&t) {
			fmt.Fprintf(&b, "\tcase %s:\n\t\treturn %s{id: %d, %s: x}, true\n", t.src, n.dyn, t.id, t.field)
		}
	}
	fmt.Fprintf(&b, "\t}\n\treturn %s{}, false\n}\n\n", n.dyn)
	fmt.Fprintf(&b, "func %s(v any) %s {\n\tv = %s.Unadapt(v)\n\tif r, ok := %s(v); ok {\n\t\treturn r\n\t}\n", n.any, n.dyn, rt, n.sw)
	fmt.Fprintf(&b, "\tif e, ok := %s.AsError(v); ok {\n\t\tif r := %s(e); r.id > 0 {\n\t\t\treturn r\n\t\t}\n\t}\n", rt, n.err)
	fmt.Fprintf(&b, "\tif s, ok := %s.AsStringer(v); ok {\n\t\tif r := %s(s); r.id > 0 {\n\t\t\treturn r\n\t\t}\n\t}\n\treturn %s{x: v}\n}\n\n", rt, n.str, n.dyn)
	// __dynName: the dynamic type's name, as the runtime writes it.
	fmt.Fprintf(&b, "func %s(d %s) string {\n\tswitch d.id {\n\tcase -1:\n\t\treturn \"nil\"\n", n.name, n.dyn)
	for _, t := range d.types {
		fmt.Fprintf(&b, "\tcase %d:\n\t\treturn %q\n", t.id, t.rname)
	}
	fmt.Fprintf(&b, "\t}\n\treturn %s.TypeName(d.x)\n}\n", rt)
	marked := map[*types.Named]bool{}
	for _, t := range d.types {
		if _, isPtr := t.t.Underlying().(*types.Pointer); t.ptr || t.composite || isPtr || types.NewMethodSet(types.NewPointer(t.named)).Len() != 0 {
			continue
		}
		if origin := t.named.Origin(); origin != t.named {
			// One method for every instance, on the generic type.
			if !marked[origin] {
				marked[origin] = true
				fmt.Fprintf(&b, "\nfunc (%s[%s]) ConcbookT__() {}\n", origin.Obj().Name(), strings.Repeat("_, ", origin.TypeParams().Len()-1)+"_")
			}
			continue
		}
		fmt.Fprintf(&b, "\nfunc (%s) ConcbookT__() {}\n", t.src)
	}
	p.appends = append(p.appends, b.String())
	return n
}

// dynCall is the expression that gives the __dynN of x, of static type t.
func (p *program) dynCall(x string, t types.Type) string {
	n := p.dynHelpers()
	switch {
	case types.Identical(t, universeError):
		return n.err + "(" + x + ")"
	case isStringer(t):
		return n.str + "(" + x + ")"
	}
	if iface, ok := t.Underlying().(*types.Interface); ok && !iface.Empty() {
		// A nil value of a non-empty interface is no nil interface{} in yaegi.
		if ts, err := p.typeString(t, token.NoPos); err == nil {
			h := p.helper("dynI "+ts, "__dynI", func(name string) string {
				return fmt.Sprintf("func %s(x %s) %s {\n\tif x == nil {\n\t\treturn %s{id: -1}\n\t}\n\treturn %s(x)\n}\n", name, ts, n.dyn, n.dyn, n.any)
			})
			return h + "(" + x + ")"
		}
	}
	return n.any + "(" + x + ")"
}

var universeError = types.Universe.Lookup("error").Type()

// isStringer reports whether t is fmt.Stringer.
func isStringer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "fmt" && n.Obj().Name() == "Stringer"
}

// instrumentMethods starts each method name() string of the program's
// numbered types with the probe, and declares the method for a type that
// has it from an embedded field.
func (p *program) instrumentMethods(method string, n dynNames) {
	d := p.dyn()
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, decl := range p.file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv != nil {
			if fn, ok := p.info.Defs[fd.Name].(*types.Func); ok {
				decls[fn] = fd
			}
		}
	}
	embedded := p.embeddedTypes()
	generic := map[*ast.FuncDecl]bool{}
	for _, t := range d.types {
		if t.ptr || t.composite {
			continue
		}
		if t.named.Origin() != t.named {
			p.instrumentGenericMethod(t.named, method, n, decls, generic)
			continue
		}
		for _, ptr := range []bool{false, true} {
			var recvT types.Type = t.named
			if ptr {
				recvT = types.NewPointer(t.named)
			}
			obj, index, _ := types.LookupFieldOrMethod(recvT, false, p.pkg, method)
			fn, ok := obj.(*types.Func)
			if !ok || types.TypeString(fn.Type(), nil) != "func() string" {
				continue
			}
			sig := fn.Type().(*types.Signature)
			_, ptrRecv := sig.Recv().Type().(*types.Pointer)
			if ptr && !ptrRecv && len(index) == 1 {
				continue // the value's method, seen from the pointer: done for the value
			}
			if len(index) == 1 {
				fd := decls[fn]
				if fd == nil || fd.Body == nil {
					continue
				}
				target := t
				if ptrRecv {
					target = d.types[t.id] // *T
				}
				recv := p.receiverName(fd)
				p.insert(fd.Body.Lbrace+1, fmt.Sprintf(" if %s() { %s = %s{id: %d, %s: %s}; return \"\" };", n.probe, n.res, n.dyn, target.id, target.field, recv))
				continue
			}
			// Promoted from an embedded field: declare it, unless another
			// type embeds this one (the method would move up a level there).
			if embedded[t.named] || (ptr && types.NewMethodSet(t.named).Lookup(p.pkg, method) != nil) {
				continue
			}
			path := p.fieldPath(t.named, index[:len(index)-1])
			if path == "" {
				continue
			}
			target, recv := t, t.src
			if ptr {
				target, recv = d.types[t.id], "*"+t.src
			}
			p.appends = append(p.appends, fmt.Sprintf("func (r %s) %s() string {\n\tif %s() {\n\t\t%s = %s{id: %d, %s: r}\n\t\treturn \"\"\n\t}\n\treturn r%s.%s()\n}\n",
				recv, method, n.probe, n.res, n.dyn, target.id, target.field, path, method))
		}
	}
}

// instrumentGenericMethod starts the method name() string of the generic
// type whose instance is inst with a probe, once for all instances: one
// body serves them all, so the probe finds the receiver's type with the
// type switches of __dynSw. A method promoted from an embedded field is
// left alone: the instance's values in an error or a Stringer stay
// unknown, as those of types declared in functions are.
func (p *program) instrumentGenericMethod(inst *types.Named, method string, n dynNames, decls map[*types.Func]*ast.FuncDecl, done map[*ast.FuncDecl]bool) {
	for _, recvT := range []types.Type{inst, types.NewPointer(inst)} {
		obj, index, _ := types.LookupFieldOrMethod(recvT, false, p.pkg, method)
		fn, ok := obj.(*types.Func)
		if !ok || len(index) != 1 || types.TypeString(fn.Type(), nil) != "func() string" {
			continue
		}
		fd := decls[fn.Origin()]
		if fd == nil || fd.Body == nil || done[fd] {
			continue
		}
		done[fd] = true
		recv := p.receiverName(fd)
		p.insert(fd.Body.Lbrace+1, fmt.Sprintf(" if %s() { %s, _ = %s(%s); return \"\" };", n.probe, n.res, n.sw, recv))
	}
}

// receiverName names the receiver of a method declaration, giving it a
// name if it has none.
func (p *program) receiverName(fd *ast.FuncDecl) string {
	f := fd.Recv.List[0]
	if len(f.Names) == 0 {
		p.insert(f.Type.Pos(), "__r ")
		return "__r"
	}
	if f.Names[0].Name == "_" {
		p.replace(f.Names[0].Pos(), f.Names[0].End(), "__r")
		return "__r"
	}
	return f.Names[0].Name
}

// embeddedTypes are the program's named types that a struct of the
// program embeds.
func (p *program) embeddedTypes() map[*types.Named]bool {
	out := map[*types.Named]bool{}
	for _, tv := range p.info.Defs {
		tn, ok := tv.(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if !f.Embedded() {
				continue
			}
			ft := f.Type()
			if ptr, ok := ft.(*types.Pointer); ok {
				ft = ptr.Elem()
			}
			if n, ok := ft.(*types.Named); ok {
				out[n] = true
			}
		}
	}
	return out
}

// fieldPath writes the selector of the embedded fields at index in t:
// .A.B.
func (p *program) fieldPath(t *types.Named, index []int) string {
	var b strings.Builder
	var cur types.Type = t
	for _, i := range index {
		if ptr, ok := cur.Underlying().(*types.Pointer); ok {
			cur = ptr.Elem()
		}
		st, ok := cur.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return ""
		}
		f := st.Field(i)
		b.WriteString("." + f.Name())
		cur = f.Type()
	}
	return b.String()
}

// tagSameShapes tells apart, for yaegi's reflect types, the program's
// struct types of one shape (the same fields): their first field gets a
// tag of its own. An instance of a generic struct type has the shape of
// the generic type's fields with the type arguments put in (Box[int] and
// type IntBox struct{ v int }): the generic type's declaration gets the
// tag, which all its instances carry.
func (p *program) tagSameShapes() {
	shapes := map[string][]*ast.StructType{}
	var keys []string
	add := func(t types.Type, st *ast.StructType) {
		key := types.TypeString(t.Underlying(), nil)
		if shapes[key] == nil {
			keys = append(keys, key)
		}
		if !slices.Contains(shapes[key], st) {
			shapes[key] = append(shapes[key], st)
		}
	}
	// The declared struct types, generic ones by their instances below.
	decls := map[*types.TypeName]*ast.StructType{}
	for _, decl := range p.file.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			st, ok := ts.Type.(*ast.StructType)
			if !ok || ts.Assign.IsValid() || len(st.Fields.List) == 0 {
				continue
			}
			if tn, ok := p.info.Defs[ts.Name].(*types.TypeName); ok {
				decls[tn] = st
				if ts.TypeParams == nil {
					add(tn.Type(), st)
				}
			}
		}
	}
	for _, dt := range p.dyn().types {
		if dt.ptr || dt.named == nil || dt.named.Origin() == dt.named {
			continue
		}
		if st := decls[dt.named.Origin().Obj()]; st != nil {
			add(dt.named, st)
		}
	}
	tagged := map[*ast.StructType]bool{}
	for _, key := range keys {
		if len(shapes[key]) < 2 {
			continue
		}
		for _, st := range shapes[key] {
			if tagged[st] {
				continue
			}
			tagged[st] = true
			f := st.Fields.List[0]
			tag := fmt.Sprintf(`__t:"%d"`, len(tagged)-1)
			switch {
			case f.Tag == nil:
				p.insert(f.Type.End(), " `"+tag+"`")
			case strings.HasPrefix(f.Tag.Value, "`"):
				p.insert(f.Tag.End()-1, " "+tag)
			default:
				p.insert(f.Tag.End()-1, " "+strconv.Quote(tag)[1:len(strconv.Quote(tag))-1])
			}
		}
	}
}

// genericInstances are the instances of the program's generic types with
// concrete type arguments that its values may have (Box[int],
// Pair[string, S]), in the order of their names: yaegi gives each its own
// type, so the helpers number them like any named type. Instances of
// generic interfaces and defined pointer types are left out, as their
// non-generic kin are.
func (p *program) genericInstances() []*types.Named {
	byKey := map[string]*types.Named{}
	add := func(t types.Type) {
		visit(t, func(t types.Type) {
			n, ok := t.(*types.Named)
			if !ok || n.Obj().Pkg() != p.pkg || n.TypeArgs().Len() == 0 || hasTypeParam(n) {
				return
			}
			if n.Obj().Parent() != p.pkg.Scope() || types.IsInterface(n) || definedPointer(n) {
				return
			}
			byKey[types.TypeString(n, nil)] = n
		})
	}
	for _, tv := range p.info.Types {
		if tv.Type != nil {
			add(tv.Type)
		}
	}
	for _, inst := range p.info.Instances {
		add(inst.Type)
	}
	for _, obj := range p.info.Defs {
		if obj != nil {
			add(obj.Type())
		}
	}
	var keys []string
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*types.Named, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}
