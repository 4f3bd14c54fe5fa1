import { definePrincipleRule, phrasePattern } from "../principle-pack";

const NUMBER = "(?:\\d+(?:[.,]\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-eight|fifty|sixty|ninety|few|a few|couple of|a couple of|half an?|several|24|48|72)";

/** A short span of time, or a clock time: "within two hours", "in 48 hours", "a 30-minute fix", "at 2 a.m.". */
const SHORT_TIME = phrasePattern([
  `${NUMBER}[\\s-]*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?)`,
  "\\d+\\s?(?:s|m|h|hr|min)",
  "\\d{1,2}(?::\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)",
  "(?:mid)?night(?:s|ly)?",
  "midday",
  "overnight",
  "tonight",
  "weekends?",
  "hour(?:s|ly)?",
  "same(?:-| )day",
  "the same (?:day|night|evening|afternoon|morning|week|hour|shift)",
  "that (?:same )?(?:day|night|evening|afternoon|morning|week|shift)",
  "the (?:next|following) (?:morning|day|evening|hour|shift)",
  "next(?:-| )day",
  "by (?:the )?(?:morning|lunch|lunchtime|noon|midday|midnight|tomorrow|eod|end of (?:the )?(?:day|shift|week))",
  "before (?:lunch|noon|midday|the end of the day|end of day|morning|anyone|the team|the meeting)",
  "in the middle of the night",
  "middle of the night",
]);

/** Acting fast, and choosing not to wait. */
const SPEED = phrasePattern([
  "immediate(?:ly)?",
  "instant(?:ly)?",
  "right away",
  "straight\\s?away",
  "at once",
  "promptly",
  "on the spot",
  "then and there",
  "right then",
  "asap",
  "as soon as",
  "quick(?:ly|er|est)?",
  "fast(?:er|est)?",
  "rapid(?:ly)?",
  "swift(?:ly)?",
  "speed(?:y|ily|ed|ing)?",
  "hurr(?:y|ied)",
  "rush(?:ed)?",
  "urgen(?:t|tly|cy)",
  "time(?:-| )(?:critical|sensitive|boxed|box)",
  "timebox(?:ed)?",
  "deadlines?",
  "clock",
  "every (?:hour|minute|day)",
  "wait(?:s|ed|ing)?",
  "hesitat(?:e|ed|ing)",
  "without (?:waiting|approval|sign-?off|permission|a meeting|consensus|a full|a formal|all the|complete|perfect|every|more)",
  "(?:incomplete|partial|limited|imperfect|missing) (?:information|data|picture)",
  "(?:enough|most of the) (?:information|data)",
  "good enough",
  "80%",
  "acted",
  "act(?:ing)? (?:now|fast|quickly|first|on it)",
  "moved (?:fast|quickly|first|ahead|forward)",
  "jumped (?:in|on)",
  "stepped in",
  "took (?:the )?(?:initiative|action|charge|the call|a decision)",
  "made (?:the|a) (?:call|decision)",
  "on my own (?:authority|initiative)",
  "decided",
  "chose",
  "bias for action",
  "judge?ment calls?",
  "made the call",
  "rather than",
  "instead of (?:scheduling|waiting|planning|asking|escalating|debating|holding|booking|setting up|opening)",
  "within (?:the|an|a|the same) (?:hour|day|week|morning|afternoon|evening|shift)",
  "by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)",
  "minimal (?:version|fix|change|patch|prototype)",
  "small(?:est)? (?:version|experiment|test|step|fix)",
]);

