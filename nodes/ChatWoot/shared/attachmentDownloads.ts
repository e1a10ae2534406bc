import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { routingStep } from '../transport/errors';
import { downloadAttachments } from '../transport/download';
import { shapingOf } from '../transport/output';
import type { ChatWootAttachment } from '../transport/download';
import type { Operation } from './operation';

/**
 * The Download Attachments option of the operations that list files (messages, a conversation's
 * attachments): the field, and the step that turns each record's attachments into binary data.
 * The Options collection is named by the operation (`messageOptions`); the steps read it by that name.
 */

export const downloadOptions = (name: string, scope: string): INodeProperties => ({
	displayName: 'Options',
	name,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Attachment Prefix',
			name: 'binaryPrefix',
			type: 'string',
			default: 'attachment_',
			description: 'Prefix of the binary property names the files get: attachment_0, attachment_1, …',
			displayOptions: { show: { downloadAttachments: [true] } },
		},
		{
			displayName: 'Download Attachments',
			name: 'downloadAttachments',
			type: 'boolean',
			default: false,
			description: `Whether to download the files attached to ${scope} as binary data, with their file names and types. Locations, link previews and contact cards are not files and stay in the JSON only.`,
		},
	],
});

/** The binary property prefix when downloads were asked for in the `collection` options, else undefined. */
function downloadPrefix(context: IExecuteSingleFunctions, collection: string): string | undefined {
	const options = context.getNodeParameter(collection, {}) as IDataObject;
	return options.downloadAttachments === true ? String(options.binaryPrefix ?? 'attachment_') : undefined;
}

/** Which attachments of a record to download: a message's `attachments`, or the record itself. */
export type AttachmentsOf = (record: IDataObject) => ChatWootAttachment[];

/** The record as an item, with its attachments' files when Download Attachments (of `collection`) is on. */
export async function itemWithFiles(
	context: IExecuteSingleFunctions,
	record: IDataObject,
	attachmentsOf: AttachmentsOf,
	collection: string,
): Promise<INodeExecutionData> {
	const prefix = downloadPrefix(context, collection);
	if (prefix === undefined) return { json: record };
	const binary = await downloadAttachments(context, attachmentsOf(record), prefix);
	return Object.keys(binary).length ? { json: record, binary } : { json: record };
}

/**
 * A listing operation with Download Attachments (in its Options collection, named `collection`):
 * its pages are read by its pager, then each record's files are downloaded, one record after the other.
 */
export function withAttachmentDownloads(operation: Operation, attachmentsOf: AttachmentsOf, collection: string): Operation {
	const paginate = operation.option.routing?.operations?.pagination as (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	) => Promise<INodeExecutionData[]>;
	// The files are found in ChatWoot's own records, so Simplify / Output comes after them.
	const { unshaped, shape } = shapingOf(paginate);
	async function paginateWithDownloads(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		let items = await unshaped.call(this, requestData);
		if (downloadPrefix(this, collection) !== undefined) {
			const withBinaries: INodeExecutionData[] = [];
			for (const item of items) withBinaries.push(await itemWithFiles(this, item.json, attachmentsOf, collection));
			items = withBinaries;
		}
		return shape ? await shape.call(this, items) : items;
	}
	const routing = operation.option.routing ?? {};
	return {
		...operation,
		option: { ...operation.option, routing: { ...routing, operations: { ...routing.operations, pagination: routingStep(paginateWithDownloads) } } },
	};
}
