import type { Metadata } from "next";
import Link from "next/link";
import { coveragePlan, describeAction, type CoverageGap, type CoveragePlan, type NextAction } from "@/lib/coverage/plan";
import type { BankMessage, CoverageStatus, PrincipleCoverage, Severity } from "@/lib/lint/types";
import { getPrinciple } from "@/lib/principles";
import { TagButton } from "./tag-button";
import { readLintSettings } from "@/lib/settings/settings-file";
import { createStoryAction } from "@/lib/stories/actions/create-story";
import { listStories } from "@/lib/stories/data";
import styles from "./coverage.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage" };

type MatrixStory = { id: string; title: string; principles: readonly string[] };

const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

const STATUS_CLASSES: Record<CoverageStatus, string> = {
  missing: styles.missing,
  thin: styles.thin,
  covered: styles.covered,
};

/**
 * The coverage matrix: one row per story, one column per Leadership Principle, and a footer saying
 * which principles still need stories. Computed on every request from the live bank (the same
 * lintBank call as GET /api/coverage, with the same settings), so it can never disagree with the API.
 */
export default async function CoveragePage() {
  const [rows, { config }] = await Promise.all([listStories(), readLintSettings()]);
  const stories = rows.map(({ id, title, principles }) => ({ id, title, principles }));
  const plan = coveragePlan(
    rows.map(({ id, title, principles, body, version }) => ({ id, title, principles, body, version })),
    config,
  );

  return (
    <div className={styles.page}>
      <h1>Coverage</h1>
      <p className="muted">
        Which of Amazon&rsquo;s 16 Leadership Principles your stories show. A principle is covered once it has as
        many stories as its target; by default the most-asked ones want two, so you never tell one story twice in a
        loop. Targets are on the <Link href="/settings">Settings</Link> page.
      </p>
      {stories.length === 0 ? (
        <EmptyBank />
      ) : (
        <>
          <Summary plan={plan} />
          <p className={styles.jump}>
            <a href="#matrix">Jump to the matrix</a> · <a href="#next-heading">Jump to what to do next</a>
          </p>
          <BankMessages messages={plan.checks} />
          <CoverageMatrix stories={stories} coverage={plan.report.principles} />
          <NextActions actions={plan.next} />
          <Gaps gaps={plan.gaps} />
        </>
      )}
    </div>
  );
}

function EmptyBank() {
  return (
    <div className={styles.empty}>
      <p>
        Your bank has no stories yet, so there is nothing to map. Write a first story and tag it with the principles
        it shows; good first picks are Ownership, Dive Deep, Deliver Results, Bias for Action and Customer Obsession.
      </p>
      <form action={createStoryAction}>
        <button type="submit" className="button">
          New story
        </button>
      </form>
    </div>
  );
}

/** One glance: how many principles are covered, thin and missing, each principle named once. */
function Summary({ plan }: { plan: CoveragePlan }) {
  const { covered, thin, missing } = plan.summary;
  const total = covered.length + thin.length + missing.length;
  const names = (rows: typeof covered) => rows.map((row) => row.name).join(", ");
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className={styles.subheading}>
        Summary
      </h2>
      <p>
        <strong>
          {covered.length} of {total} principles covered
        </strong>
        , {thin.length} thin, {missing.length} missing.
      </p>
      <ul className={styles.summary}>
        {(
          [
            ["Missing", missing, styles.missingWord],
            ["Thin", thin, styles.thinWord],
            ["Covered", covered, styles.coveredWord],
          ] as const
        )
          .filter(([, rows]) => rows.length > 0)
          .map(([word, rows, className]) => (
            <li key={word}>
              <span className={className}>{word}:</span> {names(rows)}.
            </li>
          ))}
      </ul>
    </section>
  );
}

