import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import nock from 'nock';
import { NodeHelpers, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeParameters, INodeProperties, INodePropertyOptions, INodeType, NodeParameterValueType } from 'n8n-workflow';

import { normalizeBaseUrl } from '../../nodes/ChatWoot/transport/baseUrl';
import { ChatWootPollingTrigger } from '../../nodes/ChatWootPollingTrigger/ChatWootPollingTrigger.node';
import { ChatWootTrigger } from '../../nodes/ChatWootTrigger/ChatWootTrigger.node';
import { rememberWebhookSecret } from '../../nodes/ChatWootTrigger/webhookSecret';
import { BASE_URL } from '../harness/executeNode';
import { TriggerHarness } from '../harness/executeTrigger';
import { signedHeaders } from '../mock-chatwoot/resources/webhooks';
import { tripwire } from '../support/nockChatWoot';
import type { CapturedRequest } from '../support/nockChatWoot';
import { messageCreated } from '../trigger/payloads';
import { badValues, describeRequest, namingProblem, refusalProblem, targetsOf, validParameters, withValueAt } from './fields';
import type { BadValue, Target } from './fields';

/**
 * The two triggers, generated from their own descriptions: every version, every Source, every
 * field shown (collections' options included). Each field that can be wrong (fields.ts decides
 * which, and its bad values) is given its bad value, by expression, and must be refused with a
 * NodeOperationError naming it before anything is sent to ChatWoot: when the workflow is
 * activated (the webhook trigger, both sources) or polled (the polling trigger, by n8n's poller
 * and by the editor's test button). A delivery that meets a bad value anyway (an expression
 * that resolves otherwise later) is answered 500, starting nothing, and n8n's log names the
 * field (the sender, not yet verified, learns nothing of the settings).
 * A field that gets no bad values must be on CANNOT_BE_WRONG, so a new field cannot go unchecked.
 */

/** Fields no value can make wrong, each with its reason; any other field without bad values fails the test. */
const CANNOT_BE_WRONG: Record<string, string> = {
	source: 'An options list that takes no expression: n8n offers only its values',
	event: 'An options list that takes no expression: n8n offers only its values',
	// The account webhook's Events (required) gets bad values; the same parameter shown for the other source does not.
	events: 'For an agent bot or API inbox, none picked means every event',
	botEvents: 'None picked means every event',
	secret: 'Any text: ChatWoot gives secrets no format, and without one an unsigned delivery is refused unless Allow Unsigned Events is on',
	'filters.ignoreNativeAppEchoes': 'A switch',
	'filters.ignoreOwnMessages': 'A switch',
	'filters.messageTypes': 'A pick list where none picked means every type',
	'filters.privateNotes': 'An options list',
	'filters.senderTypes': 'A pick list where none picked means every sender',
	'options.allowUnsigned': 'A switch',
	'options.emitRecentOnFirstPoll': 'A switch',
};

/** Fields a delivery does not read, each with its reason: a bad value in them cannot reach one. */
const NOT_READ_ON_DELIVERY: Record<string, string> = {
	accountId: 'The webhook lives in the account activation chose, which static data keeps for deactivation',
};

/** One way to set a trigger up: a version and a value of each option list that shows other fields (Source). */
interface Setup {
	key: string;
	nodeType: INodeType;
	typeVersion: number;
	parameters: INodeParameters;
	fields: INodeProperties[];
	targets: Target[];
}

/** Top-level option lists whose value decides which other fields are shown. */
function showingSwitches(nodeType: INodeType): INodeProperties[] {
	const { properties } = nodeType.description;
	const decisive = new Set(properties.flatMap((property) => Object.keys({ ...property.displayOptions?.show, ...property.displayOptions?.hide })));
	return properties.filter((property) => property.type === 'options' && decisive.has(property.name));
}

function setupsOf(nodeType: INodeType): Setup[] {
	const choices = showingSwitches(nodeType).reduce<INodeParameters[]>(
		(combinations, field) => combinations.flatMap((chosen) => ((field.options ?? []) as INodePropertyOptions[]).map((option) => ({ ...chosen, [field.name]: option.value }))),
		[{}],
	);
	return [nodeType.description.version].flat().flatMap((typeVersion) =>
		choices.map((chosen) => {
			const { parameters, fields } = validParameters(nodeType, chosen, typeVersion);
			const key = `${nodeType.description.name} v${typeVersion}${Object.entries(chosen).map(([name, value]) => ` ${name}=${String(value)}`).join('')}`;
			return { key, nodeType, typeVersion, parameters, fields, targets: targetsOf(fields, parameters) };
		}),
	);
}

