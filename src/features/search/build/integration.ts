/**
 * Builds search in one pass after Astro has written the site (`astro:build:done`, as Starlight
 * does): Pagefind indexes the HTML, and the spelling vocabulary is written from the text Pagefind
 * stored, into the same bundle folder (dist/pagefind/vocabulary/<part>.json).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './pagefind-index.ts';
import { buildVocabulary, indexedTexts, splitVocabulary } from './vocabulary.ts';

/** Where the vocabulary parts live, under the site root; the engine fetches them from here. */
export const VOCABULARY_FOLDER = 'pagefind/vocabulary';

export default function searchIndex(): AstroIntegration {
	return {
		name: 'legs-at-night:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const pages = await indexSite(outDir);
				const vocabulary = buildVocabulary(indexedTexts(pages));
				const folder = join(outDir, VOCABULARY_FOLDER);
				await mkdir(folder, { recursive: true });
				const parts = splitVocabulary(vocabulary);
				for (const [part, file] of parts) await writeFile(join(folder, `${part}.json`), JSON.stringify(file));
				// tests/bench/support/build.ts reads this line: keep "Indexed N pages in S s".
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				logger.info(
					`Indexed ${pages.length} pages in ${seconds} s; ${vocabulary.words.length} words in ${parts.size} vocabulary parts.`,
				);
			},
		},
	};
}
