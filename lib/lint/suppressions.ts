import type { StoryDocument, TextRange } from "./document";

/**
 * Inline suppression comments (SPEC §1), kept with the story:
 *
 *     <!-- story-lint disable we-instead-of-i: our whole team was paged -->
 *     …
 *     <!-- story-lint enable we-instead-of-i -->
 *     <!-- story-lint disable-next-line vague-outcome, result-missing-metric: the client's own words -->
 *
 * Rule ids are separated by commas or spaces; none means every rule. The reason after the colon is
 * kept and shown. A `disable` holds until a matching `enable` or the end of the story; a
 * `disable-next-line` covers messages that start on the next non-blank line.
 */
export type SuppressionKind = "disable" | "enable" | "disable-next-line";

/** One rule id as written in a comment, with its place (for the unknown-rule message). */
export interface SuppressionRuleRef extends TextRange {
  id: string;
}

export interface SuppressionComment {
  kind: SuppressionKind;
  /** The rule ids named, in order; empty means every rule. */
  rules: SuppressionRuleRef[];
  /** The reason after the colon, trimmed; null when none was given. */
  reason: string | null;
  /** The whole `<!-- … -->` comment. */
  comment: TextRange;
  /** For `disable-next-line`: the 1-based line it covers (the next non-blank line), or null at the end. */
  line: number | null;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
// Groups: the prefix up to the keyword, the keyword, the rule ids, the reason.
const DIRECTIVE = /^(\s*story-lint\s+(disable-next-line|disable|enable)(?![\w-]))([^:]*)(?::([\s\S]*))?$/i;
const RULE_ID = /[^\s,]+/g;

/**
 * The suppression comments of a story, in document order. `lineOf` turns an offset into its 1-based
 * line. Comments inside code are not HTML nodes, so they are never read.
 */
export function parseSuppressions(doc: StoryDocument, lineOf: (offset: number) => number): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  const { markdown } = doc;
  for (const node of doc.htmlNodes) {
    const text = markdown.slice(node.start, node.end);
    if (!text.includes("story-lint")) continue;
    COMMENT.lastIndex = 0;
    for (let hit = COMMENT.exec(text); hit; hit = COMMENT.exec(text)) {
      const directive = DIRECTIVE.exec(hit[1]);
      if (!directive) continue;
      const offset = node.start + hit.index;
      const endOffset = offset + hit[0].length;
      const kind = directive[2].toLowerCase() as SuppressionKind;
      const ids = directive[3];
      const idsStart = offset + "<!--".length + directive[1].length;
      const rules: SuppressionRuleRef[] = [];
      RULE_ID.lastIndex = 0;
      for (let id = RULE_ID.exec(ids); id; id = RULE_ID.exec(ids)) {
        rules.push({ id: id[0].toLowerCase(), offset: idsStart + id.index, endOffset: idsStart + id.index + id[0].length });
      }
      const reason = directive[4]?.trim() || null;
      comments.push({ kind, rules, reason, comment: { offset, endOffset }, line: kind === "disable-next-line" ? nextLine(markdown, endOffset, lineOf) : null });
    }
  }
  return comments;
}

/** The 1-based number of the first non-blank line after the line `offset` is on. */
function nextLine(markdown: string, offset: number, lineOf: (offset: number) => number): number | null {
  const lineEnd = markdown.indexOf("\n", offset);
  if (lineEnd === -1) return null;
  let at = lineEnd + 1;
  while (at < markdown.length) {
    const end = markdown.indexOf("\n", at);
    const line = markdown.slice(at, end === -1 ? markdown.length : end);
    if (line.trim() !== "") return lineOf(at);
    if (end === -1) break;
    at = end + 1;
  }
  return null;
}
