/**
 * Ids a component makes for itself, unique on its page, so authors never pass an idPrefix. The first
 * use of a name on a page gets the name itself, later ones "-2", "-3"… A page renders its components
 * in document order, so the same page gets the same ids in every build.
 */
const usedOnPage = new WeakMap<object, Map<string, number>>();

/** A page-unique id from `name`. `page` is one object per page render: Astro.request in a component. */
export function uniqueId(page: object, name: string): string {
	const used = usedOnPage.get(page) ?? new Map<string, number>();
	usedOnPage.set(page, used);
	const count = (used.get(name) ?? 0) + 1;
	used.set(name, count);
	return count === 1 ? name : `${name}-${count}`;
}