/** The next three things to do, best first (lib/coverage/plan.ts says why they rank as they do). */
function NextActions({ actions }: { actions: readonly NextAction[] }) {
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading" className={styles.subheading}>
        Next
      </h2>
      {actions.length === 0 ? (
        <p className="muted">Nothing urgent: every principle has its stories. Rehearse them aloud.</p>
      ) : (
        <ol className={styles.next}>
          {actions.map((action, index) => (
            <li key={index}>
              <NextActionItem action={action} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NextActionItem({ action }: { action: NextAction }) {
  const text = describeAction(action);
  switch (action.kind) {
    case "tag":
      return (
        <>
          <TagButton
            storyId={action.candidate.storyId}
            version={action.candidate.version}
            principleId={action.principleId}
            storyTitle={action.candidate.title}
            principleName={getPrinciple(action.principleId).name}
            label={text}
          />{" "}
          <span className="muted">— {action.candidate.because}</span>
        </>
      );
    case "write":
      return (
        <form action={createStoryAction} className="inline-form">
          <input type="hidden" name="principle" value={action.principleId} />
          <button type="submit" className="button small secondary">
            {text}
          </button>
        </form>
      );
    case "figure":
      return <Link href={`/stories/${action.storyId}`}>{text}</Link>;
    case "story-type":
      return (
        <form action={createStoryAction} className="inline-form">
          <button type="submit" className="button small secondary">
            {text}
          </button>
        </form>
      );
  }
}

/** Under each missing or thin principle: the stories whose text already shows it, one click to tag. */
function Gaps({ gaps }: { gaps: readonly CoverageGap[] }) {
  if (gaps.length === 0) return null;
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" className={styles.subheading}>
        Missing and thin principles
      </h2>
      <ul className={styles.gaps}>
        {gaps.map((gap) => (
          <li key={gap.principleId} id={`gap-${gap.principleId}`}>
            <h3 className={styles.gapHeading}>
              {gap.name}{" "}
              <span className={gap.status === "missing" ? styles.missingWord : styles.thinWord}>
                {gap.status} ({gap.count} of {gap.target})
              </span>
            </h3>
            {gap.candidates.length === 0 ? (
              <p className="muted">None of your stories shows it yet: {getPrinciple(gap.principleId).questions[0]}</p>
            ) : (
              <>
                <p className={styles.candidatesLabel}>Your stories that could cover it:</p>
                <ul className={styles.candidates}>
                  {gap.candidates.map((candidate) => (
                    <li key={candidate.storyId}>
                      <Link href={`/stories/${candidate.storyId}`}>{candidate.title.trim() || "Untitled story"}</Link>{" "}
                      <span className="muted">— {candidate.because}</span>{" "}
                      <TagButton
                        storyId={candidate.storyId}
                        version={candidate.version}
                        principleId={gap.principleId}
                        storyTitle={candidate.title}
                        principleName={gap.name}
                      />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The bank rules' findings, most important first (lintBank orders them), each linked to its rule's page. */
function BankMessages({ messages }: { messages: readonly BankMessage[] }) {
  return (
    <section aria-labelledby="bank-checks-heading">
      <h2 id="bank-checks-heading" className={styles.subheading}>
        Bank checks
      </h2>
      {messages.length === 0 ? (
        <p className="muted">No other problems with the bank as a whole.</p>
      ) : (
        <ul className={styles.messages}>
          {messages.map((message, index) => (
            <li key={`${message.ruleId}-${message.principleId ?? message.storyId ?? ""}-${index}`}>
              <span className={`${styles.severity} count-${message.severity}`}>{SEVERITY_LABELS[message.severity]}</span>{" "}
              {message.principleId ? (
                <>
                  <strong>{getPrinciple(message.principleId).name}:</strong>{" "}
                </>
              ) : null}
              {message.reason}{" "}
              <a href={message.url} className={styles.ruleLink}>
                {message.ruleId}
              </a>
              {message.note ? (
                // Collapsed: a young bank has a dozen messages, and their coaching would push the matrix off screen.
                <details className={styles.note}>
                  <summary>How to fix it</summary>
                  <p className="muted">{message.note}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CoverageMatrix({
  stories,
  coverage,
}: {
  stories: readonly MatrixStory[];
  coverage: readonly PrincipleCoverage[];
}) {
  return (
    <>
      <p id="matrix-legend" className={styles.legend}>
        ✓ marks a principle the story is tagged with; the last row says whether each principle has enough stories.
      </p>
      {/* Focusable so keyboard users can scroll the matrix sideways on a narrow screen. */}
      <div
        id="matrix"
        role="region"
        aria-label="Coverage matrix"
        aria-describedby="matrix-legend"
        tabIndex={0}
        className={styles.scroller}
      >
        <table className={styles.matrix}>
          <caption className={styles.caption}>Stories by Leadership Principle</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                Story
              </th>
              {coverage.map((principle) => (
                <th scope="col" key={principle.id} className={styles.principle}>
                  <span className={styles.principleName}>{principle.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.id}>
                <th scope="row" className={styles.story}>
                  <Link href={`/stories/${story.id}`}>{story.title.trim() || "Untitled story"}</Link>
                </th>
                {coverage.map((principle) =>
                  story.principles.includes(principle.id) ? (
                    <td key={principle.id} className={styles.tagged}>
                      <span aria-hidden="true">✓</span> <span className="visually-hidden">tagged</span>
                    </td>
                  ) : (
                    <td key={principle.id} className={styles.untagged}>
                      <span className="visually-hidden">not tagged</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={styles.story}>
                Coverage status
              </th>
              {coverage.map((principle) => (
                <td key={principle.id} className={`${styles.status} ${STATUS_CLASSES[principle.status]}`}>
                  <span className={styles.statusWord}>{principle.status}</span>{" "}
                  <span className={styles.statusCount}>
                    ({principle.storyIds.length} of {principle.target})
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
