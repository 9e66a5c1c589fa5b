package search

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// ScriptName is the index's file: a script, not JSON, so that a page opened
// from the disk (file://), where fetch is refused, can load it with a
// <script> element as well as a served one.
const ScriptName = "search-index.js"

// The script is one statement: the index, as JSON, assigned to
// window.searchIndex.
const (
	scriptHead = "// The book's search index (site/search): search.js reads it.\nwindow.searchIndex = "
	scriptTail = ";\n"
)

// Script is the index as search-index.js.
func (ix *Index) Script() ([]byte, error) {
	data, err := ix.JSON()
	if err != nil {
		return nil, err
	}
	return append(append([]byte(scriptHead), data...), scriptTail...), nil
}

// ParseScript reads an index back from its script.
func ParseScript(data []byte) (*Index, error) {
	body, ok := bytes.CutPrefix(data, []byte(scriptHead))
	if ok {
		body, ok = bytes.CutSuffix(body, []byte(scriptTail))
	}
	if !ok {
		return nil, fmt.Errorf("search index: not a %s", ScriptName)
	}
	var ix Index
	if err := json.Unmarshal(body, &ix); err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	return &ix, nil
}
