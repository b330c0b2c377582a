/**
 * Ids for components that need them (an SVG's <title> and <desc>), made by the component so authors
 * never pass an idPrefix. The first use of a name on a page gets the name itself, the next ones
 * "-2", "-3"… in the order the page renders them: unique on the page, and the same in every build
 * (the HTML, and so the CSP hashes and the budgets, change only when the content does).
 */
const countsByPage = new WeakMap<object, Map<string, number>>();

/**
 * A page-unique id for `name`. `page` is any object that lives exactly as long as one page's
 * render: components pass Astro.request, which every component of a page shares.
 */
export function uniqueId(page: object, name: string): string {
	let counts = countsByPage.get(page);
	if (!counts) {
		counts = new Map();
		countsByPage.set(page, counts);
	}
	const count = (counts.get(name) ?? 0) + 1;
	counts.set(name, count);
	return count === 1 ? name : `${name}-${count}`;
}