const WEBHOOK_SETUPS = setupsOf(new ChatWootTrigger());
const POLLING_SETUPS = setupsOf(new ChatWootPollingTrigger());

/** A bad value as a user's expression gives it: what any field can be given, whatever its type. */
const byExpression = (value: NodeParameterValueType) => `={{ ${JSON.stringify(value)} }}`;

/** Each bad value of each target of a setup, with the parameters that carry it. */
function badCasesOf(setup: Setup): Array<{ target: Target; bad: BadValue; parameters: INodeParameters; name: string }> {
	return setup.targets.flatMap((target) =>
		badValues(target).map((bad) => ({
			target,
			bad,
			parameters: withValueAt(setup.parameters, target.path, byExpression(bad.value)),
			name: `${target.path.join('.')} ${bad.label}`,
		})),
	);
}

/** What a run threw (undefined when it passed) and every request it sent. */
async function outcome(run: () => Promise<unknown>): Promise<{ error?: Error; sent: string[] }> {
	const sent: CapturedRequest[] = [];
	nock.cleanAll();
	tripwire(sent);
	const error = await run().then(
		() => undefined,
		(failure: Error) => failure,
	);
	return { error, sent: sent.map(describeRequest) };
}

/** What the valid parameters must lead to: a setup with a credential asks ChatWoot (the agent bot source has none, and registers nothing). */
function validOutcome(setup: Setup): string {
	const { credentials = [] } = setup.nodeType.description;
	const usesChatWoot = credentials.some((credential) => NodeHelpers.displayParameter(setup.parameters, credential, { typeVersion: setup.typeVersion }, setup.nodeType.description));
	return usesChatWoot ? 'asks ChatWoot' : 'sends nothing';
}

/**
 * Runs `exercise` with the setup's valid parameters, which the checks must let through to
 * ChatWoot (whatever its tripwire then answers), and with each bad value, which must be refused
 * naming the field, nothing sent.
 */
async function refusals(setup: Setup, exercise: (parameters: INodeParameters) => Promise<unknown>): Promise<{ valid: string; problems: string[] }> {
	const { error, sent } = await outcome(async () => await exercise(setup.parameters));
	const valid = error instanceof NodeOperationError ? `refused: ${error.message}` : sent.length ? 'asks ChatWoot' : 'sends nothing';
	const problems: string[] = [];
	for (const { target, parameters, name } of badCasesOf(setup)) {
		const bad = await outcome(async () => await exercise(parameters));
		const problem = refusalProblem({ target }, bad.error) ?? (bad.sent.length ? `sent ${bad.sent.join(', ')}` : undefined);
		if (problem) problems.push(`${name}: ${problem}`);
	}
	return { valid, problems };
}

const harness = (setup: Setup, parameters: INodeParameters, staticData?: IDataObject) =>
	new TriggerHarness({ nodeType: setup.nodeType, parameters, typeVersion: setup.typeVersion, staticData });

/** Where a field sits, as CANNOT_BE_WRONG names it: `name`, or `collection.option`. */
function fieldPaths(fields: INodeProperties[]): string[] {
	return fields.flatMap((field) => {
		if (field.type === 'notice') return [];
		if (field.type === 'collection') return ((field.options ?? []) as INodeProperties[]).map((option) => `${field.name}.${option.name}`);
		return [field.name];
	});
}

const SETUPS = [...WEBHOOK_SETUPS, ...POLLING_SETUPS];

