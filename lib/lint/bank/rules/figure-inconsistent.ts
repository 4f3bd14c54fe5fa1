import { quoteStory, type BankFinding, type BankRule } from "../context";
import { bankNames, differentFigure, figureClaims, sameFigure, type FigureClaim } from "../figure-claims";

/**
 * The same metric of the same project is given different before→after figures in two stories:
 * “p99 latency from 800 ms to 60 ms” in one, “from 900 ms to 60 ms” in another.
 *
 * Warning: interviewers in one loop compare notes, and two versions of one number make both stories
 * doubtful. Built to be precise rather than complete; a pair of claims is flagged only when all of:
 * - both are before→after claims ("from X to Y") about a metric named by the same noun phrase of at
 *   least two content words ("p99 latency", "AWS bill", "on-call pages per week"), read without
 *   determiners and possessive pronouns;
 * - both are in the same unit and rate (ms, s, min and h are one unit; so are $, $k, $M), exact (no
 *   "about", "over", "up to"), and move in the same direction;
 * - exactly one end agrees and the other differs even after rounding ("800 ms" covers 750–850 ms,
 *   "0.8 s" 0.75–0.85 s; a range like "800–900 ms" agrees with anything inside it) — two claims that
 *   share no end may be different moments (a later project, a regression), and a chain (800→60, then
 *   60→40) is a continuation;
 * - the stories share a proper name (a service, a project, a team: tools, clouds and, in a bank of three
 *   or more, a name every story mentions, like the employer, do not count), and the two claim sentences
 *   do not name different ones.
 * Percentages or amounts on their own ("cut the bill by 30%") are never compared: two initiatives can
 * each move the same metric by a different amount.
 */
export const figureInconsistent: BankRule = {
  meta: {
    id: "figure-inconsistent",
    severity: "warning",
    summary: "Two stories give the same metric different figures.",
    url: "/rules/figure-inconsistent",
    scope: "bank",
  },
  check({ stories, bodies }) {
    const claims = stories.map((story, index) => figureClaims(story.title, bodies[index] ?? ""));
    const names = bankNames(stories.map((story, index) => ({ title: story.title, body: bodies[index] ?? "" })));
    // A name in every story of a bank of three or more is the employer, not a project.
    if (stories.length >= 3) {
      const everywhere = [...names[0]].filter((name) => names.every((set) => set.has(name)));
      for (const set of names) for (const name of everywhere) set.delete(name);
    }
    const findings: BankFinding[] = [];
    for (let later = 1; later < stories.length; later++) {
      for (let earlier = 0; earlier < later; earlier++) {
        if (claims[later].length === 0 || claims[earlier].length === 0) continue;
        if (![...names[earlier]].some((name) => names[later].has(name))) continue;
        const reported = new Set<string>();
        for (const first of claims[earlier]) {
          if (reported.has(first.metric)) continue;
          const second = claims[later].find((claim) => conflicts(first, claim));
          if (!second) continue;
          reported.add(first.metric);
          findings.push({
            storyId: stories[later].id,
            reason:
              `Unexpected “${first.metricText}” ${first.figures} in ${quoteStory(stories[earlier])} and ` +
              `${second.figures} in ${quoteStory(stories[later])}, expected the same figures`,
            note:
              "Interviewers in one loop compare notes, and a number told two ways makes both stories doubtful. " +
              "Check the dashboard or the write-up, then use the same before and after in every story that mentions it.",
          });
        }
      }
    }
    return findings;
  },
};

/** Same metric, unit and direction, one end the same and the other different, and no sign that the
 * sentences are about different projects. */
function conflicts(a: FigureClaim, b: FigureClaim): boolean {
  if (a.metric !== b.metric || a.unit !== b.unit) return false;
  const direction = (claim: FigureClaim) => Math.sign(claim.after.low + claim.after.high - claim.before.low - claim.before.high);
  if (direction(a) === 0 || direction(a) !== direction(b)) return false;
  // One end exactly the same (after units), the other different beyond rounding.
  const oneEndMoved =
    (sameFigure(a.before, b.before) && differentFigure(a.after, b.after)) ||
    (sameFigure(a.after, b.after) && differentFigure(a.before, b.before));
  if (!oneEndMoved) return false;
  if (a.names.size > 0 && b.names.size > 0 && ![...a.names].some((name) => b.names.has(name))) return false;
  return true;
}


