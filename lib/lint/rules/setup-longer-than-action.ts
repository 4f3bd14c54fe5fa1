import { defineStoryRule } from "../rule";
import { MIN_WORDS_FOR_BALANCE, sectionShares } from "../shares";

/**
 * `setup-longer-than-action`: the Situation and Task together take more words than the Action. The
 * range is the setup itself (from the first of the two parts to the end of the last), because that is
 * where the cut belongs. Silent below MIN_WORDS_FOR_BALANCE words, and when the Action is missing or
 * empty (star-missing-section reports that).
 */
export const setupLongerThanAction = defineStoryRule({
  id: "setup-longer-than-action",
  severity: "warning",
  summary: "The Situation and Task together are longer than the Action.",
  docs: {
    description:
      "Reports a story whose setup (Situation and Task together) has more words than its Action, once the story has at least 80 words. Interviewers score what you did; a long setup spends the answer's minutes on context and leaves the Action thin. Coaches aim for about 20% Situation, 10% Task, 60% Action and 10% Result (the editor's length meter shows the split). The message points at the setup, where the cut belongs. A combined `Situation & Task` part counts once.",
    examples: [
      {
        title: "A long setup and a short Action",
        markdown:
          "## Situation\nOur team ran the checkout service for a large retailer. Every holiday season traffic grew about five times, and the service had been built years earlier by a team that had since moved on, with little documentation.\n## Task\nAs the newest engineer I was asked to make sure checkout would survive the coming holiday peak without paging the on-call engineer every night.\n## Action\nI load-tested the service, found the connection pool limit, raised it and added an autoscaling rule.\n## Result\nCheckout held 6x normal traffic with p99 under 300 ms and no pages.\n",
        messages: [
          {
            range: "2:1-4:144",
            reason:
              "Your Situation and Task (61 words) run longer than your Action (16 words): make the Action, what you are scored on, the longest part.",
          },
        ],
      },
      {
        title: "Most of the words on the Action",
        markdown:
          "## Situation\nCheckout timed out every holiday peak.\n## Task\nI had to make it survive 5x traffic.\n## Action\nI load-tested the service at 1x, 3x and 5x and found that the database connection pool ran out at 3x. I raised the pool limit after checking the database could take it, added an autoscaling rule on queue depth, and wrote a runbook so the on-call engineer knew what to watch. Then I ran the 5x test again with the team watching the dashboards.\n## Result\nCheckout held 6x normal traffic with p99 under 300 ms and no pages.\n",
        messages: [],
      },
      {
        title: "A short draft is not judged yet",
        markdown: "S: Our checkout service for a large retailer kept timing out every holiday season.\nT: Fix it.\nA: I added autoscaling.\nR: No pages.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { sections } = context;
    const action = sections.action;
    if (!action || action.words === 0) return;
    const shares = sectionShares(sections);
    if (shares.total < MIN_WORDS_FOR_BALANCE) return;
    const setupWords = Math.round(shares.exact.situation + shares.exact.task);
    const actionWords = Math.round(shares.exact.action);
    if (setupWords <= actionWords) return;
    const parts = [sections.situation, sections.task].filter((part) => part !== null && part.words > 0);
    // A part sharing the Action's range ("Task & Action") cannot be pointed at apart from it.
    const setup = parts.filter((part) => part!.content.offset !== action.content.offset);
    if (setup.length === 0) return;
    const offset = Math.min(...setup.map((part) => part!.content.offset));
    const endOffset = Math.max(...setup.map((part) => part!.content.endOffset));
    const named = [sections.situation?.words ? "Situation" : null, sections.task?.words ? "Task" : null].filter(Boolean).join(" and ");
    report({
      offset,
      endOffset,
      section: sections.situation && sections.situation.words > 0 ? "situation" : "task",
      reason: `Your ${named} (${setupWords} words) ${named.includes(" and ") ? "run" : "runs"} longer than your Action (${actionWords} words): make the Action, what you are scored on, the longest part.`,
      note: 'A long setup makes the interviewer cut in with "so what did you do?". Keep the Situation and Task to the two or three sentences needed to follow the Action (about 30% of the story), and spend the words on your own steps, decisions and trade-offs (about 60%).',
    });
  },
});
