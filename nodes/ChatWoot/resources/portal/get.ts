import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSummary } from '../../shared/simplify';
import { localeOption, portalSlugField } from './fields';

export const getPortal = defineOperation({
	resource: 'portal',
	value: 'get',
	name: 'Get',
	action: 'Get a help center portal',
	description: 'Get a portal with its configuration and article counts',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}',
	simplify: portalSummary,
	fields: [
		accountIdField(),
		portalSlugField('The portal to get'),
		optionsCollection('portalOptions', [{ ...localeOption, description: 'Count only the articles in this locale', routing: { send: { type: 'query', property: 'locale' } } }]),
	],
	output: '',
});
