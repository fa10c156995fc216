/** Sort key for YYYY, YYYY-MM or YYYY-MM-DD: a bare year sorts before its months. */
export function partialDateKey(date: string): string {
  const [y, m = '00', d = '00'] = date.split('-');
  return `${y}-${m}-${d}`;
}
