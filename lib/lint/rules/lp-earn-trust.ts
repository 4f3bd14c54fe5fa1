import { definePrincipleRule, phrasePattern } from "../principle-pack";

/** A mistake, named as one and owned. */
const MISTAKE_OWNED = phrasePattern([
  "mistakes?",
  "errors? (?:of judge?ment|on my part)",
  "my (?:fault|bad|oversight|error|bug|change|commit|code|deploy|deployment|migration|script|typo|slip|miss|call|estimate|part|share|mistake|responsibility)",
  "I (?:was|had been|got it|got that) wrong",
  "(?:got|had) (?:it|that|this|the [\\p{L}]+) wrong",
  "wrong(?:ly)?",
  "blunder(?:ed)?",
  "screw(?:ed)? up",
  "mess(?:ed)? up",
  "dropped the ball",
  "faults?",
  "at fault",
  "oversights?",
  "misjudg(?:e|ed|ment|ements?)",
  "I (?:broke|caused|introduced|shipped|missed|forgot|overlooked|misread|misunderstood|underestimated|overestimated|overpromised|over-promised|overcommitted|over-committed|neglected|ignored)",
  "apolog(?:y|ies|ise|ised|ises|ising|ize|ized|izes|izing|etic)",
  "sorry",
  "admit(?:s|ted|ting)?",
  "admission",
  "own(?:ed|ing)? up",
  "own(?:ed|ing)? (?:it|that|this|the (?:mistake|error|failure|miss|outage|incident|problem|fallout)|my (?:part|mistake|error|share))",
  "took (?:full |complete |personal )?(?:responsibility|ownership|the blame|accountability)",
  "responsib(?:le|ility)",
  "accountab(?:le|ility)",
  "blam(?:e|ed|ing|eless)",
  "confess(?:ed)?",
  "I should have",
  "in hindsight",
  "looking back",
  "lessons?",
  "learn(?:ed|t) (?:from|that)",
  "(?:do|done) differently",
]);

/** Feedback sought, heard and acted on. */
const FEEDBACK = phrasePattern([
  "feedback",
  "critici(?:sm|sms|se|sed|ses|sing|ze|zed|zes|zing)",
  "critiques?",
  "critiqued",
  "critical (?:comments?|reviews?|notes?)",
  "complain(?:ed|ts?|ing)?",
  "concerns?",
  "listen(?:ed|ing|s)?",
  "heard (?:them|him|her|their|it|out|what)",
  "hear (?:them|him|her|out|what)",
  "asked (?:for|them|him|her|the team|each|every|what|how|why)",
  "input",
  "perspectives?",
  "points? of view",
  "(?:their|his|her|the team's) views?",
  "suggestions?",
  "one-on-ones?",
  "1:1s?",
  "retro(?:spective)?s?",
  "post-?mortems?",
  "survey(?:s|ed)?",
]);

