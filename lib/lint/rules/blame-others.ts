import {
  BLAMED_NOT_PEOPLE,
  BLAME_RETRACTED_AFTER,
  CONTEMPT_ALWAYS,
  CONTEMPT_OF_PEOPLE,
  NEGLECT_VERBS,
  NO_ONE_POSSESSIVES,
  NOT_BLAME_BEFORE,
  PEOPLE_NOUNS,
  SYSTEM_VERBS,
  TECHNICAL_FAULT_AFTER,
  THIRD_PERSON,
} from "../patterns/blame-words";
import { defineStoryRule } from "../rule";
import { STAR_ORDER } from "../sections";
import type { StoryContext } from "../context";
import type { SectionName } from "../types";
import { insideAny, overlapsAny, quotedRanges } from "../text";

const START = String.raw`(?<![\p{L}\p{N}_'’-])`;
const END = String.raw`(?![\p{L}\p{N}_'’-])`;
const PEOPLE = PEOPLE_NOUNS.join("|");

/** "their fault", "the other team's fault", "Dave's fault", "not my fault". Group 2 is the owner. */
const FAULT = new RegExp(
  String.raw`${START}(the\s+(?:other\s+)?(?:\p{L}+\s+)?)?(\p{L}[\p{L}-]*['’]s|his|her|their|your|my|our)\s+(?:own\s+|entire\s+|whole\s+)?fault(?!s)(?!${TECHNICAL_FAULT_AFTER})${END}`,
  "giu",
);
const NO_ONE_OWNER = new RegExp(String.raw`^(?:${NO_ONE_POSSESSIVES.join("|")})['’]s$`, "iu");
const NOT_PEOPLE_OWNERS = /^(?:it|that|what|there|here|let|who|he|she)['’]s$/iu;
const PEOPLE_OWNER = new RegExp(String.raw`^(?:${PEOPLE})['’]s$`, "iu");
/** "was to blame", "were at fault". */
const TO_BLAME = new RegExp(
  String.raw`${START}(?:is|was|were|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:partly|partially|mostly|largely|entirely|clearly|really|also|obviously|fully)\s+)?(?:to\s+blame|at\s+fault)${END}`,
  "giu",
);
/** "I blamed the vendor", "I put the blame on QA". */
const BLAMED = new RegExp(
  String.raw`${START}(?:blamed|blame|put\s+the\s+blame\s+on|pinned\s+it\s+on|pointed\s+(?:the\s+)?fingers?\s+at)\s+(?:it\s+on\s+)?(?!(?:${BLAMED_NOT_PEOPLE}|less|for)${END})(?:the\s+(?:other\s+)?)?[\p{L}][\p{L}'’-]*(?:\s+(?:team|teams|group|lead|folks|people|engineers?|vendor))?(?![\p{L}])`,
  "giu",
);
const NO_FAULT_OF_MINE = new RegExp(String.raw`${START}(?:through\s+)?no\s+fault\s+of\s+(?:my|our)\s+own${END}`, "giu");
const UNDER_THE_BUS = new RegExp(String.raw`${START}(?:(?:threw|throw|throwing)\s+(?:me|us)|thrown)\s+under\s+the\s+bus${END}`, "giu");
const DROPPED_BALL = new RegExp(String.raw`${START}dropped\s+the\s+ball${END}`, "giu");
const CONTEMPT_WORD = new RegExp(String.raw`${START}(?:${CONTEMPT_ALWAYS.join("|")})${END}`, "giu");
const CONTEMPT_BEFORE_PERSON = new RegExp(
  String.raw`${START}(?:${CONTEMPT_OF_PEOPLE.join("|")})\s+(?:(?:\p{L}+)\s+)?(?:${PEOPLE})${END}`,
  "giu",
);
const PERSON_IS_CONTEMPT = new RegExp(
  String.raw`${START}(?:(?:${THIRD_PERSON})|(?:(?:the|our|their|his|her|a|an|one|that|this)\s+(?:\p{L}+\s+)?)?(?:${PEOPLE}))\s+(?:was|were|is|are|had\s+been|seemed|looked|got)\s+(?:(?:so|really|completely|totally|just|very|pretty|utterly|incredibly|extremely|plain|being|too|simply|frankly)\s+)?(?:${CONTEMPT_OF_PEOPLE.join("|")})${END}`,
  "giu",
);
/** "they failed to", "he refused to", "she didn't bother to"; group 1 is the next word. */
const NEGLECT = new RegExp(
  String.raw`${START}(?:${THIRD_PERSON})\s+(?:(?:also|just|then|simply|repeatedly|again|still|had|have|has|\p{L}+ly)\s+)?(?:${NEGLECT_VERBS})(?:\s+(\p{L}+(?:\s+\p{L}+)?))?`,
  "giu",
);
const SYSTEM_VERB = new RegExp(String.raw`^(?:${SYSTEM_VERBS.join("|")})${END}`, "iu");

/** A word every blame phrase contains: the cheap test that decides whether a block is read at all. */
const ANCHOR = new RegExp(
  String.raw`fault|blame|failed\s+to|refused\s+to|bother|under\s+the\s+bus|the\s+ball|pinned\s+it|fingers?\s+at|${CONTEMPT_OF_PEOPLE.join("|")}|incompet`,
  "i",
);

const CLAUSE_LOOKBACK = 80;
const CLAUSE_BREAK = /[.!?;:,—–()]/g;
const NOT_BLAME = new RegExp(String.raw`${START}(?:${NOT_BLAME_BEFORE})${END}|n['’]t${END}`, "iu");
const NEGATION = new RegExp(String.raw`${START}(?:not|never|none\s+of\s+(?:this|it|that)\s+(?:was|is)|hardly|no\s+fault\s+of)${END}|\p{L}+n['’]t${END}`, "iu");
const RETRACTED = new RegExp(String.raw`${START}(?:${BLAME_RETRACTED_AFTER})${END}`, "iu");
/** Subjects that take the blame themselves or deny it: "I was to blame", "no one was at fault". */
const SELF_OR_NO_ONE = /(?<![\p{L}])(?:I|we|me|us|myself|ourselves|nobody|no\s+one|no-one|none|neither|who|my\s+team|our\s+team|anyone|everyone)(?:\s+(?:had|have|really|completely|totally|kind\s+of|sort\s+of|also|clearly|probably|then|\p{Ll}+ly))*\s*$/iu;
/** A person or group of people just before the verb: "they", "the vendor", "their support engineers". */
const PERSON_SUBJECT = new RegExp(String.raw`${START}(?:${THIRD_PERSON}|${PEOPLE})(?:\s+(?:\p{Ll}+ly|also|too|both|all))*\s*$`, "iu");
const I_SUBJECT = /(?<![\p{L}])I(?:\s+(?:had|have|then|also|quickly|publicly|immediately|initially|first|\p{Ll}+ly))*\s+$/u;
const FIRST_PERSON_NEAR = /(?<![\p{L}])(?:I|me|my|myself|I['’]m|I['’]d)(?![\p{L}])/u;

/** The clause before `index` in `text`: back to the nearest punctuation, at most CLAUSE_LOOKBACK characters. */
function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let hit = CLAUSE_BREAK.exec(window); hit; hit = CLAUSE_BREAK.exec(window)) cut = hit.index + 1;
  return window.slice(cut);
}

