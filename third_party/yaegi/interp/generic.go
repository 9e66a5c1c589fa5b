package interp

import (
	"strings"
	"sync/atomic"
)

// adot produces an AST dot(1) directed acyclic graph for the given node. For debugging only.
// func (n *node) adot() { n.astDot(dotWriter(n.interp.dotCmd), n.ident) }

// genAST returns a new AST where generic types are replaced by instantiated types.
func genAST(sc *scope, root *node, types []*itype) (*node, bool, error) {
	typeParam := map[string]*node{}
	pindex := 0
	tname := ""
	rtname := ""
	recvrPtr := false
	fixNodes := []*node{}
	var gtree func(*node, *node) (*node, error)
	sname := root.child[0].ident + "["
	if root.kind == funcDecl {
		sname = recvTypeName(root) + root.child[1].ident + "["
	}

	// Input type parameters must be resolved prior AST generation, as compilation
	// of generated AST may occur in a different scope.
	for _, t := range types {
		sname += t.instanceID() + ","
	}
	sname = strings.TrimSuffix(sname, ",") + "]"

	gtree = func(n, anc *node) (*node, error) {
		nod := copyNode(n, anc, false)
		switch n.kind {
		case funcDecl, funcType:
			nod.val = nod

		case identExpr:
			// Replace generic type by instantiated one. A blank type
			// parameter cannot be named: _ is then a blank identifier
			// (_ = x), which must stay one.
			nt, ok := typeParam[n.ident]
			if !ok || n.ident == "_" || isMemberName(n) {
				break
			}
			nod = copyNode(nt, anc, true)
			nod.typ = nt.typ

		case indexExpr, indexListExpr:
			// Catch a possible recursive generic type definition
			if root.kind != typeSpec {
				break
			}
			if root.child[0].ident != n.child[0].ident {
				break
			}
			if n.kind == indexListExpr && !sameTypeParams(root, n) {
				break
			}
			nod := copyNode(n.child[0], anc, false)
			fixNodes = append(fixNodes, nod)
			return nod, nil

		case fieldList:
			//  Node is the type parameters list of a generic function.
			if root.kind == funcDecl && n.anc == root.child[2] && childPos(n) == 0 {
				// Fill the types lookup table used for type substitution.
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = types[pindex].id()
						typeParam[cc.ident].typ = types[pindex]
						pindex++
					}
				}
				// Skip type parameters specification, so generated func doesn't look generic.
				return nod, nil
			}

			// Node is the receiver of a generic method.
			if root.kind == funcDecl && n.anc == root && childPos(n) == 0 && len(n.child) > 0 {
				// The receiver's type is its field's last child: the
				// receiver may have no name, as in func (T[P]) M().
				rtn := n.child[0].lastChild()
				// Method receiver is a generic type if it takes some type parameters.
				if rtn.kind == indexExpr || rtn.kind == indexListExpr || (rtn.kind == starExpr && (rtn.child[0].kind == indexExpr || rtn.child[0].kind == indexListExpr)) {
					if rtn.kind == starExpr {
						// Method receiver is a pointer on a generic type.
						rtn = rtn.child[0]
						recvrPtr = true
					}
					rtname = rtn.child[0].ident + "["
					for _, cc := range rtn.child[1:] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						rtname += it.instanceID() + ","
						pindex++
					}
					rtname = strings.TrimSuffix(rtname, ",") + "]"
				}
			}

			// Node is the type parameters list of a generic type.
			if root.kind == typeSpec && n.anc == root && childPos(n) == 1 {
				// Fill the types lookup table used for type substitution.
				tname = n.anc.child[0].ident + "["
				for _, c := range n.child {
					l := len(c.child) - 1
					for _, cc := range c.child[:l] {
						if pindex >= len(types) {
							return nil, cc.cfgErrorf("undefined type for %s", cc.ident)
						}
						it := types[pindex]
						t, err := nodeType(c.interp, sc, c.child[l])
						if err != nil {
							return nil, err
						}
						if err := checkConstraint(types[pindex], t); err != nil {
							return nil, err
						}
						typeParam[cc.ident] = copyNode(cc, cc.anc, false)
						typeParam[cc.ident].ident = it.id()
						typeParam[cc.ident].typ = it
						tname += it.instanceID() + ","
						pindex++
					}
				}
				tname = strings.TrimSuffix(tname, ",") + "]"
				return nod, nil
			}
		}

		for _, c := range n.child {
			gn, err := gtree(c, nod)
			if err != nil {
				return nil, err
			}
			nod.child = append(nod.child, gn)
		}
		return nod, nil
	}

	if nod, found := root.interp.generic[sname]; found {
		return nod, true, nil
	}

	r, err := gtree(root, root.anc)
	if err != nil {
		return nil, false, err
	}
	root.interp.generic[sname] = r
	r.param = append(r.param, types...)
	if tname != "" {
		for _, nod := range fixNodes {
			nod.ident = tname
		}
		r.child[0].ident = tname
	}
	if rtname != "" {
		// Replace method receiver type by synthetized ident.
		nod := r.child[0].child[0].lastChild()
		if recvrPtr {
			nod = nod.child[0]
		}
		nod.kind = identExpr
		nod.ident = rtname
		nod.child = nil
	}
	// r.adot() // Used for debugging only.
	return r, false, nil
}

