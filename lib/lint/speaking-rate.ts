/** Words per minute a candidate speaks in an interview, for spoken-length estimates (the editor's meter,
 * the spoken-length rule, the practice timer). A config's `speakingRate` overrides it. Dependency-free
 * so the browser bundle can import it without the linter. */
export const DEFAULT_SPEAKING_RATE = 150;

/** Seconds it takes to say `words` words at `rate` words per minute, rounded. */
export function spokenSeconds(words: number, rate: number = DEFAULT_SPEAKING_RATE): number {
  return Math.round((words / rate) * 60);
}
