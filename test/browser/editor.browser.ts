import { mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

import { createChatWootMock, seedDemoAccount } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { table } from '../mock-chatwoot/auth';
import type { DemoAccount } from '../mock-chatwoot/demo';
import { npmStart } from './npmStart';
import type { StartedN8n } from './npmStart';

/**
 * What a new user does in `npm start`'s editor, in headless Chromium, against the seeded demo
 * account of `npm run mock`: sign up, find the nodes through the panel's search ("send message",
 * "add label", "ChatWoot Trigger"), then build and run Manual Trigger → Contact Create or Update →
 * Conversation Create → Message Send with an attachment → Conversation Add Labels → Conversation
 * Assign, creating and testing the credential on the way and picking inbox, labels and team from
 * their lists right after choosing the account; then add the ChatWoot Trigger. Every step is saved
 * as a screenshot: in a temporary folder, so a test run leaves the checkout as it was; in the
 * README's docs/screenshots/ with UPDATE_SCREENSHOTS=1 (`npm run docs:screenshots`);
 * SCREENSHOTS_DIR picks another folder.
 */
const ROOT = join(__dirname, '..', '..');
const SHOTS =
	process.env.SCREENSHOTS_DIR ??
	(process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'chatwoot-browser-shots-')));
/** Chromium flags for this machine's closed network (the machine notes): nothing phones home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let mock: ChatWootMock;
let mockUrl: string;
let demo: DemoAccount;
let n8n: StartedN8n;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const id = (testId: string) => `[data-test-id="${testId}"]`;
const shot = async (name: string, target: Page | Locator = page) => {
	await page.waitForTimeout(300); // let transitions settle
	await target.screenshot({ path: join(SHOTS, `${name}.png`) });
};
const searchNodes = async (text: string) => {
	const search = page.locator(`${id('node-creator-search-bar')} input, input${id('node-creator-search-bar')}`).first();
	await search.fill(text);
	await page.waitForTimeout(500); // the list filters and re-renders as one types
};

/** No raw parameter names, "undefined" or "[object Object]" in what the panel shows. */
async function expectCleanText(area: Locator) {
	const text = await area.innerText();
	expect(text).not.toMatch(/\bundefined\b|\[object Object\]|\bnull\b/);
	return text;
}

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	mock = createChatWootMock();
	mockUrl = await mock.start();
	demo = seedDemoAccount(mock, { contacts: 40 });
	n8n = await npmStart();
	browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
	page = await context.newPage();
	page.on('pageerror', (error) => pageErrors.push(error.message));
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await n8n?.stop();
	await mock?.stop();
});

test('npm start prints the editor URL and how to try the node, without offline noise', () => {
	const output = n8n.output();
	expect(output).toContain(`n8n is ready: http://localhost:${new URL(n8n.url).port}`);
	expect(output).toContain('npm run mock');
	expect(output).not.toMatch(/ENOTFOUND|api\.n8n\.io|Python task runner|deprecations/);
});

test('sign up as the owner of a fresh n8n', async () => {
	await page.goto(`${n8n.url}/setup`);
	const form = page.locator(id('setup-form'));
	await form.locator('input[name=email]').fill('owner@example.com');
	await form.locator('input[name=firstName]').fill('Ada');
	await form.locator('input[name=lastName]').fill('Owner');
	await form.locator('input[name=password]').fill('Correct-Horse-9-Battery');
	await shot('01-sign-up');
	await form.locator('button').last().click();
	await page.waitForURL((url) => !url.pathname.startsWith('/setup'));
});

const creator = () => page.locator(id('node-creator'));
const resultNames = () => page.locator(id('node-creator-item-name'));

/**
 * Searches the panel and clicks the result named `name`. The list re-renders while results
 * arrive (on a busy machine, more than once), so a click that misses searches again.
 */
async function searchAndClick(text: string, name: RegExp) {
	for (let attempt = 1; ; attempt++) {
		await searchNodes(text);
		try {
			await resultNames().filter({ hasText: name }).first().click({ timeout: 10_000 });
			return;
		} catch (error) {
			if (attempt === 3) {
				await shot(`failed-search-${text.replace(/\W+/g, '-')}`);
				throw error;
			}
		}
	}
}

/** The names the panel's search lists for `text`. */
async function searchResults(text: string): Promise<string[]> {
	await searchNodes(text);
	return (await resultNames().allInnerTexts()).map((name) => name.trim());
}