// recvTypeName is "T." for a method of the generic type T, "" for a
// function: the instances of the methods of two types, both named M, are
// cached apart (IteratorFunc[int].Iterate was taken for
// Stream[int].Iterate).
func recvTypeName(fun *node) string {
	if len(fun.child[0].child) == 0 {
		return ""
	}
	rtn := fun.child[0].child[0].lastChild()
	if rtn.kind == starExpr {
		rtn = rtn.child[0]
	}
	if rtn.kind == indexExpr || rtn.kind == indexListExpr {
		rtn = rtn.child[0]
	}
	return rtn.ident + "."
}

// sameTypeParams reports whether the instance n of the generic type
// declared by spec (node[K, V] in type node[K, V any] struct{...}) takes
// its type parameters as they are declared, so that it is the very type
// being instantiated.
func sameTypeParams(spec, n *node) bool {
	var params []string
	for _, c := range spec.child[1].child {
		for _, cc := range c.child[:len(c.child)-1] {
			params = append(params, cc.ident)
		}
	}
	if len(params) != len(n.child)-1 {
		return false
	}
	for i, c := range n.child[1:] {
		if c.kind != identExpr || c.ident != params[i] {
			return false
		}
	}
	return true
}

// isMemberName reports whether the identifier n names a field, a method or
// a selected member (the A of struct{ A A }, interface{ A() }, x.A or
// T{A: v}), which a type parameter of the same name does not replace.
func isMemberName(n *node) bool {
	a := n.anc
	if a == nil {
		return false
	}
	switch a.kind {
	case fieldExpr:
		// The names come before the type, which a tag may follow.
		l := len(a.child) - 1
		if a.lastChild().kind == basicLit {
			l--
		}
		return childPos(n) < l
	case selectorExpr:
		return childPos(n) == 1
	case keyValueExpr:
		return childPos(n) == 0 && a.anc != nil && a.anc.kind == compositeLitExpr
	}
	return false
}

func copyNode(n, anc *node, recursive bool) *node {
	var i interface{}
	nindex := atomic.AddInt64(&n.interp.nindex, 1)
	nod := &node{
		debug:  n.debug,
		anc:    anc,
		interp: n.interp,
		index:  nindex,
		level:  n.level,
		nleft:  n.nleft,
		nright: n.nright,
		kind:   n.kind,
		pos:    n.pos,
		action: n.action,
		gen:    n.gen,
		val:    &i,
		rval:   n.rval,
		ident:  n.ident,
		meta:   n.meta,
	}
	nod.start = nod
	if recursive {
		for _, c := range n.child {
			nod.child = append(nod.child, copyNode(c, nod, true))
		}
	}
	return nod
}

