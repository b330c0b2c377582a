import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleGraph, serializeJsonLd, type ArticleInput } from '../../../src/lib/structured-data.ts';
import { joinBase } from '../../../src/lib/urls.ts';

const absolute = (path: string) => new URL(joinBase('/', path), 'https://example.org').href;

const cramps: ArticleInput = {
	id: 'leg-cramps',
	path: '/leg-cramps/',
	title: 'Leg cramps at night',
	description: 'How to stretch out a cramp.',
	lastReviewed: new Date('2026-11-23'),
	reviewedBy: { name: 'Dr A Example', role: 'General practitioner' },
	sources: [
		{ publisher: 'nidirect', title: 'Leg cramps', url: 'https://nidirect.gov.uk/node/10453' },
		{ publisher: 'Cochrane', title: 'Magnesium for cramps', doi: '10.1002/14651858.CD009402.pub3', year: 2020 },
	],
	about: [{ name: 'Nocturnal leg cramps', alternateName: ['Night leg cramps', 'Charley horse'] }],
	image: '/og/leg-cramps.png',
};

type Node = Record<string, unknown>;
const graphOf = (data: Node) => data['@graph'] as Node[];
const byType = (data: Node, type: string) => graphOf(data).find((node) => node['@type'] === type);

test('an article is a MedicalWebPage about its condition, for patients, with its sources', () => {
	const data = articleGraph(cramps, absolute);
	assert.equal(data['@context'], 'https://schema.org');
	const page = byType(data, 'MedicalWebPage');
	assert.ok(page);
	assert.equal(page['url'], 'https://example.org/leg-cramps/');
	assert.equal(page['inLanguage'], 'en-GB');
	assert.equal(page['lastReviewed'], '2026-11-23');
	assert.deepEqual(page['audience'], { '@type': 'MedicalAudience', audienceType: 'Patient' });
	assert.deepEqual(page['reviewedBy'], { '@type': 'Person', name: 'Dr A Example', jobTitle: 'General practitioner' });
	assert.equal((page['about'] as Node)['@type'], 'MedicalCondition');
	assert.equal((page['about'] as Node)['name'], 'Nocturnal leg cramps');
	assert.equal((page['isPartOf'] as Node)['@type'], 'WebSite');
	const citation = page['citation'] as Node[];
	assert.equal(citation.length, 2);
	assert.equal(citation[0]?.['url'], 'https://nidirect.gov.uk/node/10453');
	// A DOI wins over a publisher URL: it outlives website moves.
	assert.equal(citation[1]?.['url'], 'https://doi.org/10.1002/14651858.CD009402.pub3');
});

test('an article carries a Home › Article breadcrumb', () => {
	const trail = byType(articleGraph(cramps, absolute), 'BreadcrumbList');
	assert.deepEqual(trail?.['itemListElement'], [
		{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
		{ '@type': 'ListItem', position: 2, name: 'Leg cramps at night', item: 'https://example.org/leg-cramps/' },
	]);
});

test('no reviewer, no reviewedBy; a page not about one condition has no about', () => {
	const page = byType(
		articleGraph(
			{ ...cramps, id: 'everyday-leg-pain', path: '/everyday-leg-pain/', reviewedBy: undefined, about: [] },
			absolute,
		),
		'MedicalWebPage',
	);
	assert.equal(page?.['reviewedBy'], undefined);
	assert.equal(page?.['about'], undefined);
});

test('the home page adds the Organization and a WebSite whose search goes to /search/?q=', () => {
	const data = articleGraph({ ...cramps, id: 'index', path: '/' }, absolute);
	assert.ok(byType(data, 'Organization'));
	const site = byType(data, 'WebSite');
	assert.deepEqual(site?.['potentialAction'], {
		'@type': 'SearchAction',
		target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/search/?q={search_term_string}' },
		'query-input': 'required name=search_term_string',
	});
	assert.equal(byType(data, 'BreadcrumbList'), undefined);
});

test('serializeJsonLd cannot close its <script> early and still parses to the same data', () => {
	const data = { name: '</script><script>alert(1)</script> & \u2028' };
	const json = serializeJsonLd(data);
	assert.equal(json.includes('<'), false);
	assert.equal(json.includes('>'), false);
	assert.deepEqual(JSON.parse(json), data);
});