test('the panel finds the nodes by what a user wants to do: "send message", "add label", "assign agent", "ChatWoot Trigger"', async () => {
	await page.goto(`${n8n.url}/workflow/new`);
	await page.locator(id('canvas-add-button')).click();
	await searchAndClick('manual', /Trigger manually|Manual Trigger/i); // n8n names it either way
	if (await page.locator(id('ndv')).isVisible()) await page.keyboard.press('Escape');
	await page.locator(id('canvas-handle-plus')).first().click();
	for (const wish of ['send message', 'add label', 'assign agent', 'chatwoot contact']) {
		expect(await searchResults(wish)).toContain('ChatWoot');
		if (wish === 'send message') await shot('02-node-panel');
	}
	// The trigger is listed under the shared name, with the action node's description and its events.
	expect(await searchResults('ChatWoot Trigger')).toContain('ChatWoot');
	await creator().getByText(/Send messages, manage contacts and conversations, and start workflows on ChatWoot events/).first().waitFor();
	await expectCleanText(creator());
});

/** The first name the panel lists once `settled` accepts it (the list re-renders between views). */
async function firstListedName(settled: (name: string) => boolean): Promise<string | undefined> {
	let first: string | undefined;
	for (const started = Date.now(); Date.now() - started < 15_000; await page.waitForTimeout(250)) {
		first = (await resultNames().allInnerTexts()).map((text) => text.trim())[0];
		if (first !== undefined && settled(first)) break;
	}
	return first;
}

/** Opens ChatWoot from the panel's search and picks an action; the NDV opens on it. */
async function addChatWootAction(search: string, action: string) {
	if (!(await creator().isVisible())) {
		if (await page.locator(id('ndv')).isVisible()) await page.locator(id('ndv-close-button')).click();
		// The chain grows to the right: fit it in view, then open the panel from its last node's +.
		await page.locator(id('zoom-to-fit')).click();
		await page.waitForTimeout(300);
		await page.locator(id('canvas-handle-plus')).last().click();
	}
	await searchAndClick(search, /^ChatWoot$/);
	const item = page.locator(`${id('node-creator-action-item')}, ${id('node-creator-item-name')}`, { hasText: new RegExp(`^${action}$`) }).first();
	await item.waitFor();
	return item;
}

test('the ChatWoot actions start with contacts, conversations and messages; Create or Update opens', async () => {
	const upsert = await addChatWootAction('chatwoot contact', 'Create or update a contact');
	// The installed node's details list its actions by resource, contacts first (the rest of the
	// order, conversations and messages next, is the Resource list's: test/description/nodePanel).
	await creator().getByText(/^Contact actions$/i).first().waitFor();
	// The search results ("ChatWoot") can still be on screen for a moment while the details view
	// replaces them: read the list until it is the actions'.
	const firstAction = await firstListedName((name) => name !== 'ChatWoot');
	expect(firstAction).toMatch(/ a contact$/);
	await shot('03-chatwoot-actions');
	await upsert.click();
	await page.locator(id('ndv')).waitFor();
	await expect(page.locator(id('parameter-input-resource')).locator('input').inputValue()).resolves.toBe('Contact');
	await expect(page.locator(id('parameter-input-operation')).locator('input').inputValue()).resolves.toBe('Create or Update');
});

/** The credential modal: fill both fields, save (n8n tests it on save), return the modal. */
const credentialModal = () => page.locator('.el-dialog', { has: page.locator(id('credential-edit-dialog')) });
async function saveCredential(token: string): Promise<Locator> {
	const modal = credentialModal();
	await modal.locator(`${id('parameter-input-baseUrl')} input`).fill(mockUrl);
	await modal.locator(`${id('parameter-input-accessToken')} input`).fill(token);
	await modal.locator(id('credential-save-button')).click();
	return modal;
}

test('create the ChatWoot credential in the modal: Test succeeds, then a wrong token is named', async () => {
	await page.getByText('Connect to ChatWoot').click();
	const modal = credentialModal();
	await modal.waitFor();
	await expectCleanText(modal);
	await shot('04-credential-modal', modal);
	// Saving tests the credential; a credential that passes closes the modal with a toast.
	await saveCredential(demo.tokens.administrator);
	await modal.waitFor({ state: 'hidden', timeout: 30_000 });
	await page.getByText(/Credential successfully created/i).first().waitFor();
	await shot('05-credential-tested');
	expect(mock.requests.some((r) => r.path === '/api/v1/profile')).toBe(true);
	// A wrong token: the modal stays open and names the problem.
	await page.locator(id('credential-edit-button')).first().click();
	await modal.waitFor();
	await saveCredential('wrong-token');
	await modal.getByText('More details').first().waitFor({ timeout: 30_000 });
	await modal.getByText('More details').first().click();
	await page.waitForTimeout(500);
	expect(await modal.innerText()).toMatch(/Invalid Access Token|rejected|401/i);
	await shot('06-credential-wrong-token', modal);
	await saveCredential(demo.tokens.administrator);
	await modal.getByText(/Connection tested successfully|successfully/i).first().waitFor({ timeout: 30_000 }).catch(() => undefined);
	if (await modal.isVisible()) await modal.locator('.el-dialog__headerbtn, [data-test-id="dialog-close-button"]').first().click();
	await modal.waitFor({ state: 'hidden' });
});

