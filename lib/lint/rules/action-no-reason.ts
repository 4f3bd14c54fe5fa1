import { ALTERNATIVE_PATTERNS, CAUSATIVE_VERBS, NOT_PURPOSE_BEFORE_TO, REASON_PATTERNS, TRADE_OFF_PATTERNS } from "../patterns/reason-words";
import { defineStoryRule } from "../rule";

/**
 * Words of prose an Action needs before it owes a reason. Below this it is a line or two (a draft, or
 * a story told in bullets of one step each) and a "why?" would be noise; at 40 words it is three or
 * four sentences of steps, long enough that an interviewer expects to hear the judgment behind them.
 */
export const ACTION_NO_REASON_MIN_WORDS = 40;

const WORD_START = String.raw`(?<![\p{L}\p{N}_'’-])`;
const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
const EVIDENCE = new RegExp(
  `${WORD_START}(?:${[...REASON_PATTERNS, ...TRADE_OFF_PATTERNS, ...ALTERNATIVE_PATTERNS].join("|")})${WORD_END}`,
  "iu",
);
/** Words after "to" that make it a preposition ("moved it to the new cluster"), not an infinitive. */
const NOT_A_VERB = String.raw`(?:the|a|an|my|our|his|her|their|its|your|this|that|these|those|each|every|all|some|any|me|us|him|them|it|you|one|two|three|date|be\s+(?:honest|fair|clear|sure))`;
/** A purpose clause set off by a comma ("…, to keep the freeze on schedule") or opening a sentence
 * ("To de-risk the cutover, I …"). Case-sensitive "To" so a mid-sentence "to" is not read as one. */
const COMMA_PURPOSE = new RegExp(String.raw`,\s*(?:\p{Ll}+ly\s+)?to\s+(?!${NOT_A_VERB}(?![\p{L}]))\p{Ll}{2,}`, "u");
const OPENING_PURPOSE = new RegExp(String.raw`(?:^|[.!?:;]\s+|\n[ \t]*)(?:\p{Lu}\p{Ll}+ly\s+)?(?:To|In\s+order\s+to)\s+(?!${NOT_A_VERB}(?![\p{L}]))\p{Ll}{2,}`, "u");

/**
 * A purpose infinitive after an object: "I added a cache to handle the spikes", "I paired with Sam to
 * spread the knowledge". Read as "to <verb> <determiner>" so that "to" as a preposition ("moved it to
 * the new cluster", "to staging") is not, and skipped after verbs that take "to" as their own ("I
 * decided to rewrite the handler", "I asked Priya to review the doc").
 */
const OBJECT_PURPOSE = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:${NOT_PURPOSE_BEFORE_TO.join("|")})\s+)(?<!(?<![\p{L}])(?:${CAUSATIVE_VERBS.join("|")})(?:\s+\p{L}+){1,3}\s+)to\s+(?!${NOT_A_VERB}(?![\p{L}]))\p{Ll}{3,}(?<!ing|ed)\s+(?:the|a|an|our|my|their|its|this|that|these|those|each|every|all|it|them|us|him|her|any|more|fewer|new)(?![\p{L}])`,
  "u",
);

/** True when the prose gives a reason, a purpose, a trade-off or an alternative somewhere. */
export function explainsJudgment(text: string): boolean {
  return EVIDENCE.test(text) || COMMA_PURPOSE.test(text) || OPENING_PURPOSE.test(text) || OBJECT_PURPOSE.test(text);
}

/**
 * `action-no-reason`: an Action of at least ACTION_NO_REASON_MIN_WORDS words that says what the
 * candidate did but never why: no reason ("because", "since", "so that", "in order to", a purpose
 * such as "to avoid …"), no trade-off ("risk", "cost", "at the expense of") and no alternative
 * ("instead of", "rather than", "considered", "ruled out"). One info message on the Action's text.
 * Evidence is read everywhere in the Action, quotes included, because any of it answers "why?".
 */
export const actionNoReason = defineStoryRule({
  id: "action-no-reason",
  severity: "info",
  summary: "The Action lists steps but never says why, what it traded off, or what else was considered.",
  docs: {
    description: `Reports an Action of at least ${ACTION_NO_REASON_MIN_WORDS} words that gives no reason for its steps ("because", "since", "so that", "in order to", "which meant", "given that", a purpose such as "to avoid", "to make sure", "…, to keep the release on track", "so the team could …"), no trade-off ("trade-off", "risk", "cost", "at the expense of", "safer") and no alternative ("instead of", "rather than", "considered", "weighed", "ruled out", "rejected", "chose X over Y", "options"). One message covers the Action's text. Shorter Actions are left alone, and "since" is not read as a reason when it is about time ("since March", "since then").`,
    examples: [
      {
        title: "A list of steps with no reason is reported on the Action",
        markdown:
          "## Situation\nOur nightly billing export kept timing out.\n## Task\nI owned the export.\n## Action\nI profiled the job and found the slow query. I added an index on the invoice date and rewrote the join. Then I moved the job to a bigger worker, added an alert on its runtime and wrote a runbook for the on-call engineer.\n## Result\nThe export now finishes in 12 minutes instead of 3 hours.\n",
        messages: [
          {
            range: "6:1-6:221",
            reason: "Your Action never says why: give the reason for your steps, what you traded off, or what else you considered.",
          },
        ],
      },
      {
        title: "Reasons without \"because\" count: a purpose, a trade-off, a rejected option",
        markdown:
          "## Situation\nOur nightly billing export kept timing out.\n## Task\nI owned the export.\n## Action\nI profiled the job and found the slow query. I added an index on the invoice date to cut the scan. Rewriting the job in Spark was an option, but it would have taken a quarter, so I kept the SQL and moved the job to a bigger worker.\n## Result\nThe export now finishes in 12 minutes instead of 3 hours.\n",
        messages: [],
      },
      {
        title: "\"Since\" about time is not a reason, and \"to\" before a place is not a purpose",
        markdown:
          "S: Our payroll export had failed every month since March.\nT: Make it reliable.\nA: The job had been failing since the spring reorg. I read the logs since 2 April, moved the secret to the vault, rotated the credentials, added a dry run two days before payroll and sent the new runbook to the finance team.\nR: Three clean months in a row.\n",
        messages: [{ range: "3:4-3:225" }],
      },
      {
        title: "A short Action does not owe a reason yet",
        markdown: "S: Checkout was slow.\nT: Fix it.\nA: I profiled it and batched the inventory query.\nR: p99 fell from 800 ms to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const action = context.sections.action;
    if (!action || action.words < ACTION_NO_REASON_MIN_WORDS) return;
    const text = context.doc.mask.slice(action.content.offset, action.content.endOffset);
    if (explainsJudgment(text)) return;
    report({
      offset: action.content.offset,
      endOffset: action.content.endOffset,
      section: "action",
      reason: "Your Action never says why: give the reason for your steps, what you traded off, or what else you considered.",
      note: 'The interviewer will ask "why that way, and what else did you consider?". For your key step, say why ("because the index fitted in memory"), what it cost you, and the option you ruled out ("rewriting in Spark would have taken a quarter").',
    });
  },
});
