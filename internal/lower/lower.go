package lower

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
)

// Error is a program that cannot be lowered: it does not parse, or it uses a
// construct the runner does not support. Its message starts with the
// position, "file:line:col: ".
type Error struct {
	Pos token.Position
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Pos, e.Msg) }

// runtimePackage is the worker's helper package, imported as runtimeName.
const (
	runtimePackage = "concbook/rt"
	runtimeName    = "__rt"
)

// Program lowers the source of one program. filename names it in errors
// (a //line directive in src takes precedence).
func Program(filename string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if as, ok := err.(scanner.ErrorList); ok && len(as) > 0 {
			list = as
			return nil, &Error{Pos: list[0].Pos, Msg: list[0].Msg}
		}
		return nil, err
	}
	p := &program{fset: fset, file: f, src: src}
	for _, rule := range rules {
		if err := rule(p); err != nil {
			return nil, err
		}
	}
	return p.apply(), nil
}

// rules run in order over the parsed program, each adding its edits.
var rules = []func(*program) error{
	crashRule,
}

// program is a parsed program and the edits the rules made to it.
type program struct {
	fset    *token.FileSet
	file    *ast.File
	src     []byte
	edits   []edit
	appends []string
}

// edit inserts text at a byte offset.
type edit struct {
	off  int
	text string
}

// insert adds text before pos.
func (p *program) insert(pos token.Pos, text string) {
	p.edits = append(p.edits, edit{off: p.fset.File(pos).Offset(pos), text: text})
}

// appendDecl adds a declaration after the program's last line.
func (p *program) appendDecl(decl string) { p.appends = append(p.appends, decl) }

// errorf reports an Error at pos.
func (p *program) errorf(pos token.Pos, format string, args ...any) error {
	return &Error{Pos: p.fset.Position(pos), Msg: fmt.Sprintf(format, args...)}
}

// apply returns the source with every edit made, in a stable order.
func (p *program) apply() []byte {
	sort.SliceStable(p.edits, func(i, j int) bool { return p.edits[i].off < p.edits[j].off })
	var out []byte
	last := 0
	for _, e := range p.edits {
		out = append(out, p.src[last:e.off]...)
		out = append(out, e.text...)
		last = e.off
	}
	out = append(out, p.src[last:]...)
	for _, d := range p.appends {
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		out = append(out, d...)
		out = append(out, '\n')
	}
	return out
}
