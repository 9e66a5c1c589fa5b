package main

import "fmt"

// A value of the program's types sent by a select on a channel of
// interfaces arrives with its type, as a plain send's does.
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Sensor string
	Temp   Celsius
}

func main() {
	events := make(chan any, 3)
	var t Celsius = 21.5
	select {
	case events <- t:
	}
	select {
	case events <- Reading{"roof", 18}:
	default:
	}
	select {
	case events <- 7:
	}
	for range 3 {
		switch v := (<-events).(type) {
		case Celsius:
			fmt.Println("celsius", v, v == t)
		case Reading:
			fmt.Printf("reading %+v\n", v)
		case int:
			fmt.Println("int", v)
		}
	}
	out := make(chan fmt.Stringer, 1)
	select {
	case out <- t:
	}
	s := <-out
	fmt.Printf("%T %v %v\n", s, s, s == fmt.Stringer(t))
}
