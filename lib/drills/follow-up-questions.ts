import { findSections, lintStory, type LintConfig, type LintMessage, type SectionName } from "@/lib/lint";
import { explainsJudgment } from "@/lib/lint/rules/action-no-reason";
import { getPrinciple, isPrincipleId, type PrincipleId } from "@/lib/principles";
import {
  ALTERNATIVES_QUESTION,
  CLAUSE_BREAK_WORDS,
  LESSON_QUESTION,
  METRIC_QUESTION,
  MISSING_SECTION_QUESTIONS,
  NO_STRUCTURE_QUESTION,
  QUOTED_WORDS_AFTER_SUBJECT,
  RETROSPECTIVE_QUESTION,
} from "./patterns";

/** Most questions in one drill: about a round's worth of follow-ups. */
export const MAX_FOLLOW_UP_QUESTIONS = 10;
/** Most questions from one rule, so a story with five "we"s still gets probed on other things. */
const MAX_PER_RULE = 2;

export interface FollowUpQuestion {
  /** The question as an interviewer would ask it; quotes the story's exact words where it cites them. */
  question: string;
  /** Why an interviewer asks it, in one sentence. */
  why: string;
  /** What in the story prompted it: a lint rule, a tagged principle, a section. */
  source: { ruleId?: string; principleId?: PrincipleId; section?: SectionName };
}

export interface DrillStory {
  title: string;
  body: string;
  principles: readonly string[];
}

