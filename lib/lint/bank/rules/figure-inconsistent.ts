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
  docs: {
    description:
      "Reports the same metric of the same project told with different before→after figures in two stories: “p99 latency from 800 ms to 60 ms” in one, “from 900 ms to 60 ms” in the other. Interviewers in one loop compare notes afterwards, and a number told two ways makes both stories doubtful. Built to be precise rather than complete: both claims must name the same metric with at least two words, in the same unit and direction, exactly (no “about”), with one end the same and the other different beyond rounding (800 ms and 0.8 s are the same figure), in stories that share a project or service name. Figures told as amounts alone (“by 30%”) are never compared, since two projects can each move a metric.",
    examples: [
      {
        title: "One checkout latency, two starting points",
        stories: [
          {
            id: "a",
            title: "Cut checkout latency",
            principles: ["dive-deep"],
            body: "## Situation\nThe Checkout service timed out at peak.\n## Task\nI owned its latency.\n## Action\nI profiled it and cached the tax lookups.\n## Result\nCheckout p99 latency went from 800 ms to 60 ms.\n",
          },
          {
            id: "b",
            title: "Pushed back on the launch date",
            principles: ["have-backbone-disagree-and-commit"],
            body: "## Situation\nThe Checkout launch was set for Black Friday.\n## Task\nI had to keep it fast.\n## Action\nI argued for a week of load tests.\n## Result\nCheckout p99 latency went from 900 ms to 60 ms before launch.\n",
          },
        ],
        messages: [
          {
            storyId: "b",
            reason:
              "Your stories tell “Checkout p99 latency” two ways, from 800 ms to 60 ms in “Cut checkout latency” and from 900 ms to 60 ms in “Pushed back on the launch date”: use the same figures in both.",
          },
        ],
      },
      {
        title: "The same figures in another unit agree",
        stories: [
          {
            id: "a",
            title: "Cut checkout latency",
            principles: ["dive-deep"],
            body: "## Situation\nThe Checkout service timed out at peak.\n## Result\nCheckout p99 latency went from 800 ms to 60 ms.\n",
          },
          {
            id: "b",
            title: "Pushed back on the launch date",
            principles: ["have-backbone-disagree-and-commit"],
            body: "## Situation\nThe Checkout launch was set for Black Friday.\n## Result\nCheckout p99 latency went from 0.8 s to 60 ms.\n",
          },
        ],
        messages: [],
      },
    ],
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
              `Your stories tell “${first.metricText}” two ways, ${first.figures} in ${quoteStory(stories[earlier])} and ` +
              `${second.figures} in ${quoteStory(stories[later])}: use the same figures in both.`,
            note:
              'Interviewers in one loop compare notes, and a number told two ways ("so was it 800 or 900?") makes both stories doubtful. ' +
              "Check the dashboard or the write-up, then give the same before and after in every story that mentions it.",
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


