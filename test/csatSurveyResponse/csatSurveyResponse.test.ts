import { executeNode } from '../harness/executeNode';
import { expectRequest, recordChatWootRequests, tripwire } from '../support/nockChatWoot';

const requests = recordChatWootRequests();

const CSAT = '/api/v1/accounts/1/csat_survey_responses';
const response = (id: number) => ({ id, rating: 5, feedback_message: 'Great' });
const page = (from: number, count: number) => Array.from({ length: count }, (_, i) => response(from + i));
const csat = (operation: string, parameters = {}) => ({ resource: 'csatSurveyResponse', operation, accountId: '1', ...parameters });

describe('CSAT Survey Response', () => {
	test('Get Many pages by 25 with the filters as query, dates as unix seconds, ratings as a list', async () => {
		const filters = {
			since: '2025-01-01T00:00:00Z',
			inboxId: { __rl: true, mode: 'id', value: '3' },
			teamId: { __rl: true, mode: 'id', value: '2' },
			userId: { __rl: true, mode: 'id', value: '7' },
			ratings: [1, 2],
		};
		const scopes = [
			expectRequest('GET', CSAT, { status: 200, body: page(1, 25) }, requests.sent),
			expectRequest('GET', CSAT, { status: 200, body: page(26, 1) }, requests.sent),
		];
		const run = await executeNode({ parameters: csat('getMany', { returnAll: true, csatSurveyResponseFilters: filters }) });
		scopes.forEach((scope) => scope.done());
		expect(run.error).toBeUndefined();
		expect(requests.sent[0].query).toEqual({ since: '1735689600', inbox_id: '3', team_id: '2', user_ids: '7', 'rating[]': '2', page: '1' });
		expect(requests.sent[1].query.page).toBe('2');
		expect(run.items).toHaveLength(26);
	});

	test('Get Metrics is one item', async () => {
		const metrics = { total_count: 3, ratings_count: { '5': 2, '1': 1 }, total_sent_messages_count: 9 };
		const scope = expectRequest('GET', `${CSAT}/metrics`, { status: 200, body: metrics }, requests.sent);
		const run = await executeNode({ parameters: csat('getMetrics') });
		scope.done();
		expect(requests.sent[0].query).toEqual({});
		expect(run.items.map((item) => item.json)).toEqual([metrics]);
	});

	test('Export turns the CSV download into one item per row', async () => {
		const scope = expectRequest('GET', `${CSAT}/download`, { status: 200, body: '\uFEFFRating,Feedback\n5,"Fast, friendly"\n', headers: { 'content-type': 'text/csv' } }, requests.sent);
		const run = await executeNode({ parameters: csat('export', { csatSurveyResponseFilters: { until: '2025-01-31T00:00:00Z' } }) });
		scope.done();
		expect(requests.sent[0].query).toEqual({ until: '1738281600' });
		expect(run.items.map((item) => item.json)).toEqual([{ Rating: '5', Feedback: 'Fast, friendly' }]);
	});

	test('Update sends the review notes', async () => {
		const scope = expectRequest('PATCH', `${CSAT}/12`, { status: 200, body: { ...response(12), csat_review_notes: 'Called back' } }, requests.sent);
		const run = await executeNode({ parameters: csat('update', { responseId: '12', reviewNotes: 'Called back' }) });
		scope.done();
		expect(requests.sent[0].body).toEqual({ csat_review_notes: 'Called back' });
		expect(run.items[0].json.csat_review_notes).toBe('Called back');
	});

	test('a Response ID that is not a number is refused before anything is sent', async () => {
		tripwire(requests.sent);
		const run = await executeNode({ parameters: csat('update', { responseId: 'x', reviewNotes: 'n' }) });
		expect(run.error?.message).toBe('Response ID must be a positive whole number, not "x"');
		expect(requests.sent).toEqual([]);
	});
});
