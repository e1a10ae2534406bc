import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

/**
 * The account's branded email layout (ChatWoot 4.16.0+, branded_email_layouts_controller.rb):
 * a Liquid HTML layout email inboxes wrap their replies in, unless an inbox has its own.
 */
export const BRANDED_EMAIL_LAYOUT_PATH = '/api/v1/accounts/{accountId}/branded_email_layout';

export const brandedEmailLayoutFields: INodeProperties[] = [
	{
		displayName: 'Remove Layout',
		name: 'removeLayout',
		type: 'boolean',
		default: false,
		description: "Whether to remove the account's layout, so replies use ChatWoot's default one",
	},
	{
		displayName: 'Layout',
		name: 'layout',
		type: 'string',
		typeOptions: { rows: 8 },
		default: '',
		required: true,
		placeholder: '<html><body>{{ content_for_layout }}</body></html>',
		description: 'Liquid HTML, up to 262,144 characters; `{{ content_for_layout }}` is where the reply goes',
		displayOptions: { show: { removeLayout: [false] } },
		routing: { send: { type: 'body', property: 'branded_email_layout' } },
	},
];

/** Removing sends `branded_email_layout: null`, which ChatWoot takes as "delete the layout". */
export async function sendLayoutRemoval(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (!this.getNodeParameter('removeLayout', false)) return requestOptions;
	return { ...requestOptions, body: { branded_email_layout: null } };
}
