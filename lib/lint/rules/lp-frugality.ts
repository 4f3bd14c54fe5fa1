import { definePrincipleRule, phrasePattern } from "../principle-pack";

const SMALL_NUMBER = "(?:one|two|three|four|five|a|an|a single|a small|a tiny|a handful of|a few|half an?|\\d+)";

/** Money, and what it buys: budgets, costs, bills, licences, vendors. */
const MONEY = phrasePattern([
  "[$€£¥₹]\\s?\\d[\\p{L}\\p{N}.,%]*",
  "\\d+(?:[.,]\\d+)?\\s?(?:k|m|bn|million|thousand|billion)?\\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)",
  "budget(?:s|ed|ing|ary)?",
  "costs?",
  "costly",
  "costing",
  "cost-(?:effective|saving|neutral)",
  "cheap(?:er|est|ly)?",
  "inexpensive",
  "afford(?:able|ed)?",
  "prices?",
  "priced",
  "pricing",
  "spend(?:ing|s)?",
  "spent",
  "bills?",
  "billing",
  "invoices?",
  "expens(?:e|es|ive)",
  "savings?",
  "sav(?:e|ed|ing)",
  "money",
  "funding",
  "funds?",
  "licen[cs](?:e|es|ing|ed)",
  "subscriptions?",
  "vendors?",
  "contractors?",
  "consultants?",
  "paid",
  "pay(?:ing)?",
  "free",
  "(?:no|zero|low)-cost",
  "roi",
  "return on investment",
  "capex",
  "opex",
]);

/** People and time: a small team, no new hires, a short deadline. */
const PEOPLE = phrasePattern([
  "head\\s?count",
  "hiring freeze",
  "freeze",
  "without (?:hiring|extra|additional|new|more|any|a dedicated|dedicated)",
  "no (?:extra|additional|new|more|spare|dedicated|budget|money|funding|headcount|hires?|resources|tools?|hardware|servers?|spend|team|help|one else)",
  "(?:zero|without) (?:budget|money|funding|headcount|hires?|resources|tools?|hardware|servers?|spend)",
  "with (?:less|fewer|only|just|nothing but)",
  `(?:only|just) ${SMALL_NUMBER}`,
  "fewer",
  "smaller",
  "small team",
  "tiny team",
  "skeleton (?:crew|team)",
  "short-?staffed",
  "understaffed",
  "under-?resourced",
  "by myself",
  "on my own",
  "alone",
  "single-?handed(?:ly)?",
  "solo",
  "part-?time",
  "spare time",
  "side project",
  "20% time",
  "one (?:other )?(?:engineer|developer|person|intern)",
  "interns?",
  "volunteers?",
  "lean",
  "frugal(?:ity|ly)?",
  "shoestring",
  "scrappy",
  "bootstrap(?:ped|ping)?",
  "minimal",
  "minimum",
  "bare(?:-| )bones",
  "do more with less",
  "more with less",
  "(?:tight|short|hard|fixed|aggressive) (?:deadline|timeline|schedule|window)",
  "deadlines?",
]);

/** Using what already exists instead of buying more. */
const REUSE = phrasePattern([
  "(?:existing|current|old|spare|idle|unused|under-?used|under-?utili[sz]ed|leftover|legacy|in-house|internal|off-the-shelf|commodity|donated|borrowed|second-hand|refurbished)\\s+(?:[\\p{L}-]+\\s+)?(?:hardware|servers?|machines?|laptops?|devices?|phones?|tools?|tooling|infrastructure|infra|stack|code|codebase|systems?|licen[cs]es|capacity|resources|clusters?|instances?|scripts?|components?|librar(?:y|ies)|services?|equipment|team|staff|people|pipelines?|platform|data|templates?)",
  "re-?us(?:e|es|ed|ing|able)",
  // Things got without buying new, whatever they are: "second-hand couches", "borrowed a van".
  "second-?hand",
  "pre-owned",
  "hand-me-downs?",
  "borrow(?:ed|ing)",
  "donated",
  "re-?purpos(?:e|es|ed|ing)",
  "recycl(?:e|ed|ing)",
  "salvag(?:e|ed|ing)",
  "scaveng(?:e|ed|ing)",
  "consolidat(?:e|ed|ing|ion)",
  "decommission(?:ed|ing)?",
  "retir(?:e|ed|ing)",
  "shut (?:down|off)",
  "turned off",
  "right-?siz(?:e|ed|ing)",
  "downsiz(?:e|ed|ing)",
  "trimm?(?:ed|ing)?",
  "cut (?:the )?(?:costs?|spend|bill|budget|waste)",
  "wast(?:e|ed|eful|ing)",
  "free tier",
  "open(?:-| )source(?:d)?",
  "oss",
  "self-hosted",
  "diy",
  "built (?:it )?(?:myself|ourselves|in-house)",
  "(?:instead of|rather than|without) (?:buying|paying|hiring|licensing|purchasing|renting|adding|provisioning|ordering)",
  "(?:instead of|rather than) (?:a |an |the )?(?:new|paid|commercial|dedicated|vendor|third-party|expensive|bespoke|custom|enterprise|managed|premium|full-time|extra|additional|more)",
  "already (?:had|owned|paid for|ran|running|in place)",
  "what we (?:already )?had",
  "team of (?:two|three|four|five|\\d+)",
  "(?:did|built|wrote|ran|made) (?:it|them|this) myself",
  "over-?provision(?:ed|ing)?",
  "under-?utili[sz](?:ed|ation)",
  "utili[sz]ation",
  "(?:spot|reserved|preemptible) instances?",
  "hallway",
  "guerr?illa",
  "by hand",
  "manual(?:ly)?",
  "spreadsheets?",
  "low-?tech",
  "simplest",
  "a (?:single |spare |borrowed |old )?laptop",
]);

