/** Dates are shown in full ("23 November 2026") so no reader mistakes day for month. */
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "23 November 2026". */
export function formatLongDate(date: Date): string {
	return longDate.format(date);
}

/** "2026-11-23", for <time datetime> and structured data. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** True when a review date has passed on the given day. */
export function isOverdue(nextReview: Date, today: Date): boolean {
	return nextReview.getTime() < today.getTime();
}
