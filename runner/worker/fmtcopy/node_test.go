package fmtcopy

import (
	"errors"
	stdfmt "fmt"
	"reflect"
	"testing"
	"time"
)

// describe builds the Node of a compiled value the way the lowered program
// builds its own values' Nodes, so that printing the Node can be compared
// with fmt printing the value.
func describe(v reflect.Value, depth int, ro bool) any {
	if !v.IsValid() {
		return nil
	}
	t := v.Type()
	ts := t.String()
	var n any
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			if depth == 0 {
				return nil
			}
			return NilInterface(ts)
		}
		return describe(v.Elem(), depth+1, ro)
	case reflect.Bool:
		n = Basic(ts, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = Basic(ts, reflect.ValueOf(v.Int()).Convert(basicType(v.Kind())).Interface())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n = Basic(ts, reflect.ValueOf(v.Uint()).Convert(basicType(v.Kind())).Interface())
	case reflect.Float32, reflect.Float64:
		n = Basic(ts, reflect.ValueOf(v.Float()).Convert(basicType(v.Kind())).Interface())
	case reflect.Complex64, reflect.Complex128:
		n = Basic(ts, reflect.ValueOf(v.Complex()).Convert(basicType(v.Kind())).Interface())
	case reflect.String:
		n = Basic(ts, v.String())
	case reflect.Struct:
		var names []string
		var exported []bool
		var fields []any
		for i := range v.NumField() {
			f := t.Field(i)
			names = append(names, f.Name)
			exported = append(exported, f.IsExported())
			fields = append(fields, describe(v.Field(i), depth+1, ro || !f.IsExported()))
		}
		n = Struct(ts, names, exported, fields...)
	case reflect.Slice, reflect.Array:
		var elems []any
		for i := range v.Len() {
			elems = append(elems, describe(v.Index(i), depth+1, ro))
		}
		if v.Kind() == reflect.Slice {
			n = Slice(ts, rawOf(v), v.IsNil(), elems...)
		} else {
			n = Array(ts, elems...)
		}
	case reflect.Map:
		var kv []any
		iter := v.MapRange()
		for iter.Next() {
			kv = append(kv, describe(iter.Key(), depth+1, ro), describe(iter.Value(), depth+1, ro))
		}
		n = Map(ts, rawOf(v), v.IsNil(), kv...)
	case reflect.Pointer:
		if depth == 0 && !v.IsNil() {
			n = Pointer(ts, rawOf(v), describe(v.Elem(), depth+1, ro))
		} else {
			n = PointerTo(ts, rawOf(v), func() any { return describe(v.Elem(), depth+1, ro) })
		}
	default:
		n = Opaque(ts, rawOf(v))
	}
	if !ro && v.CanInterface() {
		x := v.Interface()
		var str, errf, gostr func() string
		var format func(stdfmt.State, rune)
		if s, ok := x.(stdfmt.Stringer); ok {
			str = s.String
		}
		if e, ok := x.(error); ok {
			errf = e.Error
			WithError(n, e)
		}
		if g, ok := x.(stdfmt.GoStringer); ok {
			gostr = g.GoString
		}
		if f, ok := x.(stdfmt.Formatter); ok {
			format = f.Format
		}
		WithMethods(n, str, errf, gostr, format)
	}
	return n
}

// rawOf is v as an interface, for its address, even if v came from an
// unexported field.
func rawOf(v reflect.Value) any {
	if v.CanInterface() {
		return v.Interface()
	}
	return reflect.NewAt(v.Type(), v.Addr().UnsafePointer()).Elem().Interface()
}

func basicType(k reflect.Kind) reflect.Type {
	switch k {
	case reflect.Int:
		return reflect.TypeFor[int]()
	case reflect.Int8:
		return reflect.TypeFor[int8]()
	case reflect.Int16:
		return reflect.TypeFor[int16]()
	case reflect.Int32:
		return reflect.TypeFor[int32]()
	case reflect.Int64:
		return reflect.TypeFor[int64]()
	case reflect.Uint:
		return reflect.TypeFor[uint]()
	case reflect.Uint8:
		return reflect.TypeFor[uint8]()
	case reflect.Uint16:
		return reflect.TypeFor[uint16]()
	case reflect.Uint32:
		return reflect.TypeFor[uint32]()
	case reflect.Uint64:
		return reflect.TypeFor[uint64]()
	case reflect.Uintptr:
		return reflect.TypeFor[uintptr]()
	case reflect.Float32:
		return reflect.TypeFor[float32]()
	case reflect.Float64:
		return reflect.TypeFor[float64]()
	case reflect.Complex64:
		return reflect.TypeFor[complex64]()
	}
	return reflect.TypeFor[complex128]()
}

type color int

func (c color) String() string { return [...]string{"red", "green", "blue"}[c] }

type celsius float64

type point struct{ X, Y int }

type task struct {
	Name  string
	State color
	hid   color
	Tags  []string
	P     *point
	Err   error
	Any   any
	D     time.Duration
	d     time.Duration
}

type pstr struct{ n int }

func (p *pstr) String() string { return stdfmt.Sprintf("pstr(%d)", p.n) }

type boom struct{}

func (boom) String() string { panic("kaboom") }

type verr struct{ Code int }

func (e verr) Error() string { return stdfmt.Sprintf("code %d", e.Code) }

