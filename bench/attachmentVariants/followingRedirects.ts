/**
 * bench/attachment.ts's "redirects" variant of transport/multipart: the node's streamed body with
 * redirects followed, as n8n's HTTP helper does by default, to measure what that costs.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { streamedMultipartRequest as withoutRedirects } from '../../nodes/ChatWoot/transport/multipart';
import type { StreamedFile } from '../../nodes/ChatWoot/transport/multipart';

export * from '../../nodes/ChatWoot/transport/multipart';

export function streamedMultipartRequest(
	requestOptions: IHttpRequestOptions,
	fields: IDataObject,
	files: Array<[string, StreamedFile]>,
): IHttpRequestOptions {
	return { ...withoutRedirects(requestOptions, fields, files), disableFollowRedirect: false };
}
