import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';

/** A contact as ChatWoot's update renders it (`_contact.json.jbuilder`, API-NOTES §2). */
export function contact(overrides: Record<string, unknown> = {}) {
	return {
		additional_attributes: {},
		availability_status: 'offline',
		email: 'alice@acme.inc',
		id: 42,
		name: 'Alice',
		phone_number: '+14155552671',
		blocked: false,
		identifier: null,
		thumbnail: '',
		custom_attributes: {},
		last_activity_at: 1764000000,
		created_at: 1763000000,
		contact_inboxes: [],
		...overrides,
	};
}

/** The smallest valid PNG: a 1×1 transparent pixel. */
export const PNG_BYTES = Buffer.from(
	'89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
		'1f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
	'hex',
);

export const JPEG_BYTES = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

export function binaryItem(
	bytes: Buffer,
	{ property = 'data', fileName = 'alice.png', mimeType = 'image/png', json = {} } = {},
): INodeExecutionData {
	const binary: IBinaryData = { data: bytes.toString('base64'), mimeType, fileName, fileSize: String(bytes.length) };
	return { json, binary: { [property]: binary } };
}
