/**
 * What counts as a concrete figure in an outcome: numbers (digits and number words), percentages,
 * money, times and durations, counts, multipliers ("2x", "halved", "three times faster") and
 * before→after pairs. Data only; lib/lint/text.ts compiles it once.
 */

/** Number words that are figures on their own ("twelve engineers", "two days early"). "one" is not
 * here: "one of the", "no one" are not figures; see ONE_WITH_UNIT. */
export const NUMBER_WORDS = [
  "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
  "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
  "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "twice", "thrice",
  "half",
] as const;

/** Words that state a multiple or fraction by themselves. */
export const MULTIPLIER_WORDS = [
  "doubled", "doubling", "tripled", "tripling", "quadrupled", "quadrupling", "halved", "halving",
  "tenfold", "twofold", "threefold", "fourfold", "fivefold", "hundredfold",
] as const;

/** Units that make "one"/"a single" a figure: "in one week", "a single engineer". */
export const ONE_WITH_UNIT = [
  "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "release", "engineer",
  "person", "click", "step", "deploy", "server", "incident", "outage",
] as const;

/** Months and the like: a four-digit year after these is a date, not a figure. */
export const YEAR_CONTEXT = [
  "in", "since", "by", "until", "till", "during", "of", "from", "early", "late", "mid", "around",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "spring", "summer", "fall", "autumn", "winter", "fy",
] as const;
