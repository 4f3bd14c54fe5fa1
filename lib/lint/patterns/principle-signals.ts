import type { PrincipleId } from "../../principles";

/**
 * Strong evidence for each Leadership Principle, for principle suggestions (lib/lint/principle-suggestions.ts).
 *
 * The principle packs (lib/lint/rules/lp-*.ts) list evidence generously, because they answer "is this
 * tagged story missing the thing entirely?" and must not nag. Read the other way round ("which
 * principles does this untagged text already prove?") those lists match almost every story, so a
 * suggestion also needs one of these: phrases an interviewer would hear as that principle and rarely as
 * another. Each has a weight (how sure one hit makes us); a suggestion's confidence grows with the
 * distinct signals found (see confidenceOf).
 *
 * Phrases follow phrasePattern's conventions (whole words, a space matches any white space, ' matches ’).
 * `phrase` turns the matched words into the short "because" people read; by default the words themselves.
 */
export interface PrincipleSignal {
  /** Stable key within the principle, for tests and tuning. */
  id: string;
  phrases: readonly string[];
  weight: number;
  /** The words as people read them in "Frugality — …"; gets the matched text. */
  phrase?: (matched: string) => string;
}

const MONEY = "(?:[$€£₹]\\s?\\d[\\d.,]*(?:\\s?(?:k|m|bn|million|thousand|billion)\\b)?|\\d[\\d.,]*\\s?(?:k|m)?\\s?(?:dollars|euros|pounds|usd|eur|gbp|rupees|lakhs?|crores?))";
/** A signal heard in many stories: it only adds to a strong one, never suggests alone. */
export const WEAK_WEIGHT = 0.9;
const WEAK = WEAK_WEIGHT;

/** The money part of a matched saving: "saved the company $40k a year" → "$40k". */
function savingPhrase(matched: string): string {
  const money = new RegExp(MONEY, "iu").exec(matched)?.[0];
  return money ? `a ${money.trim()} saving` : matched;
}

