import { getPrinciple, type PrincipleId } from "../principles";
import type { StoryContext } from "./context";
import { defineStoryRule, type RuleDocs, type StoryRule } from "./rule";
import { hasFigure } from "./text";
import type { SectionName, Severity } from "./types";

/**
 * Principle packs: tagging a story with a Leadership Principle switches on that principle's checks.
 * Each check asks "does the story show the thing an interviewer probing this principle will look
 * for?" (Dive Deep: the data you looked at; Disagree and Commit: the disagreement and the commitment
 * after it). A check reports when none of its evidence appears in the sections it reads.
 *
 * Precision comes first: evidence lists are generous (any plausible wording counts as evidence), so a
 * check fires only on stories that really never mention the thing. A message points at the section
 * where the evidence belongs (usually the Action), so the editor underlines where to add it.
 */

/** One thing a story tagged with the principle has to show. */
export interface EvidenceCheck {
  /** Stable key of the check within its pack, e.g. "root-cause". */
  id: string;
  /**
   * The message's reason: one plain sentence to the candidate naming the principle, what the story
   * lacks and what to add ("Your Dive Deep story finds no root cause: say what caused the problem and
   * how you proved it.").
   */
  reason: string;
  /** Sections searched for evidence. */
  searchIn: readonly SectionName[];
  /** Patterns (case-insensitive, applied to the sections' prose); any hit is evidence. */
  evidence: readonly RegExp[];
  /** A concrete figure (lib/lint/text.ts hasFigure) in the searched sections also counts. */
  figuresCount?: boolean;
  /** With figuresCount: the sections where a figure counts, when narrower than searchIn (a figure
   * in the Result shows an outcome; "twice a week" in the Action does not). Defaults to searchIn. */
  figuresIn?: readonly SectionName[];
  /** The check runs only when the check with this id found its evidence (a commitment is only asked
   * for once there is a disagreement). */
  requires?: string;
  /** Where the message points: this section's content. No message when it is missing or empty. */
  reportIn: SectionName;
  /** Coaching: what the interviewer will ask, and how to answer it. */
  note: string;
}

export interface PrinciplePack {
  principle: PrincipleId;
  severity?: Severity;
  summary: string;
  docs: RuleDocs;
  checks: readonly EvidenceCheck[];
}

/**
 * One case-insensitive pattern for a list of evidence phrases, each matched as whole words. A phrase is
 * a regex source with two conveniences: a space matches any run of whitespace (a line break, or markup
 * the mask blanked, as in "took **ownership**"), and an apostrophe matches ' and ’ ("wasn't", "wasn’t").
 * Inside a character class both are left as written, so `[- ]` and `n['’]t` keep their meaning.
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  for (const phrase of phrases) {
    // Both compile and silently do something else: a space stands for required white space, so " ?"
    // does not make it optional (it only makes it lazy), and a trailing space meets the closing word
    // boundary and never matches.
    if (/ $/.test(phrase) || / [?*]/.test(phrase)) {
      throw new Error(`Evidence phrase ${JSON.stringify(phrase)} does not match what it says: a space stands for required white space; write (?:\\s+)? for an optional one`);
    }
  }
  const body = phrases.map(expandPhrase).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "iu");
}

/** A phrase's regex source with its spaces and apostrophes widened; escapes and character classes
 * (`[‘'’]`, `[- ]`) are left exactly as written. */
function expandPhrase(phrase: string): string {
  let out = "";
  let inClass = false;
  for (let index = 0; index < phrase.length; index++) {
    const char = phrase[index];
    if (char === "\\") {
      out += phrase.slice(index, index + 2);
      index++;
    } else if (inClass) {
      if (char === "]") inClass = false;
      out += char;
    } else if (char === "[") {
      inClass = true;
      out += char;
    } else if (char === " ") out += "\\s+";
    else if (char === "'") out += "['’]";
    else out += char;
  }
  return out;
}

/** The id of a principle's pack rule: `lp-<principle-id>` (LP, as candidates call the principles). */
export function principleRuleId(principle: PrincipleId): string {
  return `lp-${principle}`;
}

/** Makes a principle pack's rule: silent unless the story is tagged with the principle. */
export function definePrincipleRule(pack: PrinciplePack): StoryRule {
  const name = getPrinciple(pack.principle).name;
  const ids = new Set<string>();
  for (const check of pack.checks) {
    if (ids.has(check.id)) throw new Error(`Duplicate check ${check.id} in ${pack.principle}`);
    if (check.requires && !ids.has(check.requires)) throw new Error(`Check ${check.id} requires an earlier check`);
    // The reason is read without the rule's name beside it (the CLI, a hover): it names the principle.
    if (!check.reason.includes(name)) throw new Error(`The reason of check ${check.id} does not name ${name}`);
    ids.add(check.id);
  }
  return defineStoryRule({
    id: principleRuleId(pack.principle),
    severity: pack.severity ?? "warning",
    summary: pack.summary,
    docs: pack.docs,
    check(context, report) {
      if (!context.principles.includes(pack.principle)) return;
      if (context.sections.structure === "none") return;
      const found = new Map<string, boolean>();
      // Checks of one pack mostly read the same sections: join each set of sections once.
      const texts = new Map<string, string>();
      const textOf = (sections: readonly SectionName[]): string => {
        const key = sections.join(",");
        let text = texts.get(key);
        if (text === undefined) {
          text = sectionsText(context, sections);
          texts.set(key, text);
        }
        return text;
      };
      for (const check of pack.checks) {
        if (check.requires && !found.get(check.requires)) {
          found.set(check.id, false);
          continue;
        }
        const text = textOf(check.searchIn);
        const present =
          (check.figuresCount === true && hasFigure(check.figuresIn ? textOf(check.figuresIn) : text)) ||
          check.evidence.some((pattern) => matches(pattern, text));
        found.set(check.id, present);
        if (present) continue;
        const target = context.sections[check.reportIn];
        if (!target || target.words === 0) continue;
        report({
          offset: target.content.offset,
          endOffset: target.content.endOffset,
          section: check.reportIn,
          reason: check.reason,
          note: check.note,
        });
      }
    },
  });
}

/** The prose (the mask) of the sections, joined by line breaks so words never run together. */
function sectionsText(context: StoryContext, sections: readonly SectionName[]): string {
  return sections
    .map((section) => {
      const part = context.sections[section];
      return part ? context.doc.mask.slice(part.content.offset, part.content.endOffset) : "";
    })
    .join("\n");
}

function matches(pattern: RegExp, text: string): boolean {
  // Patterns may be global or sticky; reset so a shared RegExp never skips a match.
  pattern.lastIndex = 0;
  return pattern.test(text);
}
