import { firstSentence, plainText, sectionText, trimAtWord } from "./story-text";

/** Longest hook, in characters: one line on a printed page. */
export const HOOK_MAX_LENGTH = 120;

export interface StoryHook {
  text: string;
  /** Where the line came from; "title" means the title already is the hook. */
  source: "title" | "result" | "action" | "body" | "none";
}

// Titles that name a topic or a draft rather than tell the story.
const PLACEHOLDER_TITLE = /^(?:untitled(?:\s+story)?|new\s+story|story(?:\s+[\w-]+)?|draft|todo|tbd|test|copy\s+of\s+.*)$/i;
const TITLE_WORDS = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * True when the title already says what happened in one line: four to eighteen words, at most
 * HOOK_MAX_LENGTH characters, not a placeholder ("Untitled story") and not a bare topic
 * ("Payments migration").
 */
export function isGoodOneLiner(title: string): boolean {
  const text = title.replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > HOOK_MAX_LENGTH || PLACEHOLDER_TITLE.test(text)) return false;
  const count = text.match(TITLE_WORDS)?.length ?? 0;
  return count >= 4 && count <= 18;
}

/**
 * One line that reminds the candidate what the story is about: the title when it is a good one-liner,
 * else the first sentence of the Result (what changed), else of the Action, else of the body, cut to
 * about HOOK_MAX_LENGTH characters at a word boundary. Plain text, never markup.
 */
export function storyHook(story: { title: string; body: string }): StoryHook {
  const title = story.title.replace(/\s+/g, " ").trim();
  if (isGoodOneLiner(title)) return { text: title, source: "title" };
  for (const section of ["result", "action"] as const) {
    const sentence = firstSentence(sectionText(story.body, section));
    if (sentence) return { text: trimAtWord(sentence, HOOK_MAX_LENGTH), source: section };
  }
  const sentence = firstSentence(plainText(story.body));
  if (sentence) return { text: trimAtWord(sentence, HOOK_MAX_LENGTH), source: "body" };
  return { text: trimAtWord(title, HOOK_MAX_LENGTH), source: title ? "title" : "none" };
}
