/**
 * Where ChatWoot's OpenAPI spec (4.15) is wrong about requests, and what the server really
 * accepts instead, each with its source in shared/chatwoot/API-NOTES.md. The contract check
 * consults this list and nothing else, so every deviation from the spec is written down here.
 */
/** ChatWoot's filter payload (contacts and conversations): a condition list with the operators FilterService knows. */
const FILTER_PAYLOAD = {
	type: 'object',
	required: ['payload'],
	properties: {
		payload: {
			type: 'array',
			items: {
				type: 'object',
				required: ['attribute_key', 'filter_operator', 'values'],
				properties: {
					attribute_key: { type: 'string' },
					filter_operator: {
						enum: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain', 'is_present', 'is_not_present', 'is_greater_than', 'is_less_than', 'days_before', 'starts_with'],
					},
					values: { type: 'array' },
					query_operator: { enum: ['AND', 'OR'] },
				},
			},
		},
	},
};

export interface SpecCorrection {
	method: string;
	/** The spec's path template. */
	path: string;
	/** Request content types the server accepts although the spec does not list them. */
	extraContentTypes?: string[];
	/** Body fields the server reads although the spec's schema lacks them. */
	extraBodyFields?: string[];
	/** Query parameters the server reads although the spec does not list them. */
	extraQueryParams?: string[];
	/** The JSON request schema the server really accepts, replacing the spec's where its types or required fields are wrong. */
	bodySchema?: Record<string, unknown>;
	source: string;
}

