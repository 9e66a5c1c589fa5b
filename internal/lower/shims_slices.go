package lower

// The generic functions of slices, maps and cmp that yaegi's embedded
// sources lack or cannot instantiate ("undefined type for E": a type
// parameter that only a constraint ~[]E names), written as shims.go's
// templates: T0, T1, ... are the type arguments in the order of the
// function's type parameters. They are Go 1.26's, with clear written as a
// loop (yaegi has no clear) and Insert and Replace copying v first, so that
// v never overlaps s (Go's results are the same either way).
func init() {
	for name, tmpl := range sliceShims {
		shimFuncs[name] = tmpl
	}
}

var sliceShims = map[string]string{
	"slices.Clip": `func NAME(s T0) T0 {
	return s[:len(s):len(s)]
}`,
	"slices.Clone": `func NAME(s T0) T0 {
	if s == nil {
		return nil
	}
	return append(T0{}, s...)
}`,
	"slices.Compact": `func NAME(s T0) T0 {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if s[k] == s[k-1] {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if s2[k2] != s2[k2-1] {
					s[k] = s2[k2]
					k++
				}
			}
			var zero T1
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}`,
	"slices.CompactFunc": `func NAME(s T0, eq func(T1, T1) bool) T0 {
	if len(s) < 2 {
		return s
	}
	for k := 1; k < len(s); k++ {
		if eq(s[k], s[k-1]) {
			s2 := s[k:]
			for k2 := 1; k2 < len(s2); k2++ {
				if !eq(s2[k2], s2[k2-1]) {
					s[k] = s2[k2]
					k++
				}
			}
			var zero T1
			for i := k; i < len(s); i++ {
				s[i] = zero
			}
			return s[:k]
		}
	}
	return s
}`,
	"slices.Compare": `func NAME(s1, s2 T0) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		xNaN, yNaN := v1 != v1, v2 != v2
		c := 0
		switch {
		case xNaN && yNaN:
		case xNaN:
			c = -1
		case yNaN:
			c = +1
		case v1 < v2:
			c = -1
		case v1 > v2:
			c = +1
		}
		if c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}`,
	"slices.CompareFunc": `func NAME(s1 T0, s2 T1, cmp func(T2, T3) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		v2 := s2[i]
		if c := cmp(v1, v2); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}`,
	"slices.Concat": `func NAME(ss ...T0) T0 {
	size := 0
	for _, s := range ss {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	var newslice T0
	if size > 0 {
		newslice = append(newslice, make(T0, size)...)[:0]
	}
	for _, s := range ss {
		newslice = append(newslice, s...)
	}
	return newslice
}`,
	"slices.Delete": `func NAME(s T0, i, j int) T0 {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	tail := s[len(s):oldlen]
	var zero T1
	for k := range tail {
		tail[k] = zero
	}
	return s
}`,
	"slices.DeleteFunc": `func NAME(s T0, del func(T1) bool) T0 {
	i := -1
	for k := range s {
		if del(s[k]) {
			i = k
			break
		}
	}
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	var zero T1
	for k := i; k < len(s); k++ {
		s[k] = zero
	}
	return s[:i]
}`,
	"slices.Equal": `func NAME(s1, s2 T0) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}`,
	"slices.EqualFunc": `func NAME(s1 T0, s2 T1, eq func(T2, T3) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		v2 := s2[i]
		if !eq(v1, v2) {
			return false
		}
	}
	return true
}`,
	"slices.Grow": `func NAME(s T0, n int) T0 {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]T1, n)...)[:len(s)]
	}
	return s
}`,
	"slices.Insert": `func NAME(s T0, i int, v ...T1) T0 {
	_ = s[i:]
	m := len(v)
	if m == 0 {
		return s
	}
	v = append([]T1(nil), v...)
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		s2 := append(s[:i], make(T0, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:])
	copy(s[i:], v)
	return s
}`,
	"slices.Replace": `func NAME(s T0, i, j int, v ...T1) T0 {
	_ = s[i:j]
	v = append([]T1(nil), v...)
	var zero T1
	if i == j {
		m := len(v)
		if m == 0 {
			return s
		}
		n := len(s)
		if i == n {
			return append(s, v...)
		}
		if n+m > cap(s) {
			s2 := append(s[:i], make(T0, n+m-i)...)
			copy(s2[i:], v)
			copy(s2[i+m:], s[i:])
			return s2
		}
		s = s[:n+m]
		copy(s[i+m:], s[i:])
		copy(s[i:], v)
		return s
	}
	if j == len(s) {
		s2 := append(s[:i], v...)
		if len(s2) < len(s) {
			for k := len(s2); k < len(s); k++ {
				s[k] = zero
			}
		}
		return s2
	}
	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		s2 := append(s[:i], make(T0, tot-i)...)
		copy(s2[i:], v)
		copy(s2[i+len(v):], s[j:])
		return s2
	}
	r := s[:tot]
	if i+len(v) <= j {
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		for k := tot; k < len(s); k++ {
			s[k] = zero
		}
		return r
	}
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	return r
}`,
	"slices.Reverse": `func NAME(s T0) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}`,
	"slices.Repeat": `func NAME(x T0, count int) T0 {
	if count < 0 {
		panic("cannot be negative")
	}
	if len(x) > 0 && count > int(^uint(0)>>1)/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	newslice := make(T0, len(x)*count)
	n := copy(newslice, x)
	for n < len(newslice) {
		n += copy(newslice[n:], newslice[:n])
	}
	return newslice
}`,
	"slices.MinFunc": `func NAME(x T0, cmp func(a, b T1) int) T1 {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}`,
	"slices.MaxFunc": `func NAME(x T0, cmp func(a, b T1) int) T1 {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}`,
	"slices.BinarySearchFunc": `func NAME(x T0, target T2, cmp func(T1, T2) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}`,
	"slices.IsSortedFunc": `func NAME(x T0, cmp func(a, b T1) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}`,
	"maps.Clone": `func NAME(m T0) T0 {
	if m == nil {
		return nil
	}
	r := make(T0, len(m))
	for k, v := range m {
		r[k] = v
	}
	return r
}`,
	"maps.Copy": `func NAME(dst T0, src T1) {
	for k, v := range src {
		dst[k] = v
	}
}`,
	"maps.DeleteFunc": `func NAME(m T0, del func(T1, T2) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}`,
	"maps.Equal": `func NAME(m1 T0, m2 T1) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || v1 != v2 {
			return false
		}
	}
	return true
}`,
	"maps.EqualFunc": `func NAME(m1 T0, m2 T1, eq func(T3, T4) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, v1 := range m1 {
		if v2, ok := m2[k]; !ok || !eq(v1, v2) {
			return false
		}
	}
	return true
}`,
	"cmp.Compare": `func NAME(x, y T0) int {
	xNaN := x != x
	yNaN := y != y
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}`,
	"cmp.Less": `func NAME(x, y T0) bool {
	return (x != x && y == y) || x < y
}`,
	"cmp.Or": `func NAME(vals ...T0) T0 {
	var zero T0
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}`,
}
