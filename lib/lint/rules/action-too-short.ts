import { defineStoryRule, sectionTitle } from "../rule";
import { mostOverTarget, percent, sectionShares } from "../shares";

/** "Under about half": below this share of the story's words the Action is too short. */
export const MIN_ACTION_SHARE = 0.45;

/** About a minute's worth of words at 150 wpm. A shorter story gets spoken-length's message instead,
 * whose advice is the same (say more about what you did), so a draft hears it once. */
export const MIN_WORDS_FOR_ACTION_SHARE = 150;

/**
 * `action-too-short`: the Action has less than about half of the story's words. When the setup alone
 * outweighs the Action, setup-longer-than-action reports that instead (one imbalance, one message);
 * this rule speaks when the weight is elsewhere, usually a Result that retells the story. Range: the
 * Action's text, the part to grow.
 */
export const actionTooShort = defineStoryRule({
  id: "action-too-short",
  severity: "info",
  summary: "The Action is less than about half of the story.",
  docs: {
    description:
      "Reports an Action with less than 45% of the story's words, once the story has at least 150 words (a shorter one gets `spoken-length`'s message, with the same advice). Coaches aim for about 60% on the Action: it is what you did, the part interviewers score. When the Situation and Task alone are longer than the Action, `setup-longer-than-action` reports it instead, so one imbalance gets one message; this rule catches the rest, usually a Result that retells the story. The message names the part that takes the words.",
    examples: [
      {
        title: "A Result that retells the story",
        markdown:
          "## Situation\nNightly exports to our biggest customer failed twice a week.\n## Task\nI owned the exports.\n## Action\nI read a month of job logs, found the failures were timeouts during the customer's own backups, and added retries with backoff and an alert on the third failure.\n## Result\nFailures fell from 8 a month to 1. The customer's operations lead thanked us in the quarterly review, and the account manager told me the renewal was no longer at risk. My manager asked me to present the retry pattern at the engineering all-hands, and two other teams copied it into their own exports within a month. Since then the exports have run for two quarters without a missed delivery, the support queue for export problems went from about 30 tickets a month to 2, and the customer asked us to take over two more of their nightly feeds, which we did in the following quarter with the same pattern.\n",
        messages: [
          {
            range: "6:1-6:162",
            reason:
              "Your Action is only 19% of the story (29 of 153 words): make it about half or more, as it is what you are scored on.",
          },
        ],
      },
      {
        title: "An Action with most of the words",
        markdown:
          "## Situation\nNightly exports to our biggest customer failed twice a week.\n## Task\nI owned the exports that quarter.\n## Action\nI read a month of job logs and found every failure was a timeout on the customer's side during their own backups. I added retries with exponential backoff, moved our run an hour later after agreeing it with their operations lead, and added an alert on the third failed attempt so we heard before they did. I wrote the runbook and walked the on-call engineers through it.\n## Result\nFailures fell from 8 a month to 1.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const action = context.sections.action;
    if (!action || action.words === 0) return;
    const shares = sectionShares(context.sections);
    if (shares.total < MIN_WORDS_FOR_ACTION_SHARE) return;
    const actionShare = shares.sections.action;
    if (actionShare.share >= MIN_ACTION_SHARE) return;
    if (Math.round(shares.exact.situation + shares.exact.task) > Math.round(shares.exact.action)) return; // setup-longer-than-action's message
    const heaviest = mostOverTarget(shares, ["situation", "task", "result"]);
    const over = shares.sections[heaviest];
    report({
      offset: action.content.offset,
      endOffset: action.content.endOffset,
      section: "action",
      reason: `Your Action is only ${percent(actionShare.share)} of the story (${actionShare.words} of ${shares.total} words): make it about half or more, as it is what you are scored on.`,
      note: `The interviewer will ask "what exactly did you do?", and scores the answer: coaches give the Action about 60% of the story. Here the ${sectionTitle(heaviest)} takes ${percent(over.share)} against about ${percent(over.target)}${heaviest === "result" ? ": keep it to the figures and what changed, and spend the rest on your own steps and decisions" : ": trim it and spend the words on your own steps and decisions"}.`,
    });
  },
});
