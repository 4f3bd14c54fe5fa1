import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintStory, STORY_RULE_MODULES } from "../../lib/lint";
import { BANK_RULE_MODULES, lintBank } from "../../lib/lint/bank";
import { sampleBank } from "../../lib/lint/bank/examples";
import { PRINCIPLE_IDS } from "../../lib/principles";
import { CORPORA, loadHeldoutStories } from "./heldout/load";

/**
 * Every message speaks to the candidate (issue 13, STYLE.md): `reason` is one short plain sentence
 * saying what is wrong, `note` the interviewer's follow-up and how to answer it. The developer grammar
 * of markdown linters ("Unexpected …, expected …") is gone for good, and no message runs longer than
 * the one glance a candidate gives it the week before an interview.
 */
const MAX_REASON = 140;
const MAX_NOTE = 300;

interface Said {
  where: string;
  ruleId: string;
  reason: string;
  note?: string;
}

function storyMessages(where: string, markdown: string, ruleId?: string): Said[] {
  return lintStory(markdown)
    .filter((message) => ruleId === undefined || message.ruleId === ruleId)
    .map((message) => ({ where, ruleId: message.ruleId, reason: message.reason, note: message.note }));
}

const said: Said[] = [];
// Each rule's documented examples: what /rules shows, and what the docs tests run.
for (const rule of STORY_RULE_MODULES) {
  for (const example of rule.docs.examples) said.push(...storyMessages(`${rule.meta.id}: ${example.title}`, example.markdown, rule.meta.id));
}
for (const rule of BANK_RULE_MODULES) {
  for (const example of rule.docs.examples) {
    for (const message of lintBank(example.stories, example.config).messages.filter((m) => m.ruleId === rule.meta.id)) {
      said.push({ where: `${rule.meta.id}: ${example.title}`, ruleId: message.ruleId, reason: message.reason, note: message.note });
    }
  }
}
// Real stories say more than the examples do (every section name, long phrases, all the packs)…
const GOOD = join(import.meta.dirname, "good-stories");
for (const file of readdirSync(GOOD).filter((name) => name.endsWith(".md"))) said.push(...storyMessages(file, readFileSync(join(GOOD, file), "utf8")));
for (const corpus of ["heldout", "unlabelled"] as const) {
  for (const story of loadHeldoutStories(CORPORA[corpus])) said.push(...storyMessages(`${corpus}/${story.file}`, story.markdown));
}
// … and the bank rules build their notes from each principle's data: an empty bank and a thin one
// reach all sixteen.
for (const [where, stories] of [
  ["an empty bank", []],
  ["a bank thin everywhere", sampleBank({ thin: [...PRINCIPLE_IDS] })],
] as const) {
  for (const message of lintBank(stories).messages) said.push({ where, ruleId: message.ruleId, reason: message.reason, note: message.note });
}

/** Quoted words are the candidate's own (a phrase, a story title) and of any length: they count as
 * one character, so the limit is on our wording. */
function ourWords(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, "“…”");
}

const byRule = new Map<string, Said[]>();
for (const message of said) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message]);

describe("what every message says", () => {
  it("reaches every rule", () => {
    const ids = [...STORY_RULE_MODULES.map((rule) => rule.meta.id), ...BANK_RULE_MODULES.map((rule) => rule.meta.id)];
    expect(ids.filter((id) => !byRule.has(id))).toEqual([]);
  });

  describe.each([...byRule.keys()].sort())("%s", (ruleId) => {
    const messages = byRule.get(ruleId)!;
    const reasons = [...new Set(messages.map((message) => message.reason))];
    const notes = [...new Set(messages.flatMap((message) => (message.note === undefined ? [] : [message.note])))];

    it("gives a reason in plain words, not the linter authors' grammar", () => {
      for (const reason of reasons) {
        expect(reason, reason).not.toMatch(/^Unexpected\b/);
        expect(reason, reason).not.toMatch(/\b(?:un)?expected\b/i);
        expect(reason, reason).not.toMatch(/\bsections?\b/i);
      }
    });

    it(`gives a reason of one sentence of at most ${MAX_REASON} characters`, () => {
      for (const reason of reasons) {
        const ours = ourWords(reason);
        expect(reason, reason).not.toMatch(/\n/); // the language server puts the note after the first line break
        expect(ours.length, reason).toBeLessThanOrEqual(MAX_REASON);
        expect(ours, reason).toMatch(/[.?!]$/);
        expect(ours.slice(0, -1), reason).not.toMatch(/[.?!]\s+\p{Lu}/u);
        expect(reason[0], reason).toMatch(/[\p{Lu}“"]/u);
      }
    });

    it(`coaches in a note of at most ${MAX_NOTE} characters`, () => {
      for (const note of notes) {
        expect(note.length, note).toBeLessThanOrEqual(MAX_NOTE);
        expect(note, note).not.toMatch(/^Unexpected\b/);
        expect(note, note).toMatch(/[.?!”"]$/);
      }
    });
  });
});