const WORD = /^[\s"“”'‘’]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The subject as written and up to four words after it, stopping at punctuation or a new clause:
 * "we rewrote the query". */
function quoteFrom(body: string, message: LintMessage): string {
  let end = message.endOffset;
  for (let taken = 0; taken < QUOTED_WORDS_AFTER_SUBJECT; taken++) {
    const rest = body.slice(end);
    const hit = WORD.exec(rest);
    if (!hit || /[\n,;:.!?()—–]/.test(rest.slice(0, hit.index + hit[0].length - hit[1].length))) break;
    if (CLAUSE_BREAK_WORDS.has(hit[1].toLowerCase())) break;
    end += hit[0].length;
  }
  return body.slice(message.offset, end).replace(/\s+/g, " ");
}

function weQuestion(body: string, message: LintMessage): FollowUpQuestion {
  const quote = quoteFrom(body, message);
  return {
    question: `You wrote "${quote}" — what did you do yourself?`,
    why: `"${message.actual ?? quote}" hides your own part; the interviewer is hiring you, not the team.`,
    source: { ruleId: message.ruleId, section: message.section ?? undefined },
  };
}

/** A question that asks for the measure a vague outcome word leaves out, in the words of the story. */
function vagueQuestion(message: LintMessage): FollowUpQuestion {
  const actual = (message.actual ?? "").replace(/\s+/g, " ").trim();
  const last = actual.split(" ").at(-1)?.toLowerCase() ?? "";
  let question: string;
  if (/feedback|reviews?|responses?|reception|received/i.test(actual)) {
    question = `You wrote "${actual}" — from whom, and what exactly did they say or measure?`;
  } else if (/success|win\b/i.test(actual)) {
    question = `You wrote "${actual}" — how did you know it worked, and what number shows it?`;
  } else if (/^[a-z]+ed$/i.test(actual)) {
    question = `${capitalise(actual)} by how much, and how did you measure it?`;
  } else if (/ed$/.test(last) || /^sped up$/i.test(actual.split(" ").slice(-2).join(" "))) {
    question = `You wrote "${actual}" — by how much, and how did you measure it?`;
  } else if (/(?:er|better|more|less|fewer)$/.test(last) && actual.includes(" ")) {
    question = `You wrote "${actual}" — how much ${last}, and how did you measure it?`;
  } else if (last === "better") {
    question = `You wrote "${actual}" — how much better, and how did you measure it?`;
  } else {
    question = `You wrote "${actual}" — what number would show it?`;
  }
  return {
    question,
    why: `"${actual}" claims an outcome without saying how much; interviewers ask for the figure.`,
    source: { ruleId: message.ruleId, section: message.section ?? undefined },
  };
}

/** "You wrote 'was rewritten' — who did that?": the passive hides the actor the interviewer asks for. */
function passiveQuestion(message: LintMessage): FollowUpQuestion {
  const actual = (message.actual ?? "").replace(/\s+/g, " ");
  return {
    question: `You wrote "${actual}" — who did that, and what was your part?`,
    why: `"${actual}" does not say who acted; the interviewer wants to know what you did.`,
    source: { ruleId: message.ruleId, section: message.section ?? undefined },
  };
}

/** A hedge invites "did you know?"; "tried to" invites "did it work?". */
function hedgeQuestion(message: LintMessage): FollowUpQuestion {
  const actual = (message.actual ?? "").replace(/\s+/g, " ");
  const effort = /\b(?:tried|attempted)\b/i.test(actual);
  return {
    question: effort
      ? `You wrote "${actual}" — did it work, and what did you do next?`
      : `You said "${actual}" — did you check? What did it show?`,
    why: `"${actual}" sounds unsure; the interviewer probes what you actually knew or achieved.`,
    source: { ruleId: message.ruleId, section: message.section ?? undefined },
  };
}

/** Blame invites "and what was your part in it?". */
function blameQuestion(message: LintMessage): FollowUpQuestion {
  const actual = (message.actual ?? "").replace(/\s+/g, " ");
  return {
    question: `You wrote "${actual}" — what was your part in it, and what would you do differently?`,
    why: "Blaming others is a red flag for Earn Trust and Ownership; the interviewer tests whether you own your share.",
    source: { ruleId: message.ruleId, section: message.section ?? undefined },
  };
}

/** Questions from what the linter found, in a fixed order of rules and then of position. */
function questionsFromLint(story: DrillStory, principles: PrincipleId[], config?: LintConfig): FollowUpQuestion[] {
  const messages = lintStory(story.body, { principles, config });
  const byRule = (ruleId: string) => messages.filter((message) => message.ruleId === ruleId);
  const questions: FollowUpQuestion[] = [];

  if (byRule("star-no-structure").length > 0) {
    questions.push({
      question: NO_STRUCTURE_QUESTION,
      why: "The story has no Situation, Task, Action and Result an interviewer can follow.",
      source: { ruleId: "star-no-structure" },
    });
  }
  for (const message of byRule("star-missing-section")) {
    if (!message.section) continue;
    questions.push({
      question: MISSING_SECTION_QUESTIONS[message.section],
      why: `The story has no ${capitalise(message.section)}, so the interviewer will ask for it.`,
      source: { ruleId: message.ruleId, section: message.section },
    });
  }
  questions.push(...limit(byRule("we-instead-of-i").map((message) => weQuestion(story.body, message))));
  questions.push(...limit(byRule("vague-outcome").map(vagueQuestion)));
  if (byRule("result-missing-metric").length > 0) {
    questions.push({
      question: METRIC_QUESTION,
      why: "The Result states no figure; interviewers ask for one every time.",
      source: { ruleId: "result-missing-metric", section: "result" },
    });
  }
  questions.push(...limit(byRule("passive-action").map(passiveQuestion)));
  questions.push(...limit(byRule("hedge-words").map(hedgeQuestion)));
  questions.push(...limit(byRule("blame-others").map(blameQuestion)));
  if (byRule("failure-no-lesson").length > 0) {
    questions.push({
      question: LESSON_QUESTION,
      why: "It is a failure story and the Result says nothing of what you learned; that is the point of the question.",
      source: { ruleId: "failure-no-lesson", section: "result" },
    });
  }
  return questions;
}

function limit(questions: FollowUpQuestion[]): FollowUpQuestion[] {
  return dedupe(questions).slice(0, MAX_PER_RULE);
}

/**
 * An Action that never says why, or what else was on the table, invites "what else did you consider?".
 * What counts as a reason is action-no-reason's (one idea in the app); unlike that rule, the drill asks
 * of an Action of any length, since a practice question costs nothing.
 */
function alternativesQuestion(body: string): FollowUpQuestion | null {
  const action = findSections(body).action;
  if (!action || action.words === 0) return null;
  if (explainsJudgment(body.slice(action.content.offset, action.content.endOffset))) return null;
  return {
    question: ALTERNATIVES_QUESTION,
    why: "The Action lists steps but no reason or trade-off; interviewers probe your judgement.",
    source: { section: "action" },
  };
}

function dedupe(questions: readonly FollowUpQuestion[]): FollowUpQuestion[] {
  const seen = new Set<string>();
  return questions.filter((item) => {
    const key = item.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The follow-up questions an interviewer is likely to ask about this story, worked out offline from
 * its structure and lint findings, then each tagged principle's typical questions. Order is stable:
 * questions about the story's own gaps (structure, "we", vague outcomes, missing figure, missing
 * trade-off), then "What would you do differently?", then the principles' questions, first ones of
 * every principle before second ones. At most MAX_FOLLOW_UP_QUESTIONS; "What would you do
 * differently?" and each principle's first question keep their place when the story's own questions
 * are many. `config` is the app's linter settings: a rule turned off asks no question. Never throws on
 * any text.
 */
export function followUpQuestions(story: DrillStory, config?: LintConfig): FollowUpQuestion[] {
  const principles = [...new Set(story.principles)].filter(isPrincipleId);
  const fromStory = dedupe([
    ...questionsFromLint(story, principles, config),
    ...[alternativesQuestion(story.body)].filter((item): item is FollowUpQuestion => item !== null),
  ]);
  const retrospective: FollowUpQuestion = {
    question: RETROSPECTIVE_QUESTION,
    why: "Interviewers almost always ask what you learned; have an honest answer ready.",
    source: {},
  };
  const rounds = principles.map((id) => getPrinciple(id).questions.map((question) => ({ question, id })));
  const depth = Math.max(0, ...rounds.map((round) => round.length));
  const fromPrinciples: FollowUpQuestion[] = [];
  for (let index = 0; index < depth; index++) {
    for (const round of rounds) {
      const item = round[index];
      if (!item) continue;
      fromPrinciples.push({
        question: item.question,
        why: `A typical question for ${getPrinciple(item.id).name}; this story is tagged with it.`,
        source: { principleId: item.id },
      });
    }
  }
  const firstRound = Math.min(rounds.filter((round) => round.length > 0).length, MAX_FOLLOW_UP_QUESTIONS - 1);
  const storyRoom = Math.max(0, MAX_FOLLOW_UP_QUESTIONS - 1 - firstRound);
  const own = fromStory.slice(0, storyRoom);
  const all = dedupe([...own, retrospective, ...fromPrinciples]);
  return all.slice(0, MAX_FOLLOW_UP_QUESTIONS);
}
