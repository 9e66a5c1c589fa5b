package lower

import (
	"go/ast"
	"go/types"
)

// encoderMethods are the methods encoding/json and encoding/xml look for
// by reflection on the values they encode and decode.
var encoderMethods = []string{"MarshalJSON", "UnmarshalJSON", "MarshalText", "UnmarshalText", "MarshalXML", "UnmarshalXML"}

// encoderMethodsRule refuses a type of the program with one of
// encoderMethods that is a field or an element of another type, in a
// program that imports encoding/json or encoding/xml. yaegi hands a value
// of the type itself to the encoder wrapped with its methods, so that
// json.Marshal(t) calls t.MarshalJSON; but a struct field or a slice
// element is a value of the reflect type yaegi built, which has no
// methods: the encoder would silently encode the underlying value instead
// ({"name":"bob"} where Go writes {"name":"BOB"}).
func encoderMethodsRule(p *program) error {
	if p.imported["encoding/json"] == "" && p.imported["encoding/xml"] == "" {
		return nil
	}
	if err := p.xmlElementNames(); err != nil {
		return err
	}
	p.encodeValues()
	withMethod := map[*types.TypeName]string{}
	for _, name := range p.pkg.Scope().Names() {
		tn, ok := p.pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		for _, m := range encoderMethods {
			if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, p.pkg, m); obj != nil {
				if fn, ok := obj.(*types.Func); ok && fn.Pkg() == p.pkg {
					withMethod[tn] = m
					break
				}
			}
		}
	}
	if len(withMethod) == 0 {
		return nil
	}
	// inner names the type of the program with an encoder method that a
	// field or element of type t is, or nil.
	inner := func(t types.Type) (*types.TypeName, string) {
		if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
			t = ptr.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			if m, ok := withMethod[named.Origin().Obj()]; ok {
				return named.Obj(), m
			}
		}
		return nil, ""
	}
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		var parts []ast.Expr
		switch x := n.(type) {
		case *ast.StructType:
			for _, f := range x.Fields.List {
				parts = append(parts, f.Type)
			}
		case *ast.ArrayType:
			parts = append(parts, x.Elt)
		case *ast.MapType:
			parts = append(parts, x.Key, x.Value)
		case *ast.ChanType:
			parts = append(parts, x.Value)
		}
		for _, e := range parts {
			if tn, m := inner(p.info.TypeOf(e)); tn != nil {
				err = p.errorf(e.Pos(), "unsupported: %s, whose %s method the encoders call by reflection, as a field or element of another type: "+
					"the interpreter's types carry no methods there, so the encoder would not call it; encode %s values on their own", tn.Name(), m, tn.Name())
				return false
			}
		}
		return true
	})
	return err
}

// xmlElementNames refuses encoding/xml's Marshal, MarshalIndent and
// Encoder.Encode of a value of the program's named types without an
// XMLName field: encoding/xml names the element after the value's type,
// and the interpreter's types have no name (it fails with "xml:
// unsupported type: struct {...}", test/typeparam/issue48318.go).
func (p *program) xmlElementNames() error {
	if p.imported["encoding/xml"] == "" {
		return nil
	}
	var err error
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || err != nil || !p.isEncoding(call, "encoding/xml") {
			return err == nil
		}
		t := p.info.TypeOf(call.Args[0])
		if ptr, ok := types.Unalias(t).(*types.Pointer); ok {
			t = ptr.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() != p.pkg {
			return true
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			return true
		}
		for i := range st.NumFields() {
			if st.Field(i).Name() == "XMLName" {
				return true
			}
		}
		err = p.errorf(call.Args[0].Pos(), "unsupported: encoding/xml names the element after the type of %s, %s, which the interpreter's types do not carry; "+
			"give %s a field XMLName xml.Name `xml:\"%s\"`", p.text(call.Args[0]), named.Obj().Name(), named.Obj().Name(), named.Obj().Name())
		return false
	})
	return err
}

// encodeValues hands encoding/json's Marshal, MarshalIndent and
// Encoder.Encode their argument through the worker's __rt.EncodeValue when
// its type can hold interface values: a value of the program's types in a
// []any or a map[string]any is the interpreter's wrapper there, which json
// would encode as {} (runner/worker/encodevalue.go).
func (p *program) encodeValues() {
	if p.imported["encoding/json"] == "" {
		return
	}
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !p.isEncoding(call, "encoding/json") {
			return true
		}
		arg := call.Args[0]
		if !p.holdsInterfaceType(p.info.TypeOf(arg)) {
			return true
		}
		p.insert(arg.Pos(), p.rt()+".EncodeValue(")
		p.insertInner(arg.End(), ")")
		return true
	})
}

// isEncoding reports whether call encodes its first argument with the
// package pkg (encoding/json or encoding/xml): Marshal, MarshalIndent or
// an Encoder's Encode.
func (p *program) isEncoding(call *ast.CallExpr, pkg string) bool {
	fn := p.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkg || len(call.Args) == 0 {
		return false
	}
	switch fn.Name() {
	case "Marshal", "MarshalIndent", "Encode":
		return true
	}
	return false
}

// holdsInterfaceType reports whether a value of type t is or contains an
// interface value of the program's making (walkValueTypes: a compiled
// type's values are its package's).
func (p *program) holdsInterfaceType(t types.Type) bool {
	found := false
	p.walkValueTypes(t, func(t types.Type) {
		if types.IsInterface(t) {
			found = true
		}
	})
	return found
}
