/**
 * YAML front matter as story files open with it (SPEC §1): a first line `---`, the YAML (group 1), and
 * a closing line `---`. For text-level reads that need no parse: leaving the front matter out of a word
 * count, finding where the body starts, reading a workspace's tags.
 */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The markdown without its front matter (unchanged when it has none). */
export function withoutFrontMatter(markdown: string): string {
  return markdown.replace(FRONT_MATTER, "");
}
