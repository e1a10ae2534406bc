import { accountIdField, requiredBodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { portalSlugField } from './fields';

export const sendPortalInstructions = defineOperation({
	resource: 'portal',
	value: 'sendInstructions',
	name: 'Send Domain Instructions',
	action: 'Send custom domain setup instructions',
	description: "Email the DNS (CNAME) instructions for the portal's custom domain; the portal needs a custom domain",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/portals/{portalSlug}/send_instructions',
	access: { admin: true },
	fields: [
		accountIdField(),
		portalSlugField('The portal whose custom domain is set up'),
		requiredBodyField('Email', 'email', 'email', {
			placeholder: 'name@email.com',
			description: 'Who receives the instructions, e.g. whoever manages your DNS',
		}),
	],
	output: '',
});
