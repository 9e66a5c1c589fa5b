// The environment the program was started with, and nothing of the
// runner's; the test sets GBE_SAMPLE.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR"))
	v, ok := os.LookupEnv("GBE_SAMPLE")
	fmt.Println("GBE_SAMPLE:", v, ok)
	var keys []string
	for _, e := range os.Environ() {
		k, _, _ := strings.Cut(e, "=")
		// The runner's own variables, but CONCBOOK_CACHE, which whoever
		// runs the test may have set.
		if strings.HasPrefix(k, "CONCBOOK") && k != "CONCBOOK_CACHE" || strings.HasPrefix(k, "YAEGI") || k == "GBE_SAMPLE" || k == "FOO" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	fmt.Println(keys)
	wd, _ := os.Getwd()
	fmt.Println("PWD matches:", os.Getenv("PWD") == wd)
}
