package main

import (
	"errors"
	"fmt"
	"sync"
)

type InsufficientFundsError struct {
	Need, Have int
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return &InsufficientFundsError{n, a.balance}
	}
	a.balance -= n
	return nil
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func main() {
	acct := &Account{balance: 100}
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acct.Withdraw(10); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	n := 0
	var last error
	for err := range errs {
		n++
		last = err
	}
	fmt.Println("failures:", n, "balance:", acct.balance)
	var ife *InsufficientFundsError
	if errors.As(last, &ife) {
		fmt.Println(ife.Need, ife.Have)
	}
	fmt.Printf("%v | %T\n", last, last)
	acct.Deposit(5)
	err := acct.Withdraw(50)
	fmt.Println(err)
	fmt.Printf("%+v\n", err)
	fmt.Printf("%#v\n", *ife)
}
