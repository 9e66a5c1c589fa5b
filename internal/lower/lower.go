package lower

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/concbook/concurrency/internal/typecheck"
)

// Error is a program that cannot be lowered: it uses a construct the runner
// does not support (the message says "unsupported", names the construct and
// a way to write it that runs). Its message starts with the position,
// "file:line:col: ", at the construct in the program's own (Markdown) lines.
type Error struct {
	Pos token.Position
	Msg string

	// at is Pos in the checked program, and instantiated the generic
	// function or type whose instantiation is refused (generics.go): what
	// instances.go needs to tell whether a copy of a generic function
	// per instance would lower.
	at           token.Pos
	instantiated types.Object
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Pos, e.Msg) }

// runtimePackage is the worker's helper package, imported as runtimeName.
const (
	runtimePackage = "concbook/rt"
	runtimeName    = "__rt"
)

// Program type-checks and lowers the source of one program. filename names
// it in errors (a //line directive in src takes precedence). A program that
// does not compile returns a *typecheck.Error, one the runner cannot run
// faithfully a *Error.
func Program(filename string, src []byte) ([]byte, error) {
	p, err := typecheck.Check(filename, src)
	if err != nil {
		return nil, err
	}
	return Checked(p)
}

// TestProgram lowers a test program: a test file of package main, whose
// Test functions the worker runs as go test does (testcalls.go).
func TestProgram(filename string, src []byte) ([]byte, error) {
	tp, err := typecheck.CheckTest(filename, src)
	if err != nil {
		return nil, err
	}
	return checked(tp, true)
}

// Checked lowers a program that type-checked.
func Checked(tp *typecheck.Program) ([]byte, error) { return checked(tp, false) }

// lowerOnce runs the rules over a checked program. ic, if not nil, holds
// the copies instances.go made of generic functions.
func lowerOnce(tp *typecheck.Program, test bool, ic *instanceCopies) ([]byte, error) {
	p := &program{
		test:  test,
		fset:  tp.Fset,
		file:  tp.File,
		src:   tp.Src,
		info:  tp.Info,
		pkg:   tp.Pkg,
		tp:    tp,
		names: map[string]bool{},
		decls: map[string]string{},

		carried: map[*ast.ForStmt]bool{},
	}
	p.base = tp.Fset.File(tp.File.Pos()).Base()
	if ic != nil {
		p.copyOf, p.impossible = ic.copyOf, ic.impossible
	}
	for _, s := range tp.File.Imports {
		path, _ := strconv.Unquote(s.Path.Value)
		name := ""
		if s.Name != nil {
			name = s.Name.Name
		} else if pkg, ok := p.info.Implicits[s].(*types.PkgName); ok {
			name = pkg.Name()
		}
		if name != "_" && name != "." && p.imported == nil {
			p.imported = map[string]string{}
		}
		if name != "_" && name != "." {
			p.imported[path] = name
		}
	}
	for _, rule := range rules {
		if err := rule.fn(p); err != nil {
			return nil, err
		}
	}
	return p.apply()
}

// rule is one rewrite, run in order over the parsed program.
type rule struct {
	name string
	fn   func(*program) error
}

// rules run in order; each adds its edits to the program.
var rules = []rule{
	{"hoist", hoistRule},
	{"stacks", stacksRule},
	{"genericalias", genericAliasRule},
	{"generics", genericsRule},
	{"selfref", selfRefRule},
	{"crash", crashRule},
	{"goloopvars", goLoopVarsRule},
	{"rangeint", rangeIntRule},
	{"rangechan", rangeChanRule},
	{"forcond", forCondRule},
	{"loopvar", loopVarRule},
	{"compiledfunc", compiledFuncRule},
	{"selectbranch", selectBranchRule},
	{"minmax", minMaxRule},
	{"clear", clearRule},
	{"unsafe", unsafeRule},
	{"makesize", makeSizeRule},
	{"mapkeys", mapKeysRule},
	{"namedptr", namedPtrRule},
	{"print", printRule},
	{"newexpr", newExprRule},
	{"gostmt", goStmtRule},
	{"deferargs", deferArgsRule},
	{"methods", methodsRule},
	{"panics", panicsRule},
	{"convs", convsRule},
	{"errors", errorsRule},
	{"typeswitch", typeSwitchRule},
	{"equality", equalityRule},
	{"chancompare", chanCompareRule},
	{"fmtcalls", fmtCallsRule},
	{"bounds", boundsRule},
	{"ctxkeys", ctxKeysRule},
	{"shims", shimsRule},
	{"rangefunc", rangeFuncRule},
	{"instantiate", instantiateRule},
	{"closures", closuresRule},
	{"logcalls", logCallsRule},
	{"refuse", refuseRule},
	{"reflectmethods", reflectMethodsRule},
	{"encodermethods", encoderMethodsRule},
	{"decodeerrors", decodeErrorsRule},
	{"deepequal", deepEqualRule},
	{"testcalls", testCallsRule},
	{"hostselect", hostSelectRule}, // last: it moves expressions, and leaves those other rules edited
}

