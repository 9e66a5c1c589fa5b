package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Status int

const (
	Pending Status = iota
	Shipped
	Failed
)

func (s Status) String() string {
	switch s {
	case Pending:
		return "pending"
	case Shipped:
		return "shipped"
	}
	return "failed"
}

type Order struct {
	ID     int
	Item   string
	Qty    int
	Status Status
}

type StockError struct {
	Item string
	Want int
}

func (e StockError) Error() string { return fmt.Sprintf("out of stock: %s (want %d)", e.Item, e.Want) }

var stock = map[string]int{"apple": 5, "pear": 1}
var mu sync.Mutex

func process(o Order) (Order, error) {
	mu.Lock()
	defer mu.Unlock()
	if stock[o.Item] < o.Qty {
		o.Status = Failed
		return o, StockError{o.Item, o.Qty}
	}
	stock[o.Item] -= o.Qty
	o.Status = Shipped
	return o, nil
}

func main() {
	orders := []Order{{1, "apple", 2, Pending}, {2, "pear", 3, Pending}, {3, "apple", 3, Pending}, {4, "apple", 1, Pending}}
	in := make(chan Order)
	type outcome struct {
		order Order
		err   error
	}
	out := make(chan outcome)
	go func() {
		for _, o := range orders {
			in <- o
			time.Sleep(10 * time.Millisecond)
		}
		close(in)
	}()
	go func() {
		for o := range in {
			r, err := process(o)
			out <- outcome{r, err}
		}
		close(out)
	}()
	for res := range out {
		if res.err != nil {
			var se StockError
			if errors.As(res.err, &se) {
				fmt.Printf("order %d: %v [item=%s]\n", res.order.ID, res.err, se.Item)
			}
			fmt.Printf("  %+v\n", res.order)
			continue
		}
		fmt.Printf("order %d: %v %+v\n", res.order.ID, res.order.Status, res.order)
	}
	fmt.Println("stock left:", stock)
}
