/** The spoken-length guidance the editor's meter gives: a STAR answer of one to three minutes. */
export const TARGET_SECONDS = { min: 60, max: 180 } as const;

/** "45 s", "1 min 05 s": the editor meter's wording. */
export function formatSpokenLength(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, "0")} s`;
}

/** Against the 1–3 minute guidance: "short", "on target" or "long". */
export function spokenLengthVerdict(seconds: number): "short" | "on target" | "long" {
  if (seconds < TARGET_SECONDS.min) return "short";
  if (seconds > TARGET_SECONDS.max) return "long";
  return "on target";
}

/** A timer's reading: "00:00", "01:05", "12:40". */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.floor(totalSeconds));
  return `${String(Math.floor(whole / 60)).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}
