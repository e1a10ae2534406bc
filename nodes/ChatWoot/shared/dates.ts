import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

/** ChatWoot reads times as unix seconds (`DateTime.strptime(value, '%s')`, report `since`/`until`). */

/** Milliseconds `timeZone` is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return wallClock - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A date as unix seconds. Dates without an offset (what the date picker gives) are read in the
 * workflow's timezone; expressions may also give a Luxon date, an ISO text with offset, or a number
 * of seconds or milliseconds since 1970.
 */
export function unixSeconds(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))) {
		const number = Number(value);
		return Math.floor(number > 1e11 ? number / 1000 : number);
	}
	const text = typeof (value as { toISO?: unknown })?.toISO === 'function' ? String((value as { toISO: () => string }).toISO()) : String(value ?? '').trim();
	if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
	const hasOffset = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
	const asUtc = Date.parse(hasOffset ? text : `${text.length === 10 ? `${text}T00:00:00` : text}Z`);
	if (Number.isNaN(asUtc)) return undefined;
	return Math.floor((hasOffset ? asUtc : asUtc - zoneOffsetMs(asUtc, timeZone)) / 1000);
}

/** A preSend turning the date at `property` of the body into unix seconds, refused when it is not a date; left empty, it is not sent. */
export function unixSecondsAt(property: string, fieldName: string): PreSendAction {
	return async function toUnixSeconds(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = requestOptions.body as IDataObject | undefined;
		const value = body?.[property];
		if (value === undefined) return requestOptions;
		if (value === '') {
			delete body![property];
			return requestOptions;
		}
		const seconds = unixSeconds(value, this.getTimezone());
		if (seconds === undefined) {
			throw new NodeOperationError(this.getNode(), `${fieldName} is not a date and time: "${String(value)}"`, {
				itemIndex: this.getItemIndex(),
				description: 'Enter a date and time such as 2026-07-01T09:00:00Z, or pick one in the date picker.',
			});
		}
		body![property] = seconds;
		return requestOptions;
	};
}
