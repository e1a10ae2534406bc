/**
 * `shipped/imports`: the shipped code loads only n8n-workflow, Node's crypto and its own files.
 *
 * The Cloud rule `@n8n/community-nodes/no-restricted-imports` also lets through any package listed
 * in devDependencies, assuming a bundler copies it into the build. This package is compiled by tsc
 * without bundling and has no dependencies, so an import of a devDependency (qs, busboy…) would
 * pass that rule and fail in n8n. Type-only imports are erased by tsc and stay allowed.
 */
const allowedModules = new Set(['n8n-workflow', 'crypto', 'node:crypto']);

const isAllowed = (modulePath) => modulePath.startsWith('./') || modulePath.startsWith('../') || allowedModules.has(modulePath);

/** The string a module specifier node holds, or undefined when it is computed at run time. */
const literalPath = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined);

export const shippedImports = {
	meta: {
		type: 'problem',
		docs: { description: 'Shipped code imports only n8n-workflow, crypto and its own files' },
		messages: {
			notShipped:
				"'{{ modulePath }}' is not available where the package runs: it has no dependencies and is not bundled (allowed: n8n-workflow, crypto, relative paths)",
			computed: 'A module loaded by a computed name cannot be checked; name it literally',
		},
		schema: [],
	},
	create(context) {
		const check = (node, source) => {
			const modulePath = literalPath(source);
			if (modulePath === undefined) context.report({ node, messageId: 'computed' });
			else if (!isAllowed(modulePath)) context.report({ node, messageId: 'notShipped', data: { modulePath } });
		};
		const checkDeclaration = (node) => {
			if (node.source && node.importKind !== 'type' && node.exportKind !== 'type') check(node, node.source);
		};
		return {
			ImportDeclaration: checkDeclaration,
			ExportNamedDeclaration: checkDeclaration,
			ExportAllDeclaration: checkDeclaration,
			ImportExpression: (node) => check(node, node.source),
			'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) => check(node, node.arguments[0]),
		};
	},
};