/** Picks an item of a resource locator's list (From List). */
async function pickFromList(name: string, item: string | RegExp) {
	const locator = page.locator(id(`resource-locator-${name}`));
	await locator.locator(id('rlc-input')).first().click();
	await page.locator(`${id('rlc-item')}:visible`, { hasText: item }).first().click();
	await expect(locator.locator('input').first().inputValue()).resolves.toBeTruthy();
}

/** A resource locator By ID holding an expression: typing `{{` switches n8n's input to an expression. */
async function locatorExpression(name: string, expression: string) {
	const locator = page.locator(id(`resource-locator-${name}`));
	await locator.locator(id('rlc-mode-selector')).click();
	await page.getByRole('option', { name: /By ID|ID/ }).last().click();
	const input = locator.locator(`${id('rlc-input')} input, input${id('rlc-input')}, ${id('rlc-input')} .cm-content`).first();
	await input.click();
	await page.keyboard.type(expression);
	await page.locator(id('node-parameters')).click({ position: { x: 5, y: 5 } });
}

/** The address the demo conversation's first attachment is served at (an Active Storage redirect). */
async function demoAttachmentUrl(): Promise<string> {
	const response = await fetch(`${mockUrl}/api/v1/accounts/${demo.accountId}/conversations/${demo.conversation.id}/messages`, {
		headers: { api_access_token: demo.tokens.administrator },
	});
	const { payload } = (await response.json()) as { payload: Array<{ attachments?: Array<{ data_url: string }> }> };
	return payload.flatMap((message) => message.attachments ?? [])[0].data_url;
}

/** Fills a plain parameter's input. */
async function fill(parameterName: string, value: string) {
	const input = page.locator(`${id(`parameter-input-${parameterName}`)} input, ${id(`parameter-input-${parameterName}`)} textarea`).first();
	await input.fill(value);
	await input.blur();
}

/**
 * Picks options of an options or multiOptions parameter. A list that depends on the account
 * reloads when the account is chosen, closing a dropdown opened meanwhile: open it again then.
 */
async function choose(parameterName: string, ...options: string[]) {
	for (const option of options) {
		// An option shows its name (its headline) and, below it, its description.
		const item = page.locator('.el-select-dropdown__item:visible').filter({ has: page.getByText(option, { exact: true }) }).first();
		for (let attempt = 1; ; attempt++) {
			if (!(await item.isVisible())) await page.locator(id(`parameter-input-${parameterName}`)).click();
			try {
				await item.click({ timeout: 10_000 });
				break;
			} catch (error) {
				if (attempt === 3) throw error;
			}
		}
	}
	await page.keyboard.press('Escape');
}

/**
 * Adds an option of a collection (Additional Fields): the "Add Field" dropdown lists its options
 * as element-plus items (data-test-id collection-parameter-option). The hint under a focused
 * input covers the dropdown, so the previous field is blurred first; the popper of an earlier
 * opening stays in the DOM hidden, hence the visible filter.
 */
async function addField(displayName: string, parameterName: string, value: string) {
	await page.locator(id('collection-parameter-add')).filter({ visible: true }).first().click();
	await page.locator(`${id('collection-parameter-option')}:visible`, { hasText: new RegExp(`^${displayName}$`) }).first().click();
	await fill(parameterName, value);
}

test('Create or Update: Account from the list, match by email, a name', async () => {
	await pickFromList('accountId', demo.accountName);
	await choose('matchBy', 'Email');
	await fill('matchValue', demo.contact.email);
	await addField('Name', 'name', 'Ann Smith-Garcia');
	await page.locator(id('node-parameters')).click({ position: { x: 5, y: 5 } });
	await shot('07-contact-upsert-parameters');
	await expectCleanText(page.locator(id('node-parameters')));
});

test('Conversation Create: the inbox list is there right after the account is chosen', async () => {
	(await addChatWootAction('create conversation', 'Create a conversation')).click();
	await page.locator(id('ndv')).waitFor();
	await pickFromList('accountId', demo.accountName);
	await pickFromList('inboxId', /^Support API \(API\)$/);
	await locatorExpression('conversationContactId', '{{ $json.id }}');
	await shot('08-conversation-create');
});

