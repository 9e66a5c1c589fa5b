package lower

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRules checks what each rule writes, and that every line keeps its
// number (the lowered program has the same lines, then the helpers).
func TestRules(t *testing.T) {
	tests := []struct {
		name, body string
		decls      string   // top-level declarations before main
		want       []string // substrings of the lowered program
		refused    string   // substring of the refusal, if refused
	}{
		{name: "rangeint", body: "for i := range 3 {\n\t\tfmt.Println(i)\n\t}", want: []string{"for __i1, __n1 := int(0), 3; __i1 < __n1; __i1++ { i := __i1;"}},
		{name: "range chan", body: "ch := make(chan int)\n\tfor v := range ch {\n\t\tfmt.Println(v)\n\t}", want: []string{"for __c1 := ch; true; { v, __ok1 := <-__c1; if !__ok1 { break };"}},
		{name: "range chan assign", body: "ch := make(chan int)\n\tv := 0\n\tfor v = range ch {\n\t}\n\tfmt.Println(v)", want: []string{"for __c1 := ch; true; { __v1, __ok1 := <-__c1; if !__ok1 { break }; v = __v1;"}},
		{name: "range chan no var", body: "ch := make(chan int)\n\tfor range ch {\n\t}", want: []string{"for __c1 := ch; true; { if _, __ok1 := <-__c1; !__ok1 { break };"}},
		{name: "range over chans", body: "cs := []chan int{}\n\tfor i, c := range cs {\n\t\tfmt.Println(i, <-c)\n\t}", want: []string{"for __i1, __s1 := 0, cs; __i1 < len(__s1); __i1++ { i, c := __i1, __s1[__i1];"}},
		{name: "host select", body: "ch, out := make(chan int), make(chan string)\n\tselect {\n\tcase v, ok := <-ch:\n\t\tfmt.Println(v, ok)\n\tcase out <- \"x\":\n\tdefault:\n\t}",
			want: []string{"switch __si1, __sv1, __sok1 := __rt.Select(__rt.SelectRecv(ch), __rt.SelectSend(out, \"x\"), __rt.SelectDefault()); __si1 {",
				"case 0: var v int; if __sv1 != nil { v = __sv1.(int) }; ok := __sok1;", "\tcase 1:", "\tcase 2:"}},
		{name: "for without condition", body: "for i := 0; ; i++ {\n\t\tif i > 2 {\n\t\t\tbreak\n\t\t}\n\t}", want: []string{"for i := 0; true ; i++ {"}},
		{name: "loopvar", body: "for i := 0; i < 3; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t}", want: []string{"i++ { i := i;"}},
		{name: "astype over lines after return", body: "_ = func() (*fs.PathError, bool) {\n\t\treturn errors.AsType[\n\t\t\t*fs.PathError](nil)\n\t}", refused: "unsupported: errors.AsType over several lines after this"},
		{name: "loopvar carried", body: "for i := 0; i < 3; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t\ti++\n\t}", want: []string{"for __first1, __last1 := true, (*int)(nil); true; __first1 = false { var i int; if __first1 { i = 0 } else { i = *__last1; i++ }; if !(i < 3) { break }; __last1 = &i;"}},
		{name: "loopvar carried refused over lines", body: "for i := 0; i < 3;\n\ti++ {\n\t\tgo func() { fmt.Println(i) }()\n\t\ti++\n\t}", refused: "unsupported: a loop variable captured by a closure (or its address taken) and assigned in the loop body, in a loop whose header spans lines"},
		{name: "compiled func", body: "var wg sync.WaitGroup\n\twg.Go(func() {})\n\twg.Wait()", want: []string{"wg.Go(__rt.Goroutine(__rt.NewGoroutine(), func() {"}},
		{name: "compiled func in a loop", body: "var wg sync.WaitGroup\n\tfor i := range 2 {\n\t\tn := i * 2\n\t\twg.Go(func() { fmt.Println(i, n) })\n\t\tn++\n\t}\n\twg.Wait()",
			want: []string{"wg.Go(__rt.Goroutine(__rt.NewGoroutine(), func(i int, n *int) func() { return func() {", "fmt.Println(i, (*n)) } }(i, &n)))"}},
		{name: "select continue", body: "ch := make(chan int)\n\tfor {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tcontinue\n\t\t}\n\t}", want: []string{"{ __selDo1 = 1; goto __sel1 }", "__sel1: ; if __selDo1 == 1 { continue };"}},
		{name: "select break", body: "ch := make(chan int)\n\tfor {\n\t\tselect {\n\t\tcase <-ch:\n\t\t\tbreak\n\t\t}\n\t}", want: []string{"goto __sel1", "}; __sel1: ;"}},
		{name: "min constant", body: "const c = min(3, 1)\n\tn := 2\n\tfmt.Println(c, max(c, n))", want: []string{"const c = (1)", "__max1(c, n)", "func __max1(x int, ys ...int) int"}},
		{name: "println", body: "var err error\n\tprintln(\"x\", 1, err)", want: []string{"__rt.Println(\"x\", 1, __rt.Iface((err) == nil))"}},
		{name: "go named", body: "go fmt.Println(1)", want: []string{"go func() func(int64, func()) { return func(__gid int64, __c func()) {", "__bind1(fmt.Println, 1))"}},
		{name: "new expr", body: "p := new(42)\n\tfmt.Println(*p)", want: []string{"__new1(42)", "func __new1(v int) *int { return &v }"}},
		{name: "panic recover", body: "defer func() { fmt.Println(recover()) }()\n\tpanic(fmt.Errorf(\"x\"))", want: []string{"__panicValue1(recover())", "panic(__panicSaveErr1(fmt.Errorf(\"x\")))"}},
		{name: "defer closure in a loop", body: "for i := range 3 {\n\t\tdefer func() { fmt.Println(i) }()\n\t}", want: []string{"defer func(i int) { fmt.Println(i) }(i)"}},
		{name: "defer closure assigning a loop variable refused", body: "for i := range 3 {\n\t\tdefer func() { i++ }()\n\t}", refused: "unsupported: a deferred function literal uses i, a variable of the loop around it, and assigns i"},
		{name: "defer closure with parameters refused", body: "for i := range 3 {\n\t\tdefer func(n int) { fmt.Println(i, n) }(1)\n\t}", refused: "unsupported: a deferred function literal uses i, a variable of the loop around it, and takes parameters"},
		{name: "recursive func type kept", decls: "type F func(string) F\n\n", body: "var f F\n\tfmt.Println(f == nil)", want: []string{"type F func(string) F"}},
		{name: "recursive map type refused", decls: "type M map[string]M\n\n", body: "m := M{}\n\tfmt.Println(len(m))", refused: "unsupported: the type M contains itself through a map, an array, an unnamed struct or another named type"},
		{name: "recursive type through an unnamed struct refused", decls: "type T []struct{ next T }\n\n", body: "fmt.Println(len(T{}))", refused: "unsupported: the type T contains itself through a map, an array, an unnamed struct"},
		{name: "recursive array type refused", decls: "type A [2]*A\n\n", body: "var a A\n\tfmt.Println(a[0] == nil)", refused: "unsupported: the type A contains itself through a map"},
		{name: "recursive slice type through another refused", decls: "type T []U\ntype U *T\n\n", body: "var t T\n\tfmt.Println(len(t))", refused: "unsupported: the type T contains itself"},
		{name: "recursive struct type", decls: "type L struct{ next *L; f func(L) L }\n\n", body: "var l L\n\tfmt.Println(l.next == nil)", want: []string{"type L struct{ next *L; f func(L) L }"}},
		{name: "reflect Method", decls: "type M int\n\nfunc (M) F() {}\n\n", body: "fmt.Println(reflect.TypeOf(M(0)).NumMethod())",
			want: []string{"__rt.TypeNumMethod(reflect.TypeOf(M(0)), __rmt1)", "func __rmf1(a0 M) { a0.F() }", "var __rmt1 = __rt.MethodTable{{Name: \"F\", Func: reflect.ValueOf(__rmf1), Bind: __rmb1}}"}},
		{name: "reflect Method of a parameter refused", decls: "func n(t reflect.Type) int { return t.NumMethod() }\n\n", body: "fmt.Println(n(reflect.TypeOf(0)))", refused: "unsupported: reflect's NumMethod on the program's types (the lowering cannot tell the receiver's type)"},
		{name: "reflect method expression refused", body: "h := reflect.Type.MethodByName\n\tfmt.Println(h != nil)", refused: "unsupported: reflect's MethodByName"},
		{name: "reflect Method through an interface", decls: "type MT interface{ Method(int) reflect.Method }\n\n", body: "var t MT = reflect.TypeOf(0)\n\tfmt.Println(t.Method(0).Name)", want: []string{"__rt.TypeMethod(t, __rmt1, 0).Name", "var __rmt1 = __rt.MethodTable{}"}},
		{name: "reflect Method through an interface parameter refused", decls: "type MT interface{ Method(int) reflect.Method }\n\nfunc name(t MT) string { return t.Method(0).Name }\n\n", body: "fmt.Println(name(reflect.TypeOf(0)))", refused: "unsupported: reflect's Method"},
		{name: "reflect Method of a compiled type", body: "fmt.Println(reflect.TypeOf(&strings.Builder{}).NumMethod())", want: []string{"reflect.TypeOf(&strings.Builder{}).NumMethod()"}},
		{name: "switch on an interface with an init", decls: "type F float64\n\n", body: "switch i := any(1.0); i {\n\tcase F(1):\n\t\tfmt.Println(\"F\")\n\t}",
			want: []string{"{ i := any(1.0); switch __tag1 := i; {", "case __eq1(__tag1, F(1)):", "\t} }"}},
		{name: "refused import", body: "_ = synctest.Wait", refused: "unsupported: package testing/synctest"},
		{name: "defer args", body: "x := 1\n\tdefer fmt.Println(\"x\", x)\n\tx = 2", want: []string{"__d1 := __bind1(fmt.Println, \"x\", x); defer __d1()"}},
		{name: "deferred recovering closure refused", body: "h := func() { recover() }\n\tdefer h()", refused: "unsupported: deferring a call of a function literal held in a variable, which calls recover"},
		{name: "defer args recover", decls: "func handle(s string) { recover() }\n\n", body: "s := \"a\"\n\tdefer handle(s)\n\ts = \"b\"", want: []string{"__d1 := s; defer handle(__d1)"}},
		{name: "method value", decls: "type T struct{ n int }\n\nfunc (t T) Show() { fmt.Println(t.n) }\n\n", body: "t := T{1}\n\tf := t.Show\n\tt.n = 2\n\tf()",
			want: []string{"f := __mv1(t)", "func __mv1(r T) func() { return r.Show }"}},
		{name: "pointer method value in a go statement", decls: "type T struct{ n int }\n\nfunc (t *T) Run() { fmt.Println(t.n) }\n\n", body: "for _, t := range []*T{{1}, {2}} {\n\t\tgo t.Run()\n\t}",
			want: []string{"__bind1(__mvp1(t)))", "func __mvp1(r *T) func() { return r.Run }"}},
		{name: "method expression", decls: "type T struct{ n int }\n\nfunc (t *T) Inc() { t.n++ }\n\n", body: "f := (*T).Inc\n\tf(&T{})",
			want: []string{"f := __me1", "func __me1(a0 *T) { a0.Inc() }"}},
		{name: "closure in a function that defers", body: "f := func() {}\n\tdefer f()", want: []string{"f := func() func() { return func() {} }()"}},
		{name: "error value", decls: "type E struct{ s string }\n\nfunc (e E) Error() string { return e.s }\n\n", body: "var err error = E{}\n\tfmt.Println(err != nil)",
			want: []string{"var err error = __errv1(E{})", "func __errv1(v E) error { return v }"}},
		{name: "parallel literal", decls: "type P struct{ X int }\n\nfunc mk() P { return P{} }\n\n", body: "a, b := mk(), P{1}\n\tfmt.Println(a, b)",
			want: []string{"a, b := mk(), __lit1(P{1})"}},
		{name: "type switch", decls: "type E struct{ s string }\n\nfunc (e *E) Error() string { return e.s }\n\n", body: "var err error = &E{}\n\tswitch e := err.(type) {\n\tcase *E:\n\t\tfmt.Println(e.s)\n\t}",
			want: []string{"switch __x1, __t1 := __dsw1(err); {", "case __t1.id == 2: e := __t1.v2; _ = e;", "func (e *E) Error() string { if __dynProbe1() { __dynRes1 = __dyn1{id: 2, v2: e}; return \"\" };"}},
		{name: "type assertion", decls: "type S interface{ M() }\ntype T struct{}\n\nfunc (T) M() {}\n\n", body: "var v any = T{}\n\ts, ok := v.(S)\n\tfmt.Println(s, ok)",
			want: []string{"s, ok := __as2_1(v)"}},
		{name: "fmt type name", decls: "type P struct{ X int }\n\n", body: "p := P{1}\n\tfmt.Printf(\"%T %+v\\n\", p, p)",
			want: []string{"fmt.Print(__rt.Sprintf(\"%T %+v\\n\", __fD1(p, 0), __fD1(p, 0)))", "__rt.FStruct(\"main.P\""}},
		{name: "fmt blank field", decls: "type P struct {\n\tX int\n\t_ string\n}\n\n", body: "fmt.Printf(\"%+v\\n\", P{X: 1})",
			want: []string{"__rt.FStruct(\"main.P\", __fN1, __fE1, x.X, *new(string))"}},
		{name: "fmt deferred", decls: "type P struct{ X int }\n\nfunc (p P) String() string { return \"p\" }\n\n", body: "p := P{1}\n\tdefer fmt.Println(p)\n\tp.X = 2",
			want: []string{"__d1 := __bind1(__fmtCall1, p); defer __d1()", "func __fmtCall1(a0 P) {"}},
		{name: "bounds", body: "s := []int{1}\n\ti := 3\n\tfmt.Println(s[i], s[:i])", want: []string{"s[__ix1(i, len(s))], s[:__ix12(0, i, cap(s), 2)]"}},
		{name: "bounds in a constant", decls: "var s [][30]int\n\n", body: "const n = len(s[10])\n\tfmt.Println(n, s[n])", want: []string{"const n = len(s[10])", "s[__ix1(n, len(s))]"}},
		{name: "bounds in range", body: "s := []int{1}\n\tfor i := range s {\n\t\ts[i]++\n\t}", want: []string{"\t\ts[i]++"}},
		{name: "context key", decls: "type key string\n\n", body: "ctx := context.WithValue(context.Background(), key(\"k\"), 1)\n\t_ = ctx",
			want: []string{"context.WithValue(context.Background(), __rt.CtxKey(\"main.key\", key(\"k\")), 1)"}},
		{name: "interface equality", decls: "type E struct{ s string }\n\nfunc (e *E) Error() string { return e.s }\n\n", body: "var a, b error = &E{}, &E{}\n\tfmt.Println(a == b)",
			want: []string{"fmt.Println(__eq1(a, b))"}},
		{name: "local type", body: "type r struct{ id int }\n\tfmt.Printf(\"%+v\\n\", r{1})", want: []string{"\ttype _ struct{ id int }", "\ntype r struct{ id int }\n"}},
		{name: "generic instance under any", decls: "type Pair[T any] struct{ V T }\n\nfunc first[T any](s []T) T { return s[0] }\n\n", body: "fmt.Println(first([]Pair[int]{{1}}))",
			want: []string{"first[Pair[int]]([]Pair[int]{{1}})"}},
		{name: "generic instance under comparable", decls: "type Pair[T any] struct{ V T }\n\nfunc eq[T comparable](a, b T) bool { return a == b }\n\n", body: "fmt.Println(eq(Pair[int]{1}, Pair[int]{1}))",
			want: []string{"eq[Pair[int]](Pair[int]{1}, Pair[int]{1})"}},
		{name: "generic instance under a method constraint copied", decls: "type Box[T any] struct{ V T }\n\nfunc (b Box[T]) String() string { return fmt.Sprint(b.V) }\n\nfunc show[T fmt.Stringer](v T) string { return v.String() }\n\n", body: "fmt.Println(show(Box[int]{1}))",
			want: []string{"fmt.Println(show__i1(Box[int]{1}))", "//line p.go:15:1\nfunc show__i1(v Box[int]) string { return v.String() }"}},
		{name: "type parameter list over several lines copied", decls: "type List[T any] []T\n\nfunc size[\n\tL ~[]E,\n\tE any,\n](l L) int { return len(l) }\n\n", body: "fmt.Println(size(List[int]{1}))",
			want: []string{"fmt.Println(size__i1(List[int]{1}))", "func size__i1(\n\n\nl List[int]) int { return len(l) }"}},
		{name: "generic instance under a type set copied", decls: "type List[T any] []T\n\nfunc size[L ~[]E, E any](l L) int { return len(l) }\n\n", body: "fmt.Println(size(List[int]{1}))",
			want: []string{"fmt.Println(size__i1(List[int]{1}))", "func size__i1(l List[int]) int { return len(l) }"}},
		{name: "self-referring chan kept", decls: "type C chan C\n\n", body: "c := make(C, 1)\n\tc <- c", want: []string{"type C chan C"}},
		{name: "self-referring generic slice kept", decls: "type L[T any] []L[T]\n\n", body: "fmt.Println(len(L[int]{nil}))", want: []string{"type L[T any] []L[T]"}},
		{name: "self-referring generic map refused", decls: "type M[T any] map[string]M[T]\n\n", body: "fmt.Println(len(M[int]{}))", refused: "p.go:11:6: unsupported: the type M contains itself"},
		{name: "self-referring func through a named type refused", decls: "type F func() G\n\ntype G []F\n\n", body: "var f F\n\t_ = f", refused: "unsupported: the type F contains itself"},
		{name: "self-reference through a struct kept", decls: "type N struct{ next []N }\n\ntype S []N\n\n", body: "fmt.Println(len(S{{}}))", want: []string{"fmt.Println(len(S{{}}))"}},
		{name: "instantiate inferred", decls: "func apply[T, U any](x T, f func(T) U) U { return f(x) }\n\n", body: "fmt.Println(apply(2, func(n int) string { return fmt.Sprint(n) }))",
			want: []string{"apply[int, string](2, func(n int) string"}},
		{name: "instantiate partly written", decls: "func double[S ~[]E, E ~int](s S) S { return s }\n\ntype ints []int\n\n", body: "fmt.Println(double[ints](ints{1}))",
			want: []string{"double[ints, int](ints{1})"}},
		{name: "instantiate fully written", decls: "func double[S ~[]E, E ~int](s S) S { return s }\n\ntype ints []int\n\n", body: "fmt.Println(double[ints, int](ints{1}))",
			want: []string{"fmt.Println(double[ints, int](ints{1}))"}},
		{name: "interface against a type parameter copied", decls: "type myint int\n\nfunc (myint) foo() {}\n\ntype fooer interface{ foo() }\n\nfunc same[T comparable](i any, t T) bool { return i == t }\n\n", body: "fmt.Println(same[myint](myint(0), 0))",
			want: []string{"fmt.Println(same__i1(myint(0), 0))", "func same__i1(i any, t myint) bool { return __eq1(i, t) }"}},
		{name: "switch of an interface on a type parameter copied", decls: "type myint int\n\nfunc is[T comparable](i any) bool {\n\tvar t T\n\tswitch i {\n\tcase t:\n\t\treturn true\n\t}\n\treturn false\n}\n\n", body: "fmt.Println(is[myint](myint(0)))",
			want: []string{"func is__i1(i any) bool {\n\tvar t myint\n\tswitch __tag1 := i; {\n\tcase __eq1(__tag1, t):"}},
		{name: "interface against a type parameter in a method refused", decls: "type myint int\n\ntype Box[T comparable] struct{ v T }\n\nfunc (b Box[T]) same(i any) bool { return i == b.v }\n\n", body: "fmt.Println(Box[myint]{}.same(myint(0)))",
			refused: "unsupported: comparing an interface value with a value of the type parameter T"},
		{name: "type parameters compared", decls: "type myint int\n\nfunc same[T comparable](a, b T) bool { return a == b }\n\n", body: "fmt.Println(same[myint](0, 0))",
			want: []string{"func same[T comparable](a, b T) bool { return a == b }"}},
		{name: "switch with a type parameter of compiled instances kept", decls: "func kind[T any](i any) string {\n\tswitch i.(type) {\n\tcase T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "fmt.Println(kind[int](1), kind[[]string](nil))",
			want: []string{"\tswitch i.(type) {\n\tcase T:"}},
		{name: "assertion to a type parameter of compiled instances kept", decls: "func as[T any](i any) T { return i.(T) }\n\n", body: "fmt.Println(as[struct{ a, b int }](1))",
			want: []string{"func as[T any](i any) T { return i.(T) }"}},
		{name: "switch with a type parameter of an interface instance copied", decls: "func kind[T any](i any) string {\n\tswitch i.(type) {\n\tcase T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "fmt.Println(kind[int](1), kind[any](nil))",
			want: []string{"fmt.Println(kind__i1(1), kind__i2(nil))", "func kind__i1(i any) string {\n\tswitch i.(type) {\n\tcase int:", "func kind__i2(i any) string {"}},
		{name: "switch with a type parameter of a program type instance copied", decls: "type myint int\n\nfunc kind[T any](i any) string {\n\tswitch i.(type) {\n\tcase []T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "fmt.Println(kind[myint](1))",
			want: []string{"fmt.Println(kind__i1(1))", "func kind__i1(i any) string {"}},
		{name: "switch with a type parameter whose argument the function shadows refused", decls: "func kind[T any](i any) string {\n\ttype int = string\n\tvar s int\n\t_ = s\n\tswitch i.(type) {\n\tcase T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "fmt.Println(kind[int](1), kind[any](nil))",
			refused: "p.go:15:2: unsupported: a type switch or assertion with T, which names a type parameter, in generic code that the runner cannot copy per instance"},
		{name: "switch with a type parameter instantiated with a type declared in a function copied once the type moves", decls: "func kind[T any](i any) string {\n\tswitch i.(type) {\n\tcase T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "type loc int\n\tfmt.Println(kind[loc](1), kind[any](nil))",
			want: []string{"type _ int", "fmt.Println(kind__i1(1), kind__i2(nil))", "type loc int", "func kind__i1(i any) string {"}},
		{name: "switch with a type parameter instantiated with a type declared in a function that uses the function's constant refused", decls: "func kind[T any](i any) string {\n\tswitch i.(type) {\n\tcase T:\n\t\treturn \"T\"\n\t}\n\treturn \"\"\n}\n\n", body: "const n = 2\n\ttype loc [n]int\n\tfmt.Println(kind[loc](1), kind[any](nil))",
			refused: "p.go:12:2: unsupported: a type switch or assertion with T, which names a type parameter, in generic code that the runner cannot copy per instance"},
		{name: "impossible assertion to a type parameter from a non-empty interface copied", decls: "func as[T any](e error) T { return e.(T) }\n\n", body: "fmt.Println(as[int](nil))",
			want: []string{"fmt.Println(as__i1(nil))", "func as__i1(e error) int { return __as1_1(e) }", "panic(__rt.AssertionError(\"interface conversion: error is \" + __dynName1(t) + \", not int\"))"}},
		{name: "assertion in a method of a generic type of compiled instances kept", decls: "type Box[T any] struct{}\n\nfunc (Box[T]) recv(c any) T { return <-c.(chan T) }\n\n", body: "fmt.Println(Box[int]{}.recv(make(chan int)))",
			want: []string{"func (Box[T]) recv(c any) T { return <-c.(chan T) }"}},
		{name: "assertion in a method of a generic type of a program type instance refused", decls: "type myint int\n\ntype Box[T any] struct{}\n\nfunc (Box[T]) recv(c any) T { return <-c.(chan T) }\n\n", body: "fmt.Println(Box[int]{}, Box[myint]{})",
			refused: "unsupported: a type switch or assertion with chan T, which names a type parameter, in generic code that the runner cannot copy per instance"},
		{name: "assertion to a type parameter instantiated in a generic function copied", decls: "func as[T any](i any) T { return i.(T) }\n\nfunc via[U any](i any) U { return as[U](i) }\n\n", body: "fmt.Println(via[int](1))",
			want: []string{"fmt.Println(via__i1(1))", "func via__i1(i any) int { return as__i1(i) }", "func as__i1(i any) int { return i.(int) }"}},
		{name: "go loop vars", body: "for i := 0; i < 2; i++ {\n\t\tgo func() { fmt.Println(i) }()\n\t}", want: []string{"go func() func(int64, *int) { return func(__gid int64, i *int) {", "fmt.Println((*i)) } }()(__rt.NewGoroutineAt(\"main.main\", \"p.go\", 13, 1), &i)"}},
		{name: "slices shim", body: "s := []int{1, 2}\n\tslices.Reverse(s)", want: []string{"__slices_Reverse1(s)", "func __slices_Reverse1(s []int) {"}},
		{name: "errors.As value target", decls: "type E struct{ s string }\n\nfunc (e E) Error() string { return e.s }\n\n", body: "var err error = E{}\n\tvar e E\n\tfmt.Println(errors.As(err, &e))",
			want: []string{"__errorsAs1(err, &e)"}},
		{name: "log position", body: "log.Println(\"x\")", want: []string{"__rt.LogAt(log.Default(), \"p.go\", 13).Println(\"x\")"}},
		{name: "logger position", body: "l := log.Default()\n\tl.Printf(\"%d\", 1)", want: []string{"__rt.LogAt(l, \"p.go\", 14).Printf(\"%d\", 1)"}},
		{name: "log output depth", body: "log.Output(2, \"x\")", want: []string{"__rt.LogAt(log.Default(), \"???\", 0).Output(2, \"x\")"}},
		{name: "deferred log position", body: "defer log.Println(\"x\")", want: []string{"__rt.LogAt(log.Default(), \"???\", 0).Println"}},
		{name: "errors.AsType compiled", body: "_, ok := errors.AsType[*fs.PathError](nil)\n\tfmt.Println(ok)",
			want: []string{"_, ok := __errorsAsType1(nil)", "func __errorsAsType1(err error) (*fs.PathError, bool) {\n\tvar t *fs.PathError\n\tok := errors.As(err, &t)"}},
		{name: "embed refused", decls: "//go:embed p.go\nvar src string\n\n", body: "fmt.Println(src)", refused: "p.go:12:1: unsupported: //go:embed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			imports := "\t\"fmt\"\n\t\"sync\"\n"
			if strings.Contains(tt.decls, "go:embed") {
				imports += "\t_ \"embed\"\n"
			}
			if strings.Contains(tt.body, "fs.") {
				imports += "\t\"io/fs\"\n"
			}
			if strings.Contains(tt.body, "synctest") {
				imports += "\t\"testing/synctest\"\n"
			}
			for _, pkg := range []string{"context", "errors", "slices", "log", "reflect", "strings"} {
				if strings.Contains(tt.body+tt.decls, pkg+".") {
					imports += "\t\"" + pkg + "\"\n"
				}
			}
			src := "package main\n\nimport (\n" + imports + ")\n\nvar _ sync.Mutex\nvar _ = fmt.Sprint\n\n" + tt.decls + "func main() {\n\t" + tt.body + "\n}\n"
			out, err := Program("p.go", []byte(src))
			if tt.refused != "" {
				var le *Error
				require.ErrorAs(t, err, &le)
				assert.Contains(t, le.Error(), tt.refused)
				return
			}
			require.NoError(t, err)
			for _, w := range tt.want {
				assert.Contains(t, string(out), w)
			}
			n := bytes.Count([]byte(src), []byte("\n"))
			lowered := strings.Split(string(out), "\n")
			assert.Equal(t, strings.Split(src, "\n")[n-1], "}")
			assert.True(t, strings.HasSuffix(lowered[n-1], "}") || strings.Contains(lowered[n-1], "}"), "line %d of the lowered program should still close main: %q", n, lowered[n-1])
		})
	}
}
