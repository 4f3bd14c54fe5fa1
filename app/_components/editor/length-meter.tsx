import type { LintMeter } from "@/lib/lint/meter";
import type { SectionName } from "@/lib/lint/types";

// Local, not SECTION_NAMES from lib/lint/types: that module carries zod, which the editor bundle must not.
const LABELS: Record<SectionName, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };
const SECTION_ORDER = Object.keys(LABELS) as SectionName[];

function spoken(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, "0")} s`;
}

/** The four sections' share of the story against the recommended 20/10/60/10, and the spoken length;
 * parts found from the text rather than from labels are marked as inferred. */
export function LengthMeter({ meter }: { meter: LintMeter }) {
  return (
    <section aria-labelledby="meter-heading" className="meter">
      <h2 id="meter-heading">Length</h2>
      <p>
        {meter.words} words, about {spoken(meter.spokenSeconds)} spoken at {meter.speakingRate} words a minute (aim for
        1–3 minutes).
      </p>
      {meter.inferred ? (
        <p className="meter-inferred-note">
          No STAR labels: the parts below were found from the text. Check the split, or add the headings from the
          warnings.
        </p>
      ) : null}
      <ul className="meter-bars">
        {SECTION_ORDER.map((name) => {
          const { share, target, words, inferred } = meter.sections[name];
          const percent = Math.round(share * 100);
          return (
            <li key={name}>
              <span className="meter-label">
                {LABELS[name]}
                {inferred ? <span className="meter-inferred"> (inferred)</span> : null}: {percent}%{" "}
                <span className="muted">(aim {Math.round(target * 100)}%, {words} words)</span>
              </span>
              <span className="meter-track" aria-hidden="true">
                <span className="meter-fill" style={{ width: `${Math.min(percent, 100)}%` }} />
                <span className="meter-target" style={{ left: `${Math.round(target * 100)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
