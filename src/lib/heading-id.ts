/**
 * The id of a heading written in a component (a care card's title), made the way Markdown headings
 * get theirs ("See a doctor if" → "see-a-doctor-if"): lower case, punctuation dropped, each space a
 * hyphen. So every section link on a page looks alike.
 */
export function headingId(text: string): string {
	return text
		.toLowerCase()
		.trim()
		.replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}
