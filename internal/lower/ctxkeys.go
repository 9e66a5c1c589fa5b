package lower

import (
	"fmt"
	"go/ast"
	"go/types"
)

// ctxKeysRule keeps the type of a context key of the program's types.
// Handed to compiled code, a value of type ctxKey string is a bare string,
// so that ctx.Value("user") found what context.WithValue(ctx,
// ctxKey("user"), v) stored, and two key types of one shape (type
// userKey struct{} and type roleKey struct{}) were one key. The keys go
// through the worker with their type's name:
//
//	context.WithValue(ctx, ctxKey("user"), v)   becomes   context.WithValue(ctx, __rt.CtxKey("main.ctxKey", ctxKey("user")), v)
//	ctx.Value(ctxKey("user"))                   becomes   ctx.Value(__rt.CtxKey("main.ctxKey", ctxKey("user")))
func ctxKeysRule(p *program) error {
	ast.Inspect(p.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := p.calleeFunc(call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "context" {
			return true
		}
		var key ast.Expr
		switch {
		case fn.Name() == "WithValue" && len(call.Args) == 3:
			key = call.Args[1]
		case fn.Name() == "Value" && len(call.Args) == 1 && fn.Type().(*types.Signature).Recv() != nil:
			key = call.Args[0]
		default:
			return true
		}
		t := p.info.TypeOf(key)
		if t == nil || types.IsInterface(t) || !p.involvesProgramType(t) {
			return true
		}
		p.insertOuter(key.Pos(), fmt.Sprintf("%s.CtxKey(%q, ", p.rt(), reflectName(t)))
		p.insert(key.End(), ")")
		return true
	})
	return nil
}
