// Package fmtcopy is Go 1.26's fmt printing (print.go, format.go, errors.go
// and internal/fmtsort, copied), taught to print a Node: the description of
// a value of the interpreted program, which the lowering
// (internal/lower/fmtcalls.go) builds because compiled fmt cannot see what
// yaegi's values are: their types' names (%T, %#v), their String, Error,
// GoString and Format methods once they sit in a struct, a slice, a map or
// an interface, nor, now and then, their fields.
//
// A Node has the type's name as reflect would write it ("main.Point",
// "[]main.Color"), its kind, and what it is made of: fields, elements,
// keys, the pointee of a pointer, or for a basic kind the value as the
// underlying basic type. Its children are Nodes again or values of compiled
// types, which are printed as fmt prints them. Methods are funcs. The
// printer treats a Node at every step as fmt treats a reflect.Value of the
// type it describes.
package fmtcopy

import (
	stdfmt "fmt"
	"reflect"
)

// Node describes a value of the interpreted program for printing.
type Node struct {
	Type     string       // the type, as reflect.Type.String writes it
	Kind     reflect.Kind // its kind; Interface for a nil interface value
	Val      any          // basic kinds: the value, of the underlying basic type; Chan, Func, UnsafePointer: the value
	Names    []string     // Struct: the fields' names
	Exported []bool       // Struct: whether each field is exported
	Elems    []any        // Struct fields, Array and Slice elements, Map values, Pointer: the pointee if described
	Keys     []any        // Map keys
	Nil      bool         // a nil Slice, Map or Pointer
	Addr     uintptr      // Pointer, Map, Slice: the address fmt prints for %p
	Deref    func() any   // Pointer: describes the pointee, if Elems does not hold it

	StringM, ErrorM, GoStringM func() string
	FormatM                    func(stdfmt.State, rune)
	Err                        error // an error value, for Errorf's %w
}

func (n *Node) hasMethods() bool {
	return n.StringM != nil || n.ErrorM != nil || n.GoStringM != nil || n.FormatM != nil
}

// typeString is the type fmt names for an operand.
func typeString(arg any) string {
	if n, ok := arg.(*Node); ok {
		return n.Type
	}
	return reflect.TypeOf(arg).String()
}

// kindOf is the kind of an operand.
func kindOf(arg any) reflect.Kind {
	if n, ok := arg.(*Node); ok {
		return n.Kind
	}
	return reflect.TypeOf(arg).Kind()
}

// unbox returns the value behind a reflect.Value, which is how a panic of
// the interpreter can arrive.
func unbox(v any) any {
	if rv, ok := v.(reflect.Value); ok && rv.IsValid() && rv.CanInterface() {
		return rv.Interface()
	}
	return v
}

