/**
 * The comparison view in the URL: ?show=leg-cramps,restless-legs&diff=1. Anyone can type or send
 * a URL, so parsing trusts nothing: only known condition ids survive, oversized values are dropped
 * whole, and nothing from the URL is ever rendered (the ids only select existing columns).
 */

/** The view a reader sees: which columns, and whether identical rows are hidden. */
export interface CompareState {
	show: string[];
	diff: boolean;
}

/** Longer than any real list of ids: a longer ?show= is hostile or broken and is ignored whole. */
export const MAX_SHOW_LENGTH = 300;
/** The fewest columns a comparison can have. */
export const MIN_SHOWN = 2;

/**
 * Reads the view from a query string. `validIds` is the whitelist in column order; `fallback` is
 * the view when the URL says nothing usable (all columns, or a component's preset).
 */
export function parseCompareState(
	search: string | URLSearchParams,
	validIds: readonly string[],
	fallback: CompareState,
): CompareState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const raw = params.get('show');
	let show = fallback.show;
	if (raw !== null && raw.length <= MAX_SHOW_LENGTH) {
		const wanted = new Set(raw.split(',').map((part) => part.trim()));
		// Column order, not URL order, and no duplicates: the same view always has the same URL.
		const picked = validIds.filter((id) => wanted.has(id));
		if (picked.length >= MIN_SHOWN) show = picked;
	}
	const diffRaw = params.get('diff');
	const diff = diffRaw === null ? fallback.diff : diffRaw === '1';
	return { show: [...show], diff };
}

/**
 * Writes the view into a query string, keeping any other parameters (such as the embed's ?theme=).
 * Values equal to the fallback are left out, so the plain page keeps its plain URL.
 */
export function serialiseCompareState(
	state: CompareState,
	validIds: readonly string[],
	fallback: CompareState,
	existing: string | URLSearchParams = '',
): string {
	const params = new URLSearchParams(existing);
	const show = validIds.filter((id) => state.show.includes(id));
	const sameShow = show.length === fallback.show.length && show.every((id, index) => id === fallback.show[index]);
	if (sameShow || show.length < MIN_SHOWN) params.delete('show');
	else params.set('show', show.join(','));
	if (state.diff === fallback.diff) params.delete('diff');
	else params.set('diff', state.diff ? '1' : '0');
	// URLSearchParams encodes "," as %2C; ids never contain one, so keep the list readable.
	const query = params.toString().replace(/%2C/g, ',');
	return query ? `?${query}` : '';
}