func inferTypesFromCall(sc *scope, fun *node, args []*node) ([]*itype, error) {
	ftn := fun.typ.node
	// Fill the map of parameter types, indexed by type param ident.
	paramTypes := map[string]*itype{}
	for _, c := range ftn.child[0].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		for _, cc := range c.child[:len(c.child)-1] {
			paramTypes[cc.ident] = typ
		}
	}

	var inferTypes func(*itype, *itype) ([]*itype, error)
	inferTypes = func(param, input *itype) ([]*itype, error) {
		switch param.cat {
		case chanT, ptrT, sliceT:
			return inferTypes(param.val, input.val)

		case mapT:
			k, err := inferTypes(param.key, input.key)
			if err != nil {
				return nil, err
			}
			v, err := inferTypes(param.val, input.val)
			if err != nil {
				return nil, err
			}
			return append(k, v...), nil

		case structT:
			lt := []*itype{}
			for i, f := range param.field {
				nl, err := inferTypes(f.typ, input.field[i].typ)
				if err != nil {
					return nil, err
				}
				lt = append(lt, nl...)
			}
			return lt, nil

		case funcT:
			lt := []*itype{}
			for i, t := range param.arg {
				if i >= len(input.arg) {
					break
				}
				nl, err := inferTypes(t, input.arg[i])
				if err != nil {
					return nil, err
				}
				lt = append(lt, nl...)
			}
			for i, t := range param.ret {
				if i >= len(input.ret) {
					break
				}
				nl, err := inferTypes(t, input.ret[i])
				if err != nil {
					return nil, err
				}
				lt = append(lt, nl...)
			}
			return lt, nil

		case nilT:
			if paramTypes[param.name] != nil {
				return []*itype{input}, nil
			}

		case genericT:
			return []*itype{input}, nil
		}
		return nil, nil
	}

	types := []*itype{}
	for i, c := range ftn.child[1].child {
		typ, err := nodeType(fun.interp, sc, c.lastChild())
		if err != nil {
			return nil, err
		}
		lt, err := inferTypes(typ, args[i].typ)
		if err != nil {
			return nil, err
		}
		types = append(types, lt...)
	}

	return types, nil
}

func checkConstraint(it, ct *itype) error {
	if len(ct.constraint) == 0 && len(ct.ulconstraint) == 0 {
		return nil
	}
	for _, c := range append(append([]*itype{}, ct.constraint...), ct.ulconstraint...) {
		if hasTypeParam(c, nil) {
			// A term over other type parameters (M ~map[K]V) cannot be
			// checked before they are substituted; it has no reflect type.
			return nil
		}
	}
	for _, c := range ct.constraint {
		if it.equals(c) || it.matchDefault(c) {
			return nil
		}
	}
	for _, c := range ct.ulconstraint {
		if it.underlying().equals(c) || underlyingLiteralID(it) == c.id() || it.matchDefault(c) {
			return nil
		}
	}
	return it.node.cfgErrorf("%s does not implement %s", it.id(), ct.id())
}

// underlyingLiteralID is the id of the underlying type of t, a defined
// type whose underlying type is a type literal (type Token *[16]byte, type
// Fn func(int) int, type Ch chan int), "" for other types. Such a type is
// no linkedT but the literal type itself, named, so underlying() returns
// it with its name, and ~*[16]byte, ~func(int) int or ~chan int did not
// match it.
func underlyingLiteralID(t *itype) string {
	if t.name == "" || t.cat != funcT && t.val == nil {
		return ""
	}
	switch t.cat {
	case ptrT:
		return "*" + t.val.id()
	case funcT:
		return funcOf(t.arg, t.ret).id()
	case chanT:
		return chanOf(t.val, chanSendRecv).id()
	case chanSendT:
		return chanOf(t.val, chanSend).id()
	case chanRecvT:
		return chanOf(t.val, chanRecv).id()
	case sliceT:
		return sliceOf(t.val).id()
	case arrayT:
		return arrayOf(t.val, t.length).id()
	case mapT:
		if t.key != nil {
			return mapOf(t.key, t.val).id()
		}
	}
	return ""
}

// hasTypeParam reports whether t is or is made of a type parameter not yet
// substituted (a genericT placeholder).
func hasTypeParam(t *itype, seen map[*itype]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	if seen == nil {
		seen = map[*itype]bool{}
	}
	seen[t] = true
	switch t.cat {
	case genericT:
		return true
	case linkedT:
		return t.name == "" && hasTypeParam(t.val, seen)
	case arrayT, chanT, chanRecvT, chanSendT, ptrT, sliceT, variadicT:
		return hasTypeParam(t.val, seen)
	case mapT:
		return hasTypeParam(t.key, seen) || hasTypeParam(t.val, seen)
	case funcT:
		for _, a := range t.arg {
			if hasTypeParam(a, seen) {
				return true
			}
		}
		for _, r := range t.ret {
			if hasTypeParam(r, seen) {
				return true
			}
		}
	case structT:
		for _, f := range t.field {
			if hasTypeParam(f.typ, seen) {
				return true
			}
		}
	}
	return false
}
