package main

import "fmt"

// A generic type with two type parameters that refers to itself
// (left, right *node[K, V]): its instantiation recursed forever.

type node[K comparable, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type tree[K comparable, V any] struct {
	root *node[K, V]
	less func(a, b K) bool
}

func (t *tree[K, V]) put(k K, v V) {
	pn := &t.root
	for *pn != nil {
		switch {
		case t.less(k, (*pn).key):
			pn = &(*pn).left
		case t.less((*pn).key, k):
			pn = &(*pn).right
		default:
			(*pn).val = v
			return
		}
	}
	*pn = &node[K, V]{key: k, val: v}
}

func (t *tree[K, V]) walk(n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	t.walk(n.left, f)
	f(n.key, n.val)
	t.walk(n.right, f)
}

func main() {
	t := &tree[string, int]{less: func(a, b string) bool { return a < b }}
	for i, w := range []string{"m", "c", "x", "a", "c"} {
		t.put(w, i)
	}
	t.walk(t.root, func(k string, v int) { fmt.Println(k, v) })
}
