import type { INodeProperties } from 'n8n-workflow';

import { parseJsonAt } from '../../shared/requestBody';
import { jsonOption } from '../../shared/descriptions';

/** What SAML Setting Create and Update share. ChatWoot reads them under `saml_settings`. */

const text = (displayName: string, name: string, property: string, description: string, rows?: number): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	...(rows ? { typeOptions: { rows } } : {}),
	default: '',
	description,
	routing: { send: { type: 'body', property: `saml_settings.${property}` } },
});

export const ssoUrlOption = text('SSO URL', 'ssoUrl', 'sso_url', "Your identity provider's single sign-on address");
export const certificateOption = text('Certificate', 'certificate', 'certificate', "The identity provider's X.509 certificate, in PEM format", 6);
export const idpEntityIdOption = text('IdP Entity ID', 'idpEntityId', 'idp_entity_id', "The identity provider's entity ID (issuer)");

export const samlFieldOptions: INodeProperties[] = [
	jsonOption('Role Mappings', 'roleMappings', 'saml_settings.role_mappings', {
		placeholder: '{"Support Leads":{"role":"administrator"}}',
		description: 'A JSON object mapping identity-provider groups to ChatWoot roles',
	}),
	text('SP Entity ID', 'spEntityId', 'sp_entity_id', "ChatWoot's entity ID as the service provider; ChatWoot picks one when left out"),
];

export const parseRoleMappings = parseJsonAt('saml_settings.role_mappings', 'Role Mappings', '{"Support Leads":{"role":"administrator"}}');
