/**
 * File names for exported stories: readable, portable (ASCII letters, digits and dashes, so every file
 * system and zip tool agrees on them) and unique within one export, also on case-insensitive disks.
 */

const SLUG_MAX = 80;

/** A title as a file-name slug: "Cut p99 from 800 ms → 60 ms" → "cut-p99-from-800-ms-60-ms"; "story" when nothing is left. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
  return slug || "story";
}

/** One `.md` file name per title, in order; a repeated slug gets -2, -3, … */
export function storyFileNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const slug = slugify(title);
    let name = `${slug}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${slug}-${n}.md`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The export's download name, dated by the server's local calendar: story-bank-2025-03-07.zip. */
export function exportArchiveName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `story-bank-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}
