import type { INodeProperties } from 'n8n-workflow';

import { LOADED_FROM_ACCOUNT } from '../listSearch/request';
import { locatorField } from './descriptions';

/**
 * The records users pick From List, By ID or By URL. The parameter names are the names path
 * templates use (`{contactId}`); the lists are in listSearch/.
 */

/**
 * A locator of the selected account's records: n8n's editor reloads its list, and clears the
 * chosen record, when another Account is chosen. The dependency is the locator's own typeOptions,
 * which n8n reads for every parameter type (its modes' typeOptions hold only the list method).
 */
const ofAccount = (field: INodeProperties): INodeProperties => ({ ...field, typeOptions: { ...field.typeOptions, ...LOADED_FROM_ACCOUNT } });

/**
 * Resources other than Contact name their contact field after themselves (`noteContactId`):
 * n8n resolves a parameter's value once per property bearing its name, so one shared name would
 * have Contact → Update's Contact ID evaluated once per resource. It still reads "Contact".
 */
export const contactLocator = (description: string, name = 'contactId'): INodeProperties => ({
	...ofAccount(
		locatorField(name, description, {
			searchListMethod: 'searchContacts',
			urlSegment: 'contacts',
			urlExample: 'e.g. https://app.chatwoot.com/app/accounts/1/contacts/42',
		}),
	),
	displayName: 'Contact',
});

export const conversationLocator = (description: string, name = 'conversationId'): INodeProperties =>
	ofAccount(
		locatorField(name, description, {
			searchListMethod: 'searchConversations',
			searchable: false,
			urlSegment: 'conversations',
			urlExample: 'e.g. https://app.chatwoot.com/app/accounts/1/conversations/7',
		}),
	);

export const inboxLocator = (description: string, name = 'inboxId'): INodeProperties =>
	ofAccount(
		locatorField(name, description, {
			searchListMethod: 'searchInboxes',
			urlSegment: 'inboxes',
			urlExample: 'e.g. https://app.chatwoot.com/app/accounts/1/settings/inboxes/3',
		}),
	);

export const agentLocator = (description: string, name = 'agentId'): INodeProperties =>
	ofAccount(locatorField(name, description, { searchListMethod: 'searchAgents' }));

export const teamLocator = (description: string, name = 'teamId'): INodeProperties =>
	ofAccount(
		locatorField(name, description, {
			searchListMethod: 'searchTeams',
			urlSegment: 'teams',
			urlExample: 'e.g. https://app.chatwoot.com/app/accounts/1/settings/teams/2/edit',
		}),
	);
