/**
 * Amazon's sixteen Leadership Principles as data. The ids are a public contract (shared/SPEC.md §1):
 * story files, the API and the linter's bank rules all use them, so they never change. Names are the
 * principles' own; descriptions and questions are ours, written to help a candidate pick stories.
 * Plain data with no dependencies, so the browser bundle can use it; the zod schema for ids is in
 * lib/principle-id-schema.ts.
 */
export const PRINCIPLE_IDS = [
  "customer-obsession",
  "ownership",
  "invent-and-simplify",
  "are-right-a-lot",
  "learn-and-be-curious",
  "hire-and-develop-the-best",
  "insist-on-the-highest-standards",
  "think-big",
  "bias-for-action",
  "frugality",
  "earn-trust",
  "dive-deep",
  "have-backbone-disagree-and-commit",
  "deliver-results",
  "strive-to-be-earths-best-employer",
  "success-and-scale-bring-broad-responsibility",
] as const;

export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

export interface Principle {
  id: PrincipleId;
  /** The principle's name as Amazon writes it. */
  name: string;
  /** What a story for this principle has to show, in one or two sentences. */
  description: string;
  /** Questions interviewers typically ask to probe this principle. */
  questions: readonly string[];
}

export const PRINCIPLES: readonly Principle[] = [
  {
    id: "customer-obsession",
    name: "Customer Obsession",
    description:
      "You started from what a specific customer needed and worked backwards, even when it cost you something.",
    questions: [
      "Tell me about a time you went beyond what a customer asked for.",
      "Describe a decision where the customer's interest and a business goal pulled apart.",
    ],
  },
  {
    id: "ownership",
    name: "Ownership",
    description:
      "You acted for the long term and took on a problem outside your assigned scope instead of saying it was someone else's.",
    questions: [
      "Tell me about a time you took on something that was not your job.",
      "Describe a time you gave up a short-term win for a long-term result.",
    ],
  },
  {
    id: "invent-and-simplify",
    name: "Invent and Simplify",
    description: "You found a new or much simpler way to do something and made it stick.",
    questions: [
      "Tell me about the most innovative thing you have built.",
      "Describe a time you made a complicated process simple.",
    ],
  },
  {
    id: "are-right-a-lot",
    name: "Are Right, A Lot",
    description:
      "You made a good call with incomplete information by weighing alternatives and seeking views that challenged yours.",
    questions: [
      "Tell me about a decision you made without all the data you wanted.",
      "Describe a time you changed your mind after hearing another view.",
    ],
  },
  {
    id: "learn-and-be-curious",
    name: "Learn and Be Curious",
    description: "You taught yourself something new and used it to get a better result.",
    questions: [
      "Tell me about something you learned recently that changed how you work.",
      "Describe a time curiosity led you to a better solution.",
    ],
  },
  {
    id: "hire-and-develop-the-best",
    name: "Hire and Develop the Best",
    description: "You raised the bar when hiring or helped someone grow through coaching and honest feedback.",
    questions: [
      "Tell me about someone you mentored and how they grew.",
      "Describe a hiring decision you pushed back on.",
    ],
  },
  {
    id: "insist-on-the-highest-standards",
    name: "Insist on the Highest Standards",
    description: "You refused to ship something below the bar and raised the quality of your team's work.",
    questions: [
      "Tell me about a time you would not compromise on quality.",
      "Describe a standard you raised for your team.",
    ],
  },
  {
    id: "think-big",
    name: "Think Big",
    description: "You set out a bold direction that others had not imagined and brought people along.",
    questions: [
      "Tell me about your most ambitious project.",
      "Describe a time you turned a small fix into a much larger opportunity.",
    ],
  },
  {
    id: "bias-for-action",
    name: "Bias for Action",
    description: "You moved quickly on a reversible decision and took a calculated risk rather than wait.",
    questions: [
      "Tell me about a time you acted without all the information.",
      "Describe a decision you made quickly that turned out well, or badly.",
    ],
  },
  {
    id: "frugality",
    name: "Frugality",
    description: "You achieved more with less: a tight budget, small team or short deadline became an advantage.",
    questions: [
      "Tell me about a time you delivered with fewer resources than you wanted.",
      "Describe a cost you cut without hurting the result.",
    ],
  },
  {
    id: "earn-trust",
    name: "Earn Trust",
    description: "You listened, owned a mistake openly or took hard feedback, and people trusted you more for it.",
    questions: [
      "Tell me about a mistake you made and how you handled it.",
      "Describe a time you received critical feedback.",
    ],
  },
  {
    id: "dive-deep",
    name: "Dive Deep",
    description: "You went into the details and the data yourself to find a root cause others had missed.",
    questions: [
      "Tell me about a problem you solved by digging into the data.",
      "Describe a time a metric and an anecdote disagreed.",
    ],
  },
  {
    id: "have-backbone-disagree-and-commit",
    name: "Have Backbone; Disagree and Commit",
    description: "You challenged a decision respectfully with evidence, and once it was made, committed to it fully.",
    questions: [
      "Tell me about a time you disagreed with your manager.",
      "Describe a decision you argued against and then helped succeed.",
    ],
  },
  {
    id: "deliver-results",
    name: "Deliver Results",
    description: "You hit an important goal on time despite setbacks, and can say exactly what the result was.",
    questions: [
      "Tell me about a time you delivered under a tight deadline.",
      "Describe a goal you missed and what you did about it.",
    ],
  },
  {
    id: "strive-to-be-earths-best-employer",
    name: "Strive to be Earth's Best Employer",
    description: "You made your team's work safer, fairer or more rewarding, and people grew because of it.",
    questions: [
      "Tell me about a time you improved how your team works together.",
      "Describe how you supported a teammate who was struggling.",
    ],
  },
  {
    id: "success-and-scale-bring-broad-responsibility",
    name: "Success and Scale Bring Broad Responsibility",
    description: "You weighed the wider effects of your work on users, communities or the environment and acted on them.",
    questions: [
      "Tell me about a time you considered the second-order effects of a decision.",
      "Describe a time you left something better than you found it beyond your own team.",
    ],
  },
];

const byId = new Map(PRINCIPLES.map((principle) => [principle.id, principle]));

/** The principle with this id; throws on an id outside the fixed list (validate input with zod first). */
export function getPrinciple(id: PrincipleId): Principle {
  const principle = byId.get(id);
  if (!principle) throw new Error(`Unknown principle id: ${id}`);
  return principle;
}

export function isPrincipleId(value: string): value is PrincipleId {
  return byId.has(value as PrincipleId);
}