export const PRINCIPLE_SIGNALS: Readonly<Record<PrincipleId, readonly PrincipleSignal[]>> = {
  frugality: [
    { id: "weak", phrases: ["budget(?:s|ed)?", "cheap(?:er|est|ly)?", "(?:cloud |aws |vendor |licen[cs]e )?(?:bill|spend|costs?)", "frugal(?:ity|ly)?", "reus(?:e|ed|ing)", "existing (?:tools?|hardware|servers?|equipment|team|staff|resources)", "free tier", "lean", "(?:only|just) (?:two|three|one|a few|\\d+) (?:engineers|people|nurses|volunteers|staff)"], weight: WEAK },
    {
      id: "money-saved",
      phrases: [
        `(?:sav(?:ed|ing|ings of)|cut|cutting|reduc(?:ed|ing)|lower(?:ed|ing)|trimm(?:ed|ing)|slash(?:ed|ing)|dropp(?:ed|ing)) (?:[\\p{L}'’-]+ ){0,6}?(?:by |of |to |from |about |around |roughly |nearly |over |almost )?${MONEY}`,
        `${MONEY} (?:(?:a|per|each|every) )?(?:(?:year|month|week|annually|yearly|monthly) )?(?:in )?(?:savings?|saved|cheaper|less)`,
      ],
      // A saving is also every Deliver Results story's figure: Frugality needs the constraint beside it.
      weight: 1,
      phrase: savingPhrase,
    },
    {
      id: "no-budget",
      phrases: [
        "(?:no|zero|tiny|small|tight|hard|fixed|limited|shoestring|frozen|capped|minimal|little|modest) budget",
        "budget (?:freeze|cuts?|was (?:cut|frozen|tiny|tight|capped|limited|zero))",
        "without (?:any |a |extra )?(?:budget|funding|money)",
        "no (?:extra |additional |new )?(?:money|funding|headcount|hires|new hires|spend)",
        "hiring freeze",
        "(?:no|zero|without) (?:extra |additional |new )?headcount",
      ],
      weight: 1.4,
    },
    {
      id: "instead-of-buying",
      phrases: [
        "(?:instead of|rather than|without) (?:buying|paying (?:for )?|purchasing|licensing|renting|hiring (?:a |an )?(?:vendor|consultant|contractor|agency)|a (?:new|paid|commercial) (?:tool|license|licence|vendor|system))",
        "(?:free|open[- ]source) (?:tier|version|alternative|tool|tools|software|library)",
        "for free",
        "at no (?:extra |additional )?cost",
        "(?:cost|costs|costing) (?:us )?(?:nothing|zero|almost nothing)",
        "second-?hand",
        "(?:borrowed|donated|repurposed|reused|salvaged) (?:a |an |the |two |three |old |spare |existing |some )?(?:[\\p{L}-]+ )?(?:laptops?|servers?|machines?|equipment|hardware|kit|van|devices?|printers?|scanners?|tablets?|monitors?|cables?|furniture|tools?|parts)",
        "(?:spare|idle|unused|existing|old) (?:servers?|hardware|machines?|laptops?|equipment|capacity)",
      ],
      weight: 1.2,
    },
  ],
  "dive-deep": [
    { id: "weak", phrases: ["logs", "metrics", "dashboards?", "traces", "quer(?:y|ied)", "sql", "spreadsheets?", "data (?:showed|revealed)", "(?:analy[sz]ed|investigated|examined|audited) (?:the|every|each|all|\\d+)", "(?:found|discovered|noticed|realized|realised) (?:that|the)"], weight: WEAK },
    { id: "root-cause", phrases: ["root[- ]caus(?:e|es)", "traced (?:it |this |that |the [\\p{L}-]+ )?(?:back )?to", "turned out (?:to be|that)", "the culprit", "came down to"], weight: 1.3 },
    {
      id: "data-examined",
      phrases: [
        "flame\\s?graphs?",
        "heap (?:dumps?|snapshots?)",
        "(?:packet|network) captures?",
        "tcpdump",
        "wireshark",
        "profil(?:ed|ing) (?:the|it|a|each|every)",
        "bisect(?:ed|ing)?",
        "(?:read|went through|combed through|dug through|dug into|pulled) (?:the |every |each |all |\\d+ |a week of |a month of |six months of |three months of )?(?:raw )?(?:logs?|traces?|records?|transactions?|tickets?|stack\\s?traces?|source code|query plans?)",
        "line by line",
        "query plans?",
        "correlat(?:ed|ing) (?:the|it|them)",
        "cross-?referenc(?:ed|ing)",
      ],
      weight: 1.3,
    },
  ],
  ownership: [
    { id: "weak", phrases: ["(?:i|myself) (?:owned|own)", "long[- ]term", "on my own time", "(?:weekend|evenings)", "(?:no one|nobody) (?:else|asked)", "(?:my|our) responsibility", "even though", "(?:i )?volunteered"], weight: WEAK },
    {
      id: "not-my-job",
      phrases: [
        "(?:not|wasn't|was not|isn't|is not) (?:my|our) (?:job|team|area|responsibility|code|service|project|system|problem|role|department)",
        "outside (?:of )?(?:my|our) (?:role|scope|team|remit|job|area|responsibilities|job description)",
        "(?:nobody|no one|no-one) (?:owned|was responsible|wanted to|took|had taken|else would|picked)",
        "(?:fell|falls|falling) (?:through|between) the cracks",
        "orphaned",
        "took (?:full )?(?:ownership|responsibility) (?:of|for)",
        "volunteered to (?:own|take|lead|fix)",
      ],
      weight: 1.5,
    },
  ],
  "customer-obsession": [
    { id: "weak", phrases: ["customers?", "users?", "clients?", "patients?", "merchants?", "(?:support )?tickets?", "complain(?:ed|ts?)", "feedback", "churn"], weight: WEAK },
    {
      id: "worked-backwards",
      phrases: [
        "work(?:ed|ing)? backwards? from (?:the )?(?:customers?|users?)",
        "(?:interviewed|called|visited|shadowed|sat with|spoke to|talked to|met with) (?:\\d+ |a few |several |five |ten |twenty |dozens of |each of (?:the|our) |every )?(?:of (?:our|the) )?(?:customers|users|clients|patients|merchants|sellers|drivers|shoppers|buyers)",
        "(?:customers?|users?|clients?|patients?|merchants?|sellers?)['’]? (?:kept )?(?:complain(?:ed|ts|ing)|told us|asked for|were frustrated|were confused|were angry|churn(?:ed)?)",
        "(?:customer|user|client|patient)['’]?s? (?:pain|needs?|complaints?|frustration|experience)",
        "(?:csat|nps|net promoter)",
      ],
      weight: 1.3,
    },
  ],
  "bias-for-action": [
    { id: "weak", phrases: ["(?:the )?same (?:day|night|afternoon|evening|morning)", "within (?:an?|one|two|three|\\d+) (?:hours?|minutes?)", "immediately", "right away", "quickly", "rolled back", "(?:paged|on-call)", "outage", "urgent(?:ly)?"], weight: WEAK },
    {
      id: "did-not-wait",
      phrases: [
        "(?:didn't|did not|couldn't|could not|can't|cannot) (?:afford to )?wait",
        "(?:rather than|instead of) waiting",
        "two-way door",
        "(?:easily |quickly )?reversible",
        "calculated risk",
        "without (?:waiting for|full|complete|all the) (?:the )?(?:approval|sign-?off|data|information|answers?)",
      ],
      weight: 1.5,
    },
  ],
  "invent-and-simplify": [
    { id: "weak", phrases: ["automat(?:ed|ion|ically)", "manual(?:ly)?", "template", "(?:new|simpler) (?:way|approach|process|workflow)", "script", "reduc(?:ed|ing) (?:the )?(?:time|steps|effort)"], weight: WEAK },
    {
      id: "simplified",
      phrases: [
        "simplif(?:y|ied|ying)",
        "automat(?:ed|ing) (?:the|it|away|this|that|a|our)",
        "replac(?:ed|ing) (?:the |a |our )?(?:manual|paper|spreadsheet|hand)",
        "(?:built|wrote|created|designed) (?:a |my own |an )?(?:simple |small |new )?(?:tool|script|bot|template|plugin|macro|prototype)",
        "(?:from|cut) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) steps",
      ],
      weight: 1.2,
    },
  ],
  "insist-on-the-highest-standards": [
    { id: "weak", phrases: ["standards?", "quality", "(?:code )?reviews?", "tests?", "checklists?", "defects?", "bugs?", "(?:test )?coverage", "regressions?"], weight: WEAK },
    {
      id: "raised-the-bar",
      phrases: [
        "(?:refused|declined) to (?:ship|release|sign off|launch|merge|approve)",
        "(?:raise|raised|raising) the bar",
        "quality bar",
        "(?:not|wasn't|was not|isn't|is not) good enough",
        "(?:zero|no) defects",
        "(?:blocked|held) (?:the )?(?:release|launch|merge)",
      ],
      weight: 1.5,
    },
  ],
  "earn-trust": [
    { id: "weak", phrases: ["trust", "honest(?:ly)?", "transparen(?:t|tly|cy)", "apologi[sz]ed", "admitted", "listened", "(?:one-on-ones?|1:1s?)", "candid(?:ly)?", "credib(?:le|ility)"], weight: WEAK },
    {
      id: "admitted",
      phrases: [
        "(?:admitted|owned up to|took the blame for|apologi[sz]ed for) (?:my|the|our|it)",
        "(?:my|it was my) (?:mistake|fault|error)",
        "i was wrong",
        "rebuil(?:t|d|ding) (?:their |the |her |his )?trust",
        "(?:earn|earned|win|won|regain|regained) (?:back )?(?:their |the |her |his )?trust",
      ],
      weight: 1.5,
    },
  ],
  "learn-and-be-curious": [
    { id: "weak", phrases: ["learn(?:ed|t|ing)", "curious", "courses?", "(?:read|studied) (?:the )?(?:docs|documentation|papers?|books?)", "new (?:to me|language|framework|field|domain|tool)", "(?:tutorials?|documentation)"], weight: WEAK },
    {
      id: "taught-myself",
      phrases: [
        "taught myself",
        "self-taught",
        "(?:learned|learnt) (?:[\\p{L}+#.-]+ ){0,3}(?:from scratch|on my own|in my (?:spare|own) time|at night|on weekends)",
        "had never (?:used|worked with|written|done|touched|heard of)",
        "(?:took|completed|enrolled in|signed up for) (?:an? )?(?:online |evening |night )?(?:course|class|certification|bootcamp)",
      ],
      weight: 1.5,
    },
  ],
  "hire-and-develop-the-best": [
    { id: "weak", phrases: ["junior", "new hires?", "onboard(?:ed|ing)", "interview(?:ed|s|ing)", "hir(?:e|ed|ing)", "promot(?:ed|ion)", "trained", "grew", "career"], weight: WEAK },
    {
      id: "mentored",
      phrases: [
        "(?:i )?mentored (?:him|her|them|the|a|an|my|our|two|three|four|five|\\d+)",
        "coach(?:ed|ing) (?:him|her|them|the|a|my|our|two|three)",
        "(?:got|was|were|earned) promoted",
        "(?:interviewed|hired) (?:\\d+|two|three|four|five|six|ten|twelve) (?:candidates|people|engineers|nurses|teachers)",
        "hiring (?:bar|loop|panel|rubric)",
        "career (?:plan|goals|growth|path)",
      ],
      weight: 1.5,
    },
  ],
  "think-big": [
    { id: "weak", phrases: ["vision", "platform", "roadmap", "long[- ]term", "scal(?:e|ed|ing|able)", "every (?:team|store|region|site|school|hospital)", "(?:whole|entire) (?:company|org|organi[sz]ation|industry)"], weight: WEAK },
    {
      id: "bigger-vision",
      phrases: [
        "(?:company|org|organi[sz]ation|department|industry)-wide",
        "(?:across|for) (?:the (?:whole|entire) )?(?:company|organi[sz]ation|every team|all teams)",
        "(?:three|five|two|3|5)-year (?:plan|vision|roadmap)",
        "(?:long-term|bold) vision",
        "\\d+x (?:growth|scale|more)",
      ],
      weight: 1.2,
    },
  ],
  "have-backbone-disagree-and-commit": [
    { id: "weak", phrases: ["disagree(?:d|ment)?", "concerns?", "decision", "committed", "convinced", "argued", "escalat(?:ed|ing)"], weight: WEAK },
    {
      id: "disagreed",
      phrases: [
        "(?:i )?disagreed",
        "pushed back",
        "push back (?:on|against)",
        "(?:respectfully )?challenged (?:the|my|our|his|her|their)",
        "objected",
        "disagree and commit",
      ],
      weight: 1.3,
    },
    {
      id: "committed",
      phrases: [
        "(?:fully |still )?committed to (?:the|their|his|her|our) (?:decision|plan|approach|call|direction)",
        "(?:disagreed|disagree|pushed back)[^.]{0,120}?(?:but|and then|then) (?:i )?(?:committed|backed|supported|went with)",
      ],
      weight: 1.3,
    },
  ],
  "deliver-results": [
    { id: "weak", phrases: ["deadline", "on time", "shipped", "delivered", "launched", "target", "despite", "(?:week|weeks|days) (?:early|ahead)"], weight: WEAK },
    {
      id: "delivered-despite",
      phrases: [
        "(?:shipped|delivered|launched|finished|completed|went live) (?:[\\p{L}-]+ ){0,4}?(?:on time|ahead of schedule|before the deadline|on schedule|a (?:day|week) early|\\d+ days early)",
        "(?:hit|met|beat|exceeded) (?:the |our |my )?(?:deadline|target|goal|quota)",
      ],
      weight: 1.3,
    },
  ],
  "are-right-a-lot": [
    { id: "weak", phrases: ["judg(?:e)?ment", "(?:bet|bets)", "trade-?offs?", "predicted", "assumptions?", "hypothesis"], weight: WEAK },
    {
      id: "judgment",
      phrases: [
        "(?:sought|asked for|looked for) (?:out )?(?:dissenting|opposing|other|different|contrary) (?:views|opinions|perspectives)",
        "(?:my|the) (?:judgment|judgement|hunch|gut) (?:was|proved|turned out)",
        "(?:proved|turned out to be) (?:right|correct)",
        "against the (?:consensus|majority)",
      ],
      weight: 1.3,
    },
  ],
  "strive-to-be-earths-best-employer": [
    { id: "weak", phrases: ["safe(?:ty)?", "inclusi(?:ve|on)", "(?:workload|overtime|rota)", "(?:stress|stressed|exhausted)", "(?:parents?|caregivers?|family)"], weight: WEAK },
    {
      id: "people-wellbeing",
      phrases: [
        "burn(?:ed|t)?[- ]?out",
        "morale",
        "well-?being",
        "psychological(?:ly)? safe(?:ty)?",
        "work-life balance",
        "(?:attrition|turnover|retention)",
        "(?:pages|night pages|on-call load|on-call burden)",
      ],
      weight: 1.2,
    },
  ],
  "success-and-scale-bring-broad-responsibility": [
    { id: "weak", phrases: ["(?:public|society|societal)", "(?:waste|recycl(?:e|ed|ing))", "(?:energy|power) (?:use|usage|consumption)", "ethic(?:s|al)", "(?:fairness|biased)", "(?:downstream|second-order|unintended)", "(?:law|legal|compliance)"], weight: WEAK },
    {
      id: "beyond-the-business",
      phrases: [
        "carbon",
        "emissions",
        "environment(?:al(?:ly)?)?",
        "sustainab(?:le|ility)",
        "(?:the )?(?:local )?community",
        "accessib(?:le|ility)",
        "(?:privacy|gdpr|hipaa)",
        "(?:regulators?|regulatory)",
      ],
      weight: 1.2,
    },
  ],
};