test('Message Send with a file from a URL, Account left empty for the token\'s only account', async () => {
	(await addChatWootAction('send message', 'Send a message')).click();
	await page.locator(id('ndv')).waitFor();
	await locatorExpression('conversationId', '{{ $json.id }}');
	await fill('content', 'We are sorry about the damaged box: here is the photo you sent us.');
	await addField('Attachment URLs', 'attachmentUrls', await demoAttachmentUrl());
	await shot('09-message-send');
});

test('Add Labels: the label list is there right after the account is chosen', async () => {
	(await addChatWootAction('add label', 'Add labels to a conversation')).click();
	await page.locator(id('ndv')).waitFor();
	await pickFromList('accountId', demo.accountName);
	await choose('labels', 'billing', 'vip');
	// Last: the expression's preview stays open over the fields below it.
	await locatorExpression('conversationId', '{{ $json.conversation_id }}');
	await shot('10-add-labels');
});

test('Assign to a team picked from its list, then run the six nodes', async () => {
	(await addChatWootAction('assign agent', 'Assign a conversation')).click();
	await page.locator(id('ndv')).waitFor();
	await pickFromList('accountId', demo.accountName);
	await choose('assignTo', 'Team');
	await pickFromList('teamId', 'support');
	await locatorExpression('conversationId', '{{ $json.conversation_id }}');
	await page.locator(id('ndv-close-button')).click();
	await page.locator(id('zoom-to-fit')).click();
	await page.locator(id('execute-workflow-button')).click();
	await page.getByText(/executed successfully/i).first().waitFor({ timeout: 60_000 });
	await shot('11-workflow-run');
	// What ChatWoot holds afterwards: one new conversation with the message, its file, labels and team.
	const account = mock.accounts.get(demo.accountId)!;
	const conversations = [...table<{ id: number; inbox_id: number; labels: string[]; meta: object }>(account, 'conversations').values()];
	const created = conversations[conversations.length - 1];
	expect(created).toMatchObject({ inbox_id: demo.inboxes.api, labels: ['billing', 'vip'] });
	expect(created.meta).toMatchObject({ team: { name: 'support' } });
	expect(account.contacts.get(demo.contact.id)!.name).toBe('Ann Smith-Garcia');
	const messages = await fetch(`${mockUrl}/api/v1/accounts/${demo.accountId}/conversations/${created.id}/messages`, {
		headers: { api_access_token: demo.tokens.administrator },
	});
	const { payload } = (await messages.json()) as { payload: Array<{ content: string; attachments?: Array<{ file_type: string }> }> };
	expect(payload).toEqual([expect.objectContaining({ content: expect.stringMatching(/damaged box/), attachments: [expect.objectContaining({ file_type: 'image' })] })]);
});

test('the node icon in the light and the dark theme', async () => {
	const node = page.locator(id('canvas-default-node')).first();
	await shot('12-canvas-light');
	const icon = node.locator('img').first();
	const lightSrc = await icon.getAttribute('src');
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.waitForTimeout(500);
	await shot('13-canvas-dark');
	const darkSrc = await icon.getAttribute('src');
	expect(lightSrc).toMatch(/icons\/.*\.svg/);
	expect(darkSrc).toMatch(/icons\/.*\.svg/);
	// Both served as SVG.
	for (const src of [lightSrc!, darkSrc!]) {
		const served = await page.request.get(new URL(src, n8n.url).toString());
		expect(served.status()).toBe(200);
	}
	await page.emulateMedia({ colorScheme: 'light' });
});

test('add the ChatWoot Trigger: its webhook URL and delivery notice', async () => {
	// With a trigger already on the canvas, the panel's search lists the ChatWoot Trigger under the
	// node's name ("ChatWoot", described as starting the workflow), merged with the action node:
	// its events are under a collapsed "Triggers (N)" category after the actions.
	await page.locator(id('node-creator-plus-button')).click();
	await searchNodes('ChatWoot Trigger');
	const creator = page.locator(id('node-creator'));
	await creator.getByText(/start workflows on ChatWoot events/).first().waitFor();
	await page.locator(id('node-creator-item-name'), { hasText: /^ChatWoot$/ }).first().click();
	const event = creator.getByText('On message created', { exact: true });
	const triggers = creator.getByText(/^Triggers \(\d+\)$/);
	await triggers.waitFor();
	if (!(await event.isVisible())) await triggers.click();
	await event.click();
	const ndv = page.locator(id('ndv'));
	await ndv.waitFor();
	await ndv.getByText(/Webhook URLs?/i).first().click();
	await ndv.getByText('/webhook-test/').first().waitFor();
	await ndv.getByText('Production URL', { exact: true }).click();
	await ndv.getByText(`${new URL(n8n.url).port}/webhook/`).first().waitFor();
	const text = await expectCleanText(ndv);
	expect(text).toMatch(/5 seconds per delivery/);
	await shot('14-trigger');
	expect(pageErrors).toEqual([]);
});
