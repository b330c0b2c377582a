/**
 * Copy text to the clipboard and tell the reader it worked, in words a screen reader speaks.
 * Shared by the article scripts (section links, "Share this page"), so they behave and sound the
 * same. The comparison's scripts keep their own two lines of copying on purpose: a module imported
 * by both would become a chunk of its own, and every article would pay a request for it.
 */

/**
 * A polite live region for messages that have no visible place of their own. It is created when
 * this module first loads, before any click: screen readers ignore a region that appears already filled.
 */
let pageRegion: HTMLElement | undefined;
function liveRegion(): HTMLElement {
	if (!pageRegion) {
		pageRegion = document.createElement('div');
		pageRegion.setAttribute('role', 'status');
		pageRegion.className = 'visually-hidden';
		pageRegion.dataset['pagefindIgnore'] = 'all';
		document.body.append(pageRegion);
	}
	return pageRegion;
}
liveRegion();

/** Speaks (and, given a visible status element, shows) a short message. */
export function announce(message: string, status?: HTMLElement | null): void {
	const region = status ?? liveRegion();
	// Clear first, then write on the next frame: an unchanged text would not be announced a second time.
	region.textContent = '';
	requestAnimationFrame(() => {
		region.textContent = message;
	});
}

/**
 * Copies text; resolves to whether it worked. The Clipboard API is missing on insecure (http) origins
 * and may be refused; callers then offer the text another way rather than fail silently.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Copies text and announces `message` ("Link copied" unless told otherwise) in `status` (a visible
 * role="status" element) or the page's hidden live region. Resolves to false when nothing could be
 * copied, so the caller can offer another way.
 */
export async function copyAndAnnounce(
	text: string,
	{ message = 'Link copied', status }: { message?: string; status?: HTMLElement | null } = {},
): Promise<boolean> {
	const copied = await copyText(text);
	if (copied) announce(message, status);
	return copied;
}
