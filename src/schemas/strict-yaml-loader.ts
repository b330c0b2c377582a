import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** One entry read from the file, before its schema checks it. */
export interface RawEntry {
	id: string;
	data: Record<string, unknown>;
}

/**
 * A content loader for one YAML file of ours (the comparison table, the warning signs). Astro's
 * file() loader only logs a parse error or an entry without an id and carries on with fewer
 * entries; this one lets `entriesOf` throw instead, so a broken file stops the build naming itself.
 * `entriesOf` turns the parsed document into entries, and throws on any problem of the whole file.
 */
export function strictYamlLoader(name: string, fileName: string, entriesOf: (doc: unknown) => RawEntry[]): Loader {
	async function sync({ store, parseData }: Parameters<Loader['load']>[0], path: string): Promise<void> {
		const entries = entriesOf(parse(await readFile(path, 'utf8')) ?? {});
		store.clear();
		for (const { id, data } of entries) {
			store.set({ id, data: await parseData({ id, data, filePath: fileName }), filePath: fileName });
		}
	}
	return {
		name,
		load: async (context) => {
			const path = fileURLToPath(new URL(fileName, context.config.root));
			await sync(context, path);
			context.watcher?.add(path);
			context.watcher?.on('change', async (changed) => {
				if (changed === path) await sync(context, path);
			});
		},
	};
}
