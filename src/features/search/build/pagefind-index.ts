/**
 * Runs Pagefind over the built site through its Node API, in the same process as the build, and
 * hands back what it indexed: the plain text and metadata of every page, read from Pagefind's own
 * fragment files, so whatever is built from them (the spelling vocabulary) sees exactly the text
 * search sees: captions, card titles and the comparison table included, MDX syntax never.
 */
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** What Pagefind stored for one page (the fields we read of a .pf_fragment file). */
export interface IndexedPage {
	url: string;
	/** The page's indexed text, as one string. */
	content: string;
	/** data-pagefind-meta values: title, aliases, summary, category. */
	meta: Record<string, string>;
}

/** Fragments are gzipped JSON behind a 12-byte marker (pagefind.js checks the same one). */
const FRAGMENT_MARKER = 'pagefind_dcd';

/** Reads one fragment file as Pagefind wrote it. */
export function readFragment(bytes: Uint8Array): IndexedPage {
	const text = gunzipSync(bytes).toString('utf8');
	if (!text.startsWith(FRAGMENT_MARKER)) throw new Error('Not a Pagefind fragment: the marker is missing');
	const { url, content, meta } = JSON.parse(text.slice(FRAGMENT_MARKER.length)) as IndexedPage;
	return { url, content, meta };
}

/**
 * Pagefind splits its word index into chunks and a search fetches only those of its words. The
 * default chunk held the whole index of this site (27 KiB), so every first search fetched every
 * word; chunks of 600 (Pagefind's unit, an environment setting it marks unstable) make a
 * three-word search fetch three of 1.6 KiB (1,500: three of 3.1 KiB). It must be set before the
 * Pagefind service starts.
 */
const INDEX_CHUNK_SIZE = '600';

/** Indexes every HTML file under outDir, writes the bundle to outDir/pagefind/, and returns its pages. */
export async function indexSite(outDir: string): Promise<IndexedPage[]> {
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
	const created = await pagefind.createIndex({});
	if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
	const { index } = created;
	try {
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		const { files, errors } = await index.getFiles();
		if (errors.length > 0) throw new Error(`Pagefind could not list its index: ${errors.join('; ')}`);
		return files.filter(({ path }) => path.endsWith('.pf_fragment')).map(({ content }) => readFragment(content));
	} finally {
		await pagefind.close();
	}
}
