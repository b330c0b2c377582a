import type { Page } from '@playwright/test';

/**
 * Collects the page's Content Security Policy violations, from the `securitypolicyviolation`
 * event (with the blocked source and where it came from) and from the console, which also reports
 * what the event misses (a refused inline script before any listener). Call before navigating.
 */
export async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}