export const SPEC_CORRECTIONS: SpecCorrection[] = [
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes',
		extraBodyFields: ['merge'],
		source:
			'chatwoot/VERSIONS.md 4.17.0: `merge` (PR #15119) is newer than this 4.15 spec; conversation_custom_attributes_concern.rb merges when it is truthy',
	},
	{
		method: 'PUT',
		path: '/api/v1/accounts/{account_id}/contacts/{id}',
		extraContentTypes: ['multipart/form-data'],
		source:
			'API-NOTES §2 "Multipart/form-data update with an avatar file" and §7: `avatar` is a top-level file part; the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts',
		extraContentTypes: ['multipart/form-data'],
		bodySchema: {
			type: 'object',
			properties: {
				inbox_id: { type: 'number' },
				source_id: { type: 'string' },
				name: { type: 'string' },
				email: { type: 'string' },
				blocked: { type: 'boolean' },
				phone_number: { type: 'string' },
				avatar: { type: 'string' },
				avatar_url: { type: 'string' },
				identifier: { type: 'string' },
				additional_attributes: { type: 'object' },
				custom_attributes: { type: 'object' },
			},
		},
		source:
			'API-NOTES §7: contacts create takes the same multipart body as update; API-NOTES §2 "Permitted params": inbox_id is optional (the spec wrongly requires it) and source_id is read with it (build_contact_inbox)',
	},
	{
		method: 'GET',
		path: '/api/v1/accounts/{account_id}/contacts',
		extraQueryParams: ['labels'],
		source: 'API-NOTES §4: the contacts index also takes labels[] (resolved_contacts tagged_with any)',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/contacts/filter',
		bodySchema: FILTER_PAYLOAD,
		extraQueryParams: ['sort'],
		source:
			"lib/filters/filter_keys.yml (contacts) and app/services/filter_service.rb: contact filters take presence, comparison, date and starts_with operators besides the spec's four; contacts_controller.rb#filter pages through fetch_contacts, whose filtrate reads `sort` like the index (4.11.0–4.16.2)",
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
		extraBodyFields: ['echo_id', 'cc_emails', 'bcc_emails', 'to_emails', 'is_voice_message', 'template_params'],
		source:
			'API-NOTES §7 (message create): Messages::MessageBuilder reads echo_id, cc/bcc/to_emails, is_voice_message from the params, and template_params in multipart bodies too; the multipart schema lists only content, message_type, private, content_type, content_attributes and attachments[]',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations',
		extraContentTypes: ['multipart/form-data'],
		extraBodyFields: ['message[attachments][]'],
		bodySchema: {
			type: 'object',
			properties: {
				source_id: { type: 'string' },
				inbox_id: { type: 'integer' },
				contact_id: { type: 'integer' },
				additional_attributes: { type: 'object' },
				custom_attributes: { type: 'object' },
				status: { enum: ['open', 'resolved', 'pending', 'snoozed'] },
				assignee_id: { type: 'integer' },
				team_id: { type: 'integer' },
				snoozed_until: { type: 'string' },
				message: { type: 'object', properties: { content: { type: 'string' }, template_params: { type: 'object' } } },
			},
		},
		source:
			'API-NOTES §7 (new conversation with first message: multipart with message[content], message[attachments][]); conversations_controller.rb `contact_inbox`: source_id is only needed without inbox_id + contact_id (ContactInboxBuilder makes one), so it is not required',
	},
	{
		method: 'GET',
		path: '/api/v1/accounts/{account_id}/conversations',
		extraQueryParams: ['sort_by', 'conversation_type', 'updated_within', 'source_id'],
		source: 'API-NOTES §4 "Conversation list parameters": the spec omits sort_by, updated_within, conversation_type and source_id',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments',
		extraBodyFields: ['assignee_type'],
		source:
			'API-NOTES §9 "Assignment" and assignments_controller.rb `agent_bot_assignment?`: assignee_type=AgentBot with assignee_id assigns an agent bot',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority',
		bodySchema: { type: 'object', required: ['priority'], properties: { priority: { enum: ['urgent', 'high', 'medium', 'low', null] } } },
		source:
			'routes.tsv (toggle_priority: priority urgent|high|medium|low|null): the priority enum has no `none`; null clears it (Conversation#toggle_priority uses `priority.presence`)',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/conversations/{conversation_id}',
		bodySchema: {
			type: 'object',
			properties: { priority: { enum: ['urgent', 'high', 'medium', 'low', null] }, sla_policy_id: { type: 'number' } },
		},
		source: 'API-NOTES §9 (update accepts priority, and sla_policy_id on Enterprise); the priority enum has no `none`, null clears it',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/conversations/filter',
		bodySchema: FILTER_PAYLOAD,
		source:
			"ChatWoot's filter operators (app/services/filter_service.rb, the dashboard's filter definitions): presence, comparison and date operators exist besides the spec's four",
	},
	{
		method: 'POST',
		path: '/platform/api/v1/accounts',
		extraBodyFields: ['features'],
		source: 'platform accounts_controller.rb permitted_params: `features: {}` turns account features on and off; the spec omits it',
	},
	{
		method: 'PATCH',
		path: '/platform/api/v1/accounts/{account_id}',
		extraBodyFields: ['features'],
		source: 'platform accounts_controller.rb permitted_params (features), as for create',
	},
	{
		method: 'DELETE',
		path: '/platform/api/v1/accounts/{account_id}/account_users',
		extraContentTypes: ['application/json'],
		extraBodyFields: ['user_id'],
		source: 'platform account_users_controller.rb destroy reads `user_id` from the body (routes.tsv body kind json); the spec declares no body',
	},
	{
		method: 'POST',
		path: '/platform/api/v1/agent_bots',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7: platform agent bots take an `avatar` file part; the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'PATCH',
		path: '/platform/api/v1/agent_bots/{id}',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7, as for platform agent bot create',
	},
	{
		method: 'POST',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		extraContentTypes: ['multipart/form-data'],
		extraBodyFields: ['attachments[]'],
		source: 'API-NOTES §7: public messages_controller builds attachments from `params[:attachments]`; the spec documents JSON only',
	},
	{
		method: 'GET',
		path: '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages',
		extraQueryParams: ['before'],
		source: 'API-NOTES §4: public messages page back with `before=<message id>` (messages_controller message_finder_params)',
	},
	{
		method: 'GET',
		path: '/api/v2/accounts/{account_id}/reports',
		extraQueryParams: ['group_by', 'business_hours', 'timezone_offset'],
		source:
			'routes.tsv note (metric, type, id, since, until, group_by, business_hours, timezone_offset); chatwoot app/controllers/api/v2/accounts/reports_controller.rb `common_params` and `report_params`',
	},
	{
		method: 'GET',
		path: '/api/v2/accounts/{account_id}/reports/summary',
		extraQueryParams: ['business_hours', 'timezone_offset'],
		source: 'routes.tsv note (type, id, since, until, business_hours); reports_controller.rb `current_summary_params` reads timezone_offset too',
	},
	{
		method: 'GET',
		path: '/api/v2/accounts/{account_id}/reports/conversations',
		extraQueryParams: ['user_id'],
		source:
			'the spec documents user_id under the trailing-slash path of the same action; routes.tsv: "same action serves the trailing-slash spec path"',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/portals',
		extraBodyFields: ['blob_id'],
		source: 'API-NOTES §7 "Portal logo": blob_id from POST /upload, read by portals_controller.rb `process_attached_logo`',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/portals/{id}',
		extraBodyFields: ['blob_id'],
		source: 'API-NOTES §7 "Portal logo": blob_id on PATCH /portals/{slug}',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/canned_responses',
		extraBodyFields: ['canned_response'],
		source:
			'canned_responses_controller.rb `params.require(:canned_response)`: the node sends the fields inside `canned_response` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/canned_responses/{id}',
		extraBodyFields: ['canned_response'],
		source:
			'canned_responses_controller.rb `params.require(:canned_response)`: the node sends the fields inside `canned_response` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/custom_attribute_definitions',
		extraBodyFields: ['custom_attribute_definition'],
		source:
			'custom_attribute_definitions_controller.rb `params.require(:custom_attribute_definition)`: the node sends the fields inside `custom_attribute_definition` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}',
		extraBodyFields: ['custom_attribute_definition'],
		source:
			'custom_attribute_definitions_controller.rb `params.require(:custom_attribute_definition)`: the node sends the fields inside `custom_attribute_definition` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/labels',
		extraBodyFields: ['label'],
		source:
			'labels_controller.rb `params.require(:label)`: the node sends the fields inside `label` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/labels/{id}',
		extraBodyFields: ['label'],
		source:
			'labels_controller.rb `params.require(:label)`: the node sends the fields inside `label` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/custom_filters',
		extraBodyFields: ['custom_filter'],
		source:
			'custom_filters_controller.rb `params.require(:custom_filter)`: the node sends the fields inside `custom_filter` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}',
		extraBodyFields: ['custom_filter'],
		source:
			'custom_filters_controller.rb `params.require(:custom_filter)`: the node sends the fields inside `custom_filter` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/webhooks',
		extraBodyFields: ['webhook'],
		source:
			'API-NOTES §6 `params.require(:webhook)`, where sending {"webhook":{…}} is unambiguous: the node sends the fields inside `webhook` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/webhooks/{webhook_id}',
		extraBodyFields: ['webhook'],
		source:
			'API-NOTES §6 `params.require(:webhook)`, where sending {"webhook":{…}} is unambiguous: the node sends the fields inside `webhook` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/integrations/hooks',
		extraBodyFields: ['hook'],
		source:
			'integrations/hooks_controller.rb `params.require(:hook)`: the node sends the fields inside `hook` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}',
		extraBodyFields: ['hook'],
		source:
			'integrations/hooks_controller.rb `params.require(:hook)`: the node sends the fields inside `hook` as the controller reads them; the spec draws them at the top level, which works only through Rails ParamsWrapper',
	},
	{
		method: 'GET',
		path: '/api/v1/accounts/{account_id}/canned_responses',
		extraQueryParams: ['search'],
		source: 'routes.tsv note "search= matches short_code/content"; canned_responses_controller.rb `fetch_canned_responses` reads params[:search]',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/inboxes/{id}',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7: inbox create/update read a top-level `avatar` file part (inboxes_controller.rb); the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'POST',
		path: '/api/v1/accounts/{account_id}/agent_bots',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7: agent bots take `avatar` as a file part (agent_bots_controller.rb); the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'PATCH',
		path: '/api/v1/accounts/{account_id}/agent_bots/{id}',
		extraContentTypes: ['multipart/form-data'],
		source: 'API-NOTES §7: agent bots take `avatar` as a file part (agent_bots_controller.rb); the spec puts a binary field in a JSON-only schema',
	},
	{
		method: 'PUT',
		path: '/api/v1/profile',
		extraBodyFields: ['profile[avatar]'],
		source: 'API-NOTES §7: the profile avatar is the multipart part `profile[avatar]` (profiles_controller.rb `params.require(:profile)`)',
	},
];

/**
 * The spec names the header `api_access_token`; Rails maps `Api-Access-Token` to the same key,
 * and nginx drops underscore headers by default, so the node sends the hyphenated form (API-NOTES §3).
 */
export const ACCESS_TOKEN_HEADERS = ['api-access-token', 'api_access_token'];
