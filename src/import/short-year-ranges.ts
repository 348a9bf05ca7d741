/**
 * "2013-16", "2016-19", "2008-11": a year range whose end drops its century, as academic CVs
 * write them. Written out ("2013–2016") so every reader of dates sees both years. "2019-05"
 * and "2019-11" stay: a second part no later than the first, or a month that starts a range
 * ("2019-05 – 2021-08", "2019-05 to present"), is a month.
 */
const SHORT_RANGE =
  /(?<![\p{L}\d./+-])((?:19|20)(\d\d))\s?[-–—]\s?(\d\d)(?![\d./]|\s\d)(\s*(?:[-–—]|to|until|till)\s*(?:\d|present|now|today|current))?/giu;

export function widenShortYearRanges(text: string): string {
  return text.replace(
    SHORT_RANGE,
    (whole, first: string, firstTail: string, end: string, moreRange: string | undefined) => {
      const last = Number(end);
      const later = last > Number(firstTail) && last - Number(firstTail) <= 15;
      // A month ends a date that a range continues: "2019-05 – 2021-08".
      if (!later || (last <= 12 && moreRange)) return whole;
      return `${first}–${first.slice(0, 2)}${end}${moreRange ?? ''}`;
    },
  );
}
