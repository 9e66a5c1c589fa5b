package main

import "fmt"

// A type switch and assertions in generic functions, instantiated only
// with compiled concrete types: case T is then a case of that type. In
// kind[int32] and kind[int], case T and a later case are the same type:
// Go allows that in a generic function, and the first case wins.
func kind[T any](i interface{}) string {
	switch x := i.(type) {
	case T:
		return fmt.Sprint("T ", x)
	case int:
		return fmt.Sprint("int ", x)
	case int32, int16:
		return fmt.Sprint("int32/int16 ", x)
	case struct{ a, b T }:
		return fmt.Sprint("struct{T,T} ", x.a, x.b)
	case []T:
		return fmt.Sprint("[]T ", len(x))
	case map[string]T:
		return fmt.Sprint("map[string]T ", len(x))
	default:
		return fmt.Sprint("other ", x)
	}
}

func as[T any](i interface{}) (T, bool) {
	t, ok := i.(T)
	return t, ok
}

func must[T any](i interface{}) (t T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return i.(T), nil
}

func main() {
	fmt.Println(kind[float64](float64(6)))
	fmt.Println(kind[float64](int(7)))
	fmt.Println(kind[float64](int32(8)))
	fmt.Println(kind[float64](struct{ a, b float64 }{a: 1, b: 2}))
	fmt.Println(kind[float64](int8(9)))
	fmt.Println(kind[int32](int32(7)))
	fmt.Println(kind[int](int32(7)))
	fmt.Println(kind[int](int(5)))
	fmt.Println(kind[string]([]string{"a", "b"}))
	fmt.Println(kind[string]([]int{1}))
	fmt.Println(kind[bool](map[string]bool{"x": true}))
	fmt.Println(kind[bool](nil))
	fmt.Println(as[string]("s"))
	fmt.Println(as[string](3))
	fmt.Println(as[[]byte]([]byte("hi")))
	fmt.Println(must[int](4))
	fmt.Println(must[int]("four"))
}
