import { ChatWoot } from '../../nodes/ChatWoot/ChatWoot.node';

/**
 * n8n's declarative engine resolves, for every item, the value of every top-level property's
 * name once per property that has it: the collections are named after their resource so an
 * expression in one of them is not evaluated once per resource. Contact keeps the plain names
 * its saved workflows use; its Sort collection came later and follows the rule.
 */
const SUFFIX: Record<string, string> = {
	'Update Fields': 'UpdateFields',
	'Additional Fields': 'AdditionalFields',
	Options: 'Options',
	Filters: 'Filters',
	Sort: 'Sort',
};
const PLAIN = ['updateFields', 'additionalFields', 'options', 'filters'];
const plainFor = (suffix: string) => PLAIN.find((name) => name.toLowerCase() === suffix.toLowerCase());

describe('ChatWoot node collection names', () => {
	const collections = new ChatWoot().description.properties
		.filter((property) => property.type === 'collection' && SUFFIX[property.displayName] !== undefined)
		.flatMap((property) =>
			((property.displayOptions?.show?.resource ?? []) as string[]).map((resource) => ({ resource, property })),
		);

	test('there are collections to check', () => {
		expect(collections.length).toBeGreaterThan(50);
		const sorted = collections.filter(({ property }) => property.displayName === 'Sort').map(({ resource }) => resource);
		expect([...new Set(sorted)].sort()).toEqual([
			'appliedSla',
			'captainDocument',
			'company',
			'contact',
			'conversation',
			'csatSurveyResponse',
			'notification',
		]);
	});

	test('each is named <resource><Name>, except contact, which keeps the plain names', () => {
		const wrong = collections
			.filter(({ resource, property }) => {
				const suffix = SUFFIX[property.displayName];
				const plain = plainFor(suffix);
				return resource === 'contact' && plain ? property.name !== plain : property.name !== `${resource}${suffix}`;
			})
			.map(({ resource, property }) => `${resource}: ${property.name} (${property.displayName})`);
		expect(wrong).toEqual([]);
	});

	test('no other resource has a top-level property with a plain name', () => {
		const shared = new ChatWoot().description.properties
			.filter((property) => PLAIN.includes(property.name))
			.flatMap((property) => (property.displayOptions?.show?.resource ?? []) as string[])
			.filter((resource) => resource !== 'contact');
		expect(shared).toEqual([]);
	});
});
