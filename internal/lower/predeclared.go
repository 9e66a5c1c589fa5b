package lower

import (
	"go/scanner"
	"go/token"
	"go/types"
)

// checkPredeclared refuses a program whose package declares a predeclared
// name (const cap = 7, type int64 struct{}, func len()) that the code the
// rules inserted uses. Go allows the declaration, which shadows the
// predeclared name in the whole package, but the inserted code means the
// predeclared one (map[int64]any, len(s)) and would find the program's:
// the interpreter then fails on code the program does not hold ("too many
// arguments" at a line past its end). A declaration that no inserted code
// names is left alone (func min, func copy are common). inserted holds the
// inserted texts; an identifier after a dot is a selector, not the name.
func (p *program) checkPredeclared(inserted []string) error {
	scope := p.pkg.Scope()
	shadowed := map[string]types.Object{}
	for _, name := range scope.Names() {
		if types.Universe.Lookup(name) != nil {
			shadowed[name] = scope.Lookup(name)
		}
	}
	if len(shadowed) == 0 {
		return nil
	}
	for _, text := range inserted {
		var s scanner.Scanner
		fset := token.NewFileSet()
		s.Init(fset.AddFile("", -1, len(text)), []byte(text), nil, 0)
		prev := token.ILLEGAL
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if obj, ok := shadowed[lit]; ok && tok == token.IDENT && prev != token.PERIOD {
				return p.errorf(obj.Pos(), "unsupported: the package declares %s, a predeclared name, which the code the runner adds to the program uses for Go's own %s; rename it", lit, lit)
			}
			prev = tok
		}
	}
	return nil
}
