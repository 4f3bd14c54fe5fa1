import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BANK_RULES, lintBank } from "../../lib/lint/bank";
import type { BankMessage, BankStory } from "../../lib/lint/types";

/** A story as the coverage page passes it: id, title, tags and the markdown body. */
function story(id: string, title: string, body: string): BankStory {
  return { id, title, principles: ["deliver-results"], body };
}

/** The STAR body a candidate writes, with the Result sentence given. */
function star(situation: string, result: string): string {
  return [
    "## Situation",
    situation,
    "",
    "## Task",
    "I owned the fix end to end.",
    "",
    "## Action",
    "I profiled the hot path, added a cache in front of the pricing call and load-tested it.",
    "",
    "## Result",
    result,
  ].join("\n");
}

const figureMessages = (stories: BankStory[]): BankMessage[] =>
  lintBank(stories).messages.filter((message) => message.ruleId === "figure-inconsistent");

interface Case {
  name: string;
  stories: BankStory[];
  /** Every figure-inconsistent message as `storyId: reason`, in order. */
  expected: string[];
}

const checkout = story(
  "checkout",
  "Checkout",
  star("The Checkout API timed out for one in twenty buyers.", "I cut p99 latency from 800 ms to 60 ms, and abandoned carts fell by 12%."),
);

const flagged: Case[] = [
  {
    name: "the same p99 latency with a different starting point",
    stories: [
      checkout,
      story(
        "black-friday",
        "Black Friday",
        star("Two weeks before Black Friday the Checkout API fell over in a load test.", "I got p99 latency from 900 ms to 60 ms before the peak."),
      ),
    ],
    expected: [
      "black-friday: Your stories tell “p99 latency” two ways, from 800 ms to 60 ms in “Checkout” and from 900 ms to 60 ms in “Black Friday”: use the same figures in both.",
    ],
  },
  {
    name: "seconds against milliseconds: 0.8 s is 800 ms, so only the end differs",
    stories: [
      story("pricing", "Pricing cache", star("Pricing calls on the Checkout API were slow.", "Our p99 latency went from 0.8 s to 60 ms.")),
      story("peak", "Holiday peak", star("The Checkout API had to survive the holiday peak.", "p99 latency fell from 800 ms to 150 ms.")),
    ],
    expected: [
      "peak: Your stories tell “p99 latency” two ways, from 0.8 s to 60 ms in “Pricing cache” and from 800 ms to 150 ms in “Holiday peak”: use the same figures in both.",
    ],
  },
  {
    name: "a monthly AWS bill told with two different results",
    stories: [
      story("atlas-costs", "Atlas cost review", star("Atlas ran on oversized instances.", "I cut our AWS bill from $120k to $80k a month.")),
      story("atlas-reserved", "Reserved instances for Atlas", star("The Atlas fleet had no reserved capacity.", "The AWS bill dropped from $120k to $95k a month.")),
    ],
    expected: [
      "atlas-reserved: Your stories tell “AWS bill” two ways, from $120k to $80k a month in “Atlas cost review” and from $120k to $95k a month in “Reserved instances for Atlas”: use the same figures in both.",
    ],
  },
  {
    name: "a count metric named with its rate: on-call pages per week",
    stories: [
      story("runbooks", "Runbooks for Payments", star("The Payments rotation burned people out.", "On-call pages per week went from 30 to 4 within a quarter.")),
      story("alert-audit", "Alert audit", star("Nobody trusted the Payments alerts.", "I took on-call pages per week from 30 to 6.")),
    ],
    expected: [
      "alert-audit: Your stories tell “On-call pages per week” two ways, from 30 to 4 in “Runbooks for Payments” and from 30 to 6 in “Alert audit”: use the same figures in both.",
    ],
  },
  {
    name: "a percentage metric: checkout conversion",
    stories: [
      story("one-page", "One-page checkout", star("Shoppers on Storefront dropped off at the address form.", "I brought checkout conversion from 2.1% to 3.4%.")),
      story("address", "Address autocomplete", star("Storefront lost buyers at the address step.", "Checkout conversion rose from 2.1% to 3.9% in the A/B test.")),
    ],
    expected: [
      "address: Your stories tell “checkout conversion” two ways, from 2.1% to 3.4% in “One-page checkout” and from 2.1% to 3.9% in “Address autocomplete”: use the same figures in both.",
    ],
  },
  {
    name: "the second metric of a sentence, after “and”: error rate",
    stories: [
      story("a", "Retry storm", star("The Ledger service retried every failed call.", "I cut p99 latency from 800 ms to 60 ms and the error rate from 2% to 0.1%.")),
      story("b", "Backoff", star("Ledger clients had no backoff.", "Our error rate dropped from 2% to 0.5% in a week.")),
    ],
    expected: [
      "b: Your stories tell “error rate” two ways, from 2% to 0.1% in “Retry storm” and from 2% to 0.5% in “Backoff”: use the same figures in both.",
    ],
  },
  {
    name: "three stories: only the pair that disagrees, once, on the later story",
    stories: [
      checkout,
      story("mentoring", "Mentoring a new hire", star("A new engineer joined the Search team.", "She shipped her first feature in three weeks.")),
      story(
        "retro",
        "Checkout retro",
        star(
          "After the Checkout API incident I ran the retro.",
          "p99 latency went from 700 ms to 60 ms. Later that year p99 latency again read from 700 ms to 60 ms in the review.",
        ),
      ),
    ],
    expected: [
      "retro: Your stories tell “p99 latency” two ways, from 800 ms to 60 ms in “Checkout” and from 700 ms to 60 ms in “Checkout retro”: use the same figures in both.",
    ],
  },
];

