import { mkdirSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';

import { createChatWootMock, seedContact } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { npmStart } from './npmStart';
import type { StartedN8n } from './npmStart';

/**
 * What a new user does in `npm start`'s editor, in headless Chromium: sign up, add the ChatWoot
 * node from the node panel, create its credential against the mock and test it, fill Contact →
 * Update, execute it and read the output; then add the ChatWoot Trigger. Every step is saved as a
 * screenshot: in a temporary folder, so a test run leaves the checkout as it was; in the README's
 * docs/screenshots/ with UPDATE_SCREENSHOTS=1 (`npm run docs:screenshots`); SCREENSHOTS_DIR picks
 * another folder.
 */
const ROOT = join(__dirname, '..', '..');
const SHOTS =
	process.env.SCREENSHOTS_DIR ??
	(process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'chatwoot-browser-shots-')));
const TOKEN = 'browser-token-5d1e';
/** Chromium flags for this machine's closed network (the machine notes): nothing phones home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let mock: ChatWootMock;
let mockUrl: string;
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
	const account = mock.addAccount(1, 'Demo Account');
	for (let i = 1; i <= 20; i++) seedContact(account, { name: `Contact ${i}` });
	mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
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

test('the node panel finds ChatWoot and its Contact → Update action', async () => {
	await page.goto(`${n8n.url}/workflow/new`);
	await page.locator(id('canvas-add-button')).click();
	await searchNodes('manual');
	await page.locator(id('node-creator-item-name'), { hasText: /Trigger manually/i }).first().click();
	if (await page.locator(id('ndv')).isVisible()) await page.keyboard.press('Escape');
	await page.locator(id('canvas-handle-plus')).first().click();
	await searchNodes('ChatWoot');
	const names = page.locator(id('node-creator-item-name'));
	await names.filter({ hasText: /^ChatWoot$/ }).first().waitFor();
	await shot('02-node-panel');
	await expectCleanText(page.locator(id('node-creator')));
	await names.filter({ hasText: /^ChatWoot$/ }).first().click();
	const update = page.locator(`${id('node-creator-action-item')}, ${id('node-creator-item-name')}`, { hasText: /^Update a contact$/ }).first();
	await update.waitFor();
	await shot('03-chatwoot-actions');
	await update.click();
	await page.locator(id('ndv')).waitFor();
	await expect(page.locator(id('parameter-input-resource')).locator('input').inputValue()).resolves.toBe('Contact');
	await expect(page.locator(id('parameter-input-operation')).locator('input').inputValue()).resolves.toBe('Update');
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
	await saveCredential(TOKEN);
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
	await saveCredential(TOKEN);
	await modal.getByText(/Connection tested successfully|successfully/i).first().waitFor({ timeout: 30_000 }).catch(() => undefined);
	if (await modal.isVisible()) await modal.locator('.el-dialog__headerbtn, [data-test-id="dialog-close-button"]').first().click();
	await modal.waitFor({ state: 'hidden' });
});

/** A resource locator: switch to "By ID" and type the id. */
async function locatorById(name: string, value: string) {
	const locator = page.locator(id(`resource-locator-${name}`));
	await locator.locator(id('rlc-mode-selector')).click();
	await page.getByRole('option', { name: /By ID|ID/ }).last().click();
	await locator.locator(`${id('rlc-input')} input, input${id('rlc-input')}`).first().fill(value);
}

/**
 * Adds an option of a collection (Update Fields): the "Add Field" dropdown lists its options as
 * element-plus items (data-test-id collection-parameter-option). The hint under a focused input
 * covers the dropdown, so the previous field is blurred first; the popper of an earlier opening
 * stays in the DOM hidden, hence the visible filter.
 */
async function addField(displayName: string, parameterName: string, value: string) {
	await page.locator(id('collection-parameter-add')).filter({ visible: true }).first().click();
	await page.locator(`${id('collection-parameter-option')}:visible`, { hasText: new RegExp(`^${displayName}$`) }).first().click();
	const input = page.locator(`${id(`parameter-input-${parameterName}`)} input`).first();
	await input.fill(value);
	await input.blur();
}

test('fill Account, Contact and two Update Fields, execute, and read the output', async () => {
	const ndv = page.locator(id('ndv'));
	// Account from the list ChatWoot gives the token's user, Contact by ID.
	const account = page.locator(id('resource-locator-accountId'));
	await account.locator(id('rlc-input')).first().click();
	await page.locator(id('rlc-item'), { hasText: 'Demo Account' }).first().click();
	await locatorById('contactId', '7');
	await addField('Name', 'name', 'Ada Lovelace');
	await addField('Email', 'email', 'ada@example.com');
	await page.locator(id('node-parameters')).click({ position: { x: 5, y: 5 } });
	await shot('07-contact-update-parameters');
	await expectCleanText(page.locator(id('node-parameters')));
	await ndv.locator(id('node-execute-button')).first().click();
	const output = page.locator(id('output-panel'));
	await output.getByText('ada@example.com').first().waitFor({ timeout: 30_000 });
	// The table view is wider than the panel: the JSON view shows every field of the contact.
	await output.getByText('JSON', { exact: true }).click();
	await output.getByText('"Ada Lovelace"').first().waitFor();
	await shot('08-output');
	const contact = mock.accounts.get(1)!.contacts.get(7)!;
	expect(contact.name).toBe('Ada Lovelace');
	expect(contact.email).toBe('ada@example.com');
});

test('the node icon in the light and the dark theme', async () => {
	await page.locator(id('ndv-close-button')).click();
	await page.locator(id('ndv')).waitFor({ state: 'hidden' });
	await page.locator(id('zoom-to-fit')).click();
	const node = page.locator(id('canvas-default-node')).first();
	await shot('09-canvas-light');
	const icon = node.locator('img').first();
	const lightSrc = await icon.getAttribute('src');
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.waitForTimeout(500);
	await shot('10-canvas-dark');
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
	await creator.getByText(/Starts the workflow on ChatWoot events/).first().waitFor();
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
	await shot('11-trigger');
	expect(pageErrors).toEqual([]);
});