describe('bad trigger settings are refused before anything is sent, naming the field', () => {
	beforeAll(() => nock.disableNetConnect());
	afterAll(() => {
		nock.cleanAll();
		// nock patches Node's http for the whole jest worker: the next test file must get it back unpatched.
		nock.restore();
	});

	test('every version and Source of both triggers is set up, each field given bad values or allowed to have none', () => {
		expect(WEBHOOK_SETUPS.map((setup) => setup.key)).toEqual([
			'chatWootTrigger v1 source=accountWebhook',
			'chatWootTrigger v1 source=botOrInbox',
			'chatWootTrigger v1.1 source=accountWebhook',
			'chatWootTrigger v1.1 source=botOrInbox',
		]);
		expect(POLLING_SETUPS.map((setup) => setup.key)).toEqual(['chatWootPollingTrigger v1', 'chatWootPollingTrigger v1.1']);
		const unchecked = SETUPS.flatMap((setup) => {
			const targeted = new Set(setup.targets.map((target) => target.path.join('.')));
			return fieldPaths(setup.fields)
				.filter((path) => !targeted.has(path) && CANNOT_BE_WRONG[path] === undefined)
				.map((path) => `${setup.key}: ${path}`);
		});
		expect(unchecked).toEqual([]);
		const shown = new Set(SETUPS.flatMap((setup) => fieldPaths(setup.fields)));
		expect(Object.keys(CANNOT_BE_WRONG).filter((path) => !shown.has(path))).toEqual([]);
	});

	describe('ChatWoot Trigger: activation', () => {
		test.each(WEBHOOK_SETUPS.map((setup) => [setup.key, setup] as const))('%s', async (_key, setup) => {
			expect(await refusals(setup, async (parameters) => await harness(setup, parameters).activate())).toEqual({ valid: validOutcome(setup), problems: [] });
		});
	});

	describe('ChatWoot Polling Trigger: poll', () => {
		test.each(POLLING_SETUPS.flatMap((setup) => (['trigger', 'manual'] as const).map((mode) => [`${setup.key} (${mode})`, setup, mode] as const)))(
			'%s',
			async (_key, setup, mode) => {
				expect(await refusals(setup, async (parameters) => await harness(setup, parameters).poll(mode))).toEqual({ valid: validOutcome(setup), problems: [] });
			},
		);
	});

	describe("ChatWoot Trigger: a delivery that meets a bad value gets 500 and starts nothing; n8n's log names the field", () => {
		const SECRET = 'whsec-bad-input';
		const SETTINGS_REFUSED = "The trigger's settings cannot work: n8n's log names the field";
		/** The account webhook activation left: signed, its secret remembered in this process. */
		const ACTIVATED = { 'node:ChatWoot Trigger': { webhookId: 12, accountId: 1, webhookSigned: true } };
		beforeAll(() => rememberWebhookSecret(normalizeBaseUrl(BASE_URL), { accountId: 1, webhookId: 12 }, SECRET));

		let messageId = 5000;
		/** A genuine delivery: signed with the secret the setup verifies with; a new message each, so none is a replay. */
		function deliver(setup: Setup, parameters: INodeParameters) {
			const body = JSON.stringify(messageCreated({ id: ++messageId }));
			const verifiable = 'secret' in setup.parameters ? { ...parameters, secret: SECRET } : parameters;
			return harness(setup, verifiable, ACTIVATED).deliver({ headers: signedHeaders(SECRET, body), body });
		}

		test.each(WEBHOOK_SETUPS.map((setup) => [setup.key, setup] as const))('%s', async (_key, setup) => {
			const valid = await deliver(setup, setup.parameters);
			const problems: string[] = [];
			for (const { target, parameters, name } of badCasesOf(setup)) {
				if (NOT_READ_ON_DELIVERY[String(target.path[0])]) continue;
				const answered = await outcome(async () => {
					const log = jest.spyOn(Container.get(Logger), 'warn').mockImplementation(() => undefined);
					try {
						const call = await deliver(setup, parameters);
						const message = (call.responseBody as { message?: string } | undefined)?.message ?? '';
						const logged = log.mock.calls.map(([message]) => message).join('\n');
						const problem =
							call.status === 500 && !call.items && message === SETTINGS_REFUSED ? namingProblem(target, logged) : `answered ${call.status}: ${message}`;
						if (problem) problems.push(`${name}: ${problem}`);
					} finally {
						log.mockRestore();
					}
				});
				if (answered.error) problems.push(`${name}: threw ${answered.error.constructor.name}: ${answered.error.message}`);
				if (answered.sent.length) problems.push(`${name}: sent ${answered.sent.join(', ')}`);
			}
			expect({ valid: valid.status, problems }).toEqual({ valid: 200, problems: [] });
		});
	});
});