const notFlagged: Case[] = [
  {
    name: "different metrics of one project (p99 vs p50)",
    stories: [checkout, story("p50", "Checkout p50", star("The Checkout API was slow for everyone.", "p50 latency went from 300 ms to 40 ms."))],
    expected: [],
  },
  {
    name: "rounding: 800 ms and 0.8 s, 60 ms and 0.06 s",
    stories: [checkout, story("again", "Checkout again", star("The Checkout API timed out.", "p99 latency went from 0.8 s to 0.06 s."))],
    expected: [],
  },
  {
    name: "rounding: 800 ms and 780 ms are the same figure to the hundred",
    stories: [checkout, story("again", "Checkout again", star("The Checkout API timed out.", "p99 latency went from 780 ms to 60 ms."))],
    expected: [],
  },
  {
    name: "rounding of money: $1.2M and $1,200,000, $800k and $0.8M",
    stories: [
      story("a", "Atlas storage", star("Atlas kept every log forever.", "I cut the storage bill from $1.2M to $800k a year.")),
      story("b", "Atlas retention", star("Atlas had no retention policy.", "The storage bill went from $1,200,000 to $0.8M a year.")),
    ],
    expected: [],
  },
  {
    name: "a range holds the other figure: 800–900 ms and 850 ms",
    stories: [checkout, story("range", "Checkout range", star("The Checkout API timed out.", "p99 latency went from 800–900 ms to 60 ms."))],
    expected: [],
  },
  {
    name: "different units: a monthly bill against a yearly one",
    stories: [
      story("a", "Atlas cost review", star("Atlas ran on oversized instances.", "I cut our AWS bill from $120k to $80k a month.")),
      story("b", "Atlas budget", star("Atlas was over budget.", "Our AWS bill went from $120k to $1M a year.")),
    ],
    expected: [],
  },
  {
    name: "different currencies",
    stories: [
      story("a", "Atlas cost review", star("Atlas ran on oversized instances.", "I cut our AWS bill from $120k to $80k a month.")),
      story("b", "Atlas EU", star("Atlas had an EU region.", "Our AWS bill went from €120k to €95k a month.")),
    ],
    expected: [],
  },
  {
    name: "the same metric in clearly different projects (no shared name)",
    stories: [checkout, story("search", "Search relevance", star("The Search API was slow on long queries.", "p99 latency went from 900 ms to 60 ms."))],
    expected: [],
  },
  {
    name: "a shared employer, but the claim sentences name different services",
    stories: [
      story("a", "Checkout speed-up", star("At Acme, checkout was slow.", "On Checkout, p99 latency went from 800 ms to 60 ms.")),
      story("b", "Search speed-up", star("At Acme, search was slow.", "On Search, p99 latency went from 900 ms to 60 ms.")),
    ],
    expected: [],
  },
  {
    name: "in a bank of three, the employer every story names is not a shared project",
    stories: [
      story("a", "Checkout speed-up", star("At Acme, the checkout page was slow.", "p99 latency went from 800 ms to 60 ms.")),
      story("b", "Search speed-up", star("At Acme, the search page was slow.", "p99 latency went from 900 ms to 60 ms.")),
      story("c", "Hiring", star("At Acme, we had no interview loop.", "I hired four engineers in a quarter.")),
    ],
    expected: [],
  },
  {
    name: "a chain is a continuation: 800→60, then 60→40",
    stories: [checkout, story("later", "Checkout, a year on", star("The Checkout API slowed down again.", "p99 latency went from 60 ms to 40 ms."))],
    expected: [],
  },
  {
    name: "no end in common: a different moment, not a contradiction",
    stories: [checkout, story("later", "Checkout regression", star("A Checkout API release regressed.", "p99 latency went from 300 ms to 100 ms."))],
    expected: [],
  },
  {
    name: "approximate or bounded figures are not compared",
    stories: [checkout, story("about", "Checkout rough", star("The Checkout API timed out.", "p99 latency went from about 900 ms to 60 ms, and from over 900 ms to under 80 ms at peak."))],
    expected: [],
  },
  {
    name: "a one-word metric is too vague to compare",
    stories: [
      story("a", "Checkout", star("The Checkout API timed out.", "Latency went from 800 ms to 60 ms.")),
      story("b", "Checkout again", star("The Checkout API timed out.", "Latency went from 900 ms to 60 ms.")),
    ],
    expected: [],
  },
  {
    name: "amounts on their own (by 30% vs by 20%): two initiatives can each move a metric",
    stories: [
      story("a", "Atlas rightsizing", star("Atlas ran on oversized instances.", "I cut the AWS bill by 30%.")),
      story("b", "Atlas reserved", star("The Atlas fleet had no reserved capacity.", "The AWS bill dropped by 20% to $80k a month.")),
    ],
    expected: [],
  },
  {
    name: "versions and years are not figures",
    stories: [
      story("a", "Atlas upgrade", star("From 2019 to 2021 Atlas ran an old client.", "I upgraded the client library from 1.2 to 1.4 and the Elasticsearch cluster from 6 to 7.")),
      story("b", "Atlas upgrade 2", star("From 2020 to 2021 Atlas lagged behind.", "I moved the client library from 1.2 to 2.0 and the Elasticsearch cluster from 6 to 8.")),
    ],
    expected: [],
  },
  {
    name: "figures in someone else's quote are not the candidate's claim",
    stories: [
      checkout,
      story("quote", "Checkout praise", star("My director on the Checkout API said “p99 latency went from 900 ms to 60 ms” in the all-hands.", "I wrote it up.")),
    ],
    expected: [],
  },
  {
    name: "opposite directions are not the same claim",
    stories: [checkout, story("regress", "Checkout regression", star("A Checkout API release regressed.", "p99 latency went from 800 ms to 950 ms until I rolled it back."))],
    expected: [],
  },
  {
    name: "different count units: engineers against contractors",
    stories: [
      story("a", "Hiring for Atlas", star("The Atlas team was understaffed.", "I grew the platform team from 3 engineers to 12.")),
      story("b", "Atlas vendors", star("The Atlas team leaned on vendors.", "I grew the platform team from 3 contractors to 5.")),
    ],
    expected: [],
  },
  {
    name: "times of day and dates are not before→after figures",
    stories: [
      story("a", "Atlas on-call", star("The Atlas rotation covered nights.", "I moved the maintenance window from 9 pm to 2 am, from March 3 to March 5.")),
      story("b", "Atlas window", star("The Atlas window was too long.", "The maintenance window moved from 10 pm to 2 am.")),
    ],
    expected: [],
  },
  {
    name: "stories with no body: the rule is silent",
    stories: [
      { id: "a", title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep"] },
      { id: "b", title: "Cut checkout p99 from 900 ms to 60 ms", principles: ["dive-deep"] },
    ].map((s) => ({ ...s, principles: ["dive-deep" as const] })),
    expected: [],
  },
];

describe("figure-inconsistent", () => {
  it.each([...flagged, ...notFlagged])("$name", ({ stories, expected }) => {
    expect(figureMessages(stories).map((message) => `${message.storyId}: ${message.reason}`)).toEqual(expected);
  });

  it("stamps severity, url and a coaching note, and is listed in BANK_RULES", () => {
    const [message] = figureMessages(flagged[0].stories);
    expect(message).toMatchObject({ ruleId: "figure-inconsistent", severity: "warning", section: null, url: "/rules/figure-inconsistent", storyId: "black-friday" });
    expect(message.note).toMatch(/compare notes/);
    expect(BANK_RULES.find((rule) => rule.id === "figure-inconsistent")).toEqual({
      id: "figure-inconsistent",
      severity: "warning",
      summary: "Two stories give the same metric different figures.",
      url: "/rules/figure-inconsistent",
      scope: "bank",
    });
  });

  it("can be turned off or downgraded like any bank rule", () => {
    expect(lintBank(flagged[0].stories, { rules: { "figure-inconsistent": "off" } }).messages.some((m) => m.ruleId === "figure-inconsistent")).toBe(false);
    expect(lintBank(flagged[0].stories, { rules: { "figure-inconsistent": "info" } }).messages.find((m) => m.ruleId === "figure-inconsistent")?.severity).toBe("info");
  });
});

// ---- Properties ----

const metrics = ["p99 latency", "checkout conversion", "AWS bill", "on-call pages per week", "build time", "p50 latency"];
const figures = ["from 800 ms to 60 ms", "from 0.8 s to 60 ms", "from 2.1% to 3.4%", "from $120k to $80k a month", "from 30 to 4", "from 12 to 4 minutes", "from 900 ms to 60 ms"];
const names = ["Checkout", "Atlas", "Payments", "Storefront", "Search"];
const fillers = ["I owned the fix.", "We shipped in six weeks.", "The team was new.", "Abandoned carts fell by 12%.", "I paged the on-call engineer at 2 am."];

const sentence = fc
  .tuple(fc.constantFrom(...metrics), fc.constantFrom(...figures), fc.constantFrom(...names), fc.constantFrom("went", "fell", "dropped", "rose"))
  .map(([metric, figure, name, verb]) => `On ${name}, ${metric} ${verb} ${figure}.`);
const body = fc.array(fc.oneof(sentence, fc.constantFrom(...fillers)), { maxLength: 8 }).map((lines) => star("At Acme the Checkout API was slow.", lines.join(" ")));

describe("figure-inconsistent properties", () => {
  it("never fires on a bank of one story, whatever it says", () => {
    fc.assert(
      fc.property(fc.string(), body, (title, text) => {
        expect(figureMessages([story("only", title, text)])).toEqual([]);
      }),
    );
  });

  it("never fires when every story states the same figures, however many stories and names", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...metrics),
        fc.constantFrom(...figures),
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...fillers), fc.constantFrom("went", "fell", "dropped")), { minLength: 2, maxLength: 6 }),
        (metric, figure, rows) => {
          const stories = rows.map(([name, filler, verb], index) =>
            story(`s${index}`, `${name} story ${index}`, star(`The ${name} service was slow.`, `${filler} ${metric} ${verb} ${figure}.`)),
          );
          expect(figureMessages(stories)).toEqual([]);
        },
      ),
    );
  });

  it("never fires when one story writes the other's figures in another unit (ms as s, $k as $M)", () => {
    const pairs: Array<[string, string]> = [
      ["from 800 ms to 60 ms", "from 0.8 s to 0.06 s"],
      ["from 1,500 ms to 250 ms", "from 1.5 s to 0.25 s"],
      ["from 90 min to 15 min", "from 1.5 h to 0.25 h"],
      ["from $1.2M to $800k a year", "from $1,200k to $0.8M a year"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.constantFrom(...metrics), fc.boolean(), ([a, b], metric, swap) => {
        const [first, second] = swap ? [b, a] : [a, b];
        const stories = [
          story("a", "Atlas one", star("Atlas was slow.", `The ${metric} went ${first}.`)),
          story("b", "Atlas two", star("Atlas was slow.", `The ${metric} went ${second}.`)),
        ];
        expect(figureMessages(stories)).toEqual([]);
      }),
    );
  });
});
