import type { BankStory } from "../../types";
import type { BankFinding, BankRule } from "../context";
import { STORY_TYPE_INFO, STORY_TYPES, storyTypesOf, type StoryType } from "../story-types";

const REASONS: Record<StoryType, string> = {
  failure: `You have no story about a failure yet: most loops ask “${STORY_TYPE_INFO.failure.question}”.`,
  conflict: `You have no story about a disagreement yet: most loops ask “${STORY_TYPE_INFO.conflict.question}”.`,
  deadline: `You have no story about a tight deadline yet: most loops ask “${STORY_TYPE_INFO.deadline.question}”.`,
};

const NOTES: Record<StoryType, string> = {
  failure:
    "Pick a mistake that was yours, not the team's or a vendor's: say what you got wrong, what it cost and what you did about it. " +
    "The follow-up is “What do you do differently now?”, so end with the habit it changed.",
  conflict:
    "Pick a disagreement about the work, not a personality clash: what each side wanted, how you made your case with data, and how it ended, even if you lost and committed. " +
    "Expect “How do you get on with them now?”",
  deadline:
    "Pick a date that could not move: what made it tight, what you did first and what you cut, and whether you made it. " +
    "Expect “What did you trade off to make it?”",
};

/** Stories for the examples: bodies are short, as pasted answers often are. */
const failureStory: BankStory = {
  id: "b",
  title: "The Q3 billing migration",
  principles: ["ownership"],
  body: "## Situation\nI owned the billing migration.\n## Action\nI underestimated the data cleanup and missed the cutover, so I told my manager and split it into two waves.\n## Result\nIt moved 9 days late. Since then I audit the data in week one.\n",
};
const conflictStory: BankStory = {
  id: "c",
  title: "Launch date with the payments team",
  principles: ["earn-trust"],
  body: "## Situation\nThe payments lead and I disagreed on the launch date.\n## Action\nI showed her the load-test numbers.\n## Result\nWe moved it by a week and had no incidents.\n",
};
const deadlineStory: BankStory = {
  id: "d",
  title: "Audit evidence by Friday",
  principles: ["deliver-results"],
  body: "## Situation\nThe auditors asked for 40 controls' evidence by Friday.\n## Action\nI split the list with two colleagues.\n## Result\nAll 40 were in on Thursday.\n",
};

/**
 * `story-type-missing`: the bank has no failure story, no disagreement story or no tight-deadline
 * story. One message per missing type, with the question that asks for it. Not reported on an empty
 * bank, where bank-too-small already says to start.
 *
 * Info, not warning: the types are read from words ("I missed the deadline", "we disagreed", "in two
 * days"), which are precise but cannot find every way a story can be one, so a candidate who has such
 * a story told some other way must be able to read the message as a question, not a fault. The
 * principle gaps beside it (principle-uncovered) are counted from tags and can be warnings.
 */
export const storyTypeMissing: BankRule = {
  meta: {
    id: "story-type-missing",
    severity: "info",
    summary: "The bank has no failure, disagreement or tight-deadline story.",
    url: "/rules/story-type-missing",
    scope: "bank",
  },
  docs: {
    description:
      "Reports each of three stories nearly every interview loop asks for, whatever principles it probes, that the bank does not have: a failure or mistake of your own (“Tell me about a time you failed.”), a disagreement (“Tell me about a time you disagreed with a colleague.”) and a tight deadline (“Tell me about a time you had to meet a tight deadline.”). A story counts from its title, its tags or its text. A failure story is told in the first person (“I missed the cutover”, “my mistake”, “I was wrong”) or titled as one (“My biggest mistake”, “Missed the Q3 launch”); other people's and systems' failures (“the deploys failed”) do not count. A disagreement story says so (“we disagreed”, “I pushed back”, “a conflict with the vendor”, not a merge conflict) or is tagged Have Backbone; Disagree and Commit. A deadline story names one (“deadline”, “by Friday”, “in two days”, “within 48 hours”), but not a time measured after the fact (“resolved in two days on average”). Not reported on an empty bank.",
    examples: [
      {
        title: "A bank with none of the three",
        stories: [
          { id: "a", title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep"], body: "## Action\nI fixed the failed deploys and cached the tax lookups.\n## Result\np99 fell from 800 ms to 60 ms.\n" },
        ],
        messages: [{ reason: REASONS.failure }, { reason: REASONS.conflict }, { reason: REASONS.deadline }],
      },
      {
        title: "A failure, a disagreement and a deadline, read from the text",
        stories: [failureStory, conflictStory, deadlineStory],
        messages: [],
      },
      {
        title: "A Disagree and Commit tag makes a disagreement story; titles count without a body",
        stories: [
          { id: "a", title: "Pushed for a rewrite", principles: ["have-backbone-disagree-and-commit"] },
          { id: "b", title: "My biggest mistake", principles: ["earn-trust"] },
        ],
        messages: [{ reason: REASONS.deadline }],
      },
      { title: "An empty bank is bank-too-small's", stories: [], messages: [] },
    ],
  },
  check({ stories, bodies }) {
    if (stories.length === 0) return [];
    const found = new Set<StoryType>();
    stories.forEach((story, index) => {
      for (const type of storyTypesOf({ ...story, body: bodies[index] })) found.add(type);
    });
    return STORY_TYPES.filter((type) => !found.has(type)).map(
      (type): BankFinding => ({ reason: REASONS[type], note: NOTES[type] }),
    );
  },
};
