import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STORY_RULE_MODULES } from "@/lib/lint";
import { BANK_RULE_MODULES } from "@/lib/lint/bank";
import { getPrinciple } from "@/lib/principles";

type Props = { params: Promise<{ id: string }> };

function findRule(id: string) {
  const story = STORY_RULE_MODULES.find((rule) => rule.meta.id === id);
  if (story) return { kind: "story" as const, meta: story.meta, docs: story.docs };
  const bank = BANK_RULE_MODULES.find((rule) => rule.meta.id === id);
  return bank ? { kind: "bank" as const, meta: bank.meta, docs: bank.docs } : null;
}

export function generateStaticParams() {
  return [...STORY_RULE_MODULES, ...BANK_RULE_MODULES].map((rule) => ({ id: rule.meta.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rule = findRule((await params).id);
  return { title: rule ? rule.meta.id : "Unknown rule" };
}

/** The description's paragraphs, with `backticked` words as code: still text, never parsed as HTML. */
function Paragraphs({ text }: { text: string }) {
  return text.split(/\n{2,}/).map((paragraph) => (
    <p key={paragraph}>
      {paragraph.split("`").map((piece, index) => (index % 2 === 1 ? <code key={index}>{piece}</code> : piece))}
    </p>
  ));
}

/**
 * A rule's documentation. The examples are the rule's own test cases (tests/lint/rule-docs.test.ts and
 * tests/lint/bank-rule-docs.test.ts run every one), so what this page promises is what the linter
 * does. Story text is shown as text, never rendered as HTML.
 */
export default async function RulePage({ params }: Props) {
  const rule = findRule((await params).id);
  if (!rule) notFound();
  const { meta } = rule;
  return (
    <article>
      <p>
        <Link href="/rules">All rules</Link>
      </p>
      <h1>{meta.id}</h1>
      <p>
        <strong className={`count-${meta.severity}`}>{meta.severity}</strong> · {meta.scope === "bank" ? "whole bank" : "each story"}
      </p>
      <p>{meta.summary}</p>
      <Paragraphs text={rule.docs.description} />
      <h2>Examples</h2>
      {rule.kind === "story"
        ? rule.docs.examples.map((example) => (
            <section key={example.title} aria-label={example.title} className="rule-example">
              <h3>
                {example.messages.length === 0 ? "Not flagged" : "Flagged"}: {example.title}
              </h3>
              <pre className="story-body">{example.markdown}</pre>
              {example.messages.length > 0 ? (
                <ul>
                  {example.messages.map((message) => (
                    <li key={`${message.range}-${message.actual ?? ""}`}>
                      <code>{message.range}</code>
                      {message.actual ? <> “{message.actual}”</> : null}
                      {message.reason ? `: ${message.reason}` : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))
        : rule.docs.examples.map((example) => (
            <section key={example.title} aria-label={example.title} className="rule-example">
              <h3>
                {example.messages.length === 0 ? "Not flagged" : "Flagged"}: {example.title}
              </h3>
              <table className="rule-bank">
                <caption className="visually-hidden">The stories of this example</caption>
                <thead>
                  <tr>
                    <th scope="col">Story</th>
                    <th scope="col">Principles</th>
                  </tr>
                </thead>
                <tbody>
                  {example.stories.map((story) => (
                    <tr key={story.id}>
                      <th scope="row">
                        {story.title}
                        {story.body ? <pre className="story-body">{story.body}</pre> : null}
                      </th>
                      <td>{story.principles.map((id) => getPrinciple(id).name).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {example.config ? (
                <p>
                  With the config <code>{JSON.stringify(example.config)}</code>
                </p>
              ) : null}
              {example.messages.length > 0 ? (
                <ul>
                  {example.messages.map((message) => (
                    <li key={message.reason}>{message.reason}</li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
    </article>
  );
}
