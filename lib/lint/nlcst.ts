import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence as NlcstSentence } from "nlcst";
import retextEnglish from "retext-english";
import { unified } from "unified";
import type { VFileMessage } from "vfile-message";
import type { StoryContext } from "./context";
import type { TextRange } from "./document";
import type { SectionName } from "./types";

/**
 * Natural-language trees (nlcst) of STAR sections, for the language rules that reuse retext plugins
 * (`passive-action`, `hedge-words`).
 *
 * Why not remark-retext over the whole tree: it would turn every paragraph of the story into nlcst,
 * Situation included, in a second pass over the mdast, while the rules read one to three sections.
 * Here the prose comes straight from `doc.mask` (the markdown with markup, code blocks and HTML blanked
 * to spaces at the same offsets), so the English parser sees plain prose and an nlcst offset plus the
 * sentence's start is an offset in the markdown: no position mapping at all.
 *
 * Why sentence by sentence, and only some: retext-english's parser costs about as much as the remark
 * parse of the whole story for the same amount of text, and the retext transformers as much again,
 * which alone would break the linter's 3×-of-remark budget. So a rule names a cheap screen (a regular
 * expression that any sentence it could flag must match, e.g. a form of "be" before a participle) and
 * only the sentences that pass are parsed. Each sentence is parsed at most once per story whichever
 * rules ask, through a cache keyed by the StoryContext (so it goes away with the story).
 *
 * Measured on the 600-story bench corpus (scripts/bench-corpus.ts), against a bare remark parse: parsing
 * the whole Task, Action and Result with retext-english cost about 0.9× and the two transformers about
 * 1.5× more (lintStory went from 2.3× to 6.3×); with the screens the two rules add about 0.02×, and
 * about 0.35× on a corpus rewritten so every story has passives.
 */

/** One word: offsets into the markdown and its text. */
export interface ProseWord extends TextRange {
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
}

/** One nlcst sentence, with its words in order (white space and punctuation left out). */
export interface ProseSentence extends TextRange {
  words: ProseWord[];
}

/** The screened sentences of a section: one nlcst root for a retext transformer, and flat words. */
export interface ParsedProse {
  /** The parsed sentences as one nlcst tree. Each paragraph comes from its own parse, so node offsets are
   * relative to that sentence: map them with `offsetOf`. */
  tree: NlcstRoot;
  sentences: ProseSentence[];
  /** The markdown offset of a retext message's start, or undefined when it has no place. */
  offsetOf(message: VFileMessage): number | undefined;
}

interface ParsedSentence {
  paragraphs: NlcstParagraph[];
  sentences: ProseSentence[];
  nodes: NlcstSentence[];
}

// The retext-english parser, built once. `parse` is synchronous and runs no plugins.
const english = unified().use(retextEnglish).freeze();

const cache = new WeakMap<StoryContext, Map<number, ParsedSentence>>();

function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

function parseSentence(text: string, base: number): ParsedSentence {
  const tree = english.parse(text) as NlcstRoot;
  const parsed: ParsedSentence = { paragraphs: [], sentences: [], nodes: [] };
  for (const block of tree.children) {
    if (block.type !== "ParagraphNode") continue;
    parsed.paragraphs.push(block);
    for (const child of block.children) {
      if (child.type !== "SentenceNode") continue;
      const range = offsetsOf(child);
      if (!range) continue;
      const words: ProseWord[] = [];
      for (const node of child.children) {
        if (node.type !== "WordNode") continue;
        const span = offsetsOf(node);
        if (!span) continue;
        const word = text.slice(span[0], span[1]);
        words.push({ offset: base + span[0], endOffset: base + span[1], text: word, lower: word.toLowerCase().replace(/’/g, "'") });
      }
      parsed.nodes.push(child);
      parsed.sentences.push({ offset: base + range[0], endOffset: base + range[1], words });
    }
  }
  return parsed;
}

/**
 * The sentences of one section that match `screen`, as nlcst, parsed on first request and shared by
 * every rule for this story. Sentences in blockquotes (quoted material, not the candidate's telling)
 * are left out. Null when nothing passes the screen.
 */
export function screenedProse(context: StoryContext, name: SectionName, screen: RegExp): ParsedProse | null {
  let parsedSentences = cache.get(context);
  if (!parsedSentences) {
    parsedSentences = new Map();
    cache.set(context, parsedSentences);
  }
  const paragraphs: NlcstParagraph[] = [];
  const sentences: ProseSentence[] = [];
  const baseOf = new Map<unknown, number>();
  for (const sentence of context.sentences(name)) {
    if (sentence.inBlockquote) continue;
    screen.lastIndex = 0;
    if (!screen.test(sentence.text)) continue;
    let parsed = parsedSentences.get(sentence.offset);
    if (!parsed) {
      parsed = parseSentence(sentence.text, sentence.offset);
      parsedSentences.set(sentence.offset, parsed);
    }
    paragraphs.push(...parsed.paragraphs);
    sentences.push(...parsed.sentences);
    for (const node of parsed.nodes) baseOf.set(node, sentence.offset);
  }
  if (sentences.length === 0) return null;
  return {
    tree: { type: "RootNode", children: paragraphs },
    sentences,
    offsetOf(message) {
      const start = message.place && "start" in message.place ? message.place.start.offset : undefined;
      const base = message.ancestors?.length ? baseOf.get(message.ancestors[message.ancestors.length - 1]) : undefined;
      return start === undefined || base === undefined ? undefined : base + start;
    },
  };
}

/** Where each word starts (markdown offset → [sentence index, word index]), for mapping retext hits. */
export function wordIndex(prose: ParsedProse): Map<number, [number, number]> {
  const index = new Map<number, [number, number]>();
  prose.sentences.forEach((sentence, s) => sentence.words.forEach((word, w) => index.set(word.offset, [s, w])));
  return index;
}

