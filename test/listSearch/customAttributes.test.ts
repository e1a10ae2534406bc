import nock from 'nock';

import { resourceMapping } from '../../nodes/ChatWoot/listSearch/customAttributes';
import { BASE_URL } from '../harness/executeNode';
import { loadOptionsContext } from './loadOptionsContext';

const account = { accountId: { __rl: true, mode: 'list', value: '1' } };
const definitions = (model: string) => nock(BASE_URL).get('/api/v1/accounts/1/custom_attribute_definitions').query({ attribute_model: model });

describe('the Custom Attribute Fields mapper method', () => {
	beforeAll(() => nock.disableNetConnect());
	// nock patches Node's http for the whole jest worker: the next test file must get it back unpatched.
	afterAll(() => nock.restore());
	afterEach(() => nock.cleanAll());

	test('lists the definitions, numbers and dates as text inputs whose label says what to enter', async () => {
		const scope = definitions('contact_attribute').reply(200, [
			{ attribute_key: 'plan', attribute_display_name: 'Plan', attribute_display_type: 'list', attribute_values: ['gold', 'free'] },
			{ attribute_key: 'mrr', attribute_display_name: 'MRR', attribute_display_type: 'currency', attribute_values: [] },
			{ attribute_key: 'seats', attribute_display_name: 'Seats', attribute_display_type: 'number', attribute_values: [] },
			{ attribute_key: 'renewal', attribute_display_name: 'Renewal', attribute_display_type: 'date', attribute_values: [] },
			{ attribute_key: 'site', attribute_display_name: 'Site', attribute_display_type: 'link', attribute_values: [] },
			{ attribute_key: 'vip', attribute_display_name: 'VIP', attribute_display_type: 'checkbox', attribute_values: [] },
			{ attribute_key: 'note', attribute_display_name: 'Note', attribute_display_type: 'text', attribute_values: [] },
		]);
		const { fields, emptyFieldsNotice } = await resourceMapping.getContactAttributes.call(loadOptionsContext(account));
		scope.done();
		expect(emptyFieldsNotice).toBeUndefined();
		expect(fields.map((f) => [f.id, f.displayName, f.type, f.options?.map((o) => o.value)])).toEqual([
			['plan', 'Plan (list)', 'options', ['gold', 'free']],
			['mrr', 'MRR (currency)', 'string', undefined],
			['seats', 'Seats (number)', 'string', undefined],
			['renewal', 'Renewal (date, YYYY-MM-DD)', 'string', undefined],
			['site', 'Site (link)', 'url', undefined],
			['vip', 'VIP (checkbox)', 'boolean', undefined],
			['note', 'Note (text)', 'string', undefined],
		]);
	});

	test('an account without definitions says so where the fields would be', async () => {
		const scope = definitions('conversation_attribute').reply(200, []);
		const result = await resourceMapping.getConversationAttributes.call(loadOptionsContext(account));
		scope.done();
		expect(result).toEqual({
			fields: [],
			emptyFieldsNotice: 'This account has no conversation custom attributes. Define them in ChatWoot under Settings → Custom Attributes.',
		});
	});

	// n8n's mapper hides itself without a word when the method throws: the reason is its notice.
	test('no Account chosen yet (an agent bot token cannot tell its own): the notice says to choose one', async () => {
		const noAccount = { authentication: 'agentBotToken', accountId: { __rl: true, mode: 'list', value: '' } };
		const result = await resourceMapping.getContactAttributes.call(loadOptionsContext(noAccount));
		expect(result).toEqual({
			fields: [],
			emptyFieldsNotice: 'Could not load the Custom Attribute Fields: Choose an Account first. The list is loaded from the selected ChatWoot account.',
		});
	});

	test("ChatWoot's refusal is the notice, in its own words", async () => {
		const scope = definitions('contact_attribute').reply(401, { error: 'You are not authorized to access this account' });
		const { fields, emptyFieldsNotice } = await resourceMapping.getContactAttributes.call(loadOptionsContext(account));
		scope.done();
		expect(fields).toEqual([]);
		expect(emptyFieldsNotice).toMatch(/^Could not load the Custom Attribute Fields: .*You are not authorized to access this account/);
		expect(emptyFieldsNotice).not.toContain('tok-SECRET');
	});
});
