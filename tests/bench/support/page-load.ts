/** One page load in Chromium, as the bench measures it: bytes and requests by resource type. */
import { devices, type Browser } from '@playwright/test';

/** Playwright's resource types, grouped as the report shows them. */
export const resourceGroups = ['document', 'stylesheet', 'script', 'image', 'font', 'fetch/xhr', 'other'] as const;
export type ResourceGroup = (typeof resourceGroups)[number];

function groupOf(resourceType: string): ResourceGroup {
	if (resourceType === 'fetch' || resourceType === 'xhr') return 'fetch/xhr';
	return (resourceGroups as readonly string[]).includes(resourceType) ? (resourceType as ResourceGroup) : 'other';
}

export interface PageLoad {
	name: string;
	path: string;
	/** 'ok', 'missing' (the server answered 404) or the error that stopped the load. */
	status: 'ok' | 'missing' | string;
	requests: number;
	/** Compressed bytes on the wire (body + headers), per group and in total. */
	bytes: Record<ResourceGroup, number> & { total: number };
	/** Requests per group. */
	counts: Record<ResourceGroup, number>;
	/** Script bytes transferred before any interaction (what the page downloads on load). */
	scriptBytes: number;
	/** Uncompressed bytes of inline scripts in the document (the pre-paint theme script). */
	inlineScriptBytes: number;
	/** Requests to any origin but the site's. */
	otherOrigins: string[];
	files: { url: string; type: string; bytes: number }[];
}

function emptyGroups(): Record<ResourceGroup, number> {
	return Object.fromEntries(resourceGroups.map((group) => [group, 0])) as Record<ResourceGroup, number>;
}

/** Loads one page in a fresh context (cold cache) with Pixel 7 emulation and records every transfer. */
export async function measurePage(browser: Browser, origin: string, name: string, path: string): Promise<PageLoad> {
	const context = await browser.newContext({ ...devices['Pixel 7'] });
	const page = await context.newPage();
	const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then((sizes) => ({
				url: request.url(),
				type: request.resourceType(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			})),
		);
	});
	const result: PageLoad = {
		name,
		path,
		status: 'ok',
		requests: 0,
		bytes: { ...emptyGroups(), total: 0 },
		counts: emptyGroups(),
		scriptBytes: 0,
		inlineScriptBytes: 0,
		otherOrigins: [],
		files: [],
	};
	try {
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		if (response?.status() === 404) result.status = 'missing';
		result.inlineScriptBytes = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src])')]
				.filter((script) => !(script as HTMLScriptElement).type.includes('json'))
				.reduce((total, script) => total + new TextEncoder().encode(script.textContent).length, 0),
		);
		result.files = await Promise.all(pending);
	} catch (error) {
		result.status = `error: ${(error as Error).message.split('\n')[0]}`;
	} finally {
		await context.close();
	}
	for (const file of result.files) {
		const group = groupOf(file.type);
		result.bytes[group] += file.bytes;
		result.counts[group] += 1;
		result.bytes.total += file.bytes;
		if (!file.url.startsWith(`${origin}/`)) result.otherOrigins.push(new URL(file.url).origin);
	}
	result.requests = result.files.length;
	result.scriptBytes = result.bytes.script;
	result.otherOrigins = [...new Set(result.otherOrigins)];
	return result;
}
