import { history, historyKeymap, standardKeymap } from "@codemirror/commands";
import { defineLanguageFacet, Language, syntaxHighlighting, defaultHighlightStyle } from "@codemirror/language";
import { linter, lintKeymap, type Diagnostic } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, keymap, placeholder } from "@codemirror/view";
import { parser as markdownParser } from "@lezer/markdown";

/**
 * Markdown for CodeMirror straight from @lezer/markdown. @codemirror/lang-markdown would also pull in
 * the HTML, CSS and JavaScript languages for embedded code (over 100 KiB gzipped) that a STAR story
 * never needs; the bare parser already carries its highlighting tags.
 */
const markdownLanguage = new Language(
  defineLanguageFacet({ commentTokens: { block: { open: "<!--", close: "-->" } } }),
  markdownParser,
  [],
  "markdown",
);

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  /** Accessible name of the editing surface. */
  label: string;
  /** Called with the new text after every change. */
  onChange: (text: string) => void;
  /** Produces the diagnostics for the current text; CodeMirror drops answers for text that has changed since. */
  lint: (view: EditorView) => Promise<readonly Diagnostic[]>;
  /** Pause after the last keystroke before linting, in ms. */
  lintDelay: number;
}

const PROSE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MONO_FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

const theme = EditorView.theme({
  "&": { fontSize: "0.95rem", border: "1px solid var(--border)", borderRadius: "6px", background: "var(--bg)" },
  "&.cm-focused": { outline: "3px solid var(--accent)", outlineOffset: "2px" },
  // Prose by default (people write answers, not code); a `font-mono` class on the host brings back the
  // monospace. System font stacks only, so nothing is fetched.
  ".cm-content": { fontFamily: PROSE_FONT, padding: "0.6rem 0", minHeight: "24rem", caretColor: "var(--fg)" },
  ".font-mono & .cm-content": { fontFamily: MONO_FONT },
  ".cm-line": { padding: "0 0.75rem" },
  ".cm-activeLine": { background: "color-mix(in srgb, var(--accent) 6%, transparent)" },
  ".cm-tooltip-lint": { maxWidth: "28rem" },
  ".cm-lintRange-warning, .cm-lintRange-error, .cm-lintRange-info": { backgroundPosition: "left bottom" },
  // A message about a whole part (see toDiagnostic) gets a faint dotted line instead of the squiggle,
  // so word-level messages inside it still stand out; text a word-level message also covers keeps it.
  ".cm-lintRange.lint-span:not(.lint-word)": {
    backgroundImage: "none",
    textDecoration: "underline dotted",
    textDecorationColor: "color-mix(in srgb, currentColor 45%, transparent)",
    textUnderlineOffset: "3px",
  },
});

export function createEditor(options: EditorOptions): EditorView {
  const extensions: Extension[] = [
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    markdownLanguage,
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    // standardKeymap (moving, selecting, deleting) rather than defaultKeymap: prose needs no code
    // commands such as bracket matching or comment toggling, and the bundle stays small. No Tab
    // binding either: Tab must keep moving focus out of the editor for keyboard users.
    keymap.of([...standardKeymap, ...historyKeymap, ...lintKeymap]),
    placeholder("Write your story: ## Situation, ## Task, ## Action, ## Result"),
    EditorView.contentAttributes.of({ "aria-label": options.label, spellcheck: "true", autocapitalize: "sentences" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    linter(options.lint, { delay: options.lintDelay }),
    theme,
  ];
  return new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.doc, extensions }) });
}

/** Selects a range, scrolls it into view and gives the editor focus. */
export function revealRange(view: EditorView, from: number, to: number): void {
  const length = view.state.doc.length;
  const anchor = Math.min(from, length);
  view.dispatch({
    selection: { anchor, head: Math.min(to, length) },
    effects: EditorView.scrollIntoView(anchor, { y: "center" }),
  });
  view.focus();
}

export { forceLinting } from "@codemirror/lint";
export type { Diagnostic } from "@codemirror/lint";
export type { EditorView } from "@codemirror/view";
