/**
 * The flat ESLint configs of `npm run lint:n8n` (ESLint 9, @n8n/eslint-plugin-community-nodes).
 *
 * - sourceConfig: exactly what `n8n-node lint` applies with n8n Cloud support on (@n8n/node-cli's
 *   `config`: the plugin's `recommended`, which holds the Cloud rules no-restricted-imports and
 *   no-restricted-globals, `no-console`, eslint-plugin-n8n-nodes-base, typescript-eslint, import-x),
 *   plus what it leaves out: every other rule the plugin exports, each an error.
 * - tarballConfig: the same plugin rules and `no-console` on the published JavaScript and
 *   package.json, as n8n's scanner lints a downloaded package.
 * Both add `shipped/imports` (see rules/shipped-imports.mjs) and ignore inline eslint comments.
 */
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import nodeCliEslint from '@n8n/node-cli/eslint';
import tseslint from 'typescript-eslint';
import { shippedImports } from './rules/shipped-imports.mjs';

const pluginPrefix = n8nCommunityNodesPlugin.meta.namespace;

/** Every rule the plugin exports (its configs leave some out or only warn), as an error; replaced rules stay off. */
export const everyCommunityRule = Object.fromEntries(
	Object.entries(n8nCommunityNodesPlugin.rules)
		.filter(([, rule]) => !rule.meta.deprecated)
		.map(([name]) => [`${pluginPrefix}/${name}`, 'error']),
);

const strictness = {
	plugins: { shipped: { rules: { imports: shippedImports } } },
	rules: { ...everyCommunityRule, 'no-console': 'error', 'shipped/imports': 'error' },
	// A disable comment must not hide a finding: the rules apply as n8n's scanner applies them.
	linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
};

export const sourceConfig = [...nodeCliEslint.config, { files: ['**/*.ts', 'package.json'], ...strictness }];

export const tarballConfig = [
	n8nCommunityNodesPlugin.configs.recommended,
	{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022 } },
	{ files: ['**/*.json'], languageOptions: { parser: tseslint.parser } },
	{ files: ['**/*.js', '**/*.json'], ...strictness },
];
