import { LABEL_WORDS, LETTER_CONCEPTS, TYPO_TARGETS, type LabelConcept } from "./patterns/section-labels";

/** A STAR label found at one position of the markdown, e.g. `**S (Situation):**` or `Result –`. */
export interface LabelMatch {
  /** What the label stands for; two for a combined label such as "Situation & Task". */
  concepts: LabelConcept[];
  /** Offsets of the label itself, decoration and emphasis markers included, trailing space excluded. */
  start: number;
  end: number;
  separator: "colon" | "dash" | null;
  /** Wrapped in `**` or `__` (a bold label needs no separator). */
  strong: boolean;
  /** Only a letter (`S:`), no word. */
  letterOnly: boolean;
  /** Matched by a one-letter typo of a label word, not the word itself. */
  typo: boolean;
  /** Nothing but whitespace follows on the label's line. */
  alone: boolean;
  /** A letter in brackets with no separator, `(S) …`, accepted because the caller allowed it. */
  bracketed: boolean;
}

export interface MatchLabelOptions {
  /** Accept a bare bracketed letter, `(S) Our app crashed …`, as a label: callers allow it when the
   * story uses three or more of (S), (T), (A), (R) in order. */
  bracketLetters?: boolean;
}

// Emoji, bullets and numbering people put in front of labels: "✅ S –", "1) Situation", "(2) Task".
const DECORATION =
  /(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F1E6}-\u{1F1FF}•·▪■□●○◆◇►▶▸→⇒➡➜✓✔☑❌⭐]|\d{1,2}\uFE0F?\u20E3|\d{1,2}[.)](?=[ \t])|\(\d{1,2}\)|[>|])[ \t]*/uy;
// Emphasis around a label: markdown's, or HTML's when the story was pasted from a web page.
const EMPHASIS_OPEN = /(\*\*|__|\*(?!\*)|_(?!_)|<(?:b|strong|em|i|u)>)/iy;
const STRONG_MARKERS = new Set(["**", "__", "<b>", "<strong>"]);

