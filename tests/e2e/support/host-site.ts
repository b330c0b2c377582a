/**
 * Another website on its own origin, as the clinic or blog that embeds the table would be. It runs
 * on localhost like the site under test: Chromium blocks a page it thinks is public (a routed
 * made-up host) from framing a local one, so a fake public host would test the browser, not us.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the host site answers for one path; undefined means 404. */
export type HostResponse = { status: number; headers?: Record<string, string>; body?: string } | undefined;

export interface HostSite {
	/** http://127.0.0.1:PORT: the host site's origin. */
	origin: string;
	/** http://localhost:PORT: the same server under a second origin, for frames that must not be trusted. */
	otherOrigin: string;
	close(): Promise<void>;
}

/** Starts a host site on a free port; `respond` is asked for each path on every request. */
export async function startHostSite(respond: (pathname: string) => HostResponse): Promise<HostSite> {
	const server = createServer((request, response) => {
		const answer = respond(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		if (!answer) response.writeHead(404).end();
		else response.writeHead(answer.status, answer.headers).end(answer.body);
	});
	// Port 0: the system picks a free port, so parallel workers never collide.
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		otherOrigin: `http://localhost:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** An HTML answer. */
export function html(body: string): HostResponse {
	return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}
