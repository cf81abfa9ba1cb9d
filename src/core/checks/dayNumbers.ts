// Day numbers are yyyymmdd as in dateRange(); shifting them keeps the order, which is all the checks compare.

export function addYears(day: number, years: number): number {
  return Number.isFinite(day) ? day + years * 10000 : day;
}

export function addMonths(day: number, months: number): number {
  if (!Number.isFinite(day)) return day;
  const year = Math.floor(day / 10000);
  const month = Math.floor(day / 100) % 100;
  const total = year * 12 + (month - 1) + months;
  return Math.floor(total / 12) * 10000 + ((total % 12) + 1) * 100 + (day % 100);
}
