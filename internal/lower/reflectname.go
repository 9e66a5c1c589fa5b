package lower

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// reflectName writes t as reflect.Type.String and the runtime write a
// type in compiled Go: main.T, []main.T, struct { X int; main.Embedded },
// interface {}, main.Pair[string,int] (type arguments with their full
// package paths), uint8 for byte, int32 for rune.
func reflectName(t types.Type) string {
	var b strings.Builder
	writeReflectName(&b, t, false)
	return b.String()
}

func writeReflectName(b *strings.Builder, t types.Type, fullPath bool) {
	switch t := t.(type) {
	case *types.Alias:
		writeReflectName(b, types.Unalias(t), fullPath)
	case *types.Basic:
		switch t.Kind() {
		case types.UntypedBool:
			b.WriteString("bool")
		case types.UntypedInt:
			b.WriteString("int")
		case types.UntypedRune:
			b.WriteString("int32")
		case types.UntypedFloat:
			b.WriteString("float64")
		case types.UntypedComplex:
			b.WriteString("complex128")
		case types.UntypedString:
			b.WriteString("string")
		case types.UnsafePointer:
			b.WriteString("unsafe.Pointer")
		default:
			b.WriteString(types.Typ[t.Kind()].Name())
		}
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil {
			if fullPath {
				b.WriteString(obj.Pkg().Path())
			} else {
				b.WriteString(obj.Pkg().Name())
			}
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args != nil && args.Len() > 0 {
			b.WriteByte('[')
			for i := range args.Len() {
				if i > 0 {
					b.WriteByte(',')
				}
				writeReflectName(b, args.At(i), true)
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeReflectName(b, t.Elem(), fullPath)
	case *types.Slice:
		b.WriteString("[]")
		writeReflectName(b, t.Elem(), fullPath)
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		writeReflectName(b, t.Elem(), fullPath)
	case *types.Map:
		b.WriteString("map[")
		writeReflectName(b, t.Key(), fullPath)
		b.WriteByte(']')
		writeReflectName(b, t.Elem(), fullPath)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		if c, ok := t.Elem().(*types.Chan); ok && t.Dir() == types.SendRecv && c.Dir() == types.RecvOnly {
			b.WriteByte('(')
			writeReflectName(b, t.Elem(), fullPath)
			b.WriteByte(')')
		} else {
			writeReflectName(b, t.Elem(), fullPath)
		}
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, t, fullPath)
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			switch {
			case fullPath:
				writeTypeArgFieldName(b, f)
			case !f.Embedded():
				b.WriteString(f.Name())
				b.WriteByte(' ')
			}
			writeReflectName(b, f.Type(), fullPath)
			if tag := t.Tag(i); tag != "" {
				b.WriteByte(' ')
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i := range t.NumMethods() {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			writeSignature(b, m.Type().(*types.Signature), fullPath)
		}
		b.WriteString(" }")
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	case *types.Tuple:
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			writeReflectName(b, t.At(i).Type(), fullPath)
		}
	default:
		b.WriteString(t.String())
	}
}

// writeTypeArgFieldName writes the name of a field of a struct type in a
// type argument as the compiler's link name of an instance does: an
// unexported name with its package's path (main.a int), an embedded field
// whose name is not its type's own (an embedded int, an alias) as
// "main.int = int", one that is (main.S, *main.S) not at all.
func writeTypeArgFieldName(b *strings.Builder, f *types.Var) {
	sep := " "
	if f.Embedded() {
		ft := f.Type()
		if p, ok := ft.(*types.Pointer); ok {
			ft = p.Elem()
		}
		if n, ok := ft.(*types.Named); ok && n.Obj().Name() == f.Name() {
			return
		}
		sep = " = "
	}
	if !token.IsExported(f.Name()) && f.Pkg() != nil {
		b.WriteString(f.Pkg().Path() + ".")
	}
	b.WriteString(f.Name() + sep)
}

func writeSignature(b *strings.Builder, sig *types.Signature, fullPath bool) {
	b.WriteByte('(')
	params := sig.Params()
	for i := range params.Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeReflectName(b, pt, fullPath)
	}
	b.WriteByte(')')
	res := sig.Results()
	switch res.Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeReflectName(b, res.At(0).Type(), fullPath)
	default:
		b.WriteString(" (")
		writeReflectName(b, res, fullPath)
		b.WriteByte(')')
	}
}
