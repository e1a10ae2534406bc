/**
 * n8n's lint rules (eslint-plugin-n8n-nodes-base) for the community package.json, the
 * credentials and the nodes; TypeScript parsing for everything else (tests, benchmarks).
 * @type {import('eslint').Linter.Config}
 */
module.exports = {
	root: true,
	env: { node: true, es2022: true },
	parser: '@typescript-eslint/parser',
	parserOptions: {
		project: ['./tsconfig.json'],
		sourceType: 'module',
		extraFileExtensions: ['.json'],
	},
	ignorePatterns: ['node_modules/**', 'dist/**', '.cache/**', 'coverage/**', 'test/contract/chatwoot/**'],
	overrides: [
		{
			files: ['package.json'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/community'],
			rules: {
				'n8n-nodes-base/community-package-json-name-still-default': 'off',
			},
		},
		{
			files: ['./credentials/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/credentials'],
			rules: {
				// The rule itself says it applies only to nodes in n8n's main repository.
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			},
		},
		{
			files: ['./nodes/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/nodes'],
			rules: {
				// These two still ask for ['main']; n8n-workflow 2.x and n8n's community-node rules want NodeConnectionTypes.Main.
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			},
		},
		{
			files: ['*.js'],
			parser: 'espree',
			parserOptions: { ecmaVersion: 2022, sourceType: 'script', project: null },
		},
	],
};
