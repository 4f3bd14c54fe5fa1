import { definePrincipleRule, phrasePattern } from "../principle-pack";

const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const SPAN_NUMBER =
  "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|a few|couple of|a couple of|several)";
const EVENT =
  "(?:freeze|code freeze|launch|deadline|release|holidays?|conference|demo|audit|event|cutover|cut-over|renewal|peak|season|black friday|cyber monday|review|expiry|end|contract|go-live|board meeting|all-hands)";

/** A deadline or a target, stated anywhere in the story. */
const TARGET = phrasePattern([
  "deadlines?",
  "due(?: date)?",
  "targets?",
  "targeted",
  "goals?",
  "objectives?",
  "okrs?",
  "kpis?",
  "slas?",
  "slos?",
  "milestones?",
  "commitments?",
  "committed",
  "promis(?:e|ed|es)",
  "(?:launch|ship|release|delivery|go-live|cutover|cut-over|due|target|end|handover|hand-off) (?:date|day|window)",
  "go-?live",
  "timelines?",
  "schedul(?:e|es|ed)",
  "plan(?:ned)?",
  "roadmap",
  "dates?",
  "freeze",
  "cut-?off",
  "quotas?",
  "budget",
  "aim(?:ed|ing)?",
  "expect(?:ed|ations?)",
  "requirements?",
  "on (?:the )?hook",
  `by (?:the )?(?:end|eod|eow|eom|eoq|eoy|close|start|beginning|middle|${DAY}|weekend|q[1-4]|h[12]|${MONTH}|next|launch|release|go-live|freeze|holidays?|then|that|\\d[\\p{L}\\p{N}.,%]*)`,
  `(?:before|ahead of|in time for|until|till|for) (?:the |our |their |a )?(?:[\\p{L}-]+ ){0,2}${EVENT}`,
  `${SPAN_NUMBER}[\\s-]+(?:days?|weeks?|months?|quarters?|sprints?)`,
  "(?:this|that|the|next|one|a|within the|in the|per) (?:quarter|sprint|half|release|cycle)",
  "(?:under|below|above|over|at least|at most|less than|more than|fewer than|no more than|to|by) [$€£]?\\d[\\p{L}\\p{N}.,%]*",
  "\\d+(?:[.,]\\d+)?\\s?%",
  "q[1-4]",
  "h[12]",
  "fy\\s?\\d\\d",
  `(?:in|by|before|for|until|till|end of) ${MONTH}`,
  "end of (?:the )?(?:day|week|month|quarter|year|sprint|half)",
  "eta",
  "deliver(?:y|ables?)",
]);

/** The outcome against the target, in the Result. */
const OUTCOME = phrasePattern([
  "on (?:time|schedule|track|budget|target|the date|the day)",
  "(?:under|within|over) (?:the )?budget",
  "ahead of (?:schedule|time|plan|the deadline|target|the date|the freeze|the launch)",
  "early",
  "earlier",
  "late",
  "later than",
  "delay(?:s|ed)?",
  "slip(?:s|ped)?",
  "miss(?:ed|es)?",
  "met",
  "meet(?:s|ing)?",
  "hit(?:s|ting)?",
  "beat(?:ing)?",
  "exceed(?:ed|ing|s)?",
  "surpass(?:ed|ing)?",
  "overshot",
  "outperform(?:ed)?",
  "short of",
  "fell short",
  "of (?:the|our|my|its|their) (?:target|goal|plan|estimate|deadline|commitment)",
  "targets?",
  "goals?",
  "deadlines?",
  "slas?",
  "slos?",
  "as (?:promised|planned|committed|agreed|scheduled|expected|forecast)",
  "than (?:planned|expected|estimated|promised|committed|forecast|scheduled)",
  "in time",
  `before (?:the |our |their |a )?(?:[\\p{L}-]+ ){0,2}${EVENT}`,
  `by (?:the )?(?:deadline|date|due date|end|${DAY}|${MONTH}|q[1-4]|h[12]|freeze|launch)`,
  `(?:on|in|by|before|during) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?)?${MONTH}`,
  "(?:on|in|by|before|during) (?:q[1-4]|h[12])",
  `(?:shipped|launched|delivered|went live|released|finished|completed|done|landed|cut over|migrated|closed) (?:in|on|by|within|before|after)`,
  `${SPAN_NUMBER}[\\s-]+(?:days?|weeks?|months?|quarters?|sprints?) (?:early|ahead|before|late|after|behind|sooner|later|instead)`,
  "instead of",
  "versus",
  "vs\\.?",
  "compared (?:to|with)",
  "against (?:the|a|our|my|its)",
  "estimate[ds]?",
  "from [$€£]?\\d[^;!?\\n]{0,60}?to [$€£]?\\d[\\p{L}\\p{N}.,%]*",
  "(?:fell|dropped|rose|grew|cut|reduced|increased|decreased|improved|climbed|shrank|went (?:up|down)|down|up)(?: [\\p{L}]+){0,3}? (?:by|to|from) [$€£]?\\d[\\p{L}\\p{N}.,%]*",
  "to (?:under|below|over|above|less than|more than) [$€£]?\\d[\\p{L}\\p{N}.,%]*",
  "(?:to|at) zero",
  "(?:halved|doubled|tripled|quadrupled)",
  "\\d+(?:[.,]\\d+)?\\s?[x×]",
  "made (?:it|the (?:date|deadline|cut-?off|launch|freeze|release|window|target))",
  "within (?:the )?(?:deadline|timeline|budget|sla|slo|window|target|schedule|quarter|sprint|time|estimate)",
  "(?:in|within) (?:the|that|one) (?:sprint|quarter|week|month|window|half)",
  "milestones?",
  "commitments?",
  "okrs?",
  "kpis?",
  "reach(?:ed|ing)?",
]);