/** Candour: the truth told, bad news shared early, people kept informed. */
const CANDOUR = phrasePattern([
  "transparen(?:t|tly|cy)",
  "honest(?:ly|y)?",
  "candid(?:ly|ness)?",
  "frank(?:ly)?",
  "open(?:ly|ness)",
  "truth(?:ful|fully)?",
  "told (?:them|him|her|the team|my (?:manager|lead|director|boss)|the (?:customer|client|director|vp|stakeholders?)|everyone|stakeholders|leadership|management)",
  "bad news",
  "(?:flagged|raised|escalated|warned|disclosed|reported|communicated|admitted)",
  "shared (?:the|what|how|why|my|a|it)",
  "up\\s?front",
  "early warning",
  "proactive(?:ly)?",
  "kept (?:them|him|her|everyone|stakeholders|the team|the customer|the client) (?:informed|updated|posted|in the loop)",
  "status updates?",
  "explained (?:what|why|how)",
  "walked (?:them|him|her|the team) through",
  "(?:dis|mis)?trust(?:s|ed|ing|worthy|ful)?",
  "w[io]n (?:them|him|her|it|the team|their trust|back)(?: back)?",
  "sat (?:with|down with|in on)",
  "shadow(?:ed|ing)?",
  "reject(?:ed|ing|ions?)",
  "reviewers?",
  "review comments",
  "pair(?:ed|ing)? with",
  "credib(?:le|ility)",
  "confidence",
  "rebuil(?:t|d|ding)",
  "repair(?:ed|ing)?",
  "relationships?",
  "reputation",
  "respect(?:ed|ful)?",
  "integrity",
  "promis(?:e|ed|es)",
  "kept my word",
  "(?:followed|follow) through",
  "delivered on",
  "check-?ins?",
  "checked in with",
  "posted (?:what|why|how|an update|updates|the|a summary|a note)",
  "showed (?:them|him|her|the team|the reviewer|the customer|my manager|its|the data|the numbers)",
  "bought in",
  "buy-?in",
  "on board",
  "won (?:them |him |her |the team |their |his |her )?(?:over|trust|confidence|support)",
  "asked me to (?:review|lead|own|run|mentor|help|take|join|present)",
  "(?:relied|relies|rely|depended|depends|counted) on me",
  "came to me",
  "vouched",
  "gave (?:them|him|her|everyone|the team) (?:credit|the credit)",
  "credit",
  "I made an? (?:error|mistake|misjudge?ment|bad call|poor call|wrong call)",
  "came clean",
  "told me",
  "pointed out",
  "said (?:I|my)",
  "accepted (?:my|the|our|it|them|his|her|their)",
  "review(?:ed|ing)? (?:it |them |the [\\p{L}]+ |my [\\p{L}]+ )?with",
  "asked (?:[\\p{L}-]+ ){1,4}for (?:their|his|her|feedback|input|views|concerns|help|advice|comments|the)",
]);

/**
 * `lp-earn-trust`: a story tagged Earn Trust that never shows a mistake owned, feedback taken or the
 * truth told. Without one of them there is nothing the listener could have trusted you more for.
 */
export const lpEarnTrust = definePrincipleRule({
  principle: "earn-trust",
  summary: "An Earn Trust story owns no mistake, takes no feedback and shares no hard truth.",
  docs: {
    description:
      "Runs on stories tagged `earn-trust`. Reports, on the Action, a story that never owns a mistake (`my mistake`, `I was wrong`, `I apologised`, `admitted`, `took responsibility`), takes feedback (`feedback`, `listened`, `asked for their concerns`, `one-on-one`) or tells a hard truth (`transparent`, `told them the truth`, `shared the bad news early`, `rebuilt trust`). Any wording in any section counts.",
    examples: [
      {
        title: "A story of pure delivery is flagged",
        markdown:
          "---\ntitle: Moved the billing jobs to the new scheduler\nprinciples: [earn-trust]\n---\n## Situation\nBilling jobs ran on an old cron host.\n## Task\nI had to move them before it was retired.\n## Action\nI ported each job, ran both schedulers side by side for a week and then switched.\n## Result\nAll 40 jobs moved with no missed run.\n",
        messages: [
          {
            range: "10:1-10:82",
            reason:
              "Your Earn Trust story owns no mistake and takes no feedback: say what you got wrong or were told, and what you changed.",
          },
        ],
      },
      {
        title: "An owned mistake satisfies the check",
        markdown:
          "---\ntitle: Owned a broken billing run\nprinciples: [earn-trust]\n---\n## Situation\nMy migration script skipped 300 invoices.\n## Task\nI had to fix it and tell finance.\n## Action\nI told the finance lead it was my mistake before she found it, and re-ran the invoices that day.\n## Result\nAll 300 invoices went out within 6 hours.\n",
        messages: [],
      },
      {
        title: "Untagged stories are not checked",
        markdown:
          "## Situation\nBilling jobs ran on an old cron host.\n## Task\nMove them.\n## Action\nI ported each job.\n## Result\nAll 40 jobs moved.\n",
        messages: [],
      },
    ],
  },
  checks: [
    {
      id: "owned-or-heard",
      reason: "Your Earn Trust story owns no mistake and takes no feedback: say what you got wrong or were told, and what you changed.",
      searchIn: ["situation", "task", "action", "result"],
      evidence: [MISTAKE_OWNED, FEEDBACK, CANDOUR],
      reportIn: "action",
      note: 'The interviewer will ask "what did you get wrong, and how did the other person find out?". Name the mistake or the hard feedback plainly, show you said so first ("I told her before she found it"), what you changed, and how things stood afterwards.',
    },
  ],
});
