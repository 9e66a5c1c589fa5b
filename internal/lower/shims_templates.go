package lower

// Sorting is sort.Slice's and sort.SliceStable's: they and slices' sorts
// are generated from one template (sort/gen_sort_variants.go), so that
// they compare and swap the same elements in the same order, and equal
// elements end where Go puts them.
//
// shimFuncs are the templates of the stdlib helpers of shims.go, by
// package path and name. T0, T1, ... are the instance's type arguments in
// the order of the function's type parameters.
var shimFuncs = map[string]string{
	"iter.Pull": `func NAME(seq func(func(T0) bool)) (func() (T0, bool), func()) {
	req := make(chan bool)
	res := make(chan T0)
	done := make(chan struct{})
	started, finished := false, false
	run := func() {
		defer close(done)
		first := <-req // yaegi misreads a receive in if and return
		if !first {
			return
		}
		seq(func(v T0) bool {
			res <- v
			more := <-req
			return more
		})
	}
	next := func() (T0, bool) {
		var zero T0
		if finished {
			return zero, false
		}
		if !started {
			started = true
			RT.NewGoroutine()
			go run()
		}
		select {
		case req <- true:
		case <-done:
			finished = true
			return zero, false
		}
		select {
		case v := <-res:
			return v, true
		case <-done:
			finished = true
			return zero, false
		}
	}
	stop := func() {
		if !started || finished {
			finished = true
			return
		}
		finished = true
		select {
		case req <- false:
			<-done
		case <-done:
		}
	}
	return next, stop
}`,
	"iter.Pull2": `func NAME(seq func(func(T0, T1) bool)) (func() (T0, T1, bool), func()) {
	type pair struct {
		k T0
		v T1
	}
	req := make(chan bool)
	res := make(chan pair)
	done := make(chan struct{})
	started, finished := false, false
	run := func() {
		defer close(done)
		first := <-req // yaegi misreads a receive in if and return
		if !first {
			return
		}
		seq(func(k T0, v T1) bool {
			res <- pair{k, v}
			more := <-req
			return more
		})
	}
	next := func() (T0, T1, bool) {
		var zk T0
		var zv T1
		if finished {
			return zk, zv, false
		}
		if !started {
			started = true
			RT.NewGoroutine()
			go run()
		}
		select {
		case req <- true:
		case <-done:
			finished = true
			return zk, zv, false
		}
		select {
		case kv := <-res:
			return kv.k, kv.v, true
		case <-done:
			finished = true
			return zk, zv, false
		}
	}
	stop := func() {
		if !started || finished {
			finished = true
			return
		}
		finished = true
		select {
		case req <- false:
			<-done
		case <-done:
		}
	}
	return next, stop
}`,
	"slices.All": `func NAME(s T0) func(func(int, T1) bool) {
	return func(yield func(int, T1) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}`,
	"slices.Backward": `func NAME(s T0) func(func(int, T1) bool) {
	return func(yield func(int, T1) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}`,
	"slices.Values": `func NAME(s T0) func(func(T1) bool) {
	return func(yield func(T1) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(s[i]) {
				return
			}
		}
	}
}`,
	"slices.AppendSeq": `func NAME(s T0, seq func(func(T1) bool)) T0 {
	seq(func(v T1) bool {
		s = append(s, v)
		return true
	})
	return s
}`,
	"slices.Collect": `func NAME(seq func(func(T0) bool)) []T0 {
	var s []T0
	seq(func(v T0) bool {
		s = append(s, v)
		return true
	})
	return s
}`,
	"slices.Sorted": `func NAME(seq func(func(T0) bool)) []T0 {
	var s []T0
	seq(func(v T0) bool {
		s = append(s, v)
		return true
	})
	PKG_sort.Slice(s, func(i, j int) bool { return s[i] < s[j] || s[i] != s[i] && s[j] == s[j] })
	return s
}`,
	"slices.SortedFunc": `func NAME(seq func(func(T0) bool), cmp func(T0, T0) int) []T0 {
	var s []T0
	seq(func(v T0) bool {
		s = append(s, v)
		return true
	})
	PKG_sort.Slice(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
	return s
}`,
	"slices.SortedStableFunc": `func NAME(seq func(func(T0) bool), cmp func(T0, T0) int) []T0 {
	var s []T0
	seq(func(v T0) bool {
		s = append(s, v)
		return true
	})
	PKG_sort.SliceStable(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
	return s
}`,
	"slices.Chunk": `func NAME(s T0, n int) func(func(T0) bool) {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(T0) bool) {
		for i := 0; i < len(s); i += n {
			end := i + n
			if end > len(s) {
				end = len(s)
			}
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}`,
	"maps.Keys": `func NAME(m T0) func(func(T1) bool) {
	return func(yield func(T1) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}`,
	"maps.Values": `func NAME(m T0) func(func(T2) bool) {
	return func(yield func(T2) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}`,
	"maps.All": `func NAME(m T0) func(func(T1, T2) bool) {
	return func(yield func(T1, T2) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}`,
	"maps.Collect": `func NAME(seq func(func(T0, T1) bool)) map[T0]T1 {
	m := map[T0]T1{}
	seq(func(k T0, v T1) bool {
		m[k] = v
		return true
	})
	return m
}`,
	"maps.Insert": `func NAME(m T0, seq func(func(T1, T2) bool)) {
	seq(func(k T1, v T2) bool {
		m[k] = v
		return true
	})
}`,
	"sync.OnceValue": `func NAME(f func() T0) func() T0 {
	var once PKG_sync.Once
	var v T0
	return func() T0 {
		once.Do(func() { v = f() })
		return v
	}
}`,
	"sync.OnceValues": `func NAME(f func() (T0, T1)) func() (T0, T1) {
	var once PKG_sync.Once
	var v0 T0
	var v1 T1
	return func() (T0, T1) {
		once.Do(func() { v0, v1 = f() })
		return v0, v1
	}
}`,
	"slices.Sort": `func NAME(s T0) {
	PKG_sort.Slice(s, func(i, j int) bool { return s[i] < s[j] || s[i] != s[i] && s[j] == s[j] })
}`,
	"slices.SortFunc": `func NAME(s T0, cmp func(a, b T1) int) {
	PKG_sort.Slice(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
}`,
	"slices.SortStableFunc": `func NAME(s T0, cmp func(a, b T1) int) {
	PKG_sort.SliceStable(s, func(i, j int) bool { return cmp(s[i], s[j]) < 0 })
}`,
	"slices.IsSorted": `func NAME(s T0) bool {
	for i := len(s) - 1; i > 0; i-- {
		if s[i] < s[i-1] {
			return false
		}
	}
	return true
}`,
	"slices.Min": `func NAME(s T0) T1 {
	if len(s) < 1 {
		panic("slices.Min: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if s[i] < m {
			m = s[i]
		}
	}
	return m
}`,
	"slices.Max": `func NAME(s T0) T1 {
	if len(s) < 1 {
		panic("slices.Max: empty list")
	}
	m := s[0]
	for i := 1; i < len(s); i++ {
		if s[i] > m {
			m = s[i]
		}
	}
	return m
}`,
	"slices.BinarySearch": `func NAME(s T0, target T1) (int, bool) {
	i, j := 0, len(s)
	for i < j {
		h := int(uint(i+j) >> 1)
		if s[h] < target {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(s) && s[i] == target
}`,
	"strings.Lines":         linesShim("string", "strings"),
	"bytes.Lines":           linesShim("[]byte", "bytes"),
	"strings.SplitSeq":      splitShim("string", "strings", "Split"),
	"bytes.SplitSeq":        splitShim("[]byte", "bytes", "Split"),
	"strings.SplitAfterSeq": splitShim("string", "strings", "SplitAfter"),
	"bytes.SplitAfterSeq":   splitShim("[]byte", "bytes", "SplitAfter"),
	"strings.FieldsSeq":     fieldsShim("string", "strings", "s string", "Fields(s)"),
	"bytes.FieldsSeq":       fieldsShim("[]byte", "bytes", "s []byte", "Fields(s)"),
	"strings.FieldsFuncSeq": fieldsShim("string", "strings", "s string, f func(rune) bool", "FieldsFunc(s, f)"),
	"bytes.FieldsFuncSeq":   fieldsShim("[]byte", "bytes", "s []byte, f func(rune) bool", "FieldsFunc(s, f)"),
}

