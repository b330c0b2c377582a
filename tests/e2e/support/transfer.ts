/**
 * Records what a page load costs a reader: every response with its encoded (gzip) size and type.
 * Sizes are deterministic for a given build, so they can be budgeted in tests; times are not.
 */
import type { Page } from '@playwright/test';

export interface Transfer {
	url: string;
	type: string;
	bytes: number;
}

/** Loads the page and waits until the network is idle, returning every response it fetched. */
export async function recordLoad(page: Page, url: string): Promise<Transfer[]> {
	const pending: Promise<Transfer>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then(async (sizes) => ({
				url: request.url(),
				type: request.resourceType(),
				bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			})),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	return Promise.all(pending);
}

export function sum(transfers: readonly Transfer[], type?: string): number {
	return transfers.filter((t) => !type || t.type === type).reduce((total, t) => total + t.bytes, 0);
}
