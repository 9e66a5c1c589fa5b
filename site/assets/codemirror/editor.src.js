// The source of site/assets/files/editor.js: the book's code editor,
// CodeMirror 6 with Go highlighting, bundled by `make codemirror`.
//
// It defines window.ConcbookEditor.create(parent, text, onChange), which
// puts an editor into parent and returns {text(), set(text), focus(),
// destroy()}. Highlighting uses chroma's class names (the site's stylesheet
// colours them in both themes), and the editor's own colours are the site's
// CSS variables, so it follows light and dark like the rest of the page.
import { EditorState } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine,
  highlightActiveLineGutter, drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import {
  defaultKeymap, history, historyKeymap, indentWithTab,
} from "@codemirror/commands";
import {
  LanguageSupport, syntaxHighlighting, indentUnit, bracketMatching,
  indentOnInput,
} from "@codemirror/language";
import { goLanguage } from "@codemirror/lang-go";
import { tagHighlighter, styleTags, tags as t } from "@lezer/highlight";

// Go as chroma colours it: a method or package function called through a
// selector (fmt.Println) is a function name too.
const go = goLanguage.configure({
  props: [styleTags({ "CallExpr/SelectorExpr/FieldName": t.function(t.propertyName) })],
});

// Lezer's tags to chroma's classes (see site/highlight): the editor's code
// has the colours of the page's code.
const chroma = tagHighlighter([
  { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword], class: "k" },
  { tag: t.definitionKeyword, class: "kd" },
  { tag: t.standard(t.typeName), class: "kt" },
  { tag: [t.bool, t.null, t.atom], class: "kc" },
  { tag: [t.string, t.special(t.string), t.character], class: "s" },
  { tag: t.escape, class: "se" },
  { tag: t.number, class: "m" },
  { tag: [t.lineComment, t.blockComment, t.comment], class: "c" },
  { tag: [t.function(t.definition(t.variableName)), t.function(t.variableName), t.function(t.propertyName)], class: "nf" },
  { tag: t.standard(t.variableName), class: "nb" },
  // The selector's dot is plain text on the page: more specific than the
  // operators, of which lezer makes it one.
  { tag: t.derefOperator, class: "p" },
  { tag: [t.operator, t.definitionOperator, t.logicOperator, t.arithmeticOperator, t.bitwiseOperator, t.compareOperator, t.updateOperator], class: "o" },
]);

const theme = EditorView.theme({
  "&": { color: "var(--fg)", backgroundColor: "transparent", fontSize: "0.86rem" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55" },
  ".cm-content": { padding: "0.85rem 0", caretColor: "var(--fg)" },
  ".cm-line": { padding: "0 1rem 0 0.5rem" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--accent-soft)",
  },
  ".cm-activeLine": { backgroundColor: "var(--inline-code-bg)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--inline-code-bg)", color: "var(--fg)" },
  ".cm-gutters": {
    backgroundColor: "var(--bg-soft)", color: "var(--muted)",
    borderRight: "1px solid var(--border)",
  },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 0.5rem 0 0.75rem", minWidth: "2.5ch" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--mark)", outline: "none" },
});

function create(parent, text, onChange) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        indentUnit.of("\t"),
        EditorState.tabSize.of(4),
        new LanguageSupport(go),
        syntaxHighlighting(chroma),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's
        // rule for keyboard users).
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        theme,
        EditorView.contentAttributes.of({ class: "chroma", "aria-label": "Go code, editable", spellcheck: "false", autocorrect: "off", autocapitalize: "off" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && onChange) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    set: (s) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s } }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}

window.ConcbookEditor = { create };