/** A calculated, reversible risk. */
const RISK = phrasePattern([
  "calculated risks?",
  "risk(?:s|y|ed|ier)?",
  "gambl(?:e|ed)",
  "bet",
  "trade-?offs?",
  "downside",
  "upside",
  "worst case",
  "blast radius",
  "revers(?:ible|ibility|ed|e|ing)",
  "irreversible",
  "two-way doors?",
  "one-way doors?",
  "roll(?:ed|ing)?(?:-| )?back",
  "rollbacks?",
  "revert(?:ed|ing|ible|s)?",
  "undo(?:ne|able)?",
  "back (?:it )?out",
  "kill(?:-| )?switch(?:es)?",
  "feature(?:-| )flags?",
  "flag(?:ged)? (?:off|on)",
  "(?:turned|switched|flipped) (?:the )?(?:flag|it) (?:off|on)",
  "toggles?",
  "canar(?:y|ies)",
  "dark launch(?:ed)?",
  "fallbacks?",
  "prototyp(?:e|ed|es|ing)",
  "proofs? of concept",
  "proof-of-concept",
  "poc",
  "mvp",
  "minimum viable",
  "spikes?",
  "stop-?gaps?",
  "hotfix(?:es|ed)?",
  "quick fix",
  "workarounds?",
  "patch(?:ed)?",
  "first (?:version|cut|draft|pass|iteration)",
  "v0",
  "hack(?:ed|y)?",
  "pilot(?:ed|s)?",
  "experiment(?:s|ed)?",
  "a/b tests?",
  "iterat(?:e|ed|ing)",
]);

/**
 * `lp-bias-for-action`: a story tagged Bias for Action that never shows speed (a short time, "right
 * away", "rather than wait") or a calculated, reversible risk (a rollback, a feature flag, a prototype).
 */
export const lpBiasForAction = definePrincipleRule({
  principle: "bias-for-action",
  summary: "A Bias for Action story shows no speed and no calculated, reversible risk.",
  docs: {
    description:
      "Runs on stories tagged `bias-for-action`. Reports, on the Action, a story that never says how fast you moved or what risk you took: a short time (`within two hours`, `the same day`, `that night`, `at 2 a.m.`), acting without waiting (`immediately`, `didn't wait`, `rather than wait`, `without sign-off`), or a calculated, reversible risk (`reversible`, `two-way door`, `rolled back`, `feature flag`, `calculated risk`, `quick prototype`). Any wording in any section counts.",
    examples: [
      {
        title: "A careful, unhurried story is flagged",
        markdown:
          "---\ntitle: Replaced the flaky test runner\nprinciples: [bias-for-action]\n---\n## Situation\nOur test runner failed one build in five.\n## Task\nI wanted builds we could trust.\n## Action\nI wrote a design doc, gathered comments from three teams and migrated the suites one by one.\n## Result\nFlaky builds fell from 20% to 2%.\n",
        messages: [
          {
            range: "10:1-10:93",
            reason:
              "Your Bias for Action story shows no speed or calculated risk: say how fast you acted and why the risk was acceptable.",
          },
        ],
      },
      {
        title: "Acting within hours on a reversible step satisfies the check",
        markdown:
          "---\ntitle: Switched off a broken widget\nprinciples: [bias-for-action]\n---\n## Situation\nA new widget broke the home page at night.\n## Task\nThe owner was unreachable.\n## Action\nI turned the flag off within ten minutes, since it could be turned back on in seconds.\n## Result\nErrors returned to baseline in 3 minutes.\n",
        messages: [],
      },
      {
        title: "Untagged stories are not checked",
        markdown:
          "## Situation\nOur test runner failed one build in five.\n## Task\nFix it.\n## Action\nI migrated the suites one by one.\n## Result\nFlaky builds fell to 2%.\n",
        messages: [],
      },
    ],
  },
  checks: [
    {
      id: "speed-or-risk",
      reason: "Your Bias for Action story shows no speed or calculated risk: say how fast you acted and why the risk was acceptable.",
      searchIn: ["situation", "task", "action", "result"],
      evidence: [SHORT_TIME, SPEED, RISK],
      reportIn: "action",
      note: 'The interviewer will ask "how long did that take, and what did you not wait for?". Give the time it took you to act (hours, the same day) and show the risk was calculated: the step could be undone, or you limited it with a flag, a canary or a prototype.',
    },
  ],
});