// program is a checked program and the edits the rules made to it.
type program struct {
	test     bool // a test program (TestProgram)
	fset     *token.FileSet
	file     *ast.File
	src      []byte
	base     int // the file's base in fset: offset = pos - base
	info     *types.Info
	pkg      *types.Package
	tp       *typecheck.Program
	edits    []edit
	imported map[string]string // import path -> name in the file
	imports  []string          // imports the rules added
	names    map[string]bool   // helper names in use
	decls    map[string]string // helper key -> name
	appends  []string

	panicNames  panicNames  // panics.go's helpers, once declared
	panicCalls  *bool       // whether the source calls panic or recover (panics.go), once known
	errorsNames errorsNames // errors.go's
	rfVars      map[*ast.FuncType]rfResultVars
	inner       int                       // insertInner's sequence, below every other edit's
	outer       int                       // insertOuter's, below insertInner's
	innermost   int                       // insertInnermost's, above every other edit's
	ownFrame    map[*ast.FuncLit]bool     // literals already made by a function of their own
	boundDefers map[*ast.CallExpr]bool    // deferred calls deferargs.go made values of
	snapshots   map[*ast.Ident]bool       // deferred calls' arguments deferargs.go copied at the defer
	rfDefers    map[*ast.RangeStmt]string // the lists of the calls deferred in ranges over functions (rangefunc.go)
	dynInfo     *dynInfo                  // dyn.go's types and helpers
	boundFmt    map[*ast.CallExpr]bool    // printing calls fmtcalls.go gave a helper
	hoisted     map[*types.TypeName]bool  // types hoist.go moved to the top level
	shapeCache  map[string][]types.Type   // dyn.go's types of the program's values by shape
	fnames      []funcName                // funcnames.go's names of the program's functions
	goCreators  map[*ast.GoStmt]goCreator // where each go statement is
	rangeBodies []rangeBody               // the loops over functions, in the order of the source
	carried     map[*ast.ForStmt]bool     // loops loopvar.go rewrote whole (carryLoopVars)
	copyOf      map[string]string         // instances.go's copies of generic functions: copy -> original
	impossible  map[string]bool           // instances.go's functions around the operands of impossible assertions
	stacks      *bool                     // whether the program takes goroutine stacks (stacks.go), once known
}

// edit replaces src[off:end] (empty for an insertion) by text.
type edit struct {
	off, end int
	text     string
	seq      int
}

func (p *program) offset(pos token.Pos) int { return int(pos) - p.base }

// insert adds text before pos.
func (p *program) insert(pos token.Pos, text string) {
	p.edits = append(p.edits, edit{off: p.offset(pos), end: p.offset(pos), text: text, seq: len(p.edits)})
}

// insertInner adds text before pos and before what other rules inserted
// there: the closing text of a wrapper inside theirs.
func (p *program) insertInner(pos token.Pos, text string) {
	p.inner--
	p.edits = append(p.edits, edit{off: p.offset(pos), end: p.offset(pos), text: text, seq: p.inner})
}

// insertInnermost adds text before pos and after what other rules inserted
// there, even later: the opening text of a wrapper inside theirs (the
// closing text goes in with insertInner).
func (p *program) insertInnermost(pos token.Pos, text string) {
	p.innermost++
	p.edits = append(p.edits, edit{off: p.offset(pos), end: p.offset(pos), text: text, seq: 1<<30 + p.innermost})
}

// insertOuter adds text before pos and before what other rules inserted
// there: the opening text of a wrapper around theirs (a later wrapper
// goes around an earlier one).
func (p *program) insertOuter(pos token.Pos, text string) {
	p.outer--
	p.edits = append(p.edits, edit{off: p.offset(pos), end: p.offset(pos), text: text, seq: -1<<30 + p.outer})
}