/**
 * `lp-deliver-results`: a story tagged Deliver Results that never states the deadline or target it was
 * working to, or states one but whose Result never says how the outcome compared with it.
 */
export const lpDeliverResults = definePrincipleRule({
  principle: "deliver-results",
  summary: "A Deliver Results story states no deadline or target, or its Result never measures the outcome against it.",
  docs: {
    description:
      "Runs on stories tagged `deliver-results`. Reports, on the Task, a story that never states a deadline or target (`deadline`, `target`, `goal`, `SLA`, `by Friday`, `by the end of Q3`, `launch date`, `within six weeks`, `milestone`, `OKR`, `under 200 ms` …, in any section); and, when there is one, reports on the Result a Result that never says how the outcome compared with it (`on time`, `ahead of schedule`, `a week early`, `met`, `hit`, `beat`, `exceeded`, `missed by`, `late`, `of the target`, `as promised` …, or any concrete figure).",
    examples: [
      {
        title: "A story with no deadline or target is flagged on the Task",
        markdown:
          "---\ntitle: Built the invoice export\nprinciples: [deliver-results]\n---\n## Situation\nFinance asked for invoice exports.\n## Task\nI owned the export feature.\n## Action\nI built the export job and wrote its tests.\n## Result\nFinance now exports invoices themselves.\n",
        messages: [
          {
            range: "8:1-8:28",
            reason:
              "Your Deliver Results story sets no deadline or target: say the date or number you committed to and who was counting on it.",
          },
        ],
      },
      {
        title: "A deadline with no outcome against it is flagged on the Result",
        markdown:
          "---\ntitle: Built the invoice export\nprinciples: [deliver-results]\n---\n## Situation\nFinance asked for invoice exports.\n## Task\nI had to ship the export by the end of March for the audit.\n## Action\nI built the export job and wrote its tests.\n## Result\nFinance now exports invoices themselves.\n",
        messages: [
          {
            range: "12:1-12:41",
            reason:
              "Your Deliver Results story never says if you hit the target: give your result against the date or number you set.",
          },
        ],
      },
      {
        title: "A deadline and the outcome against it satisfy both checks",
        markdown:
          "---\ntitle: Shipped the invoice export early\nprinciples: [deliver-results]\n---\n## Situation\nFinance asked for invoice exports.\n## Task\nI had to ship the export by the end of March for the audit.\n## Action\nI built the export job and wrote its tests.\n## Result\nIt shipped on 18 March, two weeks ahead of the audit.\n",
        messages: [],
      },
    ],
  },
  checks: [
    {
      id: "target",
      reason: "Your Deliver Results story sets no deadline or target: say the date or number you committed to and who was counting on it.",
      searchIn: ["situation", "task", "action", "result"],
      evidence: [TARGET],
      reportIn: "task",
      note: 'The interviewer will ask "what exactly were you on the hook for, and by when?". Give the goal as a date or a number (ship by the end of Q3, p99 under 200 ms, 10,000 sign-ups) and why it mattered, so your result can be held against it.',
    },
    {
      id: "outcome",
      requires: "target",
      reason: "Your Deliver Results story never says if you hit the target: give your result against the date or number you set.",
      searchIn: ["result"],
      evidence: [OUTCOME],
      // A concrete figure in the Result is an outcome the interviewer can hold against the target (14
      // customers against a goal of 10, 60 ms against 200 ms), however it is phrased.
      figuresCount: true,
      reportIn: "result",
      note: 'The interviewer will ask "so did you make it?". Answer against your goal: on time, a week early, 40 ms under the target, or missed by two weeks and what you did about it. A miss you own, and what you recovered, is still a good story.',
    },
  ],
});