// handleNodeMethods is handleMethods for a Node.
func (p *pp) handleNodeMethods(n *Node, verb rune) (handled bool) {
	if verb == 'w' {
		if n.Err == nil || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if n.FormatM != nil {
		handled = true
		defer p.catchPanic(n, verb, "Format")
		n.FormatM(p, verb)
		return
	}
	if p.fmt.sharpV {
		if n.GoStringM != nil {
			handled = true
			defer p.catchPanic(n, verb, "GoString")
			p.fmt.fmtS(n.GoStringM())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch {
		case n.ErrorM != nil:
			handled = true
			defer p.catchPanic(n, verb, "Error")
			p.fmtString(n.ErrorM(), verb)
			return
		case n.StringM != nil:
			handled = true
			defer p.catchPanic(n, verb, "String")
			p.fmtString(n.StringM(), verb)
			return
		}
	}
	return false
}

// printItem prints a child of a Node: a Node, or a value of a compiled type.
func (p *pp) printItem(x any, verb rune, depth int) {
	if n, ok := x.(*Node); ok {
		p.printNode(n, verb, depth)
		return
	}
	p.printValue(reflect.ValueOf(x), verb, depth)
}

// printChild prints a child that an unexported field holds (ro) or not.
func (p *pp) printChild(x any, verb rune, depth int, ro bool) {
	old := p.ro
	p.ro = p.ro || ro
	p.printItem(x, verb, depth)
	p.ro = old
}

// printNode is printValue for a Node.
func (p *pp) printNode(n *Node, verb rune, depth int) {
	if depth > 0 && !p.ro && n.hasMethods() {
		p.arg = n
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = reflect.Value{}
	p.node = n

	switch n.Kind {
	case reflect.Bool:
		p.fmtBool(reflect.ValueOf(n.Val).Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.fmtInteger(uint64(reflect.ValueOf(n.Val).Int()), signed, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.fmtInteger(reflect.ValueOf(n.Val).Uint(), unsigned, verb)
	case reflect.Float32:
		p.fmtFloat(reflect.ValueOf(n.Val).Float(), 32, verb)
	case reflect.Float64:
		p.fmtFloat(reflect.ValueOf(n.Val).Float(), 64, verb)
	case reflect.Complex64:
		p.fmtComplex(reflect.ValueOf(n.Val).Complex(), 64, verb)
	case reflect.Complex128:
		p.fmtComplex(reflect.ValueOf(n.Val).Complex(), 128, verb)
	case reflect.String:
		p.fmtString(reflect.ValueOf(n.Val).String(), verb)
	case reflect.Map:
		if p.fmt.sharpV {
			p.buf.writeString(n.Type)
			if n.Nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		for i, k := range sortedKeys(n.Keys) {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printItem(n.Keys[k], verb, depth+1)
			p.buf.writeByte(':')
			p.printItem(n.Elems[k], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case reflect.Struct:
		if p.fmt.sharpV {
			p.buf.writeString(n.Type)
		}
		p.buf.writeByte('{')
		for i, f := range n.Elems {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := n.Names[i]; name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			p.printChild(f, verb, depth+1, !n.Exported[i])
		}
		p.buf.writeByte('}')
	case reflect.Interface: // a nil interface value
		if p.fmt.sharpV {
			p.buf.writeString(n.Type)
			p.buf.writeString(nilParenString)
		} else {
			p.buf.writeString(nilAngleString)
		}
	case reflect.Array, reflect.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			if bytes, ok := nodeBytes(n); ok {
				p.fmtBytes(bytes, verb, n.Type)
				return
			}
		}
		if p.fmt.sharpV {
			p.buf.writeString(n.Type)
			if n.Kind == reflect.Slice && n.Nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, e := range n.Elems {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printItem(e, verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, e := range n.Elems {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printItem(e, verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case reflect.Pointer:
		if depth == 0 && n.Addr != 0 && len(n.Elems) == 0 && n.Deref != nil {
			n.Elems = []any{n.Deref()} // a badVerb prints a pointer inside a value at depth 0
		}
		if depth == 0 && n.Addr != 0 && len(n.Elems) == 1 {
			switch kindOf(n.Elems[0]) {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.buf.writeByte('&')
				p.printItem(n.Elems[0], verb, depth+1)
				return
			}
		}
		p.fmtNodePointer(n, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.fmtNodePointer(n, verb)
	default:
		p.buf.writeByte('?')
		p.buf.writeString(n.Type)
		p.buf.writeByte('?')
	}
}

// nodeBytes is the content of an array or slice Node of bytes.
func nodeBytes(n *Node) ([]byte, bool) {
	if len(n.Elems) == 0 {
		return nil, false
	}
	bytes := make([]byte, len(n.Elems))
	for i, e := range n.Elems {
		var v reflect.Value
		if en, ok := e.(*Node); ok {
			v = reflect.ValueOf(en.Val)
		} else {
			v = reflect.ValueOf(e)
		}
		if v.Kind() != reflect.Uint8 {
			return nil, false
		}
		bytes[i] = byte(v.Uint())
	}
	return bytes, true
}

// fmtNodePointer is fmtPointer for a Node.
func (p *pp) fmtNodePointer(n *Node, verb rune) {
	var u uintptr
	switch n.Kind {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = n.Addr
	default:
		p.node = n
		p.arg = nil
		p.value = reflect.Value{}
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(n.Type)
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.node = n
		p.badVerb(verb)
	}
}
