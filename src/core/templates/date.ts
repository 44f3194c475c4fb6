/** The date as a reply prints it: Arabic numerals, full year, no leading zeros (`2024年4月30日`). */
export function formatReplyDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