type gostr struct{ A int }

func (gostr) GoString() string { return "GOSTR!" }

type formatter struct{ A int }

func (f formatter) Format(s stdfmt.State, verb rune) {
	w, wok := s.Width()
	stdfmt.Fprintf(s, "F[%c %d %v %v]", verb, f.A, w, wok)
}

type animal struct{ Name string }
type dog struct {
	animal
	Breed string
}

type name string
type bytesT []byte

func TestNodesPrintAsFmt(t *testing.T) {
	p := &point{1, 2}
	var nilPoint *point
	var nilPstr *pstr
	values := []any{
		point{1, 2}, p, nilPoint, []point{{1, 2}, {3, 4}}, []*point{p},
		color(1), []color{0, 1, 2}, map[color]int{2: 1, 0: 3}, map[string]color{"b": 1, "a": 2},
		celsius(21.5), []celsius{1, 2.25},
		task{Name: "t", State: 2, hid: 1, Tags: []string{"x"}, P: p, Err: verr{3}, Any: color(0), D: time.Second, d: time.Second},
		&task{Name: "ptr"}, task{},
		&pstr{4}, pstr{5}, []*pstr{{6}}, nilPstr, boom{}, []boom{{}},
		verr{7}, []error{verr{8}, errors.New("plain")}, gostr{1}, []gostr{{2}}, formatter{3}, []formatter{{4}},
		dog{animal{"rex"}, "lab"}, &dog{},
		name("bob"), []name{"a"}, bytesT("hi"), []byte("yo"), [2]uint8{1, 2},
		map[point]string{{2, 1}: "b", {1, 9}: "a"}, map[string][]int(nil), []int(nil), map[string]int{},
		[]any{1, "a", nil, point{5, 6}, color(2)}, map[string]any{"k": nil, "j": []int{1}},
		struct {
			A int
			b string
		}{1, "x"},
		true, 3, "str", 2.5, uint8(7), complex(1, 2),
	}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%6v", "%-6v|", "%08.3f", "%t", "%p", "%o", "%5.1s", "% x", "%+d", "%#x", "%U", "%c", "%e", "%w"}
	for _, v := range values {
		node := describe(reflect.ValueOf(v), 0, false)
		for _, verb := range verbs {
			want := stdfmt.Sprintf(verb, v)
			got := Sprintf(verb, node)
			if _, isBytes := v.([]byte); isBytes {
				continue // a []byte is passed as it is, never described
			}
			if got != want {
				t.Errorf("Sprintf(%q, %T %v):\n got %q\nwant %q", verb, v, v, got, want)
			}
		}
		if got, want := Sprint(node, node), stdfmt.Sprint(v, v); got != want {
			t.Errorf("Sprint(%T): got %q, want %q", v, got, want)
		}
		if got, want := Sprintln(node, "x", node), stdfmt.Sprintln(v, "x", v); got != want {
			t.Errorf("Sprintln(%T): got %q, want %q", v, got, want)
		}
	}
}

func TestFormatDirectives(t *testing.T) {
	nodes := func(vs ...any) []any {
		var out []any
		for _, v := range vs {
			out = append(out, describe(reflect.ValueOf(v), 0, false))
		}
		return out
	}
	tests := []struct {
		format string
		args   []any
	}{
		{"%d %d", []any{color(1)}},
		{"%[2]v %[1]v", []any{color(1), point{1, 2}}},
		{"%v", []any{color(1), point{1, 2}}},
		{"%*d|%-*v|", []any{5, 3, 4, color(2)}},
		{"%.*f", []any{2, celsius(3.14159)}},
		{"%!", []any{color(1)}},
		{"%[3]v", []any{color(1)}},
		{"100%% %v", []any{name("x")}},
		{"%z", []any{point{1, 2}}},
	}
	for _, tt := range tests {
		want := stdfmt.Sprintf(tt.format, tt.args...)
		if got := Sprintf(tt.format, nodes(tt.args...)...); got != want {
			t.Errorf("Sprintf(%q): got %q, want %q", tt.format, got, want)
		}
	}
	if got, want := Sprint(nodes("a", name("b"), 1, 2, name("c"))...), stdfmt.Sprint("a", name("b"), 1, 2, name("c")); got != want {
		t.Errorf("Sprint spacing: got %q, want %q", got, want)
	}
}

func TestErrorf(t *testing.T) {
	base := verr{1}
	node := describe(reflect.ValueOf(base), 0, false)
	err := Errorf("wrap %v: %w", point{1, 2}, node)
	want := stdfmt.Errorf("wrap %v: %w", point{1, 2}, base)
	if err.Error() != want.Error() || stdfmt.Sprintf("%T", err) != stdfmt.Sprintf("%T", want) {
		t.Errorf("Errorf: got %q %T, want %q %T", err, err, want, want)
	}
	if !errors.Is(err, base) {
		t.Errorf("Errorf does not wrap")
	}
	two := Errorf("%w and %w", node, errors.New("x"))
	if stdfmt.Sprintf("%T", two) != "*fmt.wrapErrors" || two.Error() != "code 1 and x" {
		t.Errorf("Errorf with two %%w: %T %q", two, two)
	}
	if e := Errorf("plain %d", 1); stdfmt.Sprintf("%T", e) != "*errors.errorString" {
		t.Errorf("Errorf without %%w: %T", e)
	}
}