/** The rest of the sentence after `index`, bounded. */
function sentenceAfter(text: string, index: number): string {
  const window = text.slice(index, index + 120);
  const end = window.search(/[.!?;]/);
  return end < 0 ? window : window.slice(0, end);
}

function sectionAt(context: StoryContext, offset: number): SectionName | null {
  for (const name of STAR_ORDER) {
    const section = context.sections[name];
    if (!section) continue;
    if ((offset >= section.content.offset && offset < section.content.endOffset) || (offset >= section.label.offset && offset < section.label.endOffset)) return name;
  }
  return null;
}

interface Hit {
  start: number;
  end: number;
}

/** Blame phrases in one block of prose, as offsets into `text`. */
function blameIn(text: string): Hit[] {
  const hits: Hit[] = [];
  const each = (pattern: RegExp, accept: (hit: RegExpExecArray) => Hit | null) => {
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
      const found = accept(hit);
      if (found) hits.push(found);
    }
  };
  const whole = (hit: RegExpExecArray): Hit => ({ start: hit.index, end: hit.index + hit[0].length });

  each(FAULT, (hit) => {
    const owner = hit[2];
    const ownerStart = hit.index + (hit[1]?.length ?? 0);
    const clause = clauseBefore(text, ownerStart);
    const lower = owner.toLowerCase();
    if (lower === "my" || lower === "our") {
      // Owning it is good; denying it ("not my fault", "through no fault of my own") shifts the blame.
      const negation = NEGATION.exec(clause);
      if (!negation) return null;
      return { start: ownerStart - clause.length + negation.index, end: hit.index + hit[0].length };
    }
    if (NO_ONE_OWNER.test(owner) || NOT_PEOPLE_OWNERS.test(owner)) return null;
    // A name ("Dave's fault") is a person; an acronym ("DNS's fault") is usually a system.
    const isName = /^\p{Lu}\p{Ll}/u.test(owner);
    const isPerson = ["his", "her", "their", "your"].includes(lower) || PEOPLE_OWNER.test(owner) || isName;
    if (!isPerson || NOT_BLAME.test(clause)) return null;
    return whole(hit);
  });

  each(TO_BLAME, (hit) => {
    const clause = clauseBefore(text, hit.index);
    // "a race condition was to blame" names a cause; only people are blamed.
    if (!PERSON_SUBJECT.test(clause) || SELF_OR_NO_ONE.test(clause) || NOT_BLAME.test(clause)) return null;
    return whole(hit);
  });

  each(BLAMED, (hit) => {
    const clause = clauseBefore(text, hit.index);
    if (!I_SUBJECT.test(clause) || NOT_BLAME.test(clause)) return null;
    if (RETRACTED.test(sentenceAfter(text, hit.index + hit[0].length))) return null;
    return whole(hit);
  });

  each(NO_FAULT_OF_MINE, whole);
  each(UNDER_THE_BUS, (hit) => (NOT_BLAME.test(clauseBefore(text, hit.index)) ? null : whole(hit)));

  each(DROPPED_BALL, (hit) => {
    const clause = clauseBefore(text, hit.index);
    if (clause.trim() === "" || SELF_OR_NO_ONE.test(clause) || NOT_BLAME.test(clause)) return null;
    return whole(hit);
  });

  each(CONTEMPT_WORD, (hit) => {
    const clause = clauseBefore(text, hit.index);
    // "I felt clueless", "my own incompetence": self-criticism, not blame.
    if (FIRST_PERSON_NEAR.test(clause.slice(-30)) || NOT_BLAME.test(clause)) return null;
    return whole(hit);
  });
  for (const pattern of [CONTEMPT_BEFORE_PERSON, PERSON_IS_CONTEMPT]) {
    each(pattern, (hit) => (NOT_BLAME.test(clauseBefore(text, hit.index)) ? null : whole(hit)));
  }

  each(NEGLECT, (hit) => {
    const next = hit[1];
    if (next && SYSTEM_VERB.test(next)) return null;
    if (NOT_BLAME.test(clauseBefore(text, hit.index))) return null;
    const phrase = next ? hit[0].slice(0, hit[0].length - next.length).trimEnd() : hit[0];
    return { start: hit.index, end: hit.index + phrase.length };
  });

  // One message per place: overlapping phrases ("incompetent contractor" and "incompetent") keep the longer.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * `blame-others`: the story blames someone else, anywhere in it: explicit fault ("their fault", "the
 * other team's fault", "not my fault", "the vendor was to blame", "I blamed QA", "they dropped the
 * ball", "threw me under the bus"), contempt for people ("incompetent", "a lazy contractor", "he was
 * careless"), and "they/he/she failed to / refused to / didn't bother to". Not flagged: owning it ("my
 * fault", "I failed to", "we failed to"), machines failing ("the job failed to start", "they failed to
 * start"), denials ("no one was to blame", "it wasn't their fault", "without blaming anyone"),
 * conditions ("if they failed to"), technical words ("fault tolerance", "lazy loading"), others
 * blaming ("the channel blamed the provider"), quotes, block quotes and code. `actual` is the phrase.
 */
