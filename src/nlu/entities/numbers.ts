/** Numbers as customers write them: digits ("1,200", "39.99") or words ("two", "a dozen"). */

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  dozen: 12, couple: 2, a: 1, an: 1,
};

/** A regex source for one number, digits or word (without "a"/"an", which need context). */
export const NUMBER_PATTERN = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred`;

export function parseNumber(text: string): number | undefined {
  const clean = text.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(clean)) return Number(clean.replace(/,/g, ''));
  return NUMBER_WORDS[clean];
}

/** Words that make a number a duration, a count of something else or a measure, not money or a quantity. */
export const NON_MONEY_UNITS = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|%|percent|per\s?cent|times|kg|grams?|lbs?|pounds?|oz|ounces?|cm|mm|inch(?:es)?|ft|feet|people|stars?|orders?|items?|pairs?|pieces?|pcs|units?|am|pm|o'clock|st|nd|rd|th)\b`;
