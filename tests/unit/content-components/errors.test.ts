/**
 * The author components, rendered with Astro's container API as a page would render them: a bad
 * prop must stop with an AstroError whose message names the component and the prop and whose hint
 * gives the valid values, and the illustrations must make ids that are unique on the page.
 * The .astro files are compiled by a Vite server with this project's Astro config (no build, no
 * content sync: the care card's sign ids are checked by the guard builds in tests/guards/).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { AstroError } from 'astro/errors';

// The container's render functions take the compiled component, whatever its props.
type Component = Parameters<AstroContainer['renderToString']>[0];

const root = resolve(import.meta.dirname, '../../..');
let server: ViteDevServer;
let container: AstroContainer;

before(async () => {
	const quiet = { logLevel: 'silent' } as const;
	const config = await getViteConfig(
		{ ...quiet, server: { middlewareMode: true, hmr: false, ws: false } },
		quiet,
	)({
		mode: 'test',
		command: 'serve',
	});
	server = await createServer({ ...config, configFile: false });
	container = await AstroContainer.create();
});

after(() => server?.close());

async function component(name: string): Promise<Component> {
	return ((await server.ssrLoadModule(`/src/content-components/${name}.astro`)) as { default: Component }).default;
}

type RenderOptions = Parameters<AstroContainer['renderToString']>[1];

/** The AstroError rendering `name` with `options` throws; fails when it renders. */
async function renderError(name: string, options: RenderOptions): Promise<AstroError> {
	const Component = await component(name);
	try {
		await container.renderToString(Component, options);
	} catch (error) {
		assert.ok(AstroError.is(error), `<${name}> should throw an AstroError, threw ${String(error)}`);
		return error;
	}
	assert.fail(`<${name}> rendered, but should have refused ${JSON.stringify(options)}`);
}

test('<Callout> with an unknown type names the prop and lists the types', async () => {
	const error = await renderError('Callout', { props: { type: 'warning' }, slots: { default: 'Text.' } });
	assert.equal(error.message, '<Callout> got type="warning".');
	assert.equal(error.hint, 'Use one of: "info", "tip", "caution".');
	const html = await container.renderToString(await component('Callout'), {
		props: { type: 'tip' },
		slots: { default: 'Text.' },
	});
	assert.match(html, /<aside class="callout callout--tip" aria-label="Tip"/);
});

test('<CareCard> with an unknown level or heading level lists the valid ones', async () => {
	const level = await renderError('CareCard', { props: { level: 'urgnet', signs: ['long-cramp'] } });
	assert.equal(level.message, '<CareCard> got level="urgnet".');
	assert.equal(level.hint, 'Use one of: "emergency", "urgent", "see-doctor".');
	const heading = await renderError('CareCard', { props: { level: 'urgent', signs: [], headingLevel: 4 } });
	assert.equal(heading.message, '<CareCard> got headingLevel="4".');
	assert.equal(heading.hint, 'Use one of: "2", "3".');
});

test('<Figure> without a caption, or without a picture, says what it needs', async () => {
	const svg = '<svg role="img"><title>A leg</title></svg>';
	const caption = await renderError('Figure', { slots: { default: svg } });
	assert.equal(caption.message, '<Figure> needs a caption="…" text: it is missing.');
	const picture = await renderError('Figure', { props: { caption: 'A leg.' }, slots: { default: '<p>A leg</p>' } });
	assert.match(picture.message, /^<Figure caption="A leg\."> has no picture/);
	assert.match(picture.hint ?? '', /src=\{image\} alt="…"/);
});

test('<KeyPoints> refuses points that are not a list of sentences, and renders a good list', async () => {
	const error = await renderError('KeyPoints', { props: { points: 'One point' } });
	assert.equal(error.message, '<KeyPoints title="Key points"> got points="One point".');
	assert.match(error.hint ?? '', /points=\{\["…", "…"\]\}/);
	await renderError('KeyPoints', { props: { points: ['One.', ' '] } });
	const html = await container.renderToString(await component('KeyPoints'), { props: { points: ['One.', 'Two.'] } });
	assert.match(html, /<li[^>]*>One\.<\/li><li[^>]*>Two\.<\/li>/);
});

test('<Steps> around anything but a numbered list stops, since no numbers would show', async () => {
	const error = await renderError('Steps', { slots: { default: '<ul><li>Stretch.</li></ul>' } });
	assert.match(error.message, /^<Steps> needs a numbered Markdown list/);
	assert.match(error.hint ?? '', /"1\. …", "2\. …"/);
	const html = await container.renderToString(await component('Steps'), {
		slots: { default: '<ol><li>Stretch.</li></ol>' },
	});
	assert.match(html, /<div class="steps"[^>]*><ol><li>Stretch\.<\/li><\/ol><\/div>/);
});

test('every illustration shown twice on one page gets ids of its own, and the next page starts again', async () => {
	const names = readdirSync(join(root, 'src/content-components/illustrations')).filter((file) =>
		file.endsWith('.astro'),
	);
	assert.ok(names.length >= 2, 'found the illustrations');
	for (const file of names) {
		const Illustration = await component(`illustrations/${file.slice(0, -'.astro'.length)}`);
		/** The ids the illustration renders, checking that aria-labelledby names exactly those. */
		const ids = async (request: Request) => {
			const html = await container.renderToString(Illustration, { request });
			const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1]?.split(' ');
			const own = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
			assert.deepEqual(labelledBy, own, `${file}: aria-labelledby names its <title> and <desc>`);
			return own;
		};
		const page = new Request('http://localhost/leg-cramps/');
		const first = await ids(page);
		const second = await ids(page);
		assert.equal(first.length, 2, `${file}: a <title> and a <desc> with ids`);
		assert.deepEqual(
			second.filter((id) => first.includes(id)),
			[],
			`${file}: the second copy on a page must not reuse ids`,
		);
		assert.deepEqual(await ids(new Request('http://localhost/other/')), first, `${file}: every page starts again`);
	}
	// The names are the file's: the first copy keeps the ids it had when authors passed idPrefix.
	const calf = await container.renderToString(await component('illustrations/CalfStretch'));
	assert.match(calf, /aria-labelledby="calf-stretch-title calf-stretch-desc"/);
});