// replace replaces the source from pos to end by text. The replaced source
// must not hold a line break, so that lines keep their numbers.
func (p *program) replace(pos, end token.Pos, text string) {
	off, e := p.offset(pos), p.offset(end)
	if strings.ContainsRune(string(p.src[off:e]), '\n') || strings.ContainsRune(text, '\n') {
		panic(fmt.Sprintf("lower: replacing %q by %q would move lines", p.src[off:e], text))
	}
	p.edits = append(p.edits, edit{off: off, end: e, text: text, seq: len(p.edits)})
}

// replaceOverLines replaces the source from pos to end, which spans lines,
// by text on its last line, emptying the others and keeping their line
// breaks. It does nothing and reports false where the token before pos
// would end a statement at the line break (Go inserts a semicolon after a
// name, a literal, return, ), ] or }).
func (p *program) replaceOverLines(pos, end token.Pos, text string) bool {
	before := strings.TrimRight(string(p.src[:p.offset(pos)]), " \t")
	if before == "" {
		return false
	}
	last := before[len(before)-1]
	if strings.ContainsRune(")]}\"'`", rune(last)) || last == '_' || unicode.IsLetter(rune(last)) || unicode.IsDigit(rune(last)) {
		return false
	}
	if strings.HasSuffix(before, "++") || strings.HasSuffix(before, "--") {
		return false
	}
	off, e := p.offset(pos), p.offset(end)
	for off < e {
		nl := strings.IndexByte(string(p.src[off:e]), '\n')
		if nl < 0 {
			p.replace(token.Pos(p.base+off), end, text)
			return true
		}
		p.replace(token.Pos(p.base+off), token.Pos(p.base+off+nl), "")
		off += nl + 1
	}
	return true
}

// spaceBefore is " " when the source right before pos ends a word
// (case*T, case"a"), so that text inserted or replaced at pos does not
// join it (case__t1), and "" otherwise.
func (p *program) spaceBefore(pos token.Pos) string {
	if off := p.offset(pos); off > 0 {
		if c := rune(p.src[off-1]); c == '_' || unicode.IsLetter(c) || unicode.IsDigit(c) {
			return " "
		}
	}
	return ""
}

// text is the source of a node.
func (p *program) text(n ast.Node) string { return string(p.src[p.offset(n.Pos()):p.offset(n.End())]) }

// errorf reports an unsupported construct at pos.
func (p *program) errorf(pos token.Pos, format string, args ...any) error {
	return &Error{Pos: p.fset.Position(pos), Msg: fmt.Sprintf(format, args...), at: pos}
}

// name returns a fresh identifier starting with prefix.
func (p *program) name(prefix string) string {
	for i := 1; ; i++ {
		n := fmt.Sprintf("%s%d", prefix, i)
		if !p.names[n] {
			p.names[n] = true
			return n
		}
	}
}

// helper declares a helper once per key, after the program's last line:
// decl is called with the helper's fresh name (prefix and a number) and
// returns the declaration. It returns the name.
func (p *program) helper(key, prefix string, decl func(name string) string) string {
	if n, ok := p.decls[key]; ok {
		return n
	}
	n := p.name(prefix)
	p.decls[key] = n
	p.appends = append(p.appends, decl(n))
	return n
}

// importName returns the name under which the program refers to the package
// path, importing it under a name of its own if it is not imported.
func (p *program) importName(path string) string {
	if n, ok := p.imported[path]; ok {
		return n
	}
	n := p.name("__p")
	if path == runtimePackage {
		n = runtimeName
	}
	if p.imported == nil {
		p.imported = map[string]string{}
	}
	p.imported[path] = n
	p.imports = append(p.imports, fmt.Sprintf("import %s %q", n, path))
	return n
}

// rt returns the name of the worker's runtime package, importing it.
func (p *program) rt() string { return p.importName(runtimePackage) }

// errUnnameable is a type the lowering cannot write where it needs to.
var errUnnameable = errors.New("type cannot be named here")

