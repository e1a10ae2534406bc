import { NodeOperationError } from 'n8n-workflow';
import type {
	IBinaryData,
	IBinaryKeyData,
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { credentialTypeOf } from './access';
import { normalizeBaseUrl } from './baseUrl';
import { headerValue } from './errors';

/** An attachment as ChatWoot renders it (`Attachment#push_event_data`). */
export interface ChatWootAttachment extends IDataObject {
	id?: number;
	file_type?: string;
	extension?: string | null;
	data_url?: string;
}

/**
 * Attachment types whose `data_url` is not a stored file: a map link (location), a link
 * preview (fallback), or none (contact card).
 */
const NOT_FILES = new Set(['location', 'fallback', 'contact']);

const MAX_REDIRECTS = 5;

/** The file name a server gave in Content-Disposition (RFC 6266: `filename*` wins over `filename`). */
function dispositionFileName(header: unknown): string | undefined {
	const value = String(header ?? '');
	const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(value);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// A malformed encoding: fall back to the plain parameter.
		}
	}
	return /filename\s*=\s*"?([^";]+)"?/i.exec(value)?.[1]?.trim() || undefined;
}

/** Active Storage URLs end in the file name (`/rails/active_storage/blobs/redirect/<key>/<name>`). */
function urlFileName(url: URL): string | undefined {
	const last = url.pathname.split('/').pop();
	if (!last) return undefined;
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}

const headerOf = (response: IN8nHttpFullResponse, name: string) => headerValue(response.headers, name);

/** What a file is called and what it is: the server's Content-Disposition and Content-Type, else its address, else `fallback`. */
function describedFile(response: IN8nHttpFullResponse, url: URL, fallback: string): { fileName: string; mimeType?: string } {
	return {
		fileName: dispositionFileName(headerOf(response, 'content-disposition')) ?? urlFileName(url) ?? fallback,
		mimeType: headerOf(response, 'content-type')?.split(';')[0].trim() || undefined,
	};
}

function discard(body: unknown): void {
	(body as { destroy?: () => void } | undefined)?.destroy?.();
}

/**
 * Fetches one attachment. ChatWoot's `data_url` is a signed Active Storage address that needs
 * no token (and the token is never sent, as the file may live on another host): it answers
 * with the file, or redirects to the storage service (the disk service on the same host, or
 * S3/GCS). Redirects are followed only when ChatWoot's own host (the credential's, or the
 * host of an Active Storage address it returned) gives them, so an address stored in a message
 * can never lead the download on to a host that ChatWoot did not name.
 */
async function fetchAttachment(
	context: IExecuteSingleFunctions,
	dataUrl: string,
	chatWootOrigin: string,
): Promise<{ response: IN8nHttpFullResponse; url: URL }> {
	let url = new URL(dataUrl);
	// ChatWoot renders Active Storage addresses with its public FRONTEND_URL, which may differ from the credential's Base URL.
	const trustedOrigins = new Set([chatWootOrigin, ...(url.pathname.includes('/rails/active_storage/') ? [url.origin] : [])]);
	for (let hop = 0; ; hop++) {
		const request: IHttpRequestOptions = {
			method: 'GET',
			url: url.href,
			encoding: 'stream',
			returnFullResponse: true,
			disableFollowRedirect: true,
			ignoreHttpStatusErrors: true,
		};
		const response = (await context.helpers.httpRequest(request)) as IN8nHttpFullResponse;
		const location = headerOf(response, 'location');
		if (response.statusCode < 300 || response.statusCode >= 400 || !location) return { response, url };
		discard(response.body);
		const target = new URL(location, url);
		if (!trustedOrigins.has(url.origin)) {
			throw new NodeOperationError(context.getNode(), `The attachment at ${url.origin} redirects to ${target.origin}, which ChatWoot did not name`, {
				itemIndex: context.getItemIndex(),
				description: 'Only redirects given by your ChatWoot instance itself are followed. Download this file with an HTTP Request node if you trust that address.',
			});
		}
		if (hop >= MAX_REDIRECTS) {
			throw new NodeOperationError(context.getNode(), `The attachment at ${dataUrl} redirects more than ${MAX_REDIRECTS} times`, {
				itemIndex: context.getItemIndex(),
			});
		}
		url = target;
	}
}

/**
 * Downloads the stored files among `attachments` (as ChatWoot returned them) as n8n binary
 * data, one property per file: `<binaryPrefix>0`, `<binaryPrefix>1`, … in the attachments'
 * order. File names come from the server (Content-Disposition, else the address), types from
 * its Content-Type. Files are streamed into n8n's binary storage, not held in memory.
 */
export async function downloadAttachments(
	context: IExecuteSingleFunctions,
	attachments: ChatWootAttachment[],
	binaryPrefix: string,
): Promise<IBinaryKeyData> {
	const files = attachments.filter(
		(attachment) => typeof attachment.data_url === 'string' && /^https?:\/\//i.test(attachment.data_url) && !NOT_FILES.has(String(attachment.file_type)),
	);
	if (!files.length) return {};
	const credentials = await context.getCredentials(credentialTypeOf(context));
	const chatWootOrigin = new URL(normalizeBaseUrl(String(credentials.baseUrl))).origin;
	const binary: IBinaryKeyData = {};
	for (const [index, attachment] of files.entries()) {
		const { response, url } = await fetchAttachment(context, attachment.data_url!, chatWootOrigin);
		if (response.statusCode >= 300) {
			discard(response.body);
			throw new NodeOperationError(
				context.getNode(),
				`Could not download attachment ${attachment.id ?? index}: ${url.origin} answered ${response.statusCode}`,
				{
					itemIndex: context.getItemIndex(),
					description: 'ChatWoot\'s attachment addresses are signed and expire; get the message again for a fresh address, and check that the file was not deleted.',
				},
			);
		}
		const fallback = `attachment-${attachment.id ?? index}${attachment.extension ? `.${attachment.extension}` : ''}`;
		const { fileName, mimeType } = describedFile(response, new URL(attachment.data_url!), fallback);
		binary[`${binaryPrefix}${index}`] = await context.helpers.prepareBinaryData(
			response.body as Parameters<typeof context.helpers.prepareBinaryData>[0],
			fileName,
			mimeType,
		);
	}
	return binary;
}

/**
 * Downloads a file the user named by its address (Message → Send's Attachment URLs) into n8n's
 * binary storage, streamed, for a workflow whose items carry no binary data. No credential is
 * sent: the file's host gets nothing but the request for the file. An address that does not
 * answer with the file is refused naming it, before ChatWoot is called.
 */
export async function downloadNamedFile(context: IExecuteSingleFunctions, url: URL, fieldName: string): Promise<IBinaryData> {
	const refuse = (reason: string, description: string) =>
		new NodeOperationError(context.getNode(), `${fieldName}: downloading "${url.href}" failed${reason}`, {
			itemIndex: context.getItemIndex(),
			description: `Nothing was sent to ChatWoot. ${description}`,
		});
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url: url.href,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw refuse('', (error as Error).message);
	}
	if (response.statusCode >= 300) {
		discard(response.body);
		throw refuse(` (HTTP ${response.statusCode})`, 'Check that the file is there and public.');
	}
	const { fileName, mimeType } = describedFile(response, url, 'attachment');
	return await context.helpers.prepareBinaryData(response.body as Parameters<typeof context.helpers.prepareBinaryData>[0], fileName, mimeType);
}