/** The constraint itself, named as one. */
const CONSTRAINT = phrasePattern([
  "constrain(?:t|ts|ed)",
  "limit(?:s|ed|ation|ations)?",
  "tight",
  "scarce",
  "scarcity",
  "shortages?",
  "stretched",
  "squeez(?:e|ed)",
  "no slack",
  "resources?",
  "capacity",
  "efficien(?:t|tly|cy)",
]);

/**
 * `lp-frugality`: a story tagged Frugality that never names the constraint it worked within: a budget
 * or cost, a small team or no new hires, existing hardware or reused tools, a limit of any kind.
 */
export const lpFrugality = definePrincipleRule({
  principle: "frugality",
  summary: "A Frugality story names no constraint: no budget, cost, small team or reused resource.",
  docs: {
    description:
      "Runs on stories tagged `frugality`. Reports, on the Action, a story that never names the constraint it worked within: money (`budget`, `cost`, `cheaper`, `$14,000 a month`, `free tier`, `licences`), people (`no extra headcount`, `without hiring`, `with only two engineers`, `hiring freeze`), reuse (`existing hardware`, `reused`, `open-source`, `instead of buying`) or a limit named as one (`constraint`, `limited`, `tight`). Any wording in any section counts.",
    examples: [
      {
        title: "A story with no constraint in it is flagged",
        markdown:
          "---\ntitle: Built a new reporting pipeline\nprinciples: [frugality]\n---\n## Situation\nReports took a day to refresh.\n## Task\nI had to make them hourly.\n## Action\nI built a streaming pipeline and moved the reports onto it.\n## Result\nReports now refresh every 10 minutes.\n",
        messages: [
          {
            range: "10:1-10:60",
            reason:
              "Your Frugality story names no constraint: say the budget, people or tools you did without, and what it saved.",
          },
        ],
      },
      {
        title: "Reusing existing hardware is the constraint",
        markdown:
          "---\ntitle: Built a reporting pipeline on old servers\nprinciples: [frugality]\n---\n## Situation\nReports took a day to refresh.\n## Task\nI had to make them hourly.\n## Action\nI ran the pipeline on two idle batch servers instead of buying a streaming service.\n## Result\nReports refresh every 10 minutes.\n",
        messages: [],
      },
      {
        title: "Untagged stories are not checked",
        markdown:
          "## Situation\nReports took a day to refresh.\n## Task\nMake them hourly.\n## Action\nI built a streaming pipeline.\n## Result\nEvery 10 minutes.\n",
        messages: [],
      },
    ],
  },
  checks: [
    {
      id: "constraint",
      reason: "Your Frugality story names no constraint: say the budget, people or tools you did without, and what it saved.",
      searchIn: ["situation", "task", "action", "result"],
      evidence: [MONEY, PEOPLE, REUSE, CONSTRAINT],
      reportIn: "action",
      note: 'The interviewer will ask "what did you not have, and what would the obvious fix have cost?". Name the limit (no budget, no new hires, old hardware), what you did instead of spending, and what it saved: "the bill fell from $14,000 to $5,200 a month".',
    },
  ],
});
