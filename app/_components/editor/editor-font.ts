/**
 * The editor's font, remembered in this browser: a proportional prose font by default (people write
 * answers, not code), monospace one click away for those who line up bullets by eye. System font
 * stacks only (the theme in codemirror.ts), so nothing is fetched.
 */
export type EditorFont = "prose" | "mono";

const KEY = "story-bank:editor-font";

export function readEditorFont(): EditorFont {
  try {
    return localStorage.getItem(KEY) === "mono" ? "mono" : "prose";
  } catch {
    return "prose"; // storage disabled: the default
  }
}

export function writeEditorFont(font: EditorFont): void {
  try {
    localStorage.setItem(KEY, font);
  } catch {
    // Storage full or disabled: the choice lasts for this page only.
  }
}