func linesShim(t, pkg string) string {
	return `func NAME(s ` + t + `) func(func(` + t + `) bool) {
	return func(yield func(` + t + `) bool) {
		for len(s) > 0 {
			var line ` + t + `
			if i := PKG_` + pkg + `.IndexByte(s, '\n'); i >= 0 {
				line, s = s[:i+1], s[i+1:]
			} else {
				line, s = s, s[len(s):]
			}
			if !yield(line) {
				return
			}
		}
	}
}`
}

func splitShim(t, pkg, fn string) string {
	return `func NAME(s, sep ` + t + `) func(func(` + t + `) bool) {
	return func(yield func(` + t + `) bool) {
		for _, part := range PKG_` + pkg + `.` + fn + `(s, sep) {
			if !yield(part) {
				return
			}
		}
	}
}`
}

func fieldsShim(t, pkg, params, call string) string {
	return `func NAME(` + params + `) func(func(` + t + `) bool) {
	return func(yield func(` + t + `) bool) {
		for _, f := range PKG_` + pkg + `.` + call + ` {
			if !yield(f) {
				return
			}
		}
	}
}`
}

// atomicPointerShim is the helper type for atomic.Pointer[T0].
const atomicPointerShim = `type NAME struct {
	mu PKG_sync.Mutex
	p  *T0
}

func (x *NAME) Load() *T0 {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.p
}

func (x *NAME) Store(v *T0) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.p = v
}

func (x *NAME) Swap(v *T0) *T0 {
	x.mu.Lock()
	defer x.mu.Unlock()
	old := x.p
	x.p = v
	return old
}

func (x *NAME) CompareAndSwap(old, v *T0) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.p != old {
		return false
	}
	x.p = v
	return true
}`