/** The text that closes an emphasis marker: the same for markdown, the end tag for HTML. */
function closerOf(marker: string): string {
  return marker.startsWith("<") ? `</${marker.slice(1)}` : marker;
}
const LETTER = /\(?([STAR])\)?(?![\p{L}\p{N}'’])/uy;
const LETTER_PAREN_WORD_OPEN = /[ \t]*\([ \t]*/y;
const LETTER_WORD_SEPARATOR = /[ \t]*(?:[-–—:=|/]|\.(?=[ \t]))[ \t]*/y;
const CLOSE_PAREN = /[ \t]*\)/y;
const LETTER_SUFFIX = /[ \t]*\([ \t]*[STAR][ \t]*\)/y;
const JOINER = /[ \t]*(?:\/|&|\+|,|and(?![\p{L}]))[ \t]*/iuy;
const SPACES = /[ \t]*/y;
const SEPARATOR = /[ \t]*(?:([:：])|([-–—])(?=[ \t]|$|\*|_))/y;
const TYPO_WORD = /(\p{L}{5,12})(?![\p{L}\p{N}])/uy;
const WORDS = new RegExp(
  LABEL_WORDS.map((word) => `(${word.source})(?![\\p{L}\\p{N}'’-])`).join("|"),
  "iuy",
);

/** `text.startsWith(prefix, at)`, ignoring case (HTML tags may be written `<B>`). */
function startsWithAt(text: string, prefix: string, at: number): boolean {
  return text.slice(at, at + prefix.length).toLowerCase() === prefix;
}

function stickyMatch(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function skipDecoration(text: string, index: number): number {
  let at = index;
  for (let guard = 0; guard < 8; guard++) {
    const match = stickyMatch(DECORATION, text, at);
    if (!match || match[0].length === 0) break;
    at += match[0].length;
  }
  return at;
}

interface WordHit {
  concept: LabelConcept;
  end: number;
  typo: boolean;
}

function matchWord(text: string, index: number, allowTypo: boolean): WordHit | null {
  const match = stickyMatch(WORDS, text, index);
  if (match) {
    for (let group = 1; group <= LABEL_WORDS.length; group++) {
      if (match[group] !== undefined) {
        return { concept: LABEL_WORDS[group - 1].concept, end: index + match[0].length, typo: false };
      }
    }
  }
  if (!allowTypo) return null;
  const word = stickyMatch(TYPO_WORD, text, index);
  if (!word) return null;
  const lower = word[1].toLowerCase();
  for (const target of TYPO_TARGETS) {
    if (Math.abs(target.word.length - lower.length) > 1) continue;
    if (editDistanceAtMostOne(lower, target.word)) {
      return { concept: target.concept, end: index + word[0].length, typo: true };
    }
  }
  return null;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** One or more label words joined by "/", "&", "and" …: "Situation & Task", "Results/Impact". */
function matchWords(text: string, index: number): { concepts: LabelConcept[]; end: number; typo: boolean } | null {
  const first = matchWord(text, index, true);
  if (!first) return null;
  const concepts = [first.concept];
  let end = first.end;
  for (let guard = 0; guard < 3; guard++) {
    const joiner = stickyMatch(JOINER, text, end);
    if (!joiner) break;
    const next = matchWord(text, end + joiner[0].length, false);
    if (!next) break;
    if (!concepts.includes(next.concept)) concepts.push(next.concept);
    end = next.end;
  }
  const suffix = stickyMatch(LETTER_SUFFIX, text, end);
  if (suffix) end += suffix[0].length;
  return { concepts, end, typo: first.typo };
}

/**
 * Reads a label at `start` in `markdown`, looking no further than `limit` (the end of the line).
 * Returns what was read without judging it: callers decide, by where the label stands (heading,
 * start of a line, middle of a sentence), how much evidence they need.
 */
export function matchLabel(markdown: string, start: number, limit: number, options: MatchLabelOptions = {}): LabelMatch | null {
  const text = markdown.slice(start, limit);
  let at = skipDecoration(text, 0);
  const open = stickyMatch(EMPHASIS_OPEN, text, at);
  const marker = open ? open[1].toLowerCase() : "";
  const closer = closerOf(marker);
  if (open) at = skipDecoration(text, at + marker.length);

  let concepts: LabelConcept[] | null = null;
  let letterOnly = false;
  let typo = false;
  let parenthesisedLetter = false;
  // Where a bare letter label would end, in case "S: Situation was…" turns out to be letter + prose.
  let letterFallback: number | null = null;
  let fallbackLetter = "";

  const letter = stickyMatch(LETTER, text, at);
  if (letter) {
    const afterLetter = at + letter[0].length;
    const parenthesised = letter[0].startsWith("(") && letter[0].endsWith(")");
    // "S (Situation)", "(S) Situation", "S – Situation": the word decides; a bare "S:" is letter-only.
    const parenOpen = parenthesised ? null : stickyMatch(LETTER_PAREN_WORD_OPEN, text, afterLetter);
    let words: ReturnType<typeof matchWords> = null;
    if (parenOpen) {
      words = matchWords(text, afterLetter + parenOpen[0].length);
      const close = words ? stickyMatch(CLOSE_PAREN, text, words.end) : null;
      if (words && close) words = { ...words, end: words.end + close[0].length };
      else words = null;
    } else {
      const gap = parenthesised ? stickyMatch(SPACES, text, afterLetter) : stickyMatch(LETTER_WORD_SEPARATOR, text, afterLetter);
      if (gap) words = matchWords(text, afterLetter + gap[0].length);
      if (words?.typo) words = null;
    }
    if (words) {
      concepts = words.concepts;
      at = words.end;
      if (letter[0] === letter[1] || (parenthesised && options.bracketLetters === true)) {
        letterFallback = afterLetter;
        fallbackLetter = letter[1];
        parenthesisedLetter = parenthesised;
      }
    } else if (letter[0] === letter[1] || parenthesised) {
      concepts = [LETTER_CONCEPTS[letter[1]]];
      letterOnly = true;
      parenthesisedLetter = parenthesised;
      at = afterLetter;
    }
  }
  if (!concepts) {
    const words = matchWords(text, at);
    if (!words) return null;
    concepts = words.concepts;
    typo = words.typo;
    at = words.end;
  }

  let closed = false;
  if (marker && startsWithAt(text, closer, at)) {
    closed = true;
    at += closer.length;
  }
  if (letterFallback !== null && !closed && !stickyMatch(SEPARATOR, text, at) && text.slice(at).trim() !== "") {
    concepts = [LETTER_CONCEPTS[fallbackLetter]];
    letterOnly = true;
    at = letterFallback;
  } else if (letterFallback !== null) {
    // "(T) Task: …": the words were the label after all.
    parenthesisedLetter = false;
  }
  let separator: "colon" | "dash" | null = null;
  const sep = stickyMatch(SEPARATOR, text, at);
  if (sep) {
    separator = sep[1] ? "colon" : "dash";
    at += sep[0].length;
  }
  if (marker && !closed) {
    const space = stickyMatch(SPACES, text, at);
    const afterSpace = at + (space ? space[0].length : 0);
    if (startsWithAt(text, closer, afterSpace)) {
      closed = true;
      at = afterSpace + closer.length;
    } else if (!separator) {
      return null;
    }
  }
  // A letter label needs a separator: "S:" or "S –", never a lone capital; "(S)" may do without one
  // when the caller says the story writes its parts that way.
  const bracketed = letterOnly && !separator && parenthesisedLetter && options.bracketLetters === true && !closed;
  if (letterOnly && !separator && !bracketed) return null;
  const rest = text.slice(at);
  return {
    concepts,
    start,
    end: start + at,
    separator,
    strong: closed && STRONG_MARKERS.has(marker),
    letterOnly,
    typo,
    alone: rest.trim() === "",
    bracketed,
  };
}
