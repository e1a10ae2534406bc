import nock from 'nock';

import { listSearch, loadOptions } from '../../nodes/ChatWoot/listSearch';
import { BASE_URL } from '../harness/executeNode';
import { loadOptionsContext } from './loadOptionsContext';

const account = { accountId: { __rl: true, mode: 'list', value: '1' } };
const inbox = (id: number, channel_type: string, extra: Record<string, unknown> = {}) => ({ id, name: `Inbox ${id}`, channel_type, ...extra });

// Every channel class of ChatWoot 4.11 to 4.16 (app/models/channel/, enterprise's Voice before 4.14), and one it may add.
const INBOXES = [
	inbox(1, 'Channel::Api'),
	inbox(2, 'Channel::WebWidget'),
	inbox(3, 'Channel::Whatsapp'),
	inbox(4, 'Channel::Email'),
	inbox(5, 'Channel::FacebookPage'),
	inbox(6, 'Channel::Telegram'),
	inbox(7, 'Channel::Sms'),
	inbox(8, 'Channel::Line'),
	inbox(9, 'Channel::Instagram'),
	inbox(10, 'Channel::Tiktok'),
	inbox(11, 'Channel::TwitterProfile'),
	inbox(12, 'Channel::Voice'),
	inbox(13, 'Channel::TwilioSms', { medium: 'sms' }),
	inbox(14, 'Channel::TwilioSms', { medium: 'whatsapp' }),
	inbox(15, 'Channel::Pigeon'),
];
const NAMES = [
	'Inbox 1 (API)',
	'Inbox 2 (Website)',
	'Inbox 3 (WhatsApp)',
	'Inbox 4 (Email)',
	'Inbox 5 (Facebook)',
	'Inbox 6 (Telegram)',
	'Inbox 7 (SMS)',
	'Inbox 8 (Line)',
	'Inbox 9 (Instagram)',
	'Inbox 10 (TikTok)',
	'Inbox 11 (X (Twitter))',
	'Inbox 12 (Voice)',
	'Inbox 13 (SMS (Twilio))',
	'Inbox 14 (WhatsApp (Twilio))',
	'Inbox 15 (Pigeon)',
];

describe('inbox lists name the channel as the dashboard does', () => {
	beforeAll(() => nock.disableNetConnect());
	// nock patches Node's http for the whole jest worker: the next test file must get it back unpatched.
	afterAll(() => nock.restore());
	afterEach(() => nock.cleanAll());

	test('Inbox locator, From List', async () => {
		const scope = nock(BASE_URL).get('/api/v1/accounts/1/inboxes').reply(200, { payload: INBOXES });
		const { results } = await listSearch.searchInboxes.call(loadOptionsContext(account));
		scope.done();
		expect(results.map((result) => result.name)).toEqual(NAMES);
		expect(results[0]).toEqual({ name: 'Inbox 1 (API)', value: '1', url: '/app/accounts/1/settings/inboxes/1' });
	});

	test('inbox multi-selects', async () => {
		const scope = nock(BASE_URL).get('/api/v1/accounts/1/inboxes').reply(200, { payload: INBOXES });
		const options = await loadOptions.getInboxes.call(loadOptionsContext(account));
		scope.done();
		expect(options.map((option) => option.name)).toEqual(NAMES);
		expect(options[2]).toEqual({ name: 'Inbox 3 (WhatsApp)', value: 3 });
	});
});
