/**
 * <share-button>: the one share/copy control of the site ("Share this page", section links, the
 * comparison's "Share this view", the embed code). It enhances the link or button inside it:
 *
 *   data-sheet       use the device's share sheet where there is one, with this title ("" = the page's);
 *                    without a sheet, or if it fails, it copies.
 *   data-url         the link to share, read at each click (the comparison keeps it set to the view on
 *                    screen); by default the page's own address plus the link's #fragment, if any.
 *   data-text-from   the id of an element whose text is copied instead (the embed code).
 *   data-status-in   a selector for the ancestor whose role="status" speaks for it (the comparison's
 *                    controls have one for all they say); by default its own role="status", if any,
 *                    else a hidden live region of the page.
 *   data-copied, data-failed   its words when it copies something other than a link (../model/share.ts).
 *   [data-label]     an element inside whose text becomes "Copy link", then "Link copied".
 *
 * Where it can do nothing (no sheet, no clipboard) it leaves the HTML as served: a link still goes
 * to its #fragment, a button the HTML hides stays hidden. Only this script touches the clipboard
 * (tests/e2e/share.spec.ts checks the built site). It is written small on purpose: Astro inlines
 * it into every article, whose JavaScript budget (3 KB, tests/e2e/budgets.spec.ts) it shares.
 */
import { COPY_LINK, announcement } from '../model/share.ts';

/** The page's hidden live region, for buttons without a status of their own (section links). */
let pageRegion: Element | undefined;

class ShareButton extends HTMLElement {
	connectedCallback(): void {
		const { sheet, textFrom, statusIn, copied, failed } = this.dataset;
		const control = this.querySelector<HTMLAnchorElement>('a,button');
		const useSheet = sheet != null && navigator.share;
		if (!control || !(useSheet || navigator.clipboard)) return;
		const label = this.querySelector('[data-label]');
		let status = this.closest(statusIn ?? 'share-button')!.querySelector('[role=status]');
		if (!status) {
			// Made now, before any click: screen readers ignore a live region that appears already filled.
			status = pageRegion ??= document.body.appendChild(document.createElement('p'));
			status.className = 'visually-hidden';
			status.setAttribute('role', 'status');
		}
		if (label) {
			// The visible "Link copied" stays until the reader moves on, rather than vanishing on a timer.
			// "Copy link" is set now, and again whenever the reader moves on from a "Link copied".
			(control.onblur = control.onmouseleave = () => (label.textContent = COPY_LINK))();
		}
		// Handler properties, not listeners: an element connected again (moved in the page) adds nothing.
		control.onclick = async (event) => {
			event.preventDefault();
			// A button has no hash: then the link is the page's (or data-url).
			const hash = control.hash ?? '';
			// origin + pathname drops any ?query the reader arrived with: the shared link is the page's own.
			const link = this.dataset['url'] ?? `${location.origin}${location.pathname}${hash}`;
			if (useSheet) {
				try {
					await navigator.share({ title: sheet || document.title, url: link });
					return;
				} catch (error) {
					// The reader closed the sheet: nothing to do. Any other failure falls back to copying.
					if ((error as Error).name === 'AbortError') return;
				}
			}
			let done;
			try {
				// data-text-from names an element of the same component (CompareEmbedCode), so it is there.
				await navigator.clipboard.writeText(textFrom ? document.getElementById(textFrom)!.textContent! : link);
				done = 1;
			} catch {
				// Refused, or no Clipboard API (an http page, a frame not allowed to copy): said below.
			}
			const message = announcement(done, link, copied, failed);
			// Cleared, then written on the next frame: the same words said twice are still spoken.
			status.textContent = '';
			requestAnimationFrame(() => (status.textContent = message));
			if (label && done) label.textContent = message;
			// A section link that could not copy still does what a link does: the address bar then holds it.
			if (!done && hash) location.hash = hash;
		};
		this.hidden = false;
	}
}

customElements.define('share-button', ShareButton);