// typeString writes t as source that means t at pos (token.NoPos: at the
// top level, where the helpers are), qualifying packages by their names in
// the file and importing those the file does not import.
func (p *program) typeString(t types.Type, at token.Pos) (string, error) {
	t = withoutGenericAliases(t)
	var bad error
	s := types.TypeString(t, func(pkg *types.Package) string {
		if pkg == p.pkg {
			return ""
		}
		return p.importName(pkg.Path())
	})
	visit(t, func(t types.Type) {
		switch t := t.(type) {
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() != p.pkg || obj.Parent() == p.pkg.Scope() || p.hoisted[obj] {
				if obj.Pkg() != nil && obj.Pkg() != p.pkg && !obj.Exported() {
					bad = errUnnameable
				}
				return
			}
			if at == token.NoPos || !p.visible(obj, at) {
				bad = errUnnameable
			}
		case *types.TypeParam:
			if at == token.NoPos || !p.visible(t.Obj(), at) {
				bad = errUnnameable
			}
		case *types.Alias:
			obj := t.Obj()
			if obj.Pkg() == p.pkg && obj.Parent() != p.pkg.Scope() && (at == token.NoPos || !p.visible(obj, at)) {
				bad = errUnnameable
			}
		}
	})
	return s, bad
}

// visible reports whether obj is what its name means at pos.
func (p *program) visible(obj types.Object, pos token.Pos) bool {
	scope := p.pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(obj.Name(), pos)
	return found == obj
}

// dataElems are the types that a value of the unnamed type t holds as
// data: the element of a pointer, slice, array or (with chans) channel, a
// map's key and element, a struct's fields. The type walkers of the rules
// differ in what they do at named types, and share these edges.
func dataElems(t types.Type, chans bool) []types.Type {
	switch u := t.(type) {
	case *types.Pointer:
		return []types.Type{u.Elem()}
	case *types.Slice:
		return []types.Type{u.Elem()}
	case *types.Array:
		return []types.Type{u.Elem()}
	case *types.Chan:
		if chans {
			return []types.Type{u.Elem()}
		}
	case *types.Map:
		return []types.Type{u.Key(), u.Elem()}
	case *types.Struct:
		var fields []types.Type
		for f := range u.Fields() {
			fields = append(fields, f.Type())
		}
		return fields
	}
	return nil
}

// visit calls f for t and every type t is made of.
func visit(t types.Type, f func(types.Type)) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		f(t)
		switch t := t.(type) {
		case *types.Named:
			if args := t.TypeArgs(); args != nil {
				for i := range args.Len() {
					walk(args.At(i))
				}
			}
		case *types.Alias:
			if args := t.TypeArgs(); args != nil {
				for i := range args.Len() {
					walk(args.At(i))
				}
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			walk(t.Params())
			walk(t.Results())
		case *types.Tuple:
			for i := range t.Len() {
				walk(t.At(i).Type())
			}
		case *types.Struct:
			for i := range t.NumFields() {
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := range t.NumMethods() {
				walk(t.Method(i).Type())
			}
			for i := range t.NumEmbeddeds() {
				walk(t.EmbeddedType(i))
			}
		}
	}
	walk(t)
}

// apply returns the source with every edit made (edited), and the table
// of the program's functions after it.
func (p *program) apply() ([]byte, error) {
	out, err := p.edited()
	if err != nil {
		return nil, err
	}
	table, err := p.funcTable(out)
	if err != nil {
		return nil, err
	}
	inserted := append([]string{string(table)}, p.appends...)
	for _, e := range p.edits {
		inserted = append(inserted, e.text)
	}
	if err := p.checkPredeclared(inserted); err != nil {
		return nil, err
	}
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	return append(out, table...), nil
}

// edited returns the source with every edit made: the imports the rules
// added go on the package clause's line, the helpers after the last line.
func (p *program) edited() ([]byte, error) {
	if len(p.imports) > 0 {
		p.insert(p.file.Name.End(), "; "+strings.Join(p.imports, "; "))
	}
	sort.SliceStable(p.edits, func(i, j int) bool {
		a, b := p.edits[i], p.edits[j]
		if a.off != b.off {
			return a.off < b.off
		}
		return a.seq < b.seq
	})
	var out []byte
	last := 0
	for _, e := range p.edits {
		if e.off < last {
			return nil, fmt.Errorf("lower: overlapping edits at %s", p.fset.Position(token.Pos(p.base+e.off)))
		}
		out = append(out, p.src[last:e.off]...)
		out = append(out, e.text...)
		last = e.end
	}
	out = append(out, p.src[last:]...)
	for _, d := range p.appends {
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, d...)
		out = append(out, '\n')
	}
	return out, nil
}