export const blameOthers = defineStoryRule({
  id: "blame-others",
  severity: "warning",
  summary: "The story blames someone else (\"their fault\", \"they failed to\", \"incompetent\").",
  docs: {
    description:
      'Reports blame anywhere in the story: whose fault it was ("their fault", "the other team\'s fault", "not my fault", "the vendor was to blame", "I blamed QA", "they dropped the ball", "threw me under the bus"), contempt for people ("incompetent", "clueless", "a lazy contractor", "he was careless") and a person who "failed to", "refused to" or "didn\'t bother to" ("they failed to send the schema"). Not reported: owning it ("my fault", "I failed to", "we failed to"), systems failing ("the deploy failed to start"), denials and blameless language ("no one was to blame", "it wasn\'t their fault", "a blameless postmortem", "instead of blaming anyone"), conditions ("if they failed to reply"), technical words ("fault tolerance", "fault injection", "lazy loading"), other people blaming ("support blamed the provider"), and quotes or code.',
    examples: [
      {
        title: "Fault pinned on others and people who \"failed to\" are flagged",
        markdown:
          "## Situation\nThe data team owned the nightly feed, and they failed to send the new schema before our launch.\n## Task\nI had to ship the dashboard anyway.\n## Action\nIt was really the other team's fault, so I built a stub feed and shipped against it.\n## Result\nWe launched on time, 2 days before the review.\n",
        messages: [
          {
            range: "2:43-2:57",
            actual: "they failed to",
            reason: '"they failed to" sounds like blame to an interviewer: say what happened and what you did about it.',
          },
          { range: "6:15-6:37", actual: "the other team's fault" },
        ],
      },
      {
        title: "Contempt for people is flagged; lazy loading is not",
        markdown:
          "S: The contractor was careless with the schema and the vendor was clueless.\nT: Fix page loads.\nA: I added lazy loading to the image grid.\nR: Load time fell by 40%.\n",
        messages: [
          { range: "1:4-1:31", actual: "The contractor was careless" },
          { range: "1:52-1:75", actual: "the vendor was clueless" },
        ],
      },
      {
        title: "\"Not my fault\" shifts the blame; a race condition \"to blame\" is a cause, not a person",
        markdown:
          "S: Checkout double-charged 1% of orders.\nT: Find the cause.\nA: A race condition in the retry path was to blame. It was not my fault the alert was muted, but I unmuted it and fixed the race.\nR: Double charges fell to 0.\n",
        messages: [{ range: "3:60-3:72", actual: "not my fault" }],
      },
      {
        title: "Owning the failure, systems failing and blameless language are not blame",
        markdown:
          "## Situation\nThe deploy failed to start twice, and we failed to notice for an hour.\n## Task\nIt was my fault: I had skipped the canary.\n## Action\nI ran a blameless postmortem, and instead of blaming anyone I added a canary gate to the pipeline.\n## Result\nNo one was to blame, and the gate has caught 3 bad builds since.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { doc } = context;
    // One cheap pass over the story first: most stories blame no one, and then no block is read twice.
    if (!ANCHOR.test(doc.mask)) return;
    for (const block of doc.textBlocks) {
      if (block.inBlockquote || block.end <= doc.bodyStart) continue;
      const text = doc.mask.slice(block.start, block.end);
      if (!ANCHOR.test(text)) continue;
      const quotes = quotedRanges(text);
      for (const hit of blameIn(text)) {
        if (insideAny(quotes, hit.start, hit.end)) continue;
        const offset = block.start + hit.start;
        const endOffset = block.start + hit.end;
        if (overlapsAny(doc.codeRanges, offset, endOffset)) continue;
        const phrase = doc.markdown.slice(offset, endOffset);
        report({
          offset,
          endOffset,
          section: sectionAt(context, offset),
          actual: true,
          reason: `"${phrase}" sounds like blame to an interviewer: say what happened and what you did about it.`,
          note: 'The interviewer reads blame as a red flag for Earn Trust and Ownership, and will ask "what did you do about it?". Say what happened and what you did, not whose fault it was: "the schema arrived two days late, so I built a stub feed".',
        });
      }
    }
  },
});
