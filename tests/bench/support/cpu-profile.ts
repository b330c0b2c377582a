/**
 * Where a page's main thread spent its time in a V8 CPU profile (Chrome DevTools Protocol,
 * Profiler.stop): self time summed by who owns the code, so a benchmark can say whether the time
 * is Pagefind's (its script and its WebAssembly) or ours.
 */

/** The parts of a DevTools CPU profile this reads (Profiler.Profile). */
export interface CpuProfile {
	nodes: { id: number; callFrame: { url: string; functionName: string } }[];
	samples?: number[];
	/** Microseconds between samples, one per sample. */
	timeDeltas?: number[];
}

/** Who owns a piece of code. */
export type CodeOwner = 'pagefind' | 'site' | 'browser' | 'idle';

/** Pagefind's script and its WebAssembly; our bundles under /_astro/; the rest is the browser's. */
export function ownerOf(url: string, functionName: string): CodeOwner {
	if (functionName === '(idle)') return 'idle';
	if (url.includes('/pagefind/') || url.startsWith('wasm://')) return 'pagefind';
	if (url.includes('/_astro/')) return 'site';
	return 'browser';
}

/** Milliseconds of self time by owner. */
export function timeByOwner(profile: CpuProfile): Record<CodeOwner, number> {
	const owners = new Map(
		profile.nodes.map((node) => [node.id, ownerOf(node.callFrame.url, node.callFrame.functionName)]),
	);
	const totals: Record<CodeOwner, number> = { pagefind: 0, site: 0, browser: 0, idle: 0 };
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	samples.forEach((id, index) => {
		totals[owners.get(id) ?? 'browser'] += (deltas[index] ?? 0) / 1000;
	});
	return totals;
}
