/**
 * <share-page>: "Share this page". Opens the device's share sheet where there is one (phones),
 * otherwise copies the page's address and says "Link copied" where the reader can see and hear it.
 */
import { announce, copyAndAnnounce } from './clipboard.ts';

class SharePage extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!button) return;
		button.addEventListener('click', async () => {
			const url = `${location.origin}${location.pathname}`;
			if (navigator.share) {
				try {
					await navigator.share({ title: document.title, url });
					return;
				} catch (error) {
					// The reader closed the share sheet: nothing to do. Any other failure falls back to copying.
					if ((error as Error).name === 'AbortError') return;
				}
			}
			if (!(await copyAndAnnounce(url, { status }))) announce(`Could not copy. The link is ${url}`, status);
		});
		// Without JavaScript there is nothing this button could do, so it only appears now.
		this.hidden = false;
	}
}

customElements.define('share-page', SharePage);
